import { TemplatesSection } from '../../components/TemplatesSection';
import type { Translator } from '../i18n';
import type { Language } from '../i18n/strings';
import type { PanelView } from '../messaging/panel-channel';
import type { EvidenceState } from '../messaging/protocol';
import type { ProblemKind } from '../model/problem-kinds';
import { evidenceHeld } from '../templates/evidence-list';
import type { TemplateStrings } from '../templates/fill-template';

/**
 * The panel's reply templates, loaded by the frame after its first paint: the section and both languages' template
 * strings (a message is written in the seller's language, whatever the panel's is). The panel's own words for it
 * join the frame's dictionary.
 */
const STRINGS: Record<Language, () => Promise<TemplateStrings>> = {
  en: () => import('../../locales/templates/en.json').then((module) => module.default),
  ru: () => import('../../locales/templates/ru.json').then((module) => module.default),
};

export async function loadTemplateStrings(
  language: Language,
  dictionary: Record<string, string | undefined>,
): Promise<Record<Language, TemplateStrings>> {
  const [en, ru] = await Promise.all([STRINGS.en(), STRINGS.ru()]);
  Object.assign(dictionary, language === 'ru' ? ru : en);
  return { en, ru };
}

export function createTemplatesPart(hooks: {
  i18n: Translator;
  strings: Record<Language, TemplateStrings>;
  /** The view should be painted again. */
  changed: () => void;
  insert: (text: string) => Promise<boolean | undefined>;
  /** The order's evidence as the worker stores it. */
  evidenceState: (orderId: string) => Promise<EvidenceState | undefined>;
}) {
  let evidence: { orderId: string; reasonKind?: ProblemKind; items: readonly string[] } | undefined;
  const readEvidence = async (orderId: string, reasonKind: ProblemKind | undefined) => {
    const state = await hooks.evidenceState(orderId);
    evidence = { orderId, ...(reasonKind && { reasonKind }), items: evidenceHeld(state, reasonKind) };
    hooks.changed();
  };
  return {
    /** The buyer's evidence changed: a message that lists it follows. */
    evidenceChanged() {
      if (evidence) void readEvidence(evidence.orderId, evidence.reasonKind);
    },
    /** The section for the order on screen. */
    section(view: PanelView, orderId: string | undefined, reasonKind: ProblemKind | undefined) {
      return (
        <TemplatesSection
          i18n={hooks.i18n}
          strings={hooks.strings}
          facts={view.facts}
          defaultLanguage={view.page.site === 'ru' ? 'ru' : 'en'}
          {...(reasonKind && { reasonKind })}
          evidence={evidence && evidence.orderId === orderId ? evidence.items : []}
          onWantEvidence={() => void (orderId && readEvidence(orderId, reasonKind))}
          onInsert={hooks.insert}
        />
      );
    },
  };
}

import { EvidenceScore, EvidenceSection } from '../../components/EvidenceSection';
import type { Translator } from '../i18n';
import type { Language } from '../i18n/strings';
import { createEvidenceController } from './evidence-controller';

/**
 * The panel's evidence checklist, loaded by the frame after its first paint: the controller (the frame's own
 * storage), its components and its strings, which join the frame's dictionary.
 */
export { createEvidenceController };

const STRINGS: Record<Language, () => Promise<Record<string, string>>> = {
  en: () => import('../../locales/evidence/en.json').then((module) => module.default),
  ru: () => import('../../locales/evidence/ru.json').then((module) => module.default),
};

/** The checklist's strings, added to the dictionary the frame's translator reads. */
export async function loadEvidenceStrings(language: Language, dictionary: Record<string, string | undefined>) {
  Object.assign(dictionary, await STRINGS[language]());
}

/** The section and the score for the Panel's evidence slots. */
export function evidenceParts(
  evidence: ReturnType<typeof createEvidenceController>,
  i18n: Translator,
): { section: preact.ComponentChildren; score: preact.ComponentChildren } | undefined {
  const view = evidence.view();
  if (!view) return undefined;
  return {
    section: <EvidenceSection view={view} actions={evidence.actions} i18n={i18n} withScore={false} />,
    score: <EvidenceScore view={view} i18n={i18n} />,
  };
}

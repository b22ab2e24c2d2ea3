import { useRef, useState } from 'preact/hooks';
import type { Translator } from '../lib/i18n';
import type { Language } from '../lib/i18n/strings';
import type { ProblemKind } from '../lib/model/problem-kinds';
import { askExtensionBy } from '../lib/templates/extension-ask';
import type { CaseFacts } from '../lib/templates/fact-values';
import { fillTemplate, MAX_INPUT_CHARS, type TemplateStrings } from '../lib/templates/fill-template';
import type { SlotName } from '../lib/templates/slots';
import { TEMPLATE_GROUPS, type TemplateGroup, type TemplateId } from '../lib/templates/template-ids';

/** What became of the buyer's Copy or Insert. */
export type TemplateNotice = 'copied' | 'copyFailed' | 'inserted' | 'noTextBox' | 'insertFailed';

export interface TemplatesProps {
  i18n: Translator;
  /** The template strings in both languages: a message is written in the seller's language, not the panel's. */
  strings: Readonly<Record<Language, TemplateStrings>>;
  facts: CaseFacts;
  /** The language the message starts in (the site's). */
  defaultLanguage: Language;
  /** The dispute's reason, when known: its description comes first. */
  reasonKind?: ProblemKind;
  /** The order's evidence items the buyer has, for the message to AliExpress; asked for when that one is picked. */
  evidence: readonly string[];
  onWantEvidence: () => void;
  /** Puts the text into the page's text box: true when done, false without a box, undefined without an answer. */
  onInsert: (text: string) => Promise<boolean | undefined>;
}

const GROUPS: readonly TemplateGroup[] = ['describe', 'reply', 'ask'];

/** "Reply templates": pick a message, see it filled from the case, fill its gaps, then copy it or put it in the page. */
export function TemplatesSection(props: TemplatesProps) {
  const { i18n, strings, facts, evidence } = props;
  const { t, plural } = i18n;
  const [picked, setPicked] = useState<TemplateId | undefined>();
  const [language, setLanguage] = useState<Language>(props.defaultLanguage);
  const [inputs, setInputs] = useState<Partial<Record<SlotName, string>>>({});
  const [notice, setNotice] = useState<TemplateNotice | undefined>();
  const preview = useRef<HTMLTextAreaElement>(null);

  const filled = picked && fillTemplate({ id: picked, language, strings: strings[language], facts, evidence, inputs });
  const pick = (id: TemplateId) => {
    setPicked(id);
    setNotice(undefined);
    if (id === 'ask.support') props.onWantEvidence();
  };

  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setNotice('copied');
    } catch {
      // The buyer can still copy it by hand: the whole text is selected for them.
      preview.current?.focus();
      preview.current?.select();
      setNotice('copyFailed');
    }
  };
  const insert = async (text: string) => {
    const inserted = await props.onInsert(text);
    setNotice(inserted === undefined ? 'insertFailed' : inserted ? 'inserted' : 'noTextBox');
  };

  const protectionEnd = facts.order?.facts.protectionEndsOn;
  return (
    <details class="dh-details dh-templates" data-testid="templates">
      <summary>{t('templates.heading')}</summary>
      <p class="dh-muted">{t('templates.intro')}</p>
      <div class="dh-template-languages" role="group" aria-label={t('templates.messageLanguage')}>
        <span class="dh-muted">{t('templates.messageLanguage')}:</span>
        {(['en', 'ru'] as const).map((option) => (
          <button
            key={option}
            type="button"
            class="dh-chip"
            data-testid="template-language"
            data-language={option}
            aria-pressed={language === option}
            onClick={() => setLanguage(option)}
          >
            {t(`templates.language.${option}`)}
          </button>
        ))}
      </div>
      {GROUPS.map((group) => (
        <div key={group} class="dh-template-group" role="group" aria-label={t(`templates.group.${group}`)}>
          <h3 class="dh-template-group-title">{t(`templates.group.${group}`)}</h3>
          {ordered(TEMPLATE_GROUPS[group], props.reasonKind).map((id) => (
            <button
              key={id}
              type="button"
              class="dh-chip"
              data-testid="template-pick"
              data-template={id}
              aria-pressed={picked === id}
              onClick={() => pick(id)}
            >
              {t(`templates.name.${id}`)}
            </button>
          ))}
        </div>
      ))}
      {picked && filled && (
        <div class="dh-template" data-template={picked}>
          {picked === 'ask.extension' && protectionEnd && (
            <p class="dh-template-hint" data-testid="template-ask-by">
              {t('templates.askBy', {
                date: i18n.formatPageDate(askExtensionBy(protectionEnd)),
                end: i18n.formatPageDate(protectionEnd.slice(0, 10)),
              })}
            </p>
          )}
          {filled.asked.length > 0 && (
            <fieldset class="dh-template-blanks">
              <legend>{t('templates.blanksHeading')}</legend>
              {filled.asked.map((slot) => (
                <label key={slot} class="dh-field">
                  <span>{t(`templates.blank.${slot}`)}</span>
                  <input
                    type="text"
                    data-testid="template-blank"
                    data-blank={slot}
                    maxLength={MAX_INPUT_CHARS}
                    value={inputs[slot] ?? ''}
                    onInput={(event) => {
                      const value = event.currentTarget.value;
                      setInputs((typed) => ({ ...typed, [slot]: value }));
                      setNotice(undefined);
                    }}
                  />
                </label>
              ))}
            </fieldset>
          )}
          <p class="dh-muted" data-testid="template-gaps" data-open={filled.blanks.length}>
            {filled.blanks.length > 0 ? plural('templates.gapsLeft', filled.blanks.length) : t('templates.allFilled')}
          </p>
          <label class="dh-field dh-template-preview">
            <span>{t('templates.preview')}</span>
            <textarea
              ref={preview}
              readOnly
              rows={8}
              lang={language}
              data-testid="template-preview"
              data-blanks={filled.blanks.join(' ')}
              value={filled.text}
            />
          </label>
          <div class="dh-template-actions">
            <button type="button" class="dh-button" data-testid="template-copy" onClick={() => void copy(filled.text)}>
              {t('templates.copy')}
            </button>
            <button
              type="button"
              class="dh-button"
              data-testid="template-insert"
              onClick={() => void insert(filled.text)}
            >
              {t('templates.insert')}
            </button>
          </div>
          <p
            class="dh-form-status"
            data-testid="template-notice"
            data-notice={notice ?? ''}
            data-state={notice === 'copied' || notice === 'inserted' ? 'done' : notice ? 'error' : undefined}
            role="status"
          >
            {notice && t(`templates.${notice}`)}
          </p>
        </div>
      )}
    </details>
  );
}

/** The description of the dispute's own reason first. */
function ordered(ids: readonly TemplateId[], reasonKind: ProblemKind | undefined): readonly TemplateId[] {
  const first = reasonKind && `describe.${reasonKind}`;
  return first && ids.includes(first as TemplateId) ? [first as TemplateId, ...ids.filter((id) => id !== first)] : ids;
}

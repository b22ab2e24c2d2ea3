// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { CheckResult } from '../../../components/CheckResult';
import { highlightPieces } from '../../../components/highlight';
import { checkDispute, type CheckResult as DisputeCheck } from '../../../lib/analyzer';
import { createTranslator } from '../../../lib/i18n';
import { DisputeCheckSection } from '../../../components/DisputeCheckSection';
import { EVIDENCE_ITEM_IDS } from '../../../lib/evidence/checklists';
import { translatorFor } from '../../../lib/i18n/translator';
import evidenceEn from '../../../locales/evidence/en.json';
import evidenceRu from '../../../locales/evidence/ru.json';
import { CHECK_STRINGS } from '../../../lib/i18n/check-strings';

let root: HTMLElement;
function mount(text: string, result: DisputeCheck = checkDispute({ text }), uiLanguage: 'en' | 'ru' = 'en') {
  root = document.createElement('div');
  document.body.append(root);
  const textLanguage = result.language === 'ru' ? 'ru' : 'en';
  act(() =>
    render(
      <CheckResult
        text={text}
        result={result}
        i18n={createTranslator(uiLanguage, CHECK_STRINGS[uiLanguage])}
        textI18n={createTranslator(textLanguage, CHECK_STRINGS[textLanguage])}
      />,
      root,
    ),
  );
  return root;
}
const finding = (code: string) => root.querySelector(`[data-testid="finding"][data-code="${code}"]`);
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('CheckResult', () => {
  it.each(['en', 'ru'] as const)(
    'names the evidence still to gather in the frame’s words, not keys (%s)',
    (language) => {
      const frameStrings = { en: evidenceEn, ru: evidenceRu }[language];
      for (const id of EVIDENCE_ITEM_IDS) expect(frameStrings[`evidence.item.${id}.title`]).toBeTruthy();
      const text = 'The lamp flickers since 3 May. Photo attached. Refund please.';
      const result = checkDispute({ text, missingEvidence: ['seller-chat', 'tracking'] });
      root = document.createElement('div');
      document.body.append(root);
      act(() =>
        render(
          <DisputeCheckSection
            view={{ state: 'done', text, result }}
            onCheck={() => undefined}
            i18n={translatorFor(language, frameStrings)}
          />,
          root,
        ),
      );
      const items = finding('evidence_items_missing')?.querySelector('[data-testid="finding-items"]')?.textContent;
      expect(items).toContain(frameStrings['evidence.item.seller-chat.title']);
      expect(items).not.toContain('evidence.item');
    },
  );

  it('shows the verdict by name, icon and attribute, and the score', () => {
    mount('Вы мошенники! Уроды. Верните деньги');
    const verdict = root.querySelector('[data-testid="check-verdict"]')!;
    expect(verdict.getAttribute('data-verdict')).toBe('blocker');
    expect(verdict.textContent).toContain('Change before sending');
    expect(verdict.querySelector('[aria-hidden="true"]')?.textContent).toBe('✕');
    expect(root.querySelector('[data-testid="check-score"]')?.textContent).toMatch(/^Score: \d+ of 100$/);
  });

  it('lists each finding under a heading, most serious first', () => {
    mount('Вы мошенники! Уроды. Верните деньги');
    // Not the button's words again: the heading says what follows.
    expect(root.querySelector('h2')?.textContent).toBe('What the check found');
    const items = [...root.querySelectorAll('ul > [data-testid="finding"]')];
    expect(items[0]?.getAttribute('data-code')).toBe('insult');
    expect(items.map((item) => item.getAttribute('data-code'))).toContain('missing_when');
    expect(root.querySelector('h3')?.textContent).toContain(`${items.length} remarks`);
  });

  it('marks the offending words as text and offers a calm rewrite in the language of the dispute', () => {
    mount('Вы мошенники, товар не пришёл за 40 дней, трек есть. Верните деньги');
    const accusation = finding('accusation')!;
    expect([...accusation.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['мошенники']);
    expect(accusation.textContent).toContain('Accusation without facts');
    const rewrite = accusation.querySelector('[data-kind="rewrite"] q')!;
    expect(rewrite.getAttribute('lang')).toBe('ru');
    expect(rewrite.textContent).toBe('Опишу, что произошло:');
  });

  it('tells what to add when a fact is missing, in the interface language', () => {
    mount('Товар не соответствует описанию. Верните деньги.', undefined, 'ru');
    const missing = finding('missing_when')!;
    expect(missing.textContent).toContain('Когда и как вы это обнаружили?');
    expect(missing.querySelector('[data-kind="advice"]')?.textContent).toContain('14 марта');
    expect(missing.querySelector('mark')).toBeNull();
  });

  it('says so when there is nothing to improve', () => {
    const text =
      'Здравствуйте. 14 марта при распаковке обнаружила трещину на экране длиной 3 см. Фото прилагаю. Прошу вернуть полную стоимость заказа.';
    mount(text, checkDispute({ text, attachedFiles: 1 }));
    expect(root.querySelector('[data-testid="check-verdict"]')?.getAttribute('data-verdict')).toBe('ready');
    expect(root.querySelectorAll('[data-testid="finding"]')).toHaveLength(0);
    expect(root.textContent).toContain('No remarks.');
  });

  it('renders hostile dispute text as text, never as markup', () => {
    const text = 'Уроды <img src=x onerror=alert(1)> <b>bold</b>';
    mount(text);
    const insult = finding('insult')!;
    expect(insult.querySelector('img, b')).toBeNull();
    expect(insult.querySelector('[data-testid="finding-excerpt"]')?.textContent).toContain('<img src=x');
  });
});

describe('highlightPieces', () => {
  it('cuts the text around spans and elides the far parts', () => {
    const text = `${'a'.repeat(50)}BAD${'b'.repeat(50)}WORSE${'c'.repeat(5)}`;
    const pieces = highlightPieces(
      text,
      [
        { start: 50, end: 53 },
        { start: 103, end: 108 },
      ],
      10,
    );
    expect(pieces).toEqual([
      { text: '…', marked: false },
      { text: 'a'.repeat(10), marked: false },
      { text: 'BAD', marked: true },
      { text: 'b'.repeat(10), marked: false },
      { text: '…', marked: false },
      { text: 'b'.repeat(10), marked: false },
      { text: 'WORSE', marked: true },
      { text: 'c'.repeat(5), marked: false },
    ]);
  });

  it('keeps close spans in one stretch of text', () => {
    expect(
      highlightPieces('ab XY cd ZW ef', [
        { start: 3, end: 5 },
        { start: 9, end: 11 },
      ]),
    ).toEqual([
      { text: 'ab ', marked: false },
      { text: 'XY', marked: true },
      { text: ' cd ', marked: false },
      { text: 'ZW', marked: true },
      { text: ' ef', marked: false },
    ]);
  });

  it('an empty description gets no score, only a prompt to write it', () => {
    mount('   ');
    const verdict = root.querySelector('[data-testid="check-verdict"]');
    expect(verdict?.getAttribute('data-verdict')).toBe('empty');
    expect(root.querySelector('[data-testid="check-score"]')).toBeNull();
    expect(root.querySelectorAll('[data-testid="finding"]')).toHaveLength(0);
  });
});

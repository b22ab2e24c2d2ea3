// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TemplatesSection, type TemplatesProps } from '../../../components/TemplatesSection';
import { createTranslator } from '../../../lib/i18n';
import en from '../../../locales/templates/en.json';
import ru from '../../../locales/templates/ru.json';
import { CASE } from '../templates/case';

let root: HTMLElement;
function mount(props: Partial<TemplatesProps> = {}) {
  root = document.createElement('div');
  document.body.append(root);
  const all: TemplatesProps = {
    i18n: createTranslator('en', en),
    strings: { en, ru },
    facts: CASE,
    defaultLanguage: 'en',
    evidence: [],
    onWantEvidence: () => undefined,
    onInsert: () => Promise.resolve(true),
    ...props,
  };
  act(() => render(<TemplatesSection {...all} />, root));
  const find = (selector: string) => root.querySelector<HTMLElement>(selector);
  return {
    find,
    click: async (selector: string) => {
      await act(async () => find(selector)!.click());
    },
    type: async (slot: string, value: string) => {
      const input = find(`[data-blank="${slot}"]`) as HTMLInputElement;
      await act(async () => {
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
    },
    preview: () => find('[data-testid="template-preview"]') as HTMLTextAreaElement,
    notice: () => find('[data-testid="template-notice"]')!,
  };
}
afterEach(() => {
  render(null, root);
  root.remove();
  vi.unstubAllGlobals();
});

describe('TemplatesSection', () => {
  it('shows a picked template filled from the case, and fills a gap as the buyer types', async () => {
    const ui = mount({ reasonKind: 'damaged' });
    expect(ui.find('[data-testid="template-pick"]')?.getAttribute('data-template')).toBe('describe.damaged');
    await ui.click('[data-template="describe.damaged"]');
    expect(ui.preview().value).toContain('[what exactly is wrong]');
    expect(ui.find('[data-testid="template-gaps"]')?.getAttribute('data-open')).toBe('1');
    await ui.type('problem', 'the plug is cracked');
    expect(ui.preview().value).toContain('I found that the plug is cracked.');
    expect(ui.preview().getAttribute('data-blanks')).toBe('');
    // The same words fill the same gap in the other language's template too.
    await ui.click('[data-testid="template-language"][data-language="ru"]');
    expect(ui.preview().value).toMatch(/^Здравствуйте\./);
    expect(ui.preview().value).toContain('обнаружилось: the plug is cracked.');
  });

  it('asks for the evidence when the message to AliExpress is picked', async () => {
    const onWantEvidence = vi.fn();
    const ui = mount({ onWantEvidence, evidence: ['seller-chat'] });
    await ui.click('[data-template="ask.support"]');
    expect(onWantEvidence).toHaveBeenCalledOnce();
    expect(ui.preview().value).toContain('Evidence attached to the dispute: a screenshot of my chat with the seller.');
  });

  it('says when the text was copied, and selects it for the buyer when the browser refuses', async () => {
    const writeText = vi.fn().mockResolvedValueOnce(undefined).mockRejectedValueOnce(new Error('denied'));
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const ui = mount();
    await ui.click('[data-template="describe.empty_package"]');
    await ui.click('[data-testid="template-copy"]');
    expect(writeText).toHaveBeenCalledWith(ui.preview().value);
    expect(ui.notice().getAttribute('data-notice')).toBe('copied');
    await ui.click('[data-testid="template-copy"]');
    expect(ui.notice().getAttribute('data-notice')).toBe('copyFailed');
    expect(ui.notice().textContent).toContain('press Ctrl+C');
    expect(ui.preview().selectionEnd - ui.preview().selectionStart).toBe(ui.preview().value.length);
  });

  it.each([
    [true, 'inserted'],
    [false, 'noTextBox'],
    [undefined, 'insertFailed'],
  ])('an insert answered %s tells the buyer %s', async (answer, notice) => {
    const onInsert = vi.fn().mockResolvedValue(answer);
    const ui = mount({ onInsert });
    await ui.click('[data-template="reply.decline"]');
    await ui.click('[data-testid="template-insert"]');
    expect(onInsert).toHaveBeenCalledWith(ui.preview().value);
    expect(ui.notice().getAttribute('data-notice')).toBe(notice);
  });

  it('tells when to ask for an extension: a week before protection ends', async () => {
    const ui = mount();
    await ui.click('[data-template="ask.extension"]');
    expect(ui.find('[data-testid="template-ask-by"]')?.textContent).toMatch(/by .*27.*2025.*a week before/);
  });
});

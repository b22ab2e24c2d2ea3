// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { insertIntoTextBox } from '../../../lib/page-side/insert-text';

const TEXT = 'Hello. My order 8190000123456790 was delivered on March 12. <b>not markup</b>';

describe('insertIntoTextBox', () => {
  it('writes into the box the dispute check reads, as typed input the page hears', () => {
    document.body.replaceChildren();
    const form = document.createElement('form');
    const other = document.createElement('textarea');
    other.className = 'search';
    const box = document.createElement('textarea');
    box.className = 'commet--textarea--Sg0xapL';
    form.append(other, box);
    document.body.append(form);
    const heard: Array<{ type: string; value: string; bubbled: boolean }> = [];
    for (const type of ['input', 'change'])
      form.addEventListener(type, (event) =>
        heard.push({ type, value: (event.target as HTMLTextAreaElement).value, bubbled: event.target !== form }),
      );

    expect(insertIntoTextBox(document, TEXT)).toBe(true);
    expect(box.value).toBe(TEXT);
    expect(other.value).toBe('');
    // Text stays text: nothing of it became an element.
    expect(box.children).toHaveLength(0);
    expect(heard).toEqual([
      { type: 'input', value: TEXT, bubbled: true },
      { type: 'change', value: TEXT, bubbled: true },
    ]);
  });

  it('goes past a value property the page put on the element itself (as React does to track typing)', () => {
    document.body.replaceChildren();
    const box = document.createElement('textarea');
    box.id = 'request-detail-txt';
    document.body.append(box);
    let tracked = '';
    Object.defineProperty(box, 'value', {
      configurable: true,
      get: () => tracked,
      set: (value: string) => (tracked = value),
    });
    expect(insertIntoTextBox(document, TEXT)).toBe(true);
    // The page's own tracker did not see the write, so its input handler finds the value changed.
    expect(tracked).toBe('');
    const native = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.get!.call(box);
    expect(native).toBe(TEXT);
  });

  it('answers false on a page without a text box', () => {
    document.body.replaceChildren();
    const div = document.createElement('div');
    div.className = 'commet--textarea--Sg0xapL';
    document.body.append(div);
    expect(insertIntoTextBox(document, TEXT)).toBe(false);
    expect(div.textContent).toBe('');
  });
});

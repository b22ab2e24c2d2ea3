import { describe, expect, it } from 'vitest';
import { dossierSummary, type SummarySection } from '../../../lib/dossier/dossier-summary';
import { summaryHtml } from '../../../lib/dossier/summary-html';
import { createTranslator } from '../../../lib/i18n';
import dossierRu from '../../../locales/dossier/ru.json';
import evidenceRu from '../../../locales/evidence/ru.json';
import remindersRu from '../../../locales/reminders/ru.json';
import { DISPUTE, HOSTILE, hostileCase, i18n, NOW, ORDER } from './case-fixture';

const ZONE = 'UTC';
const summary = () => dossierSummary(hostileCase(), i18n, NOW, ZONE);
const sectionOf = (id: SummarySection['id']) => summary().sections.find((section) => section.id === id)!;
const text = (section: SummarySection) =>
  [
    ...section.rows.map((row) => `${row.label}: ${row.value}`),
    ...section.entries.map((e) => `${e.when} ${e.who ?? ''} ${e.text}`),
  ].join('\n');

describe('the dossier summary', () => {
  it('names the order and says when and in which time zone it was made', () => {
    const { title, intro } = summary();
    expect(title).toBe(`Dispute file for AliExpress order ${ORDER}`);
    expect(intro).toContain('2026');
    expect(intro).toContain('(UTC)');
  });

  it('the order: store, items with quantity and price, total, dates, tracking', () => {
    const order = text(sectionOf('order'));
    expect(order).toContain(`Order number: ${ORDER}`);
    expect(order).toContain('Wireless Earbuds × 2 — $19.35');
    expect(order).toContain('Total: $38.70');
    expect(order).toContain('Dec 3, 2025');
    expect(order).toContain('LP00123456789012 (Cainiao)');
  });

  it('the dispute: its number, reason, what the buyer asks for with the amount, the offer to answer', () => {
    const dispute = text(sectionOf('dispute'));
    expect(dispute).toContain(`Dispute number: ${DISPUTE}`);
    expect(dispute).toContain('The buyer asks for: a partial refund of $18.02');
    expect(dispute).toContain(`Latest offer: ${HOSTILE.message} · $5.00`);
    expect(dispute).toContain('Opened: Jan 5, 2026');
  });

  it('deadlines as absolute dates with the time left', () => {
    const deadlines = text(sectionOf('deadlines'));
    expect(deadlines).toMatch(/The buyer's time to answer ends: Jan 12, 2026.* · 3 days \d+ hours? left/);
  });

  it('messages oldest first, each with who wrote it as a third party reads it', () => {
    const [first, second] = sectionOf('messages').entries;
    expect(first).toMatchObject({ who: 'Buyer', text: 'Left earbud has no sound.' });
    expect(second!.who).toBe('Seller');
    expect(second!.when).toContain('Jan 7, 2026');
  });

  it('the case log oldest first, in words, with the step’s own date', () => {
    const [seen, offered] = sectionOf('timeline').entries;
    expect(seen!.text).toBe('You opened the dispute page.');
    expect(offered!.text).toBe('The seller offered $5.00. · Jan 7, 2026, 8:40 AM');
  });

  it('the checklist with its score, and each file under the name it has in the ZIP', () => {
    const checklist = text(sectionOf('checklist'));
    expect(checklist).toContain('Problem: Item not as described');
    expect(checklist).toMatch(/Required items ready: \d+ of \d+/);
    expect(checklist).toContain('Photos or video of each difference: ready · 1 file');
    const files = sectionOf('files').rows.map((row) => row.label);
    expect(files).toEqual(['evidence/earbud.png', 'evidence/earbud (2).png', 'evidence/statement.pdf']);
  });

  it('an order without a dispute or files says so instead of leaving blanks', () => {
    const bare = { ...hostileCase(), evidence: { problem: 'other' as const, ticked: [], files: [] }, timeline: [] };
    delete bare.dispute;
    const sections = dossierSummary(bare, i18n, NOW, ZONE).sections;
    const empty = Object.fromEntries(sections.map((section) => [section.id, section.empty]));
    expect(empty.dispute).toBe('No dispute page of this order has been opened yet.');
    expect(empty.messages).toBe('No messages read from the dispute page yet.');
    expect(empty.files).toBe('No files attached.');
    expect(empty.timeline).toBe('Nothing recorded yet.');
  });
});

describe('the summary as an HTML file', () => {
  const html = () => summaryHtml(summary(), 'en');

  it('page text never becomes markup: no tag, handler or script from a store name or a message', () => {
    const page = html();
    expect(page).not.toContain('<img');
    expect(page).not.toContain('<script');
    expect(page).not.toContain('</script>');
    expect(page).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
    expect(page).toContain('&lt;/script&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(page).toContain('Item &quot;not&quot; as described &amp; &#39;broken&#39;');
  });

  it('is self-contained: inline styles with a print stylesheet, and a policy that lets nothing load or run', () => {
    const page = html();
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).toContain('<style>');
    expect(page).toContain('@media print');
    expect(page).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(page).not.toMatch(/<[a-z][^>]*\s(src|href)=/i);
  });

  it('holds every section the page shows, in the same order', () => {
    const page = html();
    const ids = [...page.matchAll(/<section id="([a-z]+)">/g)].map((match) => match[1]);
    expect(ids).toEqual(summary().sections.map((section) => section.id));
    expect(page).toContain(`<h1>Dispute file for AliExpress order ${ORDER}</h1>`);
    expect(page).toContain('Jan 12, 2026');
  });
});

describe('in Russian', () => {
  const ru = createTranslator('ru', { ...remindersRu, ...evidenceRu, ...dossierRu });

  it('the summary speaks Russian, plurals included', () => {
    const sections = dossierSummary(hostileCase(), ru, NOW, ZONE);
    expect(sections.title).toBe(`Материалы спора по заказу AliExpress ${ORDER}`);
    const checklist = sections.sections.find((section) => section.id === 'checklist')!;
    expect(checklist.rows.map((row) => row.value)).toContain('готово · 1 файл');
    const dispute = sections.sections.find((section) => section.id === 'dispute')!;
    expect(dispute.rows).toContainEqual({ label: 'Статус', value: 'ждёт ответа покупателя' });
  });
});

import type { Language } from '../i18n/strings';
import type { DossierSummary, SummarySection } from './dossier-summary';
import { escapeHtml } from './escape-html';

/*
 * The summary as a file of its own: readable in any browser, printed on paper. Nothing in it runs: no script, and a
 * policy that forbids any, so even a string the escaping missed could load or run nothing.
 */
const STYLE = `
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #111; margin: 2em auto;
  max-width: 48em; padding: 0 1em; }
h1 { font-size: 1.5em; margin: 0 0 0.3em; }
h2 { font-size: 1.15em; margin: 1.6em 0 0.5em; border-bottom: 1px solid #ccc; padding-bottom: 0.2em; }
.intro, .empty, .when, .who { color: #555; }
dl { display: grid; grid-template-columns: minmax(10em, max-content) 1fr; gap: 0.3em 1em; margin: 0; }
dt { font-weight: 600; }
dd { margin: 0; overflow-wrap: anywhere; }
ol { margin: 0; padding-left: 1.3em; }
li { margin: 0.25em 0; overflow-wrap: anywhere; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; color: #000; }
  h2 { break-after: avoid; }
  li, dt, dd { break-inside: avoid; }
}
`;

/** The whole summary as one self-contained HTML document, every value escaped. */
export function summaryHtml(summary: DossierSummary, language: Language): string {
  return `<!doctype html>
<html lang="${escapeHtml(language)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(summary.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${escapeHtml(summary.title)}</h1>
<p class="intro">${escapeHtml(summary.intro)}</p>
${summary.sections.map(sectionHtml).join('\n')}
</body>
</html>
`;
}

function sectionHtml(section: SummarySection): string {
  const parts = [`<section id="${escapeHtml(section.id)}">`, `<h2>${escapeHtml(section.heading)}</h2>`];
  if (section.rows.length)
    parts.push(
      '<dl>',
      ...section.rows.map((row) => `<dt>${escapeHtml(row.label)}</dt><dd>${escapeHtml(row.value)}</dd>`),
      '</dl>',
    );
  if (section.entries.length)
    parts.push(
      '<ol>',
      ...section.entries.map((entry) => {
        const who = entry.who ? ` <span class="who">${escapeHtml(entry.who)}:</span>` : '';
        return `<li><span class="when">${escapeHtml(entry.when)}</span>${who} ${escapeHtml(entry.text)}</li>`;
      }),
      '</ol>',
    );
  if (section.empty) parts.push(`<p class="empty">${escapeHtml(section.empty)}</p>`);
  parts.push('</section>');
  return parts.join('\n');
}

import type { DossierSummary } from '../lib/dossier/dossier-summary';

/** The dossier's summary on screen and on paper: the same sections, words and order as the ZIP's summary.html. */
export function DossierSummaryView({ summary }: { summary: DossierSummary }) {
  return (
    <article class="dh-dossier-summary" data-testid="dossier-summary">
      <h1>{summary.title}</h1>
      <p class="dh-dossier-muted">{summary.intro}</p>
      {summary.sections.map((section) => (
        <section key={section.id} data-testid="dossier-section" data-section={section.id}>
          <h2>{section.heading}</h2>
          {section.rows.length > 0 && (
            <dl>
              {section.rows.map((row, index) => (
                <div key={index} class="dh-dossier-row">
                  <dt>{row.label}</dt>
                  <dd>{row.value}</dd>
                </div>
              ))}
            </dl>
          )}
          {section.entries.length > 0 && (
            <ol>
              {section.entries.map((entry, index) => (
                <li key={index} data-testid="dossier-entry">
                  <span class="dh-dossier-muted">{entry.when}</span>
                  {entry.who && <span class="dh-dossier-muted"> {entry.who}:</span>} {entry.text}
                </li>
              ))}
            </ol>
          )}
          {section.empty && <p class="dh-dossier-muted">{section.empty}</p>}
        </section>
      ))}
    </article>
  );
}

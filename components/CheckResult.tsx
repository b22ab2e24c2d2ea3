import { isEvidenceItemId } from '../lib/evidence/checklists';
import type { CheckResult as DisputeCheck, Finding, Severity, Verdict } from '../lib/analyzer';
import type { Translator } from '../lib/i18n';
import { highlightPieces } from './highlight';

export interface CheckResultProps {
  /** The dispute text exactly as checked: finding spans are offsets into it. */
  text: string;
  result: DisputeCheck;
  /** The interface language. */
  i18n: Translator;
  /** The language of the dispute text, for rewrites the buyer may paste into it. */
  textI18n: Translator;
}

// Shapes as well as colours, so the verdict and severities do not depend on seeing colour.
const VERDICT_ICON: Record<Verdict, string> = { ready: '✓', needs_work: '!', blocker: '✕' };
const SEVERITY_ORDER: Record<Severity, number> = { blocker: 0, warning: 1, tip: 2 };

/** The outcome of "Check my dispute": verdict, score and each finding with the words it is about. */
export function CheckResult({ text, result, i18n, textI18n }: CheckResultProps) {
  const { t, plural } = i18n;
  const findings = [...result.findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  // Nothing written yet: no score and no list of remarks, just what to do first.
  if (result.empty) {
    return (
      <section class="dh-check" lang={i18n.language} aria-labelledby="dh-check-title">
        <h2 id="dh-check-title" class="dh-check-title">
          {t('check.title')}
        </h2>
        <div class="dh-check-verdict" data-testid="check-verdict" data-verdict="empty">
          <p class="dh-check-verdict-name">{t('check.verdict.empty')}</p>
          <p class="dh-check-verdict-hint">{t('check.finding.empty_text.advice')}</p>
        </div>
      </section>
    );
  }
  return (
    <section class="dh-check" lang={i18n.language} aria-labelledby="dh-check-title">
      <h2 id="dh-check-title" class="dh-check-title">
        {t('check.title')}
      </h2>
      <div
        class={`dh-check-verdict dh-check-${result.verdict}`}
        data-testid="check-verdict"
        data-verdict={result.verdict}
      >
        <span class="dh-check-icon" aria-hidden="true">
          {VERDICT_ICON[result.verdict]}
        </span>
        <div>
          <p class="dh-check-verdict-name">{t(`check.verdict.${result.verdict}`)}</p>
          <p class="dh-check-verdict-hint">{t(`check.verdict.${result.verdict}.hint`)}</p>
          <p class="dh-check-score" data-testid="check-score" data-score={result.score}>
            {t('check.score', { score: result.score })}
          </p>
        </div>
      </div>
      <h3 class="dh-check-subtitle">
        {t('check.findings.heading')}
        {findings.length > 0 && (
          <span class="dh-check-count"> · {plural('check.findings.count', findings.length)}</span>
        )}
      </h3>
      {findings.length === 0 ? (
        <p class="dh-check-none">{t('check.findings.none')}</p>
      ) : (
        <ul class="dh-check-findings">
          {findings.map((finding) => (
            <FindingItem
              key={finding.code}
              finding={finding}
              text={text}
              i18n={i18n}
              textI18n={textI18n}
              textLanguage={result.language}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function FindingItem(props: {
  finding: Finding;
  text: string;
  i18n: Translator;
  textI18n: Translator;
  textLanguage: string;
}) {
  const { finding, text, i18n, textI18n, textLanguage } = props;
  const { t } = i18n;
  const { suggestion } = finding;
  return (
    <li
      class={`dh-check-finding dh-check-finding-${finding.severity}`}
      data-testid="finding"
      data-code={finding.code}
      data-severity={finding.severity}
    >
      <p class="dh-check-finding-title">
        <span class="dh-check-badge">{t(`check.severity.${finding.severity}`)}</span>{' '}
        <strong>{t(`check.finding.${finding.code}.title`)}</strong>
      </p>
      <p class="dh-check-advice">{t(finding.messageKey)}</p>
      {finding.items && finding.items.length > 0 && (
        <ul class="dh-check-items" data-testid="finding-items">
          {finding.items.filter(isEvidenceItemId).map((item) => (
            <li key={item} data-item={item}>
              {t(`evidence.item.${item}.title`)}
            </li>
          ))}
        </ul>
      )}
      {finding.spans.length > 0 && (
        <p class="dh-check-excerpt">
          <span class="dh-check-label">{t('check.finding.highlight')}</span>{' '}
          <span lang={textLanguage === 'other' ? undefined : textLanguage} data-testid="finding-excerpt">
            {highlightPieces(text, finding.spans).map((piece, index) =>
              piece.marked ? <mark key={index}>{piece.text}</mark> : piece.text,
            )}
          </span>
        </p>
      )}
      {suggestion &&
        (suggestion.kind === 'rewrite' ? (
          <p class="dh-check-suggestion" data-testid="finding-suggestion" data-kind="rewrite">
            <span class="dh-check-label">{t('check.rewrite.label')}</span>{' '}
            <q lang={textI18n.language}>{textI18n.t(suggestion.key, suggestion.params)}</q>
          </p>
        ) : (
          <p class="dh-check-suggestion" data-testid="finding-suggestion" data-kind="advice">
            <span class="dh-check-label">{t('check.suggestion.label')}</span> {t(suggestion.key, suggestion.params)}
          </p>
        ))}
    </li>
  );
}

import { useState } from 'preact/hooks';
import type { MessageKey, Translator } from '../lib/i18n';
import type { PluralBase } from '../lib/i18n/text';
import type { EvidenceItem } from '../lib/evidence/checklists';
import { PROBLEM_KINDS, type ProblemKind } from '../lib/model/problem-kinds';
import type { EvidenceActions, EvidenceFileView, EvidenceView } from '../lib/evidence/evidence-view';

const ACCEPT: Record<string, string> = { image: 'image/*', video: 'video/*', document: 'application/pdf' };

/** The evidence checklist of the order: what to gather for its problem, the buyer's files per item, and the score. */
export function EvidenceSection({
  view,
  actions,
  i18n,
  withScore,
}: {
  view: EvidenceView;
  actions: EvidenceActions;
  i18n: Translator;
  /** The score shows at the section's top (the evidence page); in the panel it is in the Now card or above. */
  withScore: boolean;
}) {
  const { t } = i18n;
  return (
    <section class="dh-evidence" data-testid="evidence" aria-labelledby="dh-evidence-title" aria-busy={view.busy}>
      <h2 class="dh-subtitle" id="dh-evidence-title">
        {t('checklist.heading')}
      </h2>
      {withScore && <EvidenceScore view={view} i18n={i18n} />}
      {view.where === 'own-page' ? (
        <OwnPageOffer view={view} actions={actions} i18n={i18n} />
      ) : (
        <ProblemChoice view={view} actions={actions} i18n={i18n} />
      )}
      {view.notice && (
        <div
          class={`dh-evidence-notice dh-evidence-notice-${view.notice.tone}`}
          data-testid="evidence-notice"
          data-tone={view.notice.tone}
          role={view.notice.tone === 'error' ? 'alert' : 'status'}
        >
          <p>
            {view.notice.file && <strong>{view.notice.file}: </strong>}
            {view.notice.count === undefined
              ? t(view.notice.key as MessageKey, view.notice.params)
              : i18n.plural(view.notice.key as PluralBase, view.notice.count, view.notice.params)}
          </p>
          {view.notice.canShrink && (
            <button
              type="button"
              class="dh-button"
              data-testid="evidence-shrink"
              disabled={view.busy}
              onClick={actions.shrinkPending}
            >
              {t('checklist.shrink')}
            </button>
          )}
        </div>
      )}
      <ul class="dh-checklist">
        {view.where === 'here' &&
          view.items.map((item) => (
            <ChecklistItem
              key={item.id}
              item={item}
              view={view}
              files={view.files.filter((file) => file.itemId === item.id)}
              actions={actions}
              i18n={i18n}
            />
          ))}
      </ul>
      {view.storage && (
        <p class="dh-muted" data-testid="evidence-storage">
          {t('checklist.storage', {
            used: megabytes(view.storage.used, i18n),
            left: megabytes(Math.max(0, view.storage.quota - view.storage.used), i18n),
          })}
        </p>
      )}
    </section>
  );
}

/** Required items done out of all required: the same figure the Now card and the order list show. */
export function EvidenceScore({ view, i18n }: { view: EvidenceView; i18n: Translator }) {
  const { done, required, missing } = view.progress;
  return (
    <p class="dh-evidence-score" data-testid="evidence-score" data-done={done} data-required={required}>
      {i18n.t('checklist.score', { done, required })}
      {missing.length > 0 && (
        <span class="dh-muted">
          {' · '}
          {i18n.t('checklist.missing', {
            items: missing.map((item) => i18n.t(`evidence.item.${item.id}.title`)).join(', '),
          })}
        </span>
      )}
    </p>
  );
}

/** Where the frame cannot keep files: the items still missing, and the checklist in a tab of its own. */
function OwnPageOffer({ view, actions, i18n }: { view: EvidenceView; actions: EvidenceActions; i18n: Translator }) {
  return (
    <div class="dh-evidence-own-page" data-testid="evidence-own-page">
      <p>{i18n.t('checklist.ownPage')}</p>
      <button type="button" class="dh-button" data-testid="evidence-open-page" onClick={actions.openOwnPage}>
        {i18n.t('checklist.openOwnPage')}
      </button>
      {view.problem && (
        <p class="dh-muted" data-testid="evidence-problem" data-problem={view.problem}>
          {i18n.t(`problem.${view.problem}`)}
        </p>
      )}
    </div>
  );
}

function ProblemChoice({ view, actions, i18n }: { view: EvidenceView; actions: EvidenceActions; i18n: Translator }) {
  const { t } = i18n;
  if (view.problemFrom === 'reason' && view.problem)
    return (
      <p class="dh-muted" data-testid="evidence-problem" data-problem={view.problem}>
        {t('checklist.problemFromReason', { problem: t(`problem.${view.problem}`) })}
      </p>
    );
  return (
    <label class="dh-field">
      <span>{t('checklist.pickProblem')}</span>
      <select
        data-testid="evidence-problem"
        data-problem={view.problem ?? ''}
        value={view.problem ?? ''}
        disabled={view.busy}
        onChange={(event) => {
          const picked = (event.currentTarget as HTMLSelectElement).value;
          if (picked) actions.pickProblem(picked as ProblemKind);
        }}
      >
        {!view.problem && <option value="">{t('checklist.pickProblemPrompt')}</option>}
        {PROBLEM_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(`problem.${kind}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

function ChecklistItem(props: {
  item: EvidenceItem;
  view: EvidenceView;
  files: readonly EvidenceFileView[];
  actions: EvidenceActions;
  i18n: Translator;
}) {
  const { item, view, files, actions, i18n } = props;
  const { t } = i18n;
  const [dragging, setDragging] = useState(false);
  const takesFiles = item.accepts.length > 0;
  const ticked = view.ticked.includes(item.id);
  const done = takesFiles ? files.length > 0 : ticked;
  const state = done ? 'done' : item.required ? 'missing' : 'optional';
  const inputId = `dh-evidence-input-${item.id}`;
  return (
    <li
      class={`dh-checklist-item dh-checklist-${state}${dragging ? ' dh-checklist-drop' : ''}`}
      data-testid="checklist-item"
      data-item={item.id}
      data-state={state}
      onDragOver={(event) => {
        if (!takesFiles) return;
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(event) => {
        if (!takesFiles) return;
        event.preventDefault();
        setDragging(false);
        const dropped = [...(event.dataTransfer?.files ?? [])];
        if (dropped.length) actions.attach(item.id, dropped);
      }}
    >
      <div class="dh-checklist-head">
        {takesFiles ? (
          <span class="dh-checklist-mark" aria-hidden="true">
            {done ? '✓' : '○'}
          </span>
        ) : (
          <input
            type="checkbox"
            id={inputId}
            data-testid="evidence-tick"
            checked={ticked}
            disabled={view.busy}
            onChange={(event) => actions.tick(item.id, (event.currentTarget as HTMLInputElement).checked)}
          />
        )}
        <label for={takesFiles ? undefined : inputId} class="dh-checklist-title">
          {t(`evidence.item.${item.id}.title`)}
          {item.required && <span class="dh-muted"> · {t('checklist.required')}</span>}
        </label>
      </div>
      <details class="dh-checklist-help">
        <summary>{t('checklist.why')}</summary>
        <p>{t(`evidence.item.${item.id}.why`)}</p>
        <p>{t(`evidence.item.${item.id}.good`)}</p>
      </details>
      {files.length > 0 && (
        <ul class="dh-evidence-files">
          {files.map((file) => (
            <EvidenceFile key={file.id} file={file} view={view} actions={actions} i18n={i18n} />
          ))}
        </ul>
      )}
      {takesFiles && (
        <label class="dh-attach">
          <span>{t('checklist.attach')}</span>
          <input
            type="file"
            multiple
            data-testid="evidence-input"
            accept={item.accepts.map((kind) => ACCEPT[kind]).join(',')}
            disabled={view.busy}
            onChange={(event) => {
              const input = event.currentTarget as HTMLInputElement;
              const chosen = [...(input.files ?? [])];
              input.value = '';
              if (chosen.length) actions.attach(item.id, chosen);
            }}
          />
        </label>
      )}
    </li>
  );
}

function EvidenceFile(props: {
  file: EvidenceFileView;
  view: EvidenceView;
  actions: EvidenceActions;
  i18n: Translator;
}) {
  const { file, view, actions, i18n } = props;
  const { t } = i18n;
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(file.name);
  return (
    <li class="dh-evidence-file" data-testid="evidence-file" data-kind={file.kind}>
      {file.thumbUrl ? (
        <img class="dh-thumb" src={file.thumbUrl} alt="" width="48" height="48" data-testid="evidence-thumb" />
      ) : (
        <span class="dh-thumb dh-thumb-none" aria-hidden="true">
          {t(`checklist.kind.${file.kind}`)}
        </span>
      )}
      {renaming ? (
        <form
          class="dh-rename"
          onSubmit={(event) => {
            event.preventDefault();
            setRenaming(false);
            actions.rename(file.id, name);
          }}
        >
          <input
            data-testid="evidence-name-input"
            value={name}
            maxLength={200}
            aria-label={t('checklist.rename')}
            onInput={(event) => setName((event.currentTarget as HTMLInputElement).value)}
          />
          <button type="submit" class="dh-link-button">
            {t('checklist.save')}
          </button>
        </form>
      ) : (
        <span class="dh-evidence-name" data-testid="evidence-name" title={file.name}>
          {file.name}
          <span class="dh-muted"> · {megabytes(file.size, i18n)}</span>
        </span>
      )}
      <span class="dh-evidence-actions">
        <button type="button" class="dh-link-button" data-testid="evidence-open" onClick={() => actions.open(file.id)}>
          {t('checklist.open')}
        </button>
        <button
          type="button"
          class="dh-link-button"
          data-testid="evidence-rename"
          disabled={view.busy}
          onClick={() => {
            setName(file.name);
            setRenaming(true);
          }}
        >
          {t('checklist.rename')}
        </button>
        <select
          data-testid="evidence-move"
          aria-label={t('checklist.move')}
          value=""
          disabled={view.busy}
          onChange={(event) => {
            const target = (event.currentTarget as HTMLSelectElement).value;
            if (target) actions.move(file.id, target);
          }}
        >
          <option value="">{t('checklist.move')}</option>
          {view.items
            .filter((item) => item.id !== file.itemId && item.accepts.includes(file.kind))
            .map((item) => (
              <option key={item.id} value={item.id}>
                {t(`evidence.item.${item.id}.title`)}
              </option>
            ))}
        </select>
        <button
          type="button"
          class="dh-link-button"
          data-testid="evidence-delete"
          disabled={view.busy}
          onClick={() => actions.remove(file.id)}
        >
          {t('checklist.delete')}
        </button>
      </span>
    </li>
  );
}

function megabytes(bytes: number, i18n: Translator): string {
  const size = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: bytes < 10_485_760 ? 1 : 0 }).format(
    bytes / 1_048_576,
  );
  return i18n.t('checklist.megabytes', { size });
}

import { browser } from 'wxt/browser';
import { problemKindOf } from '../aliexpress/dispute-reasons';
import { createDbConnection } from '../db/connection';
import {
  addEvidenceFile,
  askPersistentStorage,
  deleteEvidenceFile,
  listEvidenceFiles,
  moveEvidenceFile,
  readEvidenceBlob,
  readEvidenceState,
  renameEvidenceFile,
  storageUse,
  writeEvidenceState,
  type EvidenceResult,
  type EvidenceWriteError,
} from '../db/evidence';
import type { EvidenceFileMeta } from '../db/evidence-records';
import { checkEvidenceFile, hasRoomFor, HEAD_BYTES, TAIL_BYTES, type FileVerdict } from '../evidence/check-file';
import { checklistFor, isEvidenceItemId, type EvidenceItem } from '../evidence/checklists';
import { evidenceProgress } from '../evidence/completeness';
import { makeThumbnail, shrinkImage } from '../evidence/shrink-image';
import { UPLOAD_RULES } from '../aliexpress/upload-rules';
import type { EvidenceActions, EvidenceFileView, EvidenceNotice, EvidenceView } from '../evidence/evidence-view';
import type { EvidenceState } from '../messaging/protocol';
import { DisputeFacts } from '../model/facts';
import type { ProblemKind } from '../model/problem-kinds';

export type { EvidenceActions, EvidenceView };

const OPENED_URL_LIFETIME_MS = 60_000;

/**
 * The evidence of the order on screen, kept by the panel frame itself: it reads and writes the extension's IndexedDB
 * directly, so the buyer's files never pass through the page, runtime messaging or the worker. A frame the browser
 * keeps from that storage (third-party storage blocked) shows where the evidence stands, from the worker, and offers
 * the same checklist in a tab of its own (`evidence.html`), where the storage is the extension's as always.
 */
export function createEvidenceController(hooks: {
  /** The view should be painted again. */
  changed: () => void;
  /** The evidence itself changed. */
  saved: () => void;
  /** The order's evidence from the worker, for a frame without storage of its own. */
  stateElsewhere?: (orderId: string) => Promise<EvidenceState | undefined>;
}) {
  const { changed, saved } = hooks;
  const db = createDbConnection();
  let view: EvidenceView | undefined;
  let loading = 0;
  // What the buyer's last change has to say. It stays until their next change or another order: the panel reads the
  // order again whenever its view changes (a change of the evidence changes it), and such a read, even one that
  // overtakes the change's own, must not wipe a refusal off before the buyer has seen it.
  let lastNotice: EvidenceNotice | undefined;
  const thumbUrls = new Map<string, string>();
  /** Photos too big to keep as they are, waiting for the buyer to have them made smaller. */
  let pending: Array<{ itemId: string; file: File; kind: EvidenceFileMeta['kind'] }> = [];
  let askedPersistence = false;

  /** Reads the order's files and state again and rebuilds the view; thumbnails of files gone are released. */
  const load = async (orderId: string) => {
    const mine = ++loading;
    const connection = await db().catch(() => undefined);
    if (!connection) return loadElsewhere(orderId, mine);
    const [metas, state, disputes, storage] = await Promise.all([
      listEvidenceFiles(connection, orderId),
      readEvidenceState(connection, orderId),
      connection.getAllFromIndex('disputeFacts', 'orderId', orderId),
      storageUse().catch(() => undefined),
    ]);
    if (mine !== loading) return;
    const files: EvidenceFileView[] = [];
    for (const meta of metas) {
      let thumbUrl = thumbUrls.get(meta.id);
      if (!thumbUrl && meta.kind === 'image') {
        const blobs = await readEvidenceBlob(connection, meta.id);
        if (blobs?.thumb) thumbUrls.set(meta.id, (thumbUrl = URL.createObjectURL(blobs.thumb)));
      }
      files.push({ ...meta, ...(thumbUrl && { thumbUrl }) });
    }
    if (mine !== loading) return;
    releaseThumbsExcept(new Set(metas.map((meta) => meta.id)));
    const counts: Record<string, number> = {};
    for (const file of files) counts[file.itemId] = (counts[file.itemId] ?? 0) + 1;
    view = {
      ...viewOf(orderId, problemOf(disputes, state?.problem), files, counts, state?.ticked ?? []),
      where: 'here',
      ...(lastNotice && { notice: lastNotice }),
      ...(storage && { storage }),
    };
    changed();
  };

  /** Without storage of its own the frame shows the score and the items from the worker, and offers the tab. */
  const loadElsewhere = async (orderId: string, mine: number) => {
    const state = await hooks.stateElsewhere?.(orderId);
    if (mine !== loading) return;
    const problem = state?.problem ? { problem: state.problem, problemFrom: 'reason' as const } : undefined;
    view = { ...viewOf(orderId, problem, [], state?.counts ?? {}, state?.ticked ?? []), where: 'own-page' };
    changed();
  };

  const releaseThumbsExcept = (keep: ReadonlySet<string>) => {
    for (const [id, url] of thumbUrls)
      if (!keep.has(id)) {
        URL.revokeObjectURL(url);
        thumbUrls.delete(id);
      }
  };

  /** Runs one change of the order's evidence, then shows the result (or why it failed) and reads everything again. */
  const act = (work: (orderId: string) => Promise<EvidenceNotice | undefined>) => {
    const current = view;
    if (!current || current.busy) return;
    view = { ...current, busy: true };
    changed();
    void work(current.orderId)
      .catch((): EvidenceNotice => ({ tone: 'error', key: 'checklist.error.broken-db' }))
      .then(async (said) => {
        lastNotice = said;
        await load(current.orderId);
        if (said?.tone !== 'error') saved();
      })
      .catch(() => {
        lastNotice = { tone: 'error', key: 'checklist.error.broken-db' };
        view = { ...current, busy: false, notice: lastNotice };
        changed();
      });
  };

  const store = async (
    orderId: string,
    itemId: string,
    file: Blob,
    name: string,
    verdict: FileVerdict & { ok: true },
    shrunk: boolean,
  ) => {
    // Kept with the type its content showed, never the one its name suggested; prepared before the write, so that
    // nothing but the write itself happens inside the database's transaction.
    const typed = file.type === verdict.mime ? file : new Blob([file], { type: verdict.mime });
    const thumb = verdict.kind === 'image' ? await makeThumbnail(typed).catch(() => undefined) : undefined;
    const added = await addEvidenceFile(
      await db(),
      { orderId, itemId, name, mime: verdict.mime, kind: verdict.kind, size: typed.size, ...(shrunk && { shrunk }) },
      typed,
      thumb,
    );
    return added.ok ? undefined : writeError(added.error, name);
  };

  const actions: EvidenceActions = {
    pickProblem: (problem) =>
      act(async (orderId) => failure(await writeEvidenceState(await db(), orderId, { problem }))),
    tick: (itemId, on) =>
      act(async (orderId) => {
        const ticked = new Set(view?.ticked ?? []);
        if (on) ticked.add(itemId);
        else ticked.delete(itemId);
        return failure(await writeEvidenceState(await db(), orderId, { ticked: [...ticked] }));
      }),
    attach: (itemId, files) =>
      act(async (orderId) => {
        if (!askedPersistence) {
          askedPersistence = true;
          // Best effort: a persisted origin is not cleared when the disk fills up.
          void askPersistentStorage().catch(() => false);
        }
        const item = view?.items.find((candidate) => candidate.id === itemId);
        let notice: EvidenceNotice | undefined;
        let added = 0;
        const kept = new Map<string, number>();
        for (const file of view?.files ?? []) kept.set(file.kind, (kept.get(file.kind) ?? 0) + 1);
        for (const file of files) {
          const verdict = await checkFile(file, item);
          if (!verdict.ok) {
            notice = { tone: 'error', key: `evidence.file.${verdict.reason}`, file: file.name, itemId };
            continue;
          }
          const stored =
            (kept.get(verdict.kind) ?? 0) + pending.filter((waiting) => waiting.kind === verdict.kind).length;
          if (!hasRoomFor(verdict.kind, stored)) {
            notice = { tone: 'error', key: 'evidence.file.too-many', file: file.name, itemId };
            continue;
          }
          // A large photo is kept only as a smaller copy, which the buyer asks for: it loses detail and location data.
          if (verdict.warnings.includes('will-be-shrunk')) {
            pending.push({ itemId, file, kind: verdict.kind });
            continue;
          }
          const failed = await store(orderId, itemId, file, storedName(file.name, verdict.extension), verdict, false);
          if (failed) return failed;
          kept.set(verdict.kind, stored + 1);
          added++;
          const warning = verdict.warnings[0];
          if (warning) notice = { tone: 'warning', key: `evidence.warning.${warning}`, file: file.name, itemId };
        }
        if (pending.length)
          return {
            tone: 'warning',
            key: 'checklist.tooBigPhotos',
            count: pending.length,
            params: { names: pending.map(({ file }) => file.name).join(', ') },
            itemId,
            canShrink: true,
          };
        return notice ?? (added ? { tone: 'done', key: 'checklist.added', count: added, itemId } : undefined);
      }),
    shrinkPending: () =>
      act(async (orderId) => {
        const waiting = pending;
        pending = [];
        let added = 0;
        for (const { itemId, file } of waiting) {
          // One photo at a time: each is decoded, drawn and encoded again, which takes memory while it runs.
          const smaller = await shrinkImage(file, UPLOAD_RULES.maxStoredImageBytes.value).catch(() => undefined);
          const name = storedName(file.name, 'jpg');
          const verdict = smaller && (await checkFile(new File([smaller], name, { type: smaller.type }), undefined));
          if (!smaller || !verdict?.ok)
            return { tone: 'error', key: 'checklist.shrinkFailed', params: { name: file.name } };
          const failed = await store(orderId, itemId, smaller, name, verdict, true);
          if (failed) return failed;
          added++;
        }
        return added ? { tone: 'done', key: 'checklist.added', count: added } : undefined;
      }),
    rename: (fileId, name) =>
      act(async () => {
        const trimmed = name.trim();
        return trimmed ? failure(await renameEvidenceFile(await db(), fileId, trimmed), trimmed) : undefined;
      }),
    move: (fileId, itemId) => act(async () => failure(await moveEvidenceFile(await db(), fileId, itemId))),
    remove: (fileId) => act(async () => failure(await deleteEvidenceFile(await db(), fileId))),
    open: (fileId) =>
      void (async () => {
        const blobs = await readEvidenceBlob(await db(), fileId);
        if (!blobs) return;
        const url = URL.createObjectURL(blobs.file);
        window.open(url, '_blank', 'noopener');
        // The new tab has loaded it by then; the URL is not kept alive for the frame's whole life.
        setTimeout(() => URL.revokeObjectURL(url), OPENED_URL_LIFETIME_MS);
      })(),
    openOwnPage: () => {
      // Without an opener: a tab opened with a link back to a page inside AliExpress gets no extension APIs.
      if (view) window.open(evidencePageUrl(view.orderId), '_blank', 'noopener');
    },
  };

  return {
    actions,
    view: () => view,
    /** The panel shows this order now (or none): its evidence is read again. */
    follow(orderId: string | undefined) {
      if (view?.orderId !== orderId) {
        releaseThumbsExcept(new Set());
        pending = [];
        lastNotice = undefined;
        view = undefined;
      }
      if (orderId) void load(orderId).catch((error: unknown) => console.debug('[dispute-helper] evidence', error));
    },
  };
}

/** The order's checklist as an extension page of its own: the same storage as the worker's, in any browser setting. */
export function evidencePageUrl(orderId: string): string {
  return browser.runtime.getURL(`/evidence.html?order=${encodeURIComponent(orderId)}`);
}

/** The dispute's reason when a page showed one (as the worker counts it), else the buyer's pick. */
function problemOf(disputes: readonly unknown[], picked: ProblemKind | undefined) {
  const reason = disputes
    .map((raw) => DisputeFacts.safeParse(raw))
    .map((parsed) => (parsed.success ? problemKindOf(parsed.data.facts.reason) : undefined))
    .find(Boolean);
  if (reason) return { problem: reason, problemFrom: 'reason' as const };
  return picked ? { problem: picked, problemFrom: 'buyer' as const } : undefined;
}

function viewOf(
  orderId: string,
  chosen: { problem: ProblemKind; problemFrom: 'reason' | 'buyer' } | undefined,
  files: EvidenceFileView[],
  counts: Record<string, number>,
  ticked: readonly string[],
) {
  const items = withFilesKept(checklistFor(chosen?.problem ?? 'other'), files, counts);
  return {
    orderId,
    problem: chosen?.problem,
    problemFrom: chosen?.problemFrom,
    items,
    files,
    ticked,
    progress: evidenceProgress(items, counts, ticked),
    busy: false,
  };
}

/**
 * The problem's items, then any item that holds files but is not on this problem's list (the buyer changed the
 * problem after attaching): its files stay in sight, to move or delete, and it counts as optional.
 */
function withFilesKept(
  items: readonly EvidenceItem[],
  files: readonly EvidenceFileMeta[],
  counts: Readonly<Record<string, number>>,
): readonly EvidenceItem[] {
  const listed = new Set<string>(items.map((item) => item.id));
  const extra = new Map<EvidenceItem['id'], Set<EvidenceFileMeta['kind']>>();
  for (const itemId of Object.keys(counts)) {
    if (listed.has(itemId) || !isEvidenceItemId(itemId)) continue;
    const kinds = new Set(files.filter((file) => file.itemId === itemId).map((file) => file.kind));
    extra.set(itemId, kinds);
  }
  return [...items, ...[...extra].map(([id, kinds]) => ({ id, required: false, accepts: [...kinds] }))];
}

/** The file's real type from its first and last bytes, and whether it may be kept for this item. */
async function checkFile(file: File, item: EvidenceItem | undefined): Promise<FileVerdict> {
  const [head, tail] = await Promise.all([
    file.slice(0, HEAD_BYTES).arrayBuffer(),
    file.slice(Math.max(0, file.size - TAIL_BYTES)).arrayBuffer(),
  ]);
  return checkEvidenceFile(
    { name: file.name, size: file.size, type: file.type, head: new Uint8Array(head), tail: new Uint8Array(tail) },
    item,
  );
}

/** The buyer's name for the file, with the ending of what it really is (a renamed PNG is saved as .png). */
function storedName(name: string, extension: string): string {
  const base = name.replace(/\.[^.]*$/, '').trim() || 'file';
  return `${base}.${extension}`;
}

/** What the buyer is told when a change of the evidence could not be written (nothing of it was). */
function failure(result: EvidenceResult, name = ''): EvidenceNotice | undefined {
  return result.ok ? undefined : writeError(result.error, name);
}

function writeError(error: EvidenceWriteError, name: string): EvidenceNotice {
  return { tone: 'error', key: `checklist.error.${error}`, ...(name && { file: name }) };
}

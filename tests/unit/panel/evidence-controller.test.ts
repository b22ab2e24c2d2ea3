import 'fake-indexeddb/auto';
import { deleteDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DB_NAME } from '../../../lib/db/schema';
import type { EvidenceView } from '../../../lib/evidence/evidence-view';
import { createEvidenceController } from '../../../lib/panel/evidence-controller';

// Decoding and drawing need a browser (the e2e suite runs them); here a thumbnail and a shrunk copy are stand-ins.
vi.mock('../../../lib/evidence/shrink-image', () => ({
  makeThumbnail: async () => new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xe0])], { type: 'image/jpeg' }),
  shrinkImage: async () => new Blob([jpegBytes(4096)], { type: 'image/jpeg' }),
}));

const ORDER = '8190000123456789';
const MB = 1024 * 1024;

function pngBytes(size: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  // Signature and an IHDR of 800 × 600: enough for the type and the pixel size.
  bytes.set([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 3, 0x20, 0, 0, 2, 0x58,
  ]);
  return bytes;
}
function jpegBytes(size: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  bytes.set([0xff, 0xd8, 0xff, 0xe0]);
  bytes.set([0xff, 0xd9], size - 2);
  return bytes;
}

function controller() {
  let view: EvidenceView | undefined;
  const saved = vi.fn();
  const evidence = createEvidenceController({ changed: () => (view = evidence.view()), saved });
  const until = async (condition: (view: EvidenceView) => boolean) => {
    for (let tries = 0; tries < 200; tries++) {
      if (view && !view.busy && condition(view)) return view;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    throw new Error(`the view never got there: ${JSON.stringify(view?.notice)}`);
  };
  return { evidence, until, saved };
}

afterEach(async () => {
  vi.restoreAllMocks();
  await deleteDB(DB_NAME);
});

describe('the panel frame’s evidence', () => {
  it('keeps a photo, refuses a mislabelled file, offers to shrink a large one, and releases every thumbnail URL', async () => {
    const created = vi.spyOn(URL, 'createObjectURL');
    const revoked = vi.spyOn(URL, 'revokeObjectURL');
    const { evidence, until, saved } = controller();
    evidence.follow(ORDER);
    await until((view) => view.where === 'here');

    evidence.actions.pickProblem('damaged');
    await until((view) => view.problem === 'damaged' && view.problemFrom === 'buyer');

    evidence.actions.attach('damage-photos', [new File([pngBytes(2048)], 'crack.PNG', { type: 'image/png' })]);
    let view = await until((current) => current.files.length === 1);
    expect(view.files[0]).toMatchObject({ itemId: 'damage-photos', mime: 'image/png', name: 'crack.png' });
    expect(view.files[0]!.thumbUrl).toMatch(/^blob:/);
    expect(view.items.find((item) => item.id === 'damage-photos')).toBeDefined();
    expect(view.progress.done).toBe(1);
    expect(saved).toHaveBeenCalled();

    evidence.actions.attach('damage-photos', [new File(['just words'], 'photo.jpg', { type: 'image/jpeg' })]);
    view = await until((current) => current.notice?.tone === 'error');
    expect(view.notice).toMatchObject({ key: 'evidence.file.unknown-type', file: 'photo.jpg' });
    expect(view.files).toHaveLength(1);

    evidence.actions.attach('package-photos', [new File([pngBytes(3 * MB)], 'box.png', { type: 'image/png' })]);
    view = await until((current) => current.notice?.canShrink === true);
    expect(view.notice).toMatchObject({ key: 'checklist.tooBigPhotos', count: 1 });
    expect(view.files).toHaveLength(1);
    evidence.actions.shrinkPending();
    view = await until((current) => current.files.length === 2);
    expect(view.files.find((file) => file.itemId === 'package-photos')).toMatchObject({
      name: 'box.jpg',
      mime: 'image/jpeg',
      shrunk: true,
    });

    evidence.actions.remove(view.files[0]!.id);
    await until((current) => current.files.length === 1);
    evidence.follow(undefined);
    expect(evidence.view()).toBeUndefined();
    expect(created.mock.calls.length).toBe(2);
    expect(revoked.mock.calls.map(([url]) => url).sort()).toEqual(created.mock.results.map((r) => r.value).sort());
  });

  it('a refusal stays in sight when the view is read again while it is being shown', async () => {
    const { evidence, until } = controller();
    evidence.follow(ORDER);
    await until((view) => view.where === 'here');
    evidence.actions.pickProblem('damaged');
    await until((view) => view.problem === 'damaged');

    // The worker's answer to the last change makes the panel follow the order again, reading it afresh; on a busy
    // machine that read can start after the refusal's own, and must not wipe the message off.
    evidence.actions.attach('damage-photos', [new File(['just words'], 'photo.jpg', { type: 'image/jpeg' })]);
    for (let reads = 0; reads < 30; reads++) {
      evidence.follow(ORDER);
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    const view = await until((current) => current.notice !== undefined);
    expect(view.notice).toMatchObject({ tone: 'error', key: 'evidence.file.unknown-type', file: 'photo.jpg' });
  });

  it('files of an item the new problem does not list stay in sight, as an optional item', async () => {
    const { evidence, until } = controller();
    evidence.follow(ORDER);
    await until((view) => view.where === 'here');
    evidence.actions.pickProblem('damaged');
    await until((view) => view.problem === 'damaged');
    evidence.actions.attach('damage-photos', [new File([pngBytes(1024)], 'a.png', { type: 'image/png' })]);
    await until((view) => view.files.length === 1);
    evidence.actions.pickProblem('not_received');
    const view = await until((current) => current.problem === 'not_received');
    expect(view.items.at(-1)).toMatchObject({ id: 'damage-photos', required: false, accepts: ['image'] });
  });
});

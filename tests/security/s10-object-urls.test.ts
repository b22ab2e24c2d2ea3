import 'fake-indexeddb/auto';
import { deleteDB } from 'idb';
import { afterAll, expect, it, vi } from 'vitest';
import { DB_NAME } from '../../lib/db/schema';
import { createEvidenceController } from '../../lib/panel/evidence-controller';

// The thumbnail is drawn by the browser; any small image stands in for it here.
vi.mock('../../lib/evidence/shrink-image', () => ({
  makeThumbnail: async () => new Blob([new Uint8Array([0xff, 0xd8, 0xff])], { type: 'image/jpeg' }),
  shrinkImage: async () => undefined,
}));

const png = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0,
]);

/** S10: every object URL the panel creates (thumbnails) is revoked when its file goes or the panel leaves the order. */
it('S10: thumbnails’ object URLs are all revoked', async () => {
  const created = vi.spyOn(URL, 'createObjectURL');
  const revoked = vi.spyOn(URL, 'revokeObjectURL');
  let files = 0;
  const evidence = createEvidenceController({
    changed: () => (files = evidence.view()?.busy ? files : (evidence.view()?.files.length ?? 0)),
    saved: () => undefined,
  });
  const settle = async (count: number) => {
    for (let tries = 0; tries < 200 && files !== count; tries++) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(files).toBe(count);
  };
  evidence.follow('8190000123456789');
  await settle(0);
  await vi.waitFor(() => expect(evidence.view()).toBeDefined());
  for (const name of ['a.png', 'b.png', 'c.png']) {
    evidence.actions.attach('seller-chat', [new File([png], name, { type: 'image/png' })]);
    await settle(['a.png', 'b.png', 'c.png'].indexOf(name) + 1);
  }
  expect(created).toHaveBeenCalledTimes(3);
  evidence.actions.remove(evidence.view()!.files[0]!.id);
  await settle(2);
  expect(revoked).toHaveBeenCalledTimes(1);
  evidence.follow(undefined);
  expect(revoked.mock.calls.map(([url]) => url).sort()).toEqual(
    created.mock.results.map((result) => result.value).sort(),
  );
});
afterAll(() => deleteDB(DB_NAME));

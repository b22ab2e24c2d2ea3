import 'fake-indexeddb/auto';
import { deleteDB } from 'idb';
import { afterAll, describe, expect, it } from 'vitest';
import { addEvidenceFile, readEvidenceBlob } from '../../lib/db/evidence';
import { openDisputeDb } from '../../lib/db/open-db';
import { checkEvidenceFile, HEAD_BYTES } from '../../lib/evidence/check-file';
import { UPLOAD_RULES } from '../../lib/aliexpress/upload-rules';

/**
 * S9: files the buyer adds are taken by their content (an allow-list of magic bytes), capped in size before anything
 * decodes them, kept under random ids, and photos are re-encoded (which drops EXIF and location) before they are
 * kept large. The re-encoder runs in a browser: tests/e2e/shrink-image.spec.ts checks that its output has no EXIF.
 */
const png = (extra: Uint8Array = new Uint8Array()) =>
  new Uint8Array([
    0x89,
    0x50,
    0x4e,
    0x47,
    0x0d,
    0x0a,
    0x1a,
    0x0a,
    0,
    0,
    0,
    13,
    0x49,
    0x48,
    0x44,
    0x52,
    0,
    0,
    1,
    0,
    0,
    0,
    1,
    0,
    ...extra,
  ]);
const text = (value: string) => new TextEncoder().encode(value);
const check = (name: string, bytes: Uint8Array, size = bytes.length, type = '') =>
  checkEvidenceFile({ name, size, type, head: bytes.slice(0, HEAD_BYTES), tail: bytes.slice(-HEAD_BYTES) });

describe('S9: uploaded files', () => {
  it.each([
    [
      'an SVG image (a script carrier)',
      'photo.svg',
      text('<svg xmlns="http://www.w3.org/2000/svg"><script>1</script></svg>'),
    ],
    ['a web page named .jpg', 'photo.jpg', text('<!doctype html><script>alert(1)</script>')],
    ['a ZIP named .png', 'photo.png', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4])],
    ['a PNG carrying a script', 'photo.png', png(text('<script>alert(1)</script>'))],
  ])('%s is refused by its content', (_, name, bytes) => {
    expect(check(name, bytes).ok).toBe(false);
  });

  it('a PNG named .mp4 is taken as the PNG it is', () => {
    expect(check('clip.mp4', png(), 1000, 'video/mp4')).toMatchObject({
      ok: true,
      mime: 'image/png',
      warnings: ['renamed'],
    });
  });

  it('an image over the cap is refused on its size, before anything decodes it', () => {
    const size = UPLOAD_RULES.maxImageInputBytes.value + 1;
    expect(check('huge.png', png(), size)).toEqual({ ok: false, reason: 'too-big' });
  });

  it('files are kept under random ids, never the buyer’s file name', async () => {
    const db = await openDisputeDb('s09');
    try {
      const name = '../../etc/passwd.png';
      const added = await addEvidenceFile(
        db,
        { orderId: '8190000123456789', itemId: 'damage-photos', name, mime: 'image/png', kind: 'image', size: 24 },
        new Blob([png()], { type: 'image/png' }),
      );
      if (!added.ok) throw new Error(added.error);
      expect(added.meta.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(added.meta.name).not.toContain('/');
      expect(await readEvidenceBlob(db, added.meta.id)).toBeDefined();
      expect(await db.getAllKeys('evidenceBlobs')).toEqual([added.meta.id]);
    } finally {
      db.close();
    }
  });
  afterAll(() => deleteDB('s09'));
});

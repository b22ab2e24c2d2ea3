import { describe, expect, it } from 'vitest';
import { UPLOAD_RULES } from '../../../lib/aliexpress/upload-rules';
import { checkEvidenceFile, HEAD_BYTES, hasRoomFor, TAIL_BYTES } from '../../../lib/evidence/check-file';
import { checklistFor, type EvidenceItem } from '../../../lib/evidence/checklists';
import { foreignContentIn } from '../../../lib/evidence/polyglot';
import { PROBLEM_KINDS } from '../../../lib/model/problem-kinds';
import {
  concat,
  fileOf,
  gif,
  heic,
  jpeg,
  jpegApp1,
  jpegComment,
  matroska,
  mp4,
  noise,
  padded,
  pdf,
  png,
  text,
  zip,
} from './bytes';

const MB = 1024 * 1024;
/** An item as a checklist has it (an id appears the same in every list that has it). */
const item = (id: string): EvidenceItem => PROBLEM_KINDS.flatMap(checklistFor).find((entry) => entry.id === id)!;

describe('checkEvidenceFile: the cases the issue names', () => {
  it('a PNG renamed .mp4 is kept as the PNG it is, with a warning', () => {
    expect(checkEvidenceFile(fileOf('clip.mp4', png(), 'video/mp4'))).toEqual({
      ok: true,
      mime: 'image/png',
      kind: 'image',
      warnings: ['renamed'],
      canShrink: true,
      extension: 'png',
      size: { width: 4, height: 3 },
    });
  });

  it('…but not as the video an item asks for', () => {
    expect(checkEvidenceFile(fileOf('clip.mp4', png(), 'video/mp4'), item('failure-video'))).toEqual({
      ok: false,
      reason: 'wrong-kind-for-item',
    });
  });

  it('an oversized image is refused before anything decodes it', () => {
    const huge = padded(jpeg(), UPLOAD_RULES.maxImageInputBytes.value + 1);
    expect(checkEvidenceFile(fileOf('IMG_0001.jpg', huge, 'image/jpeg'))).toEqual({ ok: false, reason: 'too-big' });
  });

  it('a large photo that can be re-encoded is kept, to be shrunk', () => {
    const large = padded(jpeg({ width: 4000, height: 3000 }), 3 * MB);
    expect(checkEvidenceFile(fileOf('IMG_0001.JPG', large, 'image/jpeg'))).toMatchObject({
      ok: true,
      canShrink: true,
      warnings: ['will-be-shrunk'],
      size: { width: 4000, height: 3000 },
    });
  });

  it('an image whose header promises more pixels than we decode is refused (a decompression bomb)', () => {
    expect(checkEvidenceFile(fileOf('bomb.png', png(20_000, 20_000)))).toEqual({ ok: false, reason: 'too-big' });
    expect(checkEvidenceFile(fileOf('108mp.jpg', jpeg({ width: 12_000, height: 9000 })))).toEqual({
      ok: false,
      reason: 'too-big',
    });
    // 48–50 MP phone cameras are kept; a HEIC is never decoded here, so only its bytes count.
    expect(checkEvidenceFile(fileOf('50mp.jpg', jpeg({ width: 8160, height: 6120 })))).toMatchObject({ ok: true });
    expect(checkEvidenceFile(fileOf('48mp.heic', heic({ width: 8064, height: 6048 })))).toMatchObject({ ok: true });
  });

  it.each([
    ['an empty file', fileOf('photo.jpg', new Uint8Array(), 'image/jpeg')],
    ['a 0-byte video', fileOf('unboxing.mp4', new Uint8Array(), 'video/mp4')],
    ['a file whose size says 0', { ...fileOf('photo.jpg', jpeg()), size: 0 }],
  ])('%s is refused as empty', (_name, file) => {
    expect(checkEvidenceFile(file, item('unboxing-video'))).toEqual({ ok: false, reason: 'empty' });
  });

  it('a HEIC photo is kept with a warning: it cannot be shown or shrunk here, and AliExpress may refuse it', () => {
    expect(checkEvidenceFile(fileOf('IMG_4211.HEIC', heic(), 'image/heic'))).toEqual({
      ok: true,
      mime: 'image/heic',
      kind: 'image',
      warnings: ['heic-may-be-refused'],
      canShrink: false,
      extension: 'heic',
      size: { width: 4032, height: 3024 },
    });
  });

  it('a HEIC photo too big to keep as it is is refused', () => {
    const big = padded(heic(), UPLOAD_RULES.maxStoredImageBytes.value + 1);
    expect(checkEvidenceFile(fileOf('IMG_4211.HEIC', big, 'image/heic'))).toEqual({ ok: false, reason: 'too-big' });
  });

  it.each([
    ['JPEG + ZIP appended (a JAR/"GIFAR" polyglot)', concat(jpeg(), zip())],
    ['GIF + ZIP with a comment', concat(gif(), zip('signed by nobody'))],
    ['JPEG with a script in a comment', jpeg({ segments: [jpegComment('<script>fetch("//evil")</script>')] })],
    ['JPEG with an HTML page in its EXIF block', jpeg({ segments: [jpegApp1('Exif\0\0<HTML><BODY onload=x()>')] })],
    ['JPEG with a PDF header in a comment', jpeg({ segments: [jpegComment('%PDF-1.4 1 0 obj')] })],
    ['PNG + HTML after its end', concat(png(), text('<!DOCTYPE html><p>hi'))],
    ['JPEG + PDF after its end', concat(jpeg(), pdf())],
    ['PNG + PHP after its end', concat(png(), text('<?php system($_GET["c"]); ?>'))],
    ['PDF + ZIP appended', concat(pdf(), zip())],
    ['MP4 + ZIP appended', concat(mp4(), zip())],
    ['a large JPEG whose ZIP is past the head (found in the tail)', concat(padded(jpeg(), 2 * HEAD_BYTES), zip())],
  ])('%s is refused as a polyglot', (_name, bytes) => {
    expect(checkEvidenceFile(fileOf('photo.jpg', bytes))).toEqual({ ok: false, reason: 'polyglot' });
  });

  it('an MP4 is kept as a video, with no warning', () => {
    expect(checkEvidenceFile(fileOf('VID_20261201.MP4', mp4(), 'video/mp4'), item('unboxing-video'))).toEqual({
      ok: true,
      mime: 'video/mp4',
      kind: 'video',
      warnings: [],
      canShrink: false,
      extension: 'mp4',
    });
  });

  it.each([
    ['an unknown binary', fileOf('evidence.bin', noise(5000, 42))],
    ['a text file named .jpg', fileOf('photo.jpg', text('I promise this is a photo of the parcel.'), 'image/jpeg')],
    ['a ZIP of photos', fileOf('photos.zip', zip(), 'application/zip')],
    ['an SVG', fileOf('drawing.svg', text('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'image/svg+xml')],
  ])('%s is refused as an unknown type', (_name, file) => {
    expect(checkEvidenceFile(file)).toEqual({ ok: false, reason: 'unknown-type' });
  });
});

describe('checkEvidenceFile: other types and warnings', () => {
  it('an iPhone MOV and an Android MP4 need no warning', () => {
    const mov = mp4({ major: 'qt  ', compatible: ['qt  '] });
    expect(checkEvidenceFile(fileOf('IMG_0007.MOV', mov, 'video/quicktime'))).toMatchObject({ ok: true, warnings: [] });
  });

  it('a WebM video is kept, with a warning that the form may refuse it', () => {
    expect(checkEvidenceFile(fileOf('screen.webm', matroska('webm'), 'video/webm'))).toMatchObject({
      ok: true,
      mime: 'video/webm',
      warnings: ['unusual-video-format'],
    });
  });

  it('a PDF is kept as a document, with advice to upload a screenshot of it', () => {
    expect(checkEvidenceFile(fileOf('statement.pdf', pdf(), 'application/pdf'), item('post-office-statement'))).toEqual(
      {
        ok: true,
        mime: 'application/pdf',
        kind: 'document',
        warnings: ['upload-as-photo'],
        canShrink: false,
        extension: 'pdf',
      },
    );
  });

  it.each([
    ['a PDF for a photo item', fileOf('chat.pdf', pdf()), 'tracking-screenshot'],
    ['a photo for a tick item', fileOf('number.png', png()), 'tracking-number'],
    ['a video for a photo item', fileOf('label.mp4', mp4()), 'parcel-label'],
  ])('%s is the wrong kind', (_name, file, id) => {
    expect(checkEvidenceFile(file, item(id))).toEqual({ ok: false, reason: 'wrong-kind-for-item' });
  });

  it('a video or document over our cap is refused', () => {
    const video = { ...fileOf('long.mp4', mp4()), size: UPLOAD_RULES.maxVideoBytes.value + 1 };
    const document = { ...fileOf('scan.pdf', pdf()), size: UPLOAD_RULES.maxDocumentBytes.value + 1 };
    expect(checkEvidenceFile(video)).toEqual({ ok: false, reason: 'too-big' });
    expect(checkEvidenceFile(document)).toEqual({ ok: false, reason: 'too-big' });
  });

  it.each<[string, string, boolean]>([
    ['photo.jpg', 'image/jpeg', false],
    ['photo.JPEG', 'image/jpg', false],
    ['photo.jfif', '', false],
    ['photo', '', false],
    ['photo', 'image/jpeg', false],
    ['.jpg', '', false],
    ['photo.png', 'image/png', true],
    ['photo.jpg', 'image/png', true],
    ['photo', 'application/octet-stream', true],
    ['photo.jpg_large', '', true],
  ])('a JPEG named %j and declared %j is renamed: %s', (name, type, renamed) => {
    const verdict = checkEvidenceFile(fileOf(name, jpeg(), type));
    expect(verdict.ok && verdict.warnings.includes('renamed')).toBe(renamed);
  });
});

describe('polyglot check: what it does not refuse', () => {
  it.each([
    [
      'a JPEG with XMP metadata',
      jpeg({
        segments: [jpegApp1('http://ns.adobe.com/xap/1.0/\0<?xpacket begin=""?><x:xmpmeta><rdf:RDF/></x:xmpmeta>')],
      }),
    ],
    ['a phone "motion photo" (a JPEG with its MP4 appended)', concat(jpeg(), mp4())],
    ['a PDF (its own header is no polyglot)', pdf()],
    [
      'a video with a stray ZIP signature whose comment length does not fit',
      concat(mp4(), text('PK\x05\x06'), noise(300, 8)),
    ],
  ])('%s is kept', (_name, bytes) => {
    expect(checkEvidenceFile(fileOf('file', bytes))).toMatchObject({ ok: true });
  });

  it('compressed-looking bytes are not mistaken for another format (200 videos of 192 KB)', () => {
    const flagged = Array.from({ length: 200 }, (_, seed) => concat(mp4(), noise(192 * 1024, seed + 1000))).filter(
      (bytes) => checkEvidenceFile(fileOf('clip.mp4', bytes)).ok === false,
    );
    expect(flagged).toEqual([]);
  });

  it('reads only the head and tail: a script in the middle of a large file is not found (re-encoding is the defence)', () => {
    const hidden = concat(padded(jpeg(), 2 * HEAD_BYTES), text('<script>x()</script>'), noise(2 * TAIL_BYTES, 3));
    expect(checkEvidenceFile(fileOf('photo.jpg', hidden))).toMatchObject({ ok: true });
  });

  it('without a tail, a small file is checked whole and a large one on its head only', () => {
    const small = concat(jpeg(), zip());
    expect(checkEvidenceFile({ ...fileOf('a.jpg', small), tail: undefined })).toEqual({
      ok: false,
      reason: 'polyglot',
    });
    const large = concat(padded(jpeg(), 2 * HEAD_BYTES), zip());
    expect(checkEvidenceFile({ ...fileOf('a.jpg', large), tail: undefined })).toMatchObject({ ok: true });
  });

  it('names what it found', () => {
    expect(foreignContentIn(jpeg(), concat(jpeg(), zip()), 'image/jpeg')).toBe('zip');
    expect(foreignContentIn(jpeg({ segments: [jpegComment('%PDF-1.7')] }), undefined, 'image/jpeg')).toBe('pdf');
    expect(foreignContentIn(concat(png(), text('<svg onload=x>')), undefined, 'image/png')).toBe('html');
    expect(foreignContentIn(jpeg(), jpeg(), 'image/jpeg')).toBeUndefined();
  });
});

describe('limits', () => {
  it('the caller reads enough: all of a ZIP end record and a full EXIF block', () => {
    expect(TAIL_BYTES).toBeGreaterThanOrEqual(22 + 65_535);
    expect(HEAD_BYTES).toBeGreaterThanOrEqual(65_536);
  });

  it.each<['image' | 'video' | 'document', number, boolean]>([
    ['image', 29, true],
    ['image', 30, false],
    ['video', 4, true],
    ['video', 5, false],
    ['document', 9, true],
    ['document', 10, false],
  ])('a dispute with %s files: %i stored, room for one more: %s', (kind, stored, room) => {
    expect(hasRoomFor(kind, stored)).toBe(room);
  });
});

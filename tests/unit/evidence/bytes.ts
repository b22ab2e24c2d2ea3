import { HEAD_BYTES, TAIL_BYTES, type EvidenceFileInput } from '../../../lib/evidence/check-file';

/** Real file bytes, built as the formats' specifications lay them out (small, but each a valid header). */

export const text = (value: string) => new TextEncoder().encode(value);

export function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

const be32 = (value: number) =>
  new Uint8Array([value >>> 24, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff]);
const be16 = (value: number) => new Uint8Array([value >>> 8, value & 0xff]);
const le16 = (value: number) => new Uint8Array([value & 0xff, value >>> 8]);
const le32 = (value: number) =>
  new Uint8Array([value & 0xff, (value >>> 8) & 0xff, (value >>> 16) & 0xff, value >>> 24]);

/** Bytes that look like compressed data: a fixed-seed generator, so a failure can be replayed. */
export function noise(length: number, seed = 1): Uint8Array {
  const out = new Uint8Array(length);
  let state = seed >>> 0 || 1;
  for (let index = 0; index < length; index++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    out[index] = state & 0xff;
  }
  return out;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const typed = concat(text(type), data);
  return concat(be32(data.length), typed, be32(crc32(typed)));
}

export function png(width = 4, height = 3, bodyBytes = 16): Uint8Array {
  const header = concat(be32(width), be32(height), new Uint8Array([8, 6, 0, 0, 0]));
  return concat(
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', noise(bodyBytes, 7)),
    pngChunk('IEND', new Uint8Array()),
  );
}

const jpegSegment = (marker: number, data: Uint8Array) =>
  concat(new Uint8Array([0xff, marker]), be16(data.length + 2), data);

/** A baseline JPEG: JFIF header, optional extra segments (EXIF, XMP, comments), frame, scan, end of image. */
export function jpeg(options: { width?: number; height?: number; segments?: Uint8Array[]; scanBytes?: number } = {}) {
  const { width = 640, height = 480, segments = [], scanBytes = 64 } = options;
  // Entropy-coded data never holds a bare 0xFF (it is stuffed as FF 00), so the noise is kept below it.
  const scan = noise(scanBytes, 3).map((byte) => (byte === 0xff ? 0xfe : byte));
  return concat(
    new Uint8Array([0xff, 0xd8]),
    jpegSegment(0xe0, concat(text('JFIF\0'), new Uint8Array([1, 1, 0, 0, 1, 0, 1, 0, 0]))),
    ...segments,
    jpegSegment(0xc0, concat(new Uint8Array([8]), be16(height), be16(width), new Uint8Array([1, 1, 0x11, 0]))),
    jpegSegment(0xda, new Uint8Array([1, 1, 0, 0, 0x3f, 0])),
    scan,
    new Uint8Array([0xff, 0xd9]),
  );
}

export const jpegComment = (value: string) => jpegSegment(0xfe, text(value));
export const jpegApp1 = (value: string) => jpegSegment(0xe1, text(value));

export function gif(width = 2, height = 2): Uint8Array {
  return concat(
    text('GIF89a'),
    le16(width),
    le16(height),
    new Uint8Array([0x80, 0, 0, 0, 0, 0, 0xff, 0xff, 0xff]),
    new Uint8Array([0x2c, 0, 0, 0, 0, 2, 0, 2, 0, 0, 2, 2, 0x44, 0x01, 0, 0x3b]),
  );
}

/** WebP with the extended header (VP8X), which carries the canvas size. */
export function webp(width = 300, height = 200): Uint8Array {
  const vp8x = concat(text('VP8X'), le32(10), new Uint8Array([0, 0, 0, 0]), le24(width - 1), le24(height - 1));
  const body = concat(text('WEBP'), vp8x, text('VP8L'), le32(5), new Uint8Array([0x2f, 0, 0, 0, 0]));
  return concat(text('RIFF'), le32(body.length), body);
}
function le24(value: number) {
  return new Uint8Array([value & 0xff, (value >>> 8) & 0xff, (value >>> 16) & 0xff]);
}

export function bmp(width = 2, height = 2): Uint8Array {
  const pixels = new Uint8Array(width * height * 4);
  const info = concat(le32(40), le32(width), le32(height), le16(1), le16(32), new Uint8Array(24));
  return concat(text('BM'), le32(14 + 40 + pixels.length), le32(0), le32(54), info, pixels);
}

const box = (type: string, ...content: Uint8Array[]) => {
  const body = concat(...content);
  return concat(be32(8 + body.length), text(type), body);
};
const ftyp = (major: string, ...compatible: string[]) => box('ftyp', text(major), be32(0), ...compatible.map(text));

/** HEIF as iPhones write it: ftyp `heic` (compatible `mif1`, `heic`), then `meta` with the image's `ispe` size. */
export function heic(
  options: { width?: number; height?: number; major?: string; compatible?: string[]; data?: number } = {},
) {
  const { width = 4032, height = 3024, major = 'heic', compatible = ['mif1', 'heic'], data = 256 } = options;
  const ispe = box('ispe', new Uint8Array(4), be32(width), be32(height));
  const meta = box('meta', new Uint8Array(4), box('hdlr', new Uint8Array(20)), box('iprp', box('ipco', ispe)));
  return concat(ftyp(major, ...compatible), meta, box('mdat', noise(data, 5)));
}

export function mp4(options: { major?: string; compatible?: string[]; data?: number } = {}) {
  const { major = 'isom', compatible = ['isom', 'iso2', 'avc1', 'mp41'], data = 1024 } = options;
  return concat(
    ftyp(major, ...compatible),
    box('free'),
    box('mdat', noise(data, 11)),
    box('moov', box('mvhd', new Uint8Array(100))),
  );
}

function ebml(id: number[], content: Uint8Array) {
  return concat(new Uint8Array(id), new Uint8Array([0x80 | content.length]), content);
}
export function matroska(docType: 'webm' | 'matroska') {
  const header = concat(
    ebml([0x42, 0x86], new Uint8Array([1])),
    ebml([0x42, 0xf7], new Uint8Array([1])),
    ebml([0x42, 0xf2], new Uint8Array([4])),
    ebml([0x42, 0xf3], new Uint8Array([8])),
    ebml([0x42, 0x82], text(docType)),
    ebml([0x42, 0x87], new Uint8Array([4])),
    ebml([0x42, 0x85], new Uint8Array([2])),
  );
  return concat(new Uint8Array([0x1a, 0x45, 0xdf, 0xa3, 0x80 | header.length]), header, noise(256, 13));
}

export function avi() {
  const body = concat(text('AVI '), text('LIST'), le32(4), text('hdrl'), noise(128, 17));
  return concat(text('RIFF'), le32(body.length), body);
}

export function pdf(body = 'BT /F1 12 Tf (Statement) Tj ET') {
  return text(
    `%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Length ${body.length} >>\nstream\n${body}\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n`,
  );
}

/** A ZIP archive holding one stored file, closed by its end-of-central-directory record (with an optional comment). */
export function zip(comment = '') {
  const name = text('payload.class');
  const data = text('not really java');
  const crc = crc32(data);
  const local = concat(
    le32(0x04034b50),
    le16(10),
    le16(0),
    le16(0),
    le32(0),
    le32(crc),
    le32(data.length),
    le32(data.length),
    le16(name.length),
    le16(0),
    name,
    data,
  );
  const central = concat(
    le32(0x02014b50),
    le16(20),
    le16(10),
    le16(0),
    le16(0),
    le32(0),
    le32(crc),
    le32(data.length),
    le32(data.length),
    le16(name.length),
    new Uint8Array(12),
    le32(0),
    name,
  );
  const end = concat(
    le32(0x06054b50),
    le16(0),
    le16(0),
    le16(1),
    le16(1),
    le32(central.length),
    le32(local.length),
    le16(comment.length),
    text(comment),
  );
  return concat(local, central, end);
}

/** What the panel hands the check: the first and last bytes of the file, its size, name and declared type. */
export function fileOf(name: string, bytes: Uint8Array, type = ''): EvidenceFileInput {
  return {
    name,
    size: bytes.length,
    type,
    head: bytes.subarray(0, HEAD_BYTES),
    tail: bytes.subarray(Math.max(0, bytes.length - TAIL_BYTES)),
  };
}

/** `bytes` followed by zeros up to `size`: a large file whose header is real. */
export function padded(bytes: Uint8Array, size: number): Uint8Array {
  const out = new Uint8Array(size);
  out.set(bytes);
  return out;
}

import type { FileKind } from './checklists';

/** A file's real type, read from its first bytes. */
export interface SniffedType {
  mime: string;
  kind: FileKind;
}

interface Format {
  kind: FileKind;
  /** Name endings that belong to it; the first is the one we give a file we save. */
  extensions: readonly string[];
  /** Other names browsers and systems give the same type in `File.type`. */
  aliases: readonly string[];
  /** An image Chrome and Firefox decode, so the panel can show it and re-encode it smaller, without EXIF (S9). */
  reencodable?: true;
}

/**
 * The types a buyer's evidence comes in: phone photos and screenshots (JPEG, PNG, HEIC, WebP…), phone and camera
 * videos (MP4, MOV, 3GP, WebM/MKV, AVI), and PDF for statements and receipts. Nothing else: no SVG (it is a script
 * carrier), no archives or office files (AliExpress takes neither; a screenshot of them does), no audio.
 */
export const FORMATS: Readonly<Record<string, Format>> = {
  'image/jpeg': {
    kind: 'image',
    extensions: ['jpg', 'jpeg', 'jpe', 'jfif'],
    aliases: ['image/jpg', 'image/pjpeg'],
    reencodable: true,
  },
  'image/png': { kind: 'image', extensions: ['png'], aliases: ['image/x-png'], reencodable: true },
  'image/gif': { kind: 'image', extensions: ['gif'], aliases: [], reencodable: true },
  'image/webp': { kind: 'image', extensions: ['webp'], aliases: [], reencodable: true },
  'image/bmp': {
    kind: 'image',
    extensions: ['bmp', 'dib'],
    aliases: ['image/x-ms-bmp', 'image/x-bmp'],
    reencodable: true,
  },
  'image/avif': { kind: 'image', extensions: ['avif'], aliases: [], reencodable: true },
  // Chrome and Firefox cannot decode HEIC/HEIF (Safari can); these cannot be previewed or re-encoded here.
  'image/heic': {
    kind: 'image',
    extensions: ['heic', 'heif', 'hif'],
    aliases: ['image/heif', 'image/heic-sequence'],
  },
  'image/heif': {
    kind: 'image',
    extensions: ['heif', 'heic', 'hif'],
    aliases: ['image/heic', 'image/heif-sequence'],
  },
  'video/mp4': { kind: 'video', extensions: ['mp4', 'm4v'], aliases: ['video/x-m4v'] },
  'video/x-m4v': { kind: 'video', extensions: ['m4v', 'mp4'], aliases: ['video/mp4'] },
  'video/quicktime': { kind: 'video', extensions: ['mov', 'qt'], aliases: [] },
  'video/3gpp': { kind: 'video', extensions: ['3gp', '3gpp'], aliases: ['audio/3gpp'] },
  'video/3gpp2': { kind: 'video', extensions: ['3g2', '3gpp2'], aliases: ['audio/3gpp2'] },
  'video/webm': { kind: 'video', extensions: ['webm'], aliases: [] },
  'video/x-matroska': { kind: 'video', extensions: ['mkv'], aliases: ['video/matroska'] },
  'video/x-msvideo': { kind: 'video', extensions: ['avi'], aliases: ['video/avi', 'video/msvideo'] },
  'application/pdf': { kind: 'document', extensions: ['pdf'], aliases: ['application/x-pdf'] },
};

const ascii = (bytes: Uint8Array, start: number, length: number) =>
  start + length > bytes.length ? '' : String.fromCharCode(...bytes.subarray(start, start + length));

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) =>
  bytes.length >= at + signature.length && signature.every((byte, index) => bytes[at + index] === byte);

const u32be = (bytes: Uint8Array, at: number) =>
  ((bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!) >>> 0;

const HEIC_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'hevm', 'hevs']);
const HEIF_BRANDS = new Set(['mif1', 'msf1', 'mif2']);
const AVIF_BRANDS = new Set(['avif', 'avis']);
// Audio, and camera raw photos (Canon CR3), which declare MP4 compatibility but are no evidence a form takes.
const NOT_EVIDENCE_BRANDS = new Set(['M4A ', 'M4B ', 'M4P ', 'F4A ', 'F4B ', 'crx ']);
const M4V_BRANDS = new Set(['M4V ', 'M4VH', 'M4VP']);
const MP4_BRANDS = new Set([
  ...['isom', 'iso2', 'iso3', 'iso4', 'iso5', 'iso6', 'iso7', 'iso8', 'iso9'],
  ...['mp41', 'mp42', 'mp71', 'avc1', 'dash', 'mmp4', 'MSNV', 'f4v ', 'XAVC', 'CAEP'],
]);

/**
 * ISO base media files (MP4, MOV, 3GP, HEIC, AVIF) open with an `ftyp` box: a major brand and compatible brands.
 * The major brand decides; a generic one (`mif1`, `isom`…) is refined by the compatible brands, as iPhones write
 * HEIC (`heic` + `mif1, heic`) and encoders write AVIF (`avif` or `mif1` + `avif`).
 */
function isoMediaType(head: Uint8Array): string | undefined {
  if (ascii(head, 4, 4) !== 'ftyp') return undefined;
  const boxSize = u32be(head, 0);
  if (boxSize < 16) return undefined;
  const major = ascii(head, 8, 4);
  const brands = new Set([major]);
  for (let at = 16; at + 4 <= Math.min(boxSize, head.length); at += 4) brands.add(ascii(head, at, 4));
  const has = (set: ReadonlySet<string>) => [...brands].some((brand) => set.has(brand));

  if (AVIF_BRANDS.has(major) || (HEIF_BRANDS.has(major) && has(AVIF_BRANDS))) return 'image/avif';
  if (HEIC_BRANDS.has(major) || (HEIF_BRANDS.has(major) && has(HEIC_BRANDS))) return 'image/heic';
  if (HEIF_BRANDS.has(major)) return 'image/heif';
  if (NOT_EVIDENCE_BRANDS.has(major)) return undefined;
  if (major === 'qt  ') return 'video/quicktime';
  if (major.startsWith('3gp')) return 'video/3gpp';
  if (major.startsWith('3g2')) return 'video/3gpp2';
  if (M4V_BRANDS.has(major)) return 'video/x-m4v';
  if (MP4_BRANDS.has(major) || has(MP4_BRANDS)) return 'video/mp4';
  return undefined;
}

/** Matroska and WebM share the EBML header; its DocType element (id 0x4282) names which. */
function matroskaType(head: Uint8Array): string | undefined {
  if (!startsWith(head, [0x1a, 0x45, 0xdf, 0xa3])) return undefined;
  for (let at = 4; at + 3 < Math.min(head.length, 64); at++) {
    if (head[at] !== 0x42 || head[at + 1] !== 0x82) continue;
    // The size is an EBML variable-length integer: its leading zero bits give its width.
    const first = head[at + 2]!;
    const width = Math.clz32(first) - 23;
    if (width < 1 || width > 8) return undefined;
    let length = first & (0xff >> width);
    for (let index = 1; index < width; index++) length = length * 256 + head[at + 2 + index]!;
    const docType = ascii(head, at + 2 + width, length);
    if (docType === 'webm') return 'video/webm';
    if (docType === 'matroska') return 'video/x-matroska';
    return undefined;
  }
  return undefined;
}

/** BMP's info header sizes (BITMAPCOREHEADER to BITMAPV5HEADER): "BM" alone is too common to trust. */
const BMP_HEADER_SIZES = new Set([12, 40, 52, 56, 64, 108, 124]);

function mimeOf(head: Uint8Array): string | undefined {
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) && ascii(head, 12, 4) === 'IHDR')
    return 'image/png';
  if (ascii(head, 0, 6) === 'GIF87a' || ascii(head, 0, 6) === 'GIF89a') return 'image/gif';
  if (ascii(head, 0, 4) === 'RIFF') {
    const form = ascii(head, 8, 4);
    if (form === 'WEBP' && ascii(head, 12, 3) === 'VP8') return 'image/webp';
    if (form === 'AVI ') return 'video/x-msvideo';
    return undefined;
  }
  if (ascii(head, 0, 2) === 'BM' && head.length >= 18) {
    const infoSize = head[14]! | (head[15]! << 8) | (head[16]! << 16) | (head[17]! << 24);
    return BMP_HEADER_SIZES.has(infoSize) ? 'image/bmp' : undefined;
  }
  if (/^%PDF-\d/.test(ascii(head, 0, 6))) return 'application/pdf';
  return isoMediaType(head) ?? matroskaType(head);
}

/**
 * The real type of a file from its first bytes (magic numbers), whatever its name or `File.type` says; undefined for
 * anything that is not one of `FORMATS` (text, archives, executables, audio, unknown binaries).
 */
export function sniffFileType(head: Uint8Array): SniffedType | undefined {
  const mime = mimeOf(head);
  return mime === undefined ? undefined : { mime, kind: FORMATS[mime]!.kind };
}

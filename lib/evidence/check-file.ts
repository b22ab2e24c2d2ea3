import { UPLOAD_RULES } from '../aliexpress/upload-rules';
import type { EvidenceItem, FileKind } from './checklists';
import { FORMATS, sniffFileType } from './file-type';
import { imageSize, type ImageSize } from './image-size';
import { foreignContentIn } from './polyglot';

/**
 * Kept, with something the buyer should know; each has its text as `evidence.warning.<warning>`.
 * - `renamed`: the name's ending or the browser's type says another type than the content (we go by the content);
 * - `will-be-shrunk`: a photo over the stored size, to be re-encoded smaller;
 * - `heic-may-be-refused`: an iPhone HEIC/HEIF photo, which browsers cannot show and AliExpress's form may refuse;
 * - `upload-as-photo`: a PDF, which AliExpress's form is not known to take (a screenshot of it is);
 * - `unusual-video-format`: a video in a container phones do not record, which the form may refuse.
 */
export const FILE_WARNINGS = [
  'renamed',
  'will-be-shrunk',
  'heic-may-be-refused',
  'upload-as-photo',
  'unusual-video-format',
] as const;
export type FileWarning = (typeof FILE_WARNINGS)[number];

/**
 * Refused; each has its text as `evidence.file.<reason>`. `too-big` covers the byte caps and the pixel cap;
 * `wrong-kind-for-item` a file the item does not take (a photo for the failure video, any file for a tick).
 */
export const FILE_REFUSALS = ['empty', 'unknown-type', 'too-big', 'polyglot', 'wrong-kind-for-item'] as const;
export type FileRefusal = (typeof FILE_REFUSALS)[number];

export type FileVerdict =
  | {
      ok: true;
      mime: string;
      kind: FileKind;
      warnings: readonly FileWarning[];
      /** A photo the browser can decode, so the panel can re-encode it (smaller, without EXIF) before keeping it. */
      canShrink: boolean;
      /** The name ending to save and export it with (`jpg`, `mp4`…), whatever ending it came with. */
      extension: string;
      /** A photo's size in pixels, when its header was within `head`. */
      size?: ImageSize;
    }
  | { ok: false; reason: FileRefusal };

export interface EvidenceFileInput {
  name: string;
  /** Bytes; `File.size`. */
  size: number;
  /** `File.type`, which the browser guesses from the name: only compared, never trusted. */
  type: string;
  /** The file's first `HEAD_BYTES` bytes (all of it when smaller). */
  head: Uint8Array;
  /** Its last `TAIL_BYTES` bytes. Without it, a file larger than `head` is checked on its head only. */
  tail?: Uint8Array;
}

/**
 * How much to read from the start: room for a photo's metadata (an EXIF block is at most 64 KB, and a script hidden
 * in it is what the polyglot check looks for) and for the headers that give the type and the size in pixels.
 */
export const HEAD_BYTES = 64 * 1024;

/** How much to read from the end: a ZIP's closing record and its longest comment (22 + 65,535 bytes). */
export const TAIL_BYTES = 22 + 0xffff;

function maxBytes(kind: FileKind, canShrink: boolean): number {
  if (kind === 'video') return UPLOAD_RULES.maxVideoBytes.value;
  if (kind === 'document') return UPLOAD_RULES.maxDocumentBytes.value;
  // A photo we re-encode may come in large; one we cannot must fit the stored size as it is.
  return canShrink ? UPLOAD_RULES.maxImageInputBytes.value : UPLOAD_RULES.maxStoredImageBytes.value;
}

function extensionOf(name: string): string | undefined {
  const dot = name.lastIndexOf('.');
  return dot > 0 && dot < name.length - 1 ? name.slice(dot + 1).toLowerCase() : undefined;
}

/** Whether the name's ending or the declared type contradicts the content. A name without an ending says nothing. */
function isRenamed(file: EvidenceFileInput, mime: string): boolean {
  const format = FORMATS[mime]!;
  const extension = extensionOf(file.name);
  if (extension !== undefined && !format.extensions.includes(extension)) return true;
  const declared = file.type.toLowerCase().split(';')[0]!.trim();
  return declared !== '' && declared !== mime && !format.aliases.includes(declared);
}

function warningsFor(file: EvidenceFileInput, mime: string, kind: FileKind, canShrink: boolean): FileWarning[] {
  const warnings: FileWarning[] = [];
  if (isRenamed(file, mime)) warnings.push('renamed');
  if (canShrink && file.size > UPLOAD_RULES.maxStoredImageBytes.value) warnings.push('will-be-shrunk');
  if ((UPLOAD_RULES.doubtfulImageTypes.value as readonly string[]).includes(mime)) warnings.push('heic-may-be-refused');
  if (kind === 'document') warnings.push('upload-as-photo');
  if (kind === 'video' && !(UPLOAD_RULES.usualVideoTypes.value as readonly string[]).includes(mime))
    warnings.push('unusual-video-format');
  return warnings;
}

/**
 * Whether a file can be kept as evidence (for `item`, when given), by its content: its type from its magic bytes,
 * not its name; refused when empty, of a type evidence does not come in, carrying a second format (polyglot), not
 * what the item takes, or over our size caps (UPLOAD_RULES). Run before the file is decoded or stored, and before the
 * buyer tries AliExpress's form: the warnings say what the form may refuse.
 */
export function checkEvidenceFile(file: EvidenceFileInput, item?: EvidenceItem): FileVerdict {
  if (file.size === 0 || file.head.length === 0) return { ok: false, reason: 'empty' };
  const sniffed = sniffFileType(file.head);
  if (!sniffed) return { ok: false, reason: 'unknown-type' };
  const { mime, kind } = sniffed;

  const tail = file.tail ?? (file.size <= file.head.length ? file.head : undefined);
  if (foreignContentIn(file.head, tail, mime)) return { ok: false, reason: 'polyglot' };
  if (item && !item.accepts.includes(kind)) return { ok: false, reason: 'wrong-kind-for-item' };

  const format = FORMATS[mime]!;
  const canShrink = format.reencodable === true;
  if (file.size > maxBytes(kind, canShrink)) return { ok: false, reason: 'too-big' };
  const size = kind === 'image' ? imageSize(file.head, mime) : undefined;
  // The pixel cap guards the decoder; a photo nothing here decodes (HEIC) is bounded by its bytes alone.
  if (canShrink && size && size.width * size.height > UPLOAD_RULES.maxImagePixels.value)
    return { ok: false, reason: 'too-big' };

  return {
    ok: true,
    mime,
    kind,
    warnings: warningsFor(file, mime, kind, canShrink),
    canShrink,
    extension: format.extensions[0]!,
    ...(size && { size }),
  };
}

/** Whether a dispute holding `stored` files of `kind` may take one more (our caps; `evidence.file.too-many` if not). */
export function hasRoomFor(kind: FileKind, stored: number): boolean {
  const cap = {
    image: UPLOAD_RULES.maxPhotosPerDispute.value,
    video: UPLOAD_RULES.maxVideosPerDispute.value,
    document: UPLOAD_RULES.maxDocumentsPerDispute.value,
  }[kind];
  return stored < cap;
}

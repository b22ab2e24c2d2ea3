/** What else a file is, besides its own type: a second format another program would open it as. */
export type ForeignContent = 'zip' | 'pdf' | 'html';

const lower = (byte: number) => (byte >= 0x41 && byte <= 0x5a ? byte | 0x20 : byte);

function matchesAt(bytes: Uint8Array, at: number, text: string, anyCase: boolean): boolean {
  if (at + text.length > bytes.length) return false;
  for (let index = 0; index < text.length; index++) {
    const byte = bytes[at + index]!;
    if ((anyCase ? lower(byte) : byte) !== text.charCodeAt(index)) return false;
  }
  return true;
}

function contains(bytes: Uint8Array, text: string, from = 0): boolean {
  const first = text.charCodeAt(0);
  for (let at = from; at < bytes.length; at++)
    if (bytes[at] === first && matchesAt(bytes, at, text, false)) return true;
  return false;
}

// What may follow a tag's name: whitespace, ">" or "/". Requiring it makes a chance match in compressed bytes rare.
const AFTER_TAG = new Set([0x20, 0x09, 0x0a, 0x0c, 0x0d, 0x3e, 0x2f]);

function containsTag(bytes: Uint8Array, tags: readonly string[]): boolean {
  for (let at = 0; at < bytes.length; at++)
    if (
      bytes[at] === 0x3c &&
      tags.some((tag) => matchesAt(bytes, at, tag, true) && AFTER_TAG.has(bytes[at + tag.length]!))
    )
      return true;
  return false;
}

/**
 * A ZIP (and so a JAR, DOCX or APK) is read from its end: the end-of-central-directory record sits in the last
 * 22 + 65,535 bytes, and its comment length must reach exactly to the end of the file. Checking that length, not
 * just the four signature bytes, keeps random bytes in a video from looking like a ZIP.
 */
function endsWithZip(tail: Uint8Array): boolean {
  for (let at = tail.length - 22; at >= 0 && at >= tail.length - 22 - 0xffff; at--) {
    if (tail[at] !== 0x50 || tail[at + 1] !== 0x4b || tail[at + 2] !== 0x05 || tail[at + 3] !== 0x06) continue;
    const commentLength = tail[at + 20]! | (tail[at + 21]! << 8);
    if (at + 22 + commentLength === tail.length) return true;
  }
  return false;
}

// Markup that makes a browser run or render the file as a page. Image metadata (EXIF, XMP's `<x:xmpmeta>`,
// `<rdf:RDF>`, `<?xpacket`) matches none of them; PDF syntax cannot (its `<…>` hex strings hold only 0-9a-f).
const MARKUP = ['<script', '<html', '<!doctype html', '<iframe', '<svg', '<body', '<object', '<embed', '<?php'];

/**
 * Whether a file also carries another format: an archive appended after an image (the "GIFAR" trick), a PDF hidden in
 * an image's header or after its end, or HTML/script in its metadata. `head` is the file's first bytes and `tail`
 * its last (the same bytes for a small file); `mime` its sniffed type.
 *
 * Honest limits: only the bytes given are read (a script deep inside a large file is not found), and a clean result
 * proves nothing. The real defences are elsewhere: photos are re-encoded (which drops anything foreign), every file is
 * stored and served under its sniffed type (never as a page), and nothing the buyer adds is ever run. This check
 * refuses the files that were made to be two things at once, which no honest photo or video is. A JPEG with a video
 * appended (phones' "motion photos") is not refused: a video is not foreign content in evidence.
 */
export function foreignContentIn(
  head: Uint8Array,
  tail: Uint8Array | undefined,
  mime: string,
): ForeignContent | undefined {
  if (tail !== undefined && endsWithZip(tail)) return 'zip';
  if (mime !== 'application/pdf') {
    // PDF readers look for "%PDF-" anywhere in the first 1,024 bytes, and some accept it later; "%%EOF" closes one.
    if (contains(head, '%PDF-', 1)) return 'pdf';
    if (tail !== undefined && contains(tail.subarray(Math.max(0, tail.length - 1024)), '%%EOF')) return 'pdf';
  }
  if (containsTag(head, MARKUP) || (tail !== undefined && containsTag(tail, MARKUP))) return 'html';
  return undefined;
}

export interface ImageSize {
  width: number;
  height: number;
}

const u16be = (b: Uint8Array, at: number) => (b[at]! << 8) | b[at + 1]!;
const u16le = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u24le = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16);
const u32be = (b: Uint8Array, at: number) =>
  ((b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!) >>> 0;
const i32le = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24);

/** JPEG: walk the segments to the first start-of-frame (SOF0–SOF15 but DHT, JPG and DAC), which holds the size. */
function jpegSize(b: Uint8Array): ImageSize | undefined {
  let at = 2;
  while (at + 9 <= b.length) {
    if (b[at] !== 0xff) return undefined;
    const marker = b[at + 1]!;
    if (marker === 0xff) {
      at++; // fill byte
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2; // markers without a length
      continue;
    }
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc)
      return { height: u16be(b, at + 5), width: u16be(b, at + 7) };
    if (marker === 0xd9 || marker === 0xda) return undefined; // end of image, or the scan before any frame
    at += 2 + u16be(b, at + 2);
  }
  return undefined;
}

function webpSize(b: Uint8Array): ImageSize | undefined {
  const chunk = String.fromCharCode(...b.subarray(12, 16));
  if (chunk === 'VP8X' && b.length >= 30) return { width: u24le(b, 24) + 1, height: u24le(b, 27) + 1 };
  if (chunk === 'VP8L' && b.length >= 25 && b[20] === 0x2f) {
    const bits = b[21]! | (b[22]! << 8) | (b[23]! << 16) | (b[24]! << 24);
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8 ' && b.length >= 30 && b[23] === 0x9d && b[24] === 0x01 && b[25] === 0x2a)
    return { width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff };
  return undefined;
}

/**
 * HEIF and AVIF give each image's size in an `ispe` property box; the largest is the picture (the others are tiles
 * and thumbnails). The boxes sit in `meta`, near the start of the file.
 */
function ispeSize(b: Uint8Array): ImageSize | undefined {
  let best: ImageSize | undefined;
  for (let at = 4; at + 16 <= b.length; at++) {
    if (b[at] !== 0x69 || b[at + 1] !== 0x73 || b[at + 2] !== 0x70 || b[at + 3] !== 0x65 || u32be(b, at - 4) !== 20)
      continue;
    const size = { width: u32be(b, at + 8), height: u32be(b, at + 12) };
    if (!best || size.width * size.height > best.width * best.height) best = size;
  }
  return best;
}

/**
 * An image's size in pixels from its header, so a decompression bomb (a small file that decodes to gigabytes) is
 * refused before anything decodes it (S9). Undefined when the header is not within the bytes given: the re-encoder
 * must then check the decoded size itself.
 */
export function imageSize(head: Uint8Array, mime: string): ImageSize | undefined {
  switch (mime) {
    case 'image/jpeg':
      return jpegSize(head);
    case 'image/png':
      return head.length >= 24 ? { width: u32be(head, 16), height: u32be(head, 20) } : undefined;
    case 'image/gif':
      return head.length >= 10 ? { width: u16le(head, 6), height: u16le(head, 8) } : undefined;
    case 'image/bmp':
      if (head.length < 26) return undefined;
      // The old core header has 16-bit sizes; the others signed 32-bit, negative height meaning top-down.
      return i32le(head, 14) === 12
        ? { width: u16le(head, 18), height: u16le(head, 20) }
        : { width: Math.abs(i32le(head, 18)), height: Math.abs(i32le(head, 22)) };
    case 'image/webp':
      return webpSize(head);
    case 'image/heic':
    case 'image/heif':
    case 'image/avif':
      return ispeSize(head);
    default:
      return undefined;
  }
}

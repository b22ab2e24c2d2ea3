import { crc32, deflateSync } from 'node:zlib';

/**
 * A real PNG of the given size, built byte by byte: noisy pixels do not compress, so its size on disk is about
 * width × height × 3 bytes (1600 × 1200 is 5.8 MB), which is how big phone photos are.
 */
export function pngBytes(width: number, height: number, { noise = false, seed = 1 } = {}): Buffer {
  const row = 1 + width * 3;
  const pixels = Buffer.alloc(row * height);
  let state = seed;
  for (let y = 0; y < height; y++) {
    pixels[y * row] = 0;
    for (let x = 0; x < width * 3; x++) {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      pixels[y * row + 1 + x] = noise ? state >>> 24 : (x * 7 + y * 3) & 0xff;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels, { level: noise ? 0 : 6 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const sum = Buffer.alloc(4);
  sum.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, sum]);
}

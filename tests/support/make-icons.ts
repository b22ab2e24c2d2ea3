/**
 * `npm run icons`: draws the brand mark (a rounded shield in deep teal with a white check) and writes
 * `public/icon/{16,32,48,128}.png`, which WXT lists in the manifest's `icons`, and `public/icon/mark.svg`, the same
 * shape for the panel header and the collapsed tab. No image tools: the shape is sampled 8×8 times per pixel
 * (antialiasing that holds up at 16 px) and encoded by the small PNG writer below. Deterministic: same bytes every run.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';

const OUT_DIR = path.resolve(import.meta.dirname, '../../public/icon');
const SIZES = [16, 32, 48, 128];
const TEAL = [0x0b, 0x4f, 0x6c] as const;
const WHITE = [0xff, 0xff, 0xff] as const;
const SAMPLES = 8;

type Point = readonly [number, number];

/** The shield in a unit square: a flat top with rounded corners, straight sides, curved to a point at the tip. */
const SHIELD_SHAPE = { left: 0.14, right: 0.86, top: 0.07, shoulder: 0.46, tip: 0.95, radius: 0.1, bulge: 0.8 };

/** The shield's outline as a polygon, for sampling. */
function shieldOutline(): Point[] {
  const { left, right, top, shoulder, tip, radius, bulge } = SHIELD_SHAPE;
  const points: Point[] = [];
  const arc = (cx: number, cy: number, from: number, to: number) => {
    for (let step = 0; step <= 12; step++) {
      const angle = from + ((to - from) * step) / 12;
      points.push([cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)]);
    }
  };
  const curve = (from: Point, control: Point, to: Point) => {
    for (let step = 0; step <= 24; step++) {
      const t = step / 24;
      const u = 1 - t;
      points.push([
        u * u * from[0] + 2 * u * t * control[0] + t * t * to[0],
        u * u * from[1] + 2 * u * t * control[1] + t * t * to[1],
      ]);
    }
  };
  arc(left + radius, top + radius, Math.PI, 1.5 * Math.PI);
  arc(right - radius, top + radius, 1.5 * Math.PI, 2 * Math.PI);
  curve([right, shoulder], [right, bulge], [0.5, tip]);
  curve([0.5, tip], [left, bulge], [left, shoulder]);
  return points;
}

/** The check mark: a thick polyline with round ends. */
const CHECK: Point[] = [
  [0.31, 0.5],
  [0.45, 0.64],
  [0.7, 0.36],
];
const CHECK_WIDTH = 0.11;

const SHIELD = shieldOutline();

function insidePolygon([x, y]: Point, polygon: readonly Point[]): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i]!;
    const [xj, yj] = polygon[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function distanceToSegment([x, y]: Point, [ax, ay]: Point, [bx, by]: Point): number {
  const [dx, dy] = [bx - ax, by - ay];
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

function onCheck(point: Point): boolean {
  for (let i = 1; i < CHECK.length; i++) {
    if (distanceToSegment(point, CHECK[i - 1]!, CHECK[i]!) <= CHECK_WIDTH / 2) return true;
  }
  return false;
}

/** RGBA pixels, not premultiplied: alpha is the shield's coverage, colour the mix of teal and white within it. */
function draw(size: number): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let shield = 0;
      let check = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const point: Point = [(px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size];
          if (!insidePolygon(point, SHIELD)) continue;
          shield++;
          if (onCheck(point)) check++;
        }
      }
      const offset = (py * size + px) * 4;
      const white = shield ? check / shield : 0;
      for (let channel = 0; channel < 3; channel++) {
        pixels[offset + channel] = Math.round(TEAL[channel]! * (1 - white) + WHITE[channel]! * white);
      }
      pixels[offset + 3] = Math.round((255 * shield) / (SAMPLES * SAMPLES));
    }
  }
  return pixels;
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

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A minimal PNG: 8-bit RGBA, no interlace, every row with filter 0. */
function encodePng(size: number, rgba: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rows.set(rgba.subarray(y * size * 4, (y + 1) * size * 4), y * (size * 4 + 1) + 1);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

/** The same mark as SVG, in a 0 0 32 32 viewBox (coordinates are the unit square's × 32). */
function markSvg(): string {
  const scale = (value: number) => Number((value * 32).toFixed(2));
  const { left, right, top, shoulder, tip, radius, bulge } = SHIELD_SHAPE;
  const [l, r, t, s, p, k, b, mid] = [left, right, top, shoulder, tip, radius, bulge, 0.5].map(scale);
  const outline =
    `M${l} ${s}V${scale(top + radius)}A${k} ${k} 0 0 1 ${scale(left + radius)} ${t}H${scale(right - radius)}` +
    `A${k} ${k} 0 0 1 ${r} ${scale(top + radius)}V${s}Q${r} ${b} ${mid} ${p}Q${l} ${b} ${l} ${s}`;
  const check = CHECK.map(([x, y], index) => `${index ? 'L' : 'M'}${scale(x)} ${scale(y)}`).join('');
  const hex = (rgb: readonly number[]) => `#${rgb.map((value) => value.toString(16).padStart(2, '0')).join('')}`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width="32" height="32" aria-hidden="true">` +
    `<path fill="${hex(TEAL)}" d="${outline}Z"/>` +
    `<path fill="none" stroke="${hex(WHITE)}" stroke-width="${scale(CHECK_WIDTH)}" stroke-linecap="round" ` +
    `stroke-linejoin="round" d="${check}"/></svg>\n`
  );
}

mkdirSync(OUT_DIR, { recursive: true });
for (const size of SIZES) {
  const file = path.join(OUT_DIR, `${size}.png`);
  writeFileSync(file, encodePng(size, draw(size)));
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
writeFileSync(path.join(OUT_DIR, 'mark.svg'), markSvg());
console.log(`wrote ${path.relative(process.cwd(), path.join(OUT_DIR, 'mark.svg'))}`);

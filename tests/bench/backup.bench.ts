import { decodeBackup } from '../../lib/backup/decode';
import { encodeBackup, type BackupSnapshot } from '../../lib/backup/encode';
import { validateContent } from '../../lib/backup/validate';
import { measure, type BenchRow } from './measure';

const FILES = 20;
const FILE_BYTES = 1024 * 1024;
const ORDERS = 200;

/** A heavy buyer: 200 orders with 10 timeline lines each, and 20 photos of 1 MB (random bytes: not compressible). */
function snapshot(): BackupSnapshot {
  const orderId = (n: number) => String(8190000100000000 + n);
  const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  const orders = Array.from({ length: ORDERS }, (_, n) => ({
    id: orderId(n),
    site: 'global',
    kind: 'order-detail',
    url: `https://www.aliexpress.com/p/order/detail.html?orderId=${orderId(n)}`,
    firstSeen: 1000,
    lastSeen: 5000 + n,
    visits: 3,
  }));
  const caseEvents = orders.flatMap((order) =>
    Array.from({ length: 10 }, (_, at) => ({
      orderId: order.id,
      kind: 'page-seen',
      at: 8000 + at,
      key: 'event.page-seen',
      params: {},
    })),
  );
  const evidenceFiles = Array.from({ length: FILES }, (_, n) => ({
    id: uuid(n),
    orderId: orderId(n),
    itemId: 'damage-photos',
    name: `IMG_${n}.jpg`,
    mime: 'image/jpeg',
    kind: 'image',
    size: FILE_BYTES,
    addedAt: 6000,
  }));
  const blobs = evidenceFiles.map(({ id }) => ({
    id,
    type: 'image/jpeg',
    bytes: randomBytes(FILE_BYTES),
  }));
  return { schemaVersion: 4, exportedAt: 1, stores: { orders, caseEvents, evidenceFiles }, settings: [], blobs };
}

function randomBytes(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  // getRandomValues fills at most 64 KiB at a time.
  for (let at = 0; at < length; at += 65536) crypto.getRandomValues(bytes.subarray(at, at + 65536));
  return bytes;
}

export default function backupBench(): BenchRow[] {
  const data = snapshot();
  const encoded = encodeBackup(data);
  const note = `${ORDERS} orders, ${ORDERS * 10} lines, ${FILES} × 1 MB files; file ${(encoded.length / 1024 / 1024).toFixed(1)} MB`;
  const decoded = decodeBackup(encoded, 4);
  if (!decoded.ok) throw new Error(decoded.problem);
  return [
    measure('backup: encode (ZIP)', () => encodeBackup(data), { runs: 10, warmups: 2, note }),
    measure('backup: decode (unzip, header, shapes)', () => decodeBackup(encoded, 4), { runs: 10, warmups: 2 }),
    measure('backup: validate every row', () => validateContent(decoded.value), { runs: 10, warmups: 2 }),
  ];
}

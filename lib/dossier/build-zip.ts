import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { sha256Hex } from './sha256';

/** One file to pack: where it goes, how to read it (only when its turn comes) and whether to compress it. */
export interface ZipSource {
  path: string;
  /** Its name for the buyer, should it be missing. */
  label: string;
  /** The bytes expected, for the progress before the file is read. */
  size: number;
  /** Already compressed (photos, videos): stored as they are, level 0, which costs no time and loses nothing. */
  store: boolean;
  read: () => Promise<Blob | undefined>;
}

/** A file's line in the manifest. */
export interface ManifestEntry {
  path: string;
  size: number;
  sha256: string;
}

/** Why no ZIP was made. Whatever the reason, nothing partial is handed out. */
export type ZipFailureReason = 'missing-file' | 'unreadable-file' | 'no-space' | 'failed';

export class ZipFailure extends Error {
  constructor(
    readonly reason: ZipFailureReason,
    /** The file it is about, as the buyer knows it. */
    readonly fileName?: string,
  ) {
    super(fileName ? `${reason}: ${fileName}` : reason);
    this.name = 'ZipFailure';
  }
}

export const MANIFEST_PATH = 'manifest.json';
export const CHECKSUMS_PATH = 'SHA256SUMS';
// Pushed to the ZIP in slices, with a pause between: the page stays responsive and the progress moves.
const SLICE_BYTES = 1024 * 1024;
const DEFLATE_LEVEL = 6;

/**
 * Packs the files one at a time into a ZIP, each with its SHA-256 in `manifest.json` and `SHA256SUMS`. Only one
 * file's bytes are held at once besides the ZIP made so far, which is kept as a Blob (the browser may keep large ones
 * on disk). A missing or unreadable file, or memory running out, throws a ZipFailure and nothing is returned.
 */
export async function buildZip(
  sources: readonly ZipSource[],
  options: { mtime: number; manifest: Record<string, unknown>; onProgress?: (done: number, total: number) => void },
): Promise<{ zip: Blob; entries: ManifestEntry[] }> {
  const total = sources.reduce((sum, source) => sum + source.size, 0) || 1;
  const parts: Blob[] = [];
  let pending: Uint8Array[] = [];
  let broken: Error | undefined;
  const zip = new Zip((error, chunk) => {
    if (error) broken = error;
    else pending.push(chunk);
  });
  // Chunks the ZIP wrote so far become one Blob: plain arrays of many slices would all stay in memory.
  const flush = () => {
    if (pending.length) parts.push(new Blob(pending as BlobPart[]));
    pending = [];
  };
  const entries: ManifestEntry[] = [];
  let done = 0;
  const add = async (path: string, bytes: Uint8Array, store: boolean) => {
    const entry = store ? new ZipPassThrough(path) : new ZipDeflate(path, { level: DEFLATE_LEVEL });
    entry.mtime = options.mtime;
    zip.add(entry);
    if (!bytes.length) entry.push(bytes, true);
    for (let offset = 0; offset < bytes.length; offset += SLICE_BYTES) {
      entry.push(bytes.subarray(offset, offset + SLICE_BYTES), offset + SLICE_BYTES >= bytes.length);
      if (broken) throw broken;
      options.onProgress?.(Math.min(total, done + Math.min(bytes.length, offset + SLICE_BYTES)), total);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    flush();
  };
  try {
    for (const source of sources) {
      const bytes = await bytesOf(source);
      entries.push({ path: source.path, size: bytes.length, sha256: await sha256Hex(bytes) });
      await add(source.path, bytes, source.store);
      done += source.size;
      options.onProgress?.(Math.min(done, total), total);
    }
    const encode = (text: string) => new TextEncoder().encode(text);
    await add(MANIFEST_PATH, encode(`${JSON.stringify({ ...options.manifest, files: entries }, null, 2)}\n`), false);
    await add(CHECKSUMS_PATH, encode(checksums(entries)), false);
    zip.end();
    if (broken) throw broken;
    flush();
    return { zip: new Blob(parts, { type: 'application/zip' }), entries };
  } catch (error) {
    zip.terminate();
    throw error instanceof ZipFailure ? error : new ZipFailure(isOutOfSpace(error) ? 'no-space' : 'failed');
  }
}

/** The checksums as `sha256sum -c` reads them: the hash, two spaces, the path. */
export function checksums(entries: readonly ManifestEntry[]): string {
  return entries.map(({ sha256, path }) => `${sha256}  ${path}\n`).join('');
}

async function bytesOf(source: ZipSource): Promise<Uint8Array<ArrayBuffer>> {
  let blob: Blob | undefined;
  try {
    blob = await source.read();
  } catch (error) {
    throw new ZipFailure(isOutOfSpace(error) ? 'no-space' : 'unreadable-file', source.label);
  }
  if (!blob) throw new ZipFailure('missing-file', source.label);
  try {
    return new Uint8Array(await blob.arrayBuffer());
  } catch (error) {
    // A blob whose bytes the browser lost (storage cleared underneath) fails here, not when it was read.
    throw new ZipFailure(isOutOfSpace(error) ? 'no-space' : 'unreadable-file', source.label);
  }
}

/** Memory or disk ran out: an allocation refused, or the browser's quota. */
function isOutOfSpace(error: unknown): boolean {
  if (error instanceof RangeError) return true;
  const name = error && typeof error === 'object' && 'name' in error ? error.name : undefined;
  return name === 'QuotaExceededError';
}

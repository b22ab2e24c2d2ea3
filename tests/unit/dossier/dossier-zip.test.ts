import { createHash } from 'node:crypto';
import { strFromU8, unzipSync, type UnzipFileInfo } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildZip, checksums, ZipFailure, type ZipSource } from '../../../lib/dossier/build-zip';
import { dossierFileName, makeDossierZip } from '../../../lib/dossier/dossier-zip';
import { hostileCase, i18n, NOW, ORDER } from './case-fixture';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

/** The fixture's files: two photos and a PDF of repetitive text, by id. */
const FILES: Record<string, Uint8Array<ArrayBuffer>> = {
  '0b0c1f44-7f5a-4b7e-9a43-3d2f7c1e9a01': new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
  '0b0c1f44-7f5a-4b7e-9a43-3d2f7c1e9a02': new Uint8Array([1, 2, 3]),
  '0b0c1f44-7f5a-4b7e-9a43-3d2f7c1e9a03': new TextEncoder().encode('%PDF-1.4 '.padEnd(2000, 'x')),
};
const readFile = (id: string) => Promise.resolve(FILES[id] && new Blob([FILES[id]]));

async function dossierZip(read = readFile) {
  const progress: number[] = [];
  const made = await makeDossierZip(hostileCase(), {
    i18n,
    now: NOW,
    timeZone: 'UTC',
    readFile: read,
    onProgress: (done, total) => progress.push(done / total),
  });
  const compression = new Map<string, number>();
  const files = unzipSync(await bytesOf(made.zip), {
    filter: (file: UnzipFileInfo) => {
      compression.set(file.name, file.compression);
      return true;
    },
  });
  return { ...made, files, compression, progress };
}

describe('the dossier ZIP', () => {
  it('holds the summary, the data, every file under its safe unique name, the manifest and the checksums', async () => {
    const { files } = await dossierZip();
    expect(Object.keys(files).sort()).toEqual(
      [
        'SHA256SUMS',
        'case.json',
        'evidence/earbud (2).png',
        'evidence/earbud.png',
        'evidence/statement.pdf',
        'manifest.json',
        'summary.html',
      ].sort(),
    );
    expect(files['evidence/earbud.png']).toEqual(FILES['0b0c1f44-7f5a-4b7e-9a43-3d2f7c1e9a01']);
    expect(files['evidence/earbud (2).png']).toEqual(FILES['0b0c1f44-7f5a-4b7e-9a43-3d2f7c1e9a02']);
    expect(files['evidence/statement.pdf']).toEqual(FILES['0b0c1f44-7f5a-4b7e-9a43-3d2f7c1e9a03']);
    expect(strFromU8(files['summary.html']!)).toContain(`AliExpress order ${ORDER}`);
    expect(dossierFileName(ORDER)).toBe(`dispute-helper-${ORDER}.zip`);
  });

  it('the manifest gives each file’s size and SHA-256, and SHA256SUMS says the same in sha256sum’s format', async () => {
    const { files, entries } = await dossierZip();
    const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as {
      orderId: string;
      algorithm: string;
      files: Array<{ path: string; size: number; sha256: string }>;
    };
    expect(manifest).toMatchObject({ orderId: ORDER, algorithm: 'SHA-256' });
    expect(manifest.files).toEqual(entries);
    expect(manifest.files).toHaveLength(5);
    for (const file of manifest.files) {
      expect(file.sha256, file.path).toBe(sha256(files[file.path]!));
      expect(file.size, file.path).toBe(files[file.path]!.length);
    }
    expect(strFromU8(files.SHA256SUMS!)).toBe(checksums(entries));
    expect(strFromU8(files.SHA256SUMS!).split('\n')[0]).toBe(`${sha256(files['summary.html']!)}  summary.html`);
  });

  it('photos are stored as they are (level 0); text and documents are compressed', async () => {
    const { compression } = await dossierZip();
    expect(compression.get('evidence/earbud.png')).toBe(0);
    expect(compression.get('summary.html')).toBe(8);
    expect(compression.get('case.json')).toBe(8);
    expect(compression.get('evidence/statement.pdf')).toBe(8);
  });

  it('the data file has the facts, the timeline and the files’ metadata with their paths, and no thumbnail', async () => {
    const { files } = await dossierZip();
    const data = JSON.parse(strFromU8(files['case.json']!)) as Record<string, unknown> & {
      evidence: { files: Array<Record<string, unknown>> };
      timeline: Array<{ at: string }>;
    };
    expect(data).toMatchObject({ format: 'dispute-helper-dossier', orderId: ORDER, timeZone: 'UTC' });
    expect((data.dispute as { disputeId: string }).disputeId).toBe('5012345678901201');
    expect(data.deadlines).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'buyer_response' })]));
    expect(data.timeline[0]!.at).toBe('2026-01-08T10:00:00.000Z');
    expect(data.evidence.files.map((file) => file.path)).toEqual([
      'evidence/earbud.png',
      'evidence/earbud (2).png',
      'evidence/statement.pdf',
    ]);
    expect(JSON.stringify(data)).not.toMatch(/thumb/i);
  });

  it('progress only goes forward and ends at the whole', async () => {
    const { progress } = await dossierZip();
    expect(progress.length).toBeGreaterThan(2);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(1);
  });

  it('a file whose bytes are gone fails the whole ZIP, naming the file as the buyer knows it', async () => {
    const missing = (id: string) => (id.endsWith('02') ? Promise.resolve(undefined) : readFile(id));
    await expect(dossierZip(missing)).rejects.toEqual(new ZipFailure('missing-file', 'earbud.png'));
  });

  it('a file the browser cannot read, or memory running out, fails with the reason', async () => {
    const unreadable = (id: string) =>
      id.endsWith('03')
        ? Promise.resolve({ arrayBuffer: () => Promise.reject(new DOMException('gone', 'NotReadableError')) } as Blob)
        : readFile(id);
    await expect(dossierZip(unreadable)).rejects.toMatchObject({
      reason: 'unreadable-file',
      fileName: 'statement.pdf',
    });
    const full = () => Promise.reject(new DOMException('full', 'QuotaExceededError'));
    await expect(dossierZip(full)).rejects.toMatchObject({ reason: 'no-space' });
  });
});

describe('buildZip with large files', () => {
  it('streams a file larger than one slice and keeps its bytes and hash exact', async () => {
    const big = new Uint8Array(3 * 1024 * 1024 + 17).map((_, index) => (index * 31) % 251);
    const source: ZipSource = {
      path: 'evidence/video.mp4',
      label: 'video.mp4',
      size: big.length,
      store: true,
      read: () => Promise.resolve(new Blob([big])),
    };
    const { zip, entries } = await buildZip([source], { mtime: NOW, manifest: {} });
    const files = unzipSync(await bytesOf(zip));
    // Compared as buffers: a deep equality of megabytes, element by element, takes far too long.
    expect(Buffer.from(files['evidence/video.mp4']!).equals(Buffer.from(big))).toBe(true);
    expect(entries[0]!.sha256).toBe(sha256(big));
  });
});

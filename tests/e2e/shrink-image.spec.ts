import { expect, extensionPageUrl, test } from './extension-test';
import { loadEvidenceModules } from './evidence-modules';

test.beforeEach(async ({ page, worker }) => {
  await page.goto(extensionPageUrl(worker, 'options.html'));
  await loadEvidenceModules(page);
});

test('an oversized photo is shrunk under the limit as a JPEG, and measured', async ({ page }) => {
  const result = await page.evaluate(async () => {
    const { reencodeImage, makeThumbnail } = globalThis.evidenceModules;
    // A 12 MP photo of pure noise: the hardest thing to compress, so the most steps down.
    const canvas = new OffscreenCanvas(4000, 3000);
    const context = canvas.getContext('2d')!;
    const pixels = context.createImageData(4000, 3000);
    for (let i = 0; i < pixels.data.length; i += 65536)
      crypto.getRandomValues(pixels.data.subarray(i, Math.min(i + 65536, pixels.data.length)));
    context.putImageData(pixels, 0, 0);
    const photo = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.95 });
    const longTasks: number[] = [];
    const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((e) => e.duration)));
    observer.observe({ type: 'longtask' });
    const start = performance.now();
    const shrunk = await reencodeImage(photo, 2 * 1024 * 1024);
    const shrinkMs = performance.now() - start;
    const decoded = await createImageBitmap(shrunk.blob);
    const thumbStart = performance.now();
    const thumb = await makeThumbnail(photo);
    const thumbMs = performance.now() - thumbStart;
    await new Promise((resolve) => setTimeout(resolve, 50));
    const longestTask = Math.max(0, ...longTasks);
    // The control: a 120 ms busy loop must show up, or the observer measured nothing.
    const busyUntil = performance.now() + 120;
    while (performance.now() < busyUntil);
    await new Promise((resolve) => setTimeout(resolve, 50));
    observer.disconnect();
    const thumbDecoded = thumb && (await createImageBitmap(thumb));
    return {
      before: photo.size,
      after: shrunk.blob.size,
      type: shrunk.blob.type,
      size: [shrunk.width, shrunk.height],
      decoded: [decoded.width, decoded.height],
      shrinkMs,
      thumb: thumbDecoded && [thumbDecoded.width, thumbDecoded.height, thumb.size],
      thumbMs,
      longestTask,
      control: Math.max(0, ...longTasks),
    };
  });
  console.log(
    `shrink 12 MP noise ${result.before} → ${result.after} bytes ${result.size.join('×')} in ${Math.round(result.shrinkMs)} ms; thumbnail ${result.thumb?.join(', ')} in ${Math.round(result.thumbMs)} ms; longest main-thread task ${Math.round(result.longestTask)} ms`,
  );
  expect(result.before).toBeGreaterThan(2 * 1024 * 1024);
  // The frame stays responsive: decoding and encoding run off its main thread (the budget is 200 ms).
  expect(result.control).toBeGreaterThanOrEqual(100);
  expect(result.longestTask).toBeLessThan(200);
  expect(result.after).toBeLessThanOrEqual(2 * 1024 * 1024);
  expect(result.type).toBe('image/jpeg');
  expect(result.decoded).toEqual(result.size);
  expect(result.size[0]! / result.size[1]!).toBeCloseTo(4 / 3, 2);
  expect(result.thumb?.slice(0, 2)).toEqual([160, 120]);
});

test('re-encoding drops EXIF and GPS and keeps the photo the right way up', async ({ page }) => {
  const result = await page.evaluate(async () => {
    const { shrinkImage } = globalThis.evidenceModules;
    // 200×100: red left half, blue right half.
    const canvas = new OffscreenCanvas(200, 100);
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#f00';
    context.fillRect(0, 0, 100, 100);
    context.fillStyle = '#00f';
    context.fillRect(100, 0, 100, 100);
    const plain = new Uint8Array(
      await (await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 })).arrayBuffer(),
    );
    // An APP1 Exif segment right after the start marker: orientation 6 (turn 90° clockwise) and a location text.
    const tiff = [0x4d, 0x4d, 0, 0x2a, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0, 0, 0, 0, 0];
    const gps = [...new TextEncoder().encode('GPS 55.7558N 37.6173E')];
    const payload = [...new TextEncoder().encode('Exif\0\0'), ...tiff, ...gps];
    const length = payload.length + 2;
    const tagged = new Uint8Array([0xff, 0xd8, 0xff, 0xe1, length >> 8, length & 0xff, ...payload, ...plain.slice(2)]);
    const original = new Blob([tagged], { type: 'image/jpeg' });
    const shrunk = await shrinkImage(original, 1024 * 1024);
    const bytes = new Uint8Array(await shrunk.arrayBuffer());
    const text = new TextDecoder('latin1').decode(bytes);
    const before = await createImageBitmap(original, { imageOrientation: 'from-image' });
    const after = await createImageBitmap(shrunk, { imageOrientation: 'none' });
    const probe = new OffscreenCanvas(after.width, after.height).getContext('2d')!;
    probe.drawImage(after, 0, 0);
    return {
      originalHasGps: new TextDecoder('latin1').decode(tagged).includes('GPS 55.7558N'),
      before: [before.width, before.height],
      after: [after.width, after.height],
      hasExif: text.includes('Exif'),
      hasGps: text.includes('GPS'),
      hasApp1: bytes.some((byte, i) => byte === 0xff && bytes[i + 1] === 0xe1),
      // Turned clockwise, the red left half is now on top.
      top: [...probe.getImageData(50, 25, 1, 1).data.slice(0, 3)],
      bottom: [...probe.getImageData(50, 175, 1, 1).data.slice(0, 3)],
    };
  });
  expect(result.originalHasGps).toBe(true);
  expect(result.before).toEqual([100, 200]);
  expect(result.after).toEqual([100, 200]);
  expect(result).toMatchObject({ hasExif: false, hasGps: false, hasApp1: false });
  expect(result.top[0]).toBeGreaterThan(200);
  expect(result.top[2]).toBeLessThan(60);
  expect(result.bottom[2]).toBeGreaterThan(200);
  expect(result.bottom[0]).toBeLessThan(60);
});

test('no thumbnail for videos, documents or undecodable images; a photo that cannot fit is refused', async ({
  page,
}) => {
  const result = await page.evaluate(async () => {
    const { makeThumbnail, shrinkImage } = globalThis.evidenceModules;
    const noise = crypto.getRandomValues(new Uint8Array(4096));
    const canvas = new OffscreenCanvas(800, 600);
    const context = canvas.getContext('2d')!;
    const pixels = context.createImageData(800, 600);
    for (let i = 0; i < pixels.data.length; i += 65536)
      crypto.getRandomValues(pixels.data.subarray(i, Math.min(i + 65536, pixels.data.length)));
    context.putImageData(pixels, 0, 0);
    const photo = await canvas.convertToBlob({ type: 'image/png' });
    let refused = '';
    await shrinkImage(photo, 1000).catch((error: unknown) => (refused = (error as Error).name));
    return {
      video: await makeThumbnail(new Blob([noise], { type: 'video/mp4' })),
      pdf: await makeThumbnail(new Blob(['%PDF-1.7'], { type: 'application/pdf' })),
      broken: await makeThumbnail(new Blob([noise], { type: 'image/png' })),
      png: (await makeThumbnail(photo))?.type,
      refused,
    };
  });
  expect(result).toEqual({
    video: undefined,
    pdf: undefined,
    broken: undefined,
    png: 'image/jpeg',
    refused: 'RangeError',
  });
});

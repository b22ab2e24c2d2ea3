/**
 * Photo re-encoding for the panel frame (an extension page): browser-only, nothing leaves the machine.
 *
 * Re-encoding draws the decoded pixels onto a fresh canvas and encodes a new JPEG, so the result carries none of the
 * original's metadata: EXIF, GPS location, camera serials and anything hidden after the image data are all gone. The
 * photo's orientation is applied to the pixels first, so it still shows the right way up.
 */

/** The longest side of a shrunk photo unless the caller says otherwise: sharp enough for any dispute form. */
export const DEFAULT_MAX_SIDE = 4096;
/** Below this longest side, a photo stops being useful evidence; shrinking gives up instead. */
const MIN_SIDE = 480;
/** JPEG qualities tried at each size, best first; below 0.5 the artefacts hide the defect the photo shows. */
const QUALITIES = [0.85, 0.75, 0.65, 0.5];
/** How much each side shrinks when no quality fits. */
const SIDE_STEP = 0.75;

export interface ReencodedImage {
  blob: Blob;
  width: number;
  height: number;
}

/**
 * Re-encodes a photo as JPEG, stepping the quality and then the size down until it is at most `maxBytes`. Rejects
 * when the image cannot be decoded, or cannot fit even at the smallest useful size.
 */
export async function reencodeImage(file: Blob, maxBytes: number, maxSide = DEFAULT_MAX_SIDE): Promise<ReencodedImage> {
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  try {
    let scale = Math.min(1, maxSide / Math.max(bitmap.width, bitmap.height));
    for (;;) {
      const canvas = drawScaled(bitmap, scale);
      for (const quality of QUALITIES) {
        const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality });
        if (blob.size <= maxBytes) return { blob, width: canvas.width, height: canvas.height };
      }
      if (Math.max(canvas.width, canvas.height) * SIDE_STEP < MIN_SIDE)
        throw new RangeError(`the photo does not fit in ${maxBytes} bytes`);
      scale *= SIDE_STEP;
    }
  } finally {
    bitmap.close();
  }
}

/** `reencodeImage` for callers that need only the bytes. */
export async function shrinkImage(file: Blob, maxBytes: number, maxSide = DEFAULT_MAX_SIDE): Promise<Blob> {
  return (await reencodeImage(file, maxBytes, maxSide)).blob;
}

/**
 * A small JPEG preview that fits in `side`×`side`, keeping the photo's proportions (nothing of the evidence is cropped
 * away). Undefined for anything that is not a decodable image: videos and documents get an icon instead. The caller
 * passes the Blob typed with the content type its checks found.
 */
export async function makeThumbnail(file: Blob, side = 160): Promise<Blob | undefined> {
  if (!file.type.startsWith('image/')) return undefined;
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    return undefined;
  }
  try {
    const canvas = drawScaled(bitmap, Math.min(1, side / Math.max(bitmap.width, bitmap.height)));
    return await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.7 });
  } catch {
    return undefined;
  } finally {
    bitmap.close();
  }
}

function drawScaled(bitmap: ImageBitmap, scale: number): OffscreenCanvas {
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d canvas');
  // JPEG has no transparency: a transparent screenshot would turn black without a white ground.
  context.fillStyle = '#fff';
  context.fillRect(0, 0, width, height);
  context.imageSmoothingQuality = 'high';
  context.drawImage(bitmap, 0, 0, width, height);
  return canvas;
}

import { describe, expect, it } from 'vitest';
import { FORMATS, sniffFileType } from '../../../lib/evidence/file-type';
import { imageSize } from '../../../lib/evidence/image-size';
import { avi, bmp, concat, gif, heic, jpeg, matroska, mp4, noise, pdf, png, text, webp, zip } from './bytes';

describe('sniffFileType: the type by content', () => {
  it.each<[string, Uint8Array, string | undefined, string | undefined]>([
    ['JPEG', jpeg(), 'image/jpeg', 'image'],
    ['PNG', png(), 'image/png', 'image'],
    ['GIF', gif(), 'image/gif', 'image'],
    ['WebP', webp(), 'image/webp', 'image'],
    ['BMP', bmp(), 'image/bmp', 'image'],
    ['iPhone HEIC (heic; mif1, heic)', heic(), 'image/heic', 'image'],
    ['HEIC written as mif1 + heic', heic({ major: 'mif1', compatible: ['heic'] }), 'image/heic', 'image'],
    ['HEIF sequence (msf1 + hevc)', heic({ major: 'msf1', compatible: ['hevc'] }), 'image/heic', 'image'],
    ['generic HEIF (mif1 alone)', heic({ major: 'mif1', compatible: ['mif1', 'miaf'] }), 'image/heif', 'image'],
    ['AVIF (avif)', heic({ major: 'avif', compatible: ['avif', 'mif1', 'miaf'] }), 'image/avif', 'image'],
    ['AVIF written as mif1 + avif', heic({ major: 'mif1', compatible: ['avif'] }), 'image/avif', 'image'],
    ['MP4 (isom)', mp4(), 'video/mp4', 'video'],
    ['MP4 (mp42, Android)', mp4({ major: 'mp42', compatible: ['isom', 'mp42'] }), 'video/mp4', 'video'],
    ['MP4 with an unknown major brand but isom', mp4({ major: 'xyz1', compatible: ['isom'] }), 'video/mp4', 'video'],
    ['M4V', mp4({ major: 'M4V ', compatible: ['M4V ', 'M4A ', 'mp42', 'isom'] }), 'video/x-m4v', 'video'],
    ['iPhone MOV (qt)', mp4({ major: 'qt  ', compatible: ['qt  '] }), 'video/quicktime', 'video'],
    ['3GP', mp4({ major: '3gp4', compatible: ['isom', '3gp4'] }), 'video/3gpp', 'video'],
    ['3G2', mp4({ major: '3g2a', compatible: ['3g2a'] }), 'video/3gpp2', 'video'],
    ['WebM', matroska('webm'), 'video/webm', 'video'],
    ['Matroska', matroska('matroska'), 'video/x-matroska', 'video'],
    ['AVI', avi(), 'video/x-msvideo', 'video'],
    ['PDF', pdf(), 'application/pdf', 'document'],
    // Not evidence
    ['M4A audio', mp4({ major: 'M4A ', compatible: ['M4A ', 'mp42', 'isom'] }), undefined, undefined],
    ['a Canon CR3 raw photo', mp4({ major: 'crx ', compatible: ['crx ', 'isom'] }), undefined, undefined],
    ['an ftyp box with unknown brands', mp4({ major: 'abcd', compatible: ['efgh'] }), undefined, undefined],
    ['ZIP', zip(), undefined, undefined],
    ['plain text', text('This is not a photo, honestly.'), undefined, undefined],
    ['HTML', text('<!doctype html><html><script>alert(1)</script></html>'), undefined, undefined],
    ['SVG', text('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'), undefined, undefined],
    ['an unknown binary', noise(4096, 99), undefined, undefined],
    ['nothing', new Uint8Array(), undefined, undefined],
    ['"BM" without a bitmap header', text('BMW service book'), undefined, undefined],
    ['RIFF WAVE (audio)', concat(text('RIFF'), new Uint8Array(4), text('WAVEfmt ')), undefined, undefined],
    ['a truncated PNG signature', png().subarray(0, 6), undefined, undefined],
    ['"%PDF" without a version', text('%PDF is what I wrote'), undefined, undefined],
    [
      'EBML with another doc type',
      concat(new Uint8Array([0x1a, 0x45, 0xdf, 0xa3, 0x87, 0x42, 0x82, 0x84]), text('abcd')),
      undefined,
      undefined,
    ],
  ])('%s', (_name, bytes, mime, kind) => {
    const sniffed = sniffFileType(bytes);
    expect(sniffed?.mime).toBe(mime);
    expect(sniffed?.kind).toBe(kind);
  });

  it('every type it can return is described in FORMATS, with its kind', () => {
    for (const [mime, format] of Object.entries(FORMATS)) {
      expect(mime.split('/')[0]).toBe({ image: 'image', video: 'video', document: 'application' }[format.kind]);
      expect(format.extensions.length).toBeGreaterThan(0);
      if (format.reencodable) expect(format.kind, mime).toBe('image');
    }
  });
});

describe('imageSize: pixels from the header, before decoding', () => {
  it.each<[string, Uint8Array, string, { width: number; height: number } | undefined]>([
    ['JPEG', jpeg({ width: 4000, height: 3000 }), 'image/jpeg', { width: 4000, height: 3000 }],
    [
      'JPEG with EXIF before the frame',
      jpeg({ width: 800, height: 600, segments: [new Uint8Array([0xff, 0xe1, 0, 6, 1, 2, 3, 4])] }),
      'image/jpeg',
      { width: 800, height: 600 },
    ],
    ['PNG', png(1920, 1080), 'image/png', { width: 1920, height: 1080 }],
    ['GIF', gif(320, 240), 'image/gif', { width: 320, height: 240 }],
    ['WebP', webp(300, 200), 'image/webp', { width: 300, height: 200 }],
    ['BMP', bmp(3, 2), 'image/bmp', { width: 3, height: 2 }],
    ['HEIC', heic({ width: 4032, height: 3024 }), 'image/heic', { width: 4032, height: 3024 }],
    ['a JPEG cut before its frame', jpeg().subarray(0, 24), 'image/jpeg', undefined],
  ])('%s', (_name, bytes, mime, size) => {
    expect(imageSize(bytes, mime)).toEqual(size);
  });
});

import { describe, expect, it } from 'vitest';
import { MAX_ZIP_NAME, safeZipName, uniqueZipNames } from '../../../lib/dossier/zip-names';

describe('safeZipName', () => {
  it.each([
    ['..', '__'],
    ['../../etc/passwd', '___.._etc_passwd'],
    ['..\\..\\windows\\win.ini', '___.._windows_win.ini'],
    ['/absolute.jpg', '_absolute.jpg'],
    ['C:\\photo.jpg', 'C__photo.jpg'],
    ['.hidden', '_hidden'],
    ['trailing dot.', 'trailing dot'],
    ['a\u0000b\u0007c\u001f.png', 'abc.png'],
    ['line\nbreak.jpg', 'line break.jpg'],
    ['invoice\u202egpj.exe', 'invoicegpj.exe'],
    ['what?<>|*".jpg', 'what______.jpg'],
    ['CON.jpg', '_CON.jpg'],
    ['lpt1', '_lpt1'],
    ['', 'file'],
    ['   ', 'file'],
    ['...', '___'],
    ['фото посылки.jpg', 'фото посылки.jpg'],
  ])('%j → %j', (raw, safe) => {
    expect(safeZipName(raw)).toBe(safe);
  });

  it('never yields a path step: no separator, and never `.` or `..` alone', () => {
    for (const raw of ['.', '..', '../', '/..', 'a/../b', '\\..\\', '. .', '.. ..']) {
      const name = safeZipName(raw);
      expect(name).not.toMatch(/[/\\]/);
      expect(name).not.toMatch(/^\.+$/);
      expect(name.length).toBeGreaterThan(0);
    }
  });

  it('cuts a long name in the middle, keeping its extension', () => {
    const name = safeZipName(`${'a'.repeat(300)}.jpeg`);
    expect([...name]).toHaveLength(MAX_ZIP_NAME);
    expect(name.endsWith('.jpeg')).toBe(true);
  });
});

describe('uniqueZipNames', () => {
  it('numbers repeated names before the extension, ignoring case, in order', () => {
    expect(uniqueZipNames(['photo.jpg', 'photo.jpg', 'PHOTO.jpg', 'photo (2).jpg', 'video'])).toEqual([
      'photo.jpg',
      'photo (2).jpg',
      'PHOTO (3).jpg',
      'photo (2) (2).jpg',
      'video',
    ]);
  });

  it('names made the same by the cleaning are told apart too', () => {
    expect(uniqueZipNames(['a/b.png', 'a\\b.png', 'a:b.png'])).toEqual(['a_b.png', 'a_b (2).png', 'a_b (3).png']);
  });
});

import { describe, expect, it } from 'vitest';
import { UPLOAD_RULES } from '../../../lib/aliexpress/upload-rules';
import { FORMATS } from '../../../lib/evidence/file-type';

const rows = Object.entries(UPLOAD_RULES);

describe('upload rules: one table, each row honest about what is known', () => {
  it.each(rows)('%s names its source', (_name, rule) => {
    expect(rule.source.length).toBeGreaterThan(10);
  });

  it('our own caps are ours: a limit with a value, never presented as AliExpress’s', () => {
    for (const [name, rule] of rows.filter(([, r]) => r.owner === 'ours')) {
      expect(rule.known, name).toBe(true);
      expect(typeof rule.value === 'number' && rule.value > 0, name).toBe(true);
    }
  });

  it('what the research did not find about AliExpress is marked unknown, with no made-up limit', () => {
    // doc §2.3 and part 2 §C: no size, count or format limit of the current form was found.
    for (const name of ['maxFileBytes', 'maxPhotos', 'documentsAccepted'] as const) {
      expect(UPLOAD_RULES[name]).toMatchObject({ owner: 'aliexpress', known: false, value: undefined });
    }
    for (const name of ['doubtfulImageTypes', 'usualVideoTypes', 'maxVideos'] as const)
      expect(UPLOAD_RULES[name]).toMatchObject({ owner: 'aliexpress', known: false });
    // Known: the form has image and video inputs.
    expect(UPLOAD_RULES.imagesAccepted).toMatchObject({ known: true, value: true });
    expect(UPLOAD_RULES.videosAccepted).toMatchObject({ known: true, value: true });
  });

  it('P15: a stored photo is at most 2 MB, a dispute holds at most 30', () => {
    expect(UPLOAD_RULES.maxStoredImageBytes.value).toBe(2 * 1024 * 1024);
    expect(UPLOAD_RULES.maxPhotosPerDispute.value).toBe(30);
    expect(UPLOAD_RULES.maxImageInputBytes.value).toBeGreaterThan(UPLOAD_RULES.maxStoredImageBytes.value);
  });

  it('the types it names are types the file check knows', () => {
    for (const mime of [...UPLOAD_RULES.doubtfulImageTypes.value, ...UPLOAD_RULES.usualVideoTypes.value])
      expect(FORMATS, mime).toHaveProperty([mime]);
  });
});

import { describe, expect, it } from 'vitest';
import { loadMarkupSensors, provideMarkupSensors, type MarkupSensors } from '../../../lib/page-side/markup-sensors';

const sensors = {
  readPageMarkup: () => ({ refresh: () => undefined }),
  watchDisputeForm: () => ({ checkNow: () => undefined, verdictOf: () => undefined }),
  showOrderBadges: () => undefined,
  removeOrderBadges: () => undefined,
} as unknown as MarkupSensors;

describe('loadMarkupSensors', () => {
  it('answers with the sensors their script provided on the shared global, without loading it again', async () => {
    const scope = {};
    provideMarkupSensors(sensors, scope);
    await expect(loadMarkupSensors(scope)).resolves.toBe(sensors);
  });

  it('rejects when the script cannot be loaded, so the features waiting on it stop instead of hanging', async () => {
    // Outside a browser the extension URL cannot be imported: the same path as a blocked or missing file.
    await expect(loadMarkupSensors({})).rejects.toThrow();
  });

  it('tries again, at a new address, when a load fails or hangs', async () => {
    const scope = {};
    const urls: string[] = [];
    const load = (url: string) => {
      urls.push(url);
      if (urls.length === 1) return Promise.reject(new Error('blocked'));
      if (urls.length === 2) return new Promise<never>(() => undefined);
      provideMarkupSensors(sensors, scope);
      return Promise.resolve();
    };
    await expect(loadMarkupSensors(scope, load)).resolves.toBe(sensors);
    expect(urls).toHaveLength(3);
    expect(new Set(urls).size).toBe(3);
  }, 15_000);
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { learnedModelLoader } from '../../../lib/worker/learned-model';
import { shippedModel } from '../../analyzer/learned-model';

const URL = 'chrome-extension://abc/learned-model.json';
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status });

describe('learned model loader', () => {
  afterEach(() => vi.restoreAllMocks());

  it('reads the file once and keeps it for the next checks', async () => {
    const fetchFile = vi.fn(async () => json(shippedModel()));
    const load = learnedModelLoader(URL, fetchFile);
    expect(await load()).toEqual(shippedModel());
    expect(await load()).toEqual(shippedModel());
    expect(fetchFile).toHaveBeenCalledTimes(1);
    expect(fetchFile).toHaveBeenCalledWith(URL);
  });

  it('leaves the check to its rules when the file is missing, damaged or of another shape, and tries again', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const answers = [
      json({}, 404),
      new Response('{"version":1,', { status: 200 }),
      json({ version: 1, insult: {}, threat: {}, vague: {} }),
      json({ ...shippedModel(), threat: { bias: 0, threshold: 7, weights: {} } }),
      json(shippedModel()),
    ];
    const fetchFile = vi.fn(async () => answers.shift()!);
    const load = learnedModelLoader(URL, fetchFile);
    for (let attempt = 0; attempt < 4; attempt++) expect(await load()).toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(4);
    expect(await load()).toEqual(shippedModel());
    expect(fetchFile).toHaveBeenCalledTimes(5);
  });
});

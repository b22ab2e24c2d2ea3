import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LearnedModel } from '../../../lib/analyzer/learned/model';
import {
  encodeLearnedModel,
  learnedModelLoader,
  parseLearnedModel,
  type LearnedModelFile,
} from '../../../lib/analyzer/learned/model-file';
import { shippedModel, shippedModelFile } from '../../analyzer/learned-model';

const URL = 'chrome-extension://abc/learned-model.json';
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status });
const file = () => shippedModelFile() as LearnedModelFile;

describe('learned model loader', () => {
  afterEach(() => vi.restoreAllMocks());

  it('reads the file once and keeps it for the next checks', async () => {
    const fetchFile = vi.fn(async () => json(file()));
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
      new Response('{"version":4,', { status: 200 }),
      // The object-of-weights shape of the files before version 3, and version 3's whole entries.
      json({ ...shippedModel(), version: 2 }),
      json({ ...file(), version: 3 }),
      json({ ...file(), insult: { bias: 0, threshold: 0.5, features: 'idiot', weights: [3000] } }),
      json({ ...file(), insult: { bias: 0, threshold: 0.5, features: '0idiot|7s', weights: [3000, 1000] } }),
      json({ ...file(), threat: { bias: 0, threshold: 7, features: '', weights: [] } }),
      json({ ...file(), insult: { bias: 0, threshold: 0.5, features: 'idiot|you idiot', weights: [3000] } }),
      json({ ...file(), vague: { bias: 0, threshold: 0.5, features: 'vague', weights: [0.25] } }),
      json(file()),
    ];
    const fetchFile = vi.fn(async () => answers.shift()!);
    const load = learnedModelLoader(URL, fetchFile);
    for (let attempt = 0; attempt < 9; attempt++) expect(await load()).toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(9);
    expect(await load()).toEqual(shippedModel());
    expect(fetchFile).toHaveBeenCalledTimes(10);
  });
});

describe('the model file', () => {
  it('reads back the model it was written from, weight for weight', () => {
    const model: LearnedModel = {
      insult: {
        bias: -2.5,
        threshold: 0.9,
        weights: {
          '#': 0.001,
          idiot: -0.333,
          idiots: 1.25,
          'вы дура': 2,
          'вы дурак': 0.5,
          'вы дураки все': 1,
          'вы дураки всё': 0.75,
        },
      },
      threat: { bias: 0, threshold: 0.7, weights: {} },
      vague: { bias: 1.125, threshold: 0.2, weights: { right: -0.05 } },
      vocabulary: ['idiot', 'idiots', 'right', 'вы', 'дура'],
    };
    const written = JSON.parse(JSON.stringify(encodeLearnedModel(model))) as LearnedModelFile;
    // Each entry opens with the number of letters it shares with the one before (at most nine).
    expect(written.insult).toEqual({
      bias: -2.5,
      threshold: 0.9,
      features: '0#|0idiot|5s|0вы дура|7к|8и все|9 всё',
      weights: [1, -333, 1250, 2000, 500, 1000, 750],
    });
    expect(written.vocabulary).toBe('0idiot 5s 0right 0вы 0дура');
    expect(parseLearnedModel(written)).toEqual(model);
  });

  it('is what the shipped model writes (the file and the trained model are the same)', () => {
    expect(encodeLearnedModel(shippedModel())).toEqual(file());
  });
});

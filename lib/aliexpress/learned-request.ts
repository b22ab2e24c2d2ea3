import { isReplayableApiUrl } from './api-hosts';
import { z } from '../model/zod';

/**
 * A data request the observer saw the dispute page make, as the watcher stores it to make it again later:
 * https only, to an AliExpress API host, for an endpoint we read (never a write API). The body is kept as sent.
 */
export const LearnedRequest = z.strictObject({
  url: z.string().check(z.maxLength(8000), z.refine(isReplayableApiUrl, 'not a replayable AliExpress API address')),
  method: z.enum(['GET', 'POST']),
  body: z.optional(z.string().check(z.maxLength(100_000))),
  contentType: z.optional(z.string().check(z.maxLength(100))),
});
export type LearnedRequest = z.infer<typeof LearnedRequest>;

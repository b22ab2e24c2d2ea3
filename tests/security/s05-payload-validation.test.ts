import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handleMessage } from '../../lib/worker/handle-message';
import { MESSAGES, type MessageType } from '../../lib/messaging/protocol';
import { EXAMPLES, senderWithRole, seededWorker } from './support/messages';

/**
 * S5: every payload is parsed strictly before anything acts on it. Malformed messages, including ones carrying
 * `__proto__`/`constructor`/`prototype` keys, get `bad-message`, change nothing and pollute no prototype.
 * Iterates over MESSAGES, so a new message type is covered at once.
 */
let worker: Awaited<ReturnType<typeof seededWorker>>;
beforeEach(async () => {
  worker = await seededWorker();
});
afterEach(() => worker.close());

const TYPES = Object.keys(MESSAGES) as MessageType[];
const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype).sort();
const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'type', 'url', 'collapsed', 'confirmed', 'polluted'];

function prototypesAreClean() {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_NAMES);
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  expect(Object.getOwnPropertyNames(Array.prototype)).not.toContain('polluted');
}

/** Objects of the message's type with hostile own keys; JSON.parse makes `__proto__` an own key, as JSON messages do. */
const hostileMessage = (type: string) =>
  fc
    .dictionary(fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string({ maxLength: 8 })), fc.jsonValue(), { maxKeys: 4 })
    .map((extra) => JSON.parse(JSON.stringify({ ...extra, type })) as unknown)
    .chain((message) =>
      fc.oneof(
        fc.constant(message),
        fc
          .jsonValue()
          .map((inner) => JSON.parse(`{"type":${JSON.stringify(type)},"__proto__":${JSON.stringify(inner ?? null)}}`)),
        fc.constant(JSON.parse(`{"type":${JSON.stringify(type)},"constructor":{"prototype":{"polluted":1}}}`)),
      ),
    );

describe.each(TYPES)('S5: %s', (type) => {
  const spec = MESSAGES[type];
  const sender = senderWithRole(spec.from);

  it('fuzz: a payload the schema rejects is answered bad-message and changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(hostileMessage(type), async (message) => {
        const valid = spec.payload.safeParse(message).success;
        const before = valid ? undefined : await worker.snapshot();
        const reply = await handleMessage(message, sender, worker.env);
        prototypesAreClean();
        if (valid) return;
        expect(reply).toMatchObject({ ok: false, error: { code: 'bad-message' } });
        expect(await worker.snapshot()).toEqual(before);
      }),
      { numRuns: 150 },
    );
  });

  it('an extra key, or any field of the wrong type, is refused', async () => {
    const example = EXAMPLES[type] as Record<string, unknown>;
    const variants = [
      { ...example, extra: 1 },
      ...Object.keys(example)
        .filter((key) => key !== 'type')
        .flatMap((key) => [
          { ...example, [key]: { nested: true } },
          { ...example, [key]: undefined },
        ]),
    ];
    for (const variant of variants) {
      expect(await handleMessage(variant, sender, worker.env), JSON.stringify(variant)).toMatchObject({
        ok: false,
        error: { code: 'bad-message' },
      });
    }
    prototypesAreClean();
  });
});

describe('S5: unknown message types', () => {
  it('fuzz: any type that is not in MESSAGES is bad-message', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty')),
        async (type) => {
          fc.pre(!Object.hasOwn(MESSAGES, type));
          const reply = await handleMessage({ type }, senderWithRole('extension-page'), worker.env);
          expect(reply).toMatchObject({ ok: false, error: { code: 'bad-message' } });
          prototypesAreClean();
        },
      ),
      { numRuns: 200 },
    );
  });
});

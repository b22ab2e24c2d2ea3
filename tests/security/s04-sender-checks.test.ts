import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handleMessage } from '../../lib/worker/handle-message';
import { MESSAGES, type MessageType } from '../../lib/messaging/protocol';
import { EXAMPLES, SENDERS, seededWorker } from './support/messages';

/**
 * S4: every message type is accepted only from its own kind of sender. A forged or foreign sender gets
 * `forbidden-sender` and changes nothing. Iterates over MESSAGES, so a new message type is covered at once.
 */
let worker: Awaited<ReturnType<typeof seededWorker>>;
beforeEach(async () => {
  worker = await seededWorker();
});
afterEach(() => worker.close());

const TYPES = Object.keys(MESSAGES) as MessageType[];

/**
 * The only messages a content script may send. A compromised AliExpress renderer can send these too, so each one
 * must be harmless in hostile hands: adding one here is a security decision, never a side effect.
 */
const CONTENT_SCRIPT_MESSAGES: MessageType[] = [
  'page-seen',
  'page-data',
  'page-dom',
  'manual-facts',
  'panel-set-collapsed',
];

/**
 * The panel frame sits inside AliExpress pages: it may say hello, pass the buyer's actions on, read the timeline of the
 * case it shows and where the order's evidence stands (metadata only: the answers go to the frame alone, an extension
 * page the AliExpress page cannot read), and read or switch the seller-reply watcher of a dispute (at worst a
 * read-only request to AliExpress is made or not made), and say that it saved the checklist (at worst sync makes a
 * pass that finds nothing new, and only if the buyer turned sync on). It runs the dispute check, so it may read what the
 * check compares with (the order's total and its evidence counts, answered to the frame alone) and note that a check
 * ran (one "checked" line with a digest of the text in the buyer's own timeline).
 */
const PANEL_FRAME_MESSAGES: MessageType[] = [
  'panel-hello',
  'panel-request',
  'case-timeline',
  'evidence-state',
  'check-context',
  'check-ran',
  'panel-watch',
  'sync-changed',
];

it('S4: only the listed message types are open to content scripts and the panel frame; the rest need an extension page', () => {
  expect(TYPES.filter((type) => MESSAGES[type].from === 'content-script').sort()).toEqual(
    [...CONTENT_SCRIPT_MESSAGES].sort(),
  );
  expect(TYPES.filter((type) => MESSAGES[type].from === 'panel-frame').sort()).toEqual(
    [...PANEL_FRAME_MESSAGES].sort(),
  );
  const rest = TYPES.filter((type) => ![...CONTENT_SCRIPT_MESSAGES, ...PANEL_FRAME_MESSAGES].includes(type));
  expect(rest.map((type) => MESSAGES[type].from)).toEqual(rest.map(() => 'extension-page'));
});

describe.each(TYPES)('S4: %s', (type) => {
  const allowed = MESSAGES[type].from;

  it.each(SENDERS.filter(({ role }) => role !== allowed).map(({ name, sender }) => [name, sender] as const))(
    'is refused from %s, and nothing changes',
    async (_name, sender) => {
      const before = await worker.snapshot();
      const reply = await handleMessage(EXAMPLES[type], sender, worker.env);
      expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
      expect(await worker.snapshot()).toEqual(before);
    },
  );

  it(`is accepted from its own kind of sender (${allowed})`, async () => {
    const sender = SENDERS.find(({ role }) => role === allowed)!.sender;
    const reply = await handleMessage(EXAMPLES[type], sender, worker.env);
    expect(reply).toMatchObject({ ok: true });
  });
});

import { appendCaseEvent } from '../../db/case-events';
import type { DisputeWatch } from '../../db/case-records';
import { renderMessage, renderValue } from '../../deadlines/format-message';
import { pickLanguage, translatorFor, type Translator } from '../../i18n/translator';
import { REMINDER_STRINGS } from '../../reminders/strings';
import { signedOutNotificationFor, watchNotificationFor, type WatchNotification } from '../../watcher/notification';
import type { SellerEvent } from '../../watcher/seller-events';
import type { WorkerEnv } from '../worker-env';

function translator(env: WorkerEnv) {
  const language = pickLanguage(env.watcher.languages());
  // The reminders bundle alone: the panel's strings stay out of the worker.
  return translatorFor(language, REMINDER_STRINGS[language], REMINDER_STRINGS.en);
}

/** What the watcher tells the buyer: news from the seller (timeline and notification), and that they signed out. */
export const tellBuyer = {
  /**
   * One timeline line per event, then one notification naming them all. Its id is derived from the events, and the
   * events are stored first, so a later check finds them known: the same change is never notified twice.
   */
  async sellerNews(env: WorkerEnv, watch: DisputeWatch, events: readonly SellerEvent[]): Promise<void> {
    if (!events.length) return;
    const t = translator(env);
    const db = await env.db();
    const orderId = watch.orderId;
    if (orderId)
      for (const event of events)
        await appendCaseEvent(db, {
          orderId,
          disputeId: watch.disputeId,
          kind: 'seller-replied',
          at: env.now(),
          key: event.key,
          // The timeline keeps values as text, in the language the buyer had when it happened.
          params: Object.fromEntries(
            Object.entries(event.params).map(([name, value]) => [name, renderValue(value, t).slice(0, 500)]),
          ),
        });
    const note = watchNotificationFor(events, { disputeId: watch.disputeId, ...(orderId && { orderId }) }, watch.site);
    if (note) await show(env, t, note);
  },

  /** Once per pause: the watch pauses on the first signed-out answer and stays paused until the buyer is back. */
  async signedOut(env: WorkerEnv, watch: DisputeWatch): Promise<void> {
    const dispute = { disputeId: watch.disputeId, ...(watch.orderId && { orderId: watch.orderId }) };
    await show(env, translator(env), signedOutNotificationFor(dispute, watch.site));
  },
};

function show(env: WorkerEnv, t: Translator, note: WatchNotification): Promise<boolean> {
  return env.watcher.notify(note.id, {
    title: renderMessage(note.title, t),
    message: note.lines.map((line) => renderMessage(line, t)).join('\n'),
  });
}

import type { DisputeWatch } from '../../db/case-records';
import { readNotificationChoices } from '../../db/preferences';
import { renderMessage } from '../../deadlines/format-message';
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
   * One notification naming every change. Its id is derived from the events, and the facts are stored first, so a
   * later check finds them known: the same change is never notified twice. The timeline's lines come from the stored
   * facts (lib/worker/case-log.ts), as for a page, so a page that later shows the same step adds no second line.
   */
  async sellerNews(env: WorkerEnv, watch: DisputeWatch, events: readonly SellerEvent[]): Promise<void> {
    if (!events.length || !(await readNotificationChoices(await env.db())).sellerReplies) return;
    const orderId = watch.orderId;
    const note = watchNotificationFor(events, { disputeId: watch.disputeId, ...(orderId && { orderId }) }, watch.site);
    if (note) await show(env, translator(env), note);
  },

  /** Once per pause: the watch pauses on the first signed-out answer and stays paused until the buyer is back. */
  async signedOut(env: WorkerEnv, watch: DisputeWatch): Promise<void> {
    if (!(await readNotificationChoices(await env.db())).signIn) return;
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

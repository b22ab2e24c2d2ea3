import { z } from './zod';

/**
 * The seller-reply watcher's least time between two looks at one dispute, in minutes. Never below 30: the
 * reliability doc's P14 allows at most one request per open dispute per 30 minutes.
 */
export const WATCH_INTERVALS = [30, 60, 120, 360] as const;
export const WatchInterval = z.literal(WATCH_INTERVALS);
export type WatchInterval = (typeof WATCH_INTERVALS)[number];
export const DEFAULT_WATCH_INTERVAL: WatchInterval = 30;

/** Which notifications the buyer wants: deadline reminders, the seller's news, "sign in to AliExpress". */
export const NotificationChoices = z.strictObject({
  reminders: z.boolean(),
  sellerReplies: z.boolean(),
  signIn: z.boolean(),
});
export type NotificationChoices = z.infer<typeof NotificationChoices>;
export const DEFAULT_NOTIFICATION_CHOICES: NotificationChoices = { reminders: true, sellerReplies: true, signIn: true };

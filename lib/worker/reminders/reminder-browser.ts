import type { Db } from '../../db/schema';

/**
 * The browser APIs the reminders use, as narrow as they are used: the worker passes `browser`, unit tests a fake.
 * Promise-returning, as webextension-polyfill and Chrome's MV3 APIs both are.
 */
export interface ReminderBrowser {
  alarms: {
    getAll(): Promise<Array<{ name: string; scheduledTime: number }>>;
    create(name: string, info: { when?: number; periodInMinutes?: number }): Promise<void> | void;
    clear(name: string): Promise<boolean>;
  };
  /** Absent in Chrome until the buyer grants the optional `notifications` permission. */
  notifications?: {
    create(
      id: string,
      options: { type: 'basic'; iconUrl: string; title: string; message: string; requireInteraction?: boolean },
    ): Promise<string>;
    clear(id: string): Promise<boolean>;
  };
  permissions: { contains(permissions: { permissions: ['notifications'] }): Promise<boolean> };
  tabs: { create(properties: { url: string }): Promise<unknown> };
  runtime: { getURL(path: '/icon/128.png'): string };
}

/** What a reminder pass needs besides the browser: the database, the clock, the buyer's language and time zone. */
export interface ReminderContext {
  browser: ReminderBrowser;
  db: () => Promise<Db>;
  now: () => number;
  /** The browser's preferred languages, best first (the worker's navigator.languages). */
  languages: () => readonly string[];
  timeZone: () => string;
  /**
   * Chrome can keep a notification on screen until the buyer acts on it (without, it leaves after some seconds, and a
   * reminder is there to be seen); Firefox rejects the option.
   */
  keepUntilSeen: boolean;
}

import type { WxtBrowser } from 'wxt/browser';

/** A notification as the browser shows it: already in the buyer's language. */
export interface ShownNotification {
  title: string;
  message: string;
}

/**
 * The browser as the seller-reply watcher uses it, injected so unit tests run it with fakes: alarms, the one cookie
 * it reads, fetch, and notifications (shown only when the buyer granted the optional permission).
 */
export interface WatcherHost {
  /** Creates the alarm, or replaces one of the same name. */
  setAlarm(name: string, when: number): Promise<void>;
  clearAlarm(name: string): Promise<void>;
  /** The value of the cookie `name` the browser would send with a request to `url`. */
  cookie(url: string, name: string): Promise<string | undefined>;
  fetch(url: string, init: RequestInit): Promise<Response>;
  /** Shows (or replaces) a notification; false when the buyer has not allowed notifications. */
  notify(id: string, note: ShownNotification): Promise<boolean>;
  /** The buyer's preferred languages, best first. */
  languages(): readonly string[];
  random(): number;
}

export function browserWatcherHost(browser: WxtBrowser): WatcherHost {
  return {
    async setAlarm(name, when) {
      await browser.alarms.create(name, { when });
    },
    async clearAlarm(name) {
      await browser.alarms.clear(name);
    },
    async cookie(url, name) {
      return (await browser.cookies.get({ url, name }))?.value;
    },
    fetch: (url, init) => fetch(url, init),
    async notify(id, { title, message }) {
      // Optional permission: asked for in the panel when the buyer turns notifications on; never assumed.
      if (!(await browser.permissions.contains({ permissions: ['notifications'] }))) return false;
      await browser.notifications.create(id, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title,
        message,
      });
      return true;
    },
    languages: () => navigator.languages,
    random: Math.random,
  };
}

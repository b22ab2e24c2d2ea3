import type { ShownNotification, WatcherHost } from '../../lib/worker/watcher/host';

export type FakeFetch = (url: string, init: RequestInit) => Promise<Response> | Response;

/**
 * The browser as the watcher sees it, in memory: alarms by name, a cookie jar by name, a fetch the test answers
 * (refusing by default, so a test that did not expect a request fails), notifications shown only when allowed.
 */
export class FakeWatcherHost implements WatcherHost {
  alarms = new Map<string, number>();
  cookies = new Map<string, string>();
  requests: Array<{ url: string; init: RequestInit }> = [];
  notifications = new Map<string, ShownNotification>();
  notificationsAllowed = true;
  answer: FakeFetch = () => Promise.reject(new TypeError('no network in this test'));
  language = 'en-US';
  randomValue = 0.5;

  async setAlarm(name: string, when: number): Promise<void> {
    this.alarms.set(name, when);
  }
  async clearAlarm(name: string): Promise<void> {
    this.alarms.delete(name);
  }
  async cookie(_url: string, name: string): Promise<string | undefined> {
    return this.cookies.get(name);
  }
  async fetch(url: string, init: RequestInit): Promise<Response> {
    this.requests.push({ url, init });
    return this.answer(url, init);
  }
  async notify(id: string, note: ShownNotification): Promise<boolean> {
    if (!this.notificationsAllowed) return false;
    this.notifications.set(id, note);
    return true;
  }
  languages(): readonly string[] {
    return [this.language];
  }
  random = (): number => this.randomValue;
}

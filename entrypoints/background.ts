import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createDbConnection } from '../lib/db/connection';
import { handleMessage, type WorkerEnv } from '../lib/messaging/handle-message';

export default defineBackground({
  // An event page on Firefox (MV3 `background.scripts`), like Chrome's service worker: it may stop whenever it is idle.
  persistent: false,
  main() {
    const env: WorkerEnv = {
      self: { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') },
      db: createDbConnection(),
      now: Date.now,
    };
    // Registered synchronously on every start so the message that woke the worker is not lost.
    // sendResponse + `return true` works the same in Chrome, Firefox and the polyfill.
    browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
      void handleMessage(message, sender, env).then(sendResponse);
      return true;
    });
  },
});

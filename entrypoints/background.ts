import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { startWorker } from '../lib/worker/start-worker';

export default defineBackground({
  // An event page on Firefox (MV3 `background.scripts`), like Chrome's service worker: it may stop whenever it is idle.
  persistent: false,
  main() {
    startWorker(browser);
  },
});

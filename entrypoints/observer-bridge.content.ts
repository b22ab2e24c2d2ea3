import { defineContentScript } from 'wxt/utils/define-content-script';
import { OBSERVER_MATCH_PATTERNS } from '../lib/aliexpress/hosts';
import { openObserverBridge } from '../lib/page-side/observer-bridge';

export default defineContentScript({
  // Isolated world, where the observer runs, right after it (see observe-traffic.ts): takes its channel before
  // any page script exists and keeps what arrives until the panel listens.
  matches: OBSERVER_MATCH_PATTERNS,
  runAt: 'document_start',
  // WXT would otherwise post a "content-script-started" message to the page, naming the extension.
  noScriptStartedPostMessage: true,
  main() {
    openObserverBridge();
  },
});

import { defineContentScript } from 'wxt/utils/define-content-script';
import { OBSERVER_MATCH_PATTERNS } from '../lib/aliexpress/hosts';
import { installTrafficObserver } from '../lib/aliexpress/observe-traffic';

export default defineContentScript({
  // In the page's own world and before its scripts, so its first data requests are seen; no extension APIs here.
  // Order and dispute sections only. wxt.config.ts keeps this entry before observer-bridge in the manifest: the
  // bridge must run right after it, in the same injection pass, to take the channel.
  matches: OBSERVER_MATCH_PATTERNS,
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    installTrafficObserver(window);
  },
});

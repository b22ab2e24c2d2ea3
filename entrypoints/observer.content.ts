import { defineContentScript } from 'wxt/utils/define-content-script';
import { ALIEXPRESS_MATCH_PATTERNS } from '../lib/aliexpress/hosts';
import { installTrafficObserver } from '../lib/aliexpress/observe-traffic';

export default defineContentScript({
  // In the page's own world and before its scripts, so its first data requests are seen; no extension APIs here.
  matches: ALIEXPRESS_MATCH_PATTERNS,
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    installTrafficObserver(window);
  },
});

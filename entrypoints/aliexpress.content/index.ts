import { defineContentScript } from 'wxt/utils/define-content-script';
import { ALIEXPRESS_MATCH_PATTERNS } from '../../lib/aliexpress/hosts';
import { startPanel } from '../../lib/panel/start-panel';
import { whenPageSettled } from '../../lib/panel/when-page-settled';

export default defineContentScript({
  // Every AliExpress page, so the panel can follow single-page navigation into an order or dispute page;
  // on other pages the script only runs detectPage.
  matches: ALIEXPRESS_MATCH_PATTERNS,
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  async main(ctx) {
    await whenPageSettled(ctx);
    startPanel(ctx);
  },
});

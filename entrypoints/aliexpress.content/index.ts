import { defineContentScript } from 'wxt/utils/define-content-script';
import { ALIEXPRESS_MATCH_PATTERNS } from '../../lib/aliexpress/hosts';
import { createPageFeatures } from '../../lib/page-side/features';
import { startPageSide } from '../../lib/page-side/start-page-side';

export default defineContentScript({
  // Every AliExpress page, so the panel can follow single-page navigation into an order or dispute page;
  // on other pages the script only runs detectPage.
  matches: ALIEXPRESS_MATCH_PATTERNS,
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  main(ctx) {
    startPageSide(ctx, createPageFeatures());
  },
});

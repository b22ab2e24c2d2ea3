import type { PageFeature } from '../feature';
import { disputeCheckFeature } from './dispute-check';
import { orderBadgesFeature } from './order-badges';
import { pageFactsFeature } from './page-facts';
import { panelFeature } from './panel';

/** Everything the extension does on AliExpress pages, in start order: the panel first, so it hears the others. */
export function createPageFeatures(): PageFeature[] {
  return [panelFeature(), pageFactsFeature(), orderBadgesFeature, disputeCheckFeature];
}

import type { PageSnapshots } from '../../model/snapshots';
import type { DetectedPage } from '../../pages/detect-page';

/** Placeholder until the parsers branch lands: reads nothing. */
export function readSnapshotsFromDom(_root: ParentNode, _page: DetectedPage): PageSnapshots {
  return { orders: [], disputes: [] };
}

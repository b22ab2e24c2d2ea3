import type { DeadlineKind, Whose } from '../model/deadlines';
import type { DisputeSnapshot } from '../model/snapshots';

export interface DisputeStep {
  whose: Whose | 'none';
  /** The deadline kind the page's timer belongs to in this step; absent when no timer is expected. */
  kind?: DeadlineKind;
  finished: boolean;
}

const FINISHED = new Set(['refunded', 'closed', 'cancelled']);

/** Whose move a dispute waits for, from its status (preferred) or the page's "awaiting" hint. */
export function stepOfDispute(dispute: Pick<DisputeSnapshot, 'status' | 'awaiting'>): DisputeStep | undefined {
  const { status, awaiting } = dispute;
  if (status && FINISHED.has(status)) return { whose: 'none', finished: true };
  if (status === 'awaiting_return') return { whose: 'buyer', kind: 'return_shipping', finished: false };
  if (status === 'under_review') return { whose: 'platform', finished: false };
  if (status === 'awaiting_buyer' || (!status && awaiting === 'buyer'))
    return { whose: 'buyer', kind: 'buyer_response', finished: false };
  if (status === 'awaiting_seller' || (!status && awaiting === 'seller'))
    return { whose: 'seller', kind: 'seller_response', finished: false };
  if (!status && awaiting === 'platform') return { whose: 'platform', finished: false };
  return undefined;
}

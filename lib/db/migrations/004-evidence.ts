import type { Migration } from './types';

/**
 * v4: the buyer's evidence, written by the panel frame. File metadata is apart from the bytes so that listing an
 * order's files never loads a video; both are keyed by a random id. Nothing older is touched.
 */
export const addEvidenceStores: Migration = (db) => {
  db.createObjectStore('evidenceFiles', { keyPath: 'id' }).createIndex('orderId', 'orderId');
  db.createObjectStore('evidenceBlobs', { keyPath: 'id' });
  db.createObjectStore('evidenceState', { keyPath: 'orderId' });
};

import type { Migration } from './types';

/**
 * v3: what deadlines, reminders and the seller-reply watcher need: every page's deadline readings per order, the
 * reminders already shown, one watch per dispute, and each case's timeline. Nothing older is touched.
 */
export const addCaseStores: Migration = (db) => {
  db.createObjectStore('readings', { keyPath: 'orderId' });
  db.createObjectStore('sentReminders', { keyPath: 'key' }).createIndex('orderId', 'orderId');
  db.createObjectStore('watches', { keyPath: 'disputeId' }).createIndex('orderId', 'orderId');
  const events = db.createObjectStore('caseEvents', { keyPath: 'seq', autoIncrement: true });
  events.createIndex('orderId', 'orderId');
  events.createIndex('at', 'at');
};

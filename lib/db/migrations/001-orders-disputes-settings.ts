import type { Migration } from './types';

/** v1: the orders and disputes the buyer has opened, small settings, and quarantined records. */
export const createOrdersDisputesSettings: Migration = (db) => {
  db.createObjectStore('orders', { keyPath: 'id' }).createIndex('lastSeen', 'lastSeen');
  const disputes = db.createObjectStore('disputes', { keyPath: 'id' });
  disputes.createIndex('lastSeen', 'lastSeen');
  disputes.createIndex('orderId', 'orderId');
  db.createObjectStore('settings');
  db.createObjectStore('quarantine', { autoIncrement: true });
};

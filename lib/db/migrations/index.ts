import { createOrdersDisputesSettings } from './001-orders-disputes-settings';
import { addFactsStores } from './002-facts-stores';
import { addCaseStores } from './003-case-stores';
import { addEvidenceStores } from './004-evidence';
import type { Migration } from './types';

/**
 * The migration ladder: step N turns a version N database into version N+1. Steps are never edited once released;
 * a new version appends a file `00N-name.ts` and a test that runs it on literal rows of the version before.
 */
export const MIGRATIONS: readonly Migration[] = [
  createOrdersDisputesSettings,
  addFactsStores,
  addCaseStores,
  addEvidenceStores,
];

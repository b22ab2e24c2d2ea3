import { storeSnapshots } from '../../db/facts';
import { readPageFacts } from '../keep-readings';
import { recordPageVisit } from '../../db/page-visits';
import { readPanelSettings, writePanelSettings } from '../../db/settings';
import { logPageVisit } from '../case-log';
import type { Handler } from './types';
import { reportedPage, snapshotsFromAddress } from './page-reports';

/** A content script shows its panel on one of our pages: record the visit and answer what the panel needs. */
export const pageSeen: Handler<'page-seen'> = async ({ url, loadId }, sender, env) => {
  const page = reportedPage(url, sender);
  const db = await env.db();
  const visit = await recordPageVisit(db, page, url, env.now(), loadId);
  await storeSnapshots(db, snapshotsFromAddress(page), page.site, env.now());
  await logPageVisit(db, page, env.now());
  // An order or dispute the buyer opens becomes one of their cases: its deadlines get reminders.
  if (page.orderId || page.disputeId) env.factsChanged?.();
  const facts = await readPageFacts(db, page, env.now());
  const panel = await readPanelSettings(db);
  return { page, visit, panel, facts };
};

export const panelSetCollapsed: Handler<'panel-set-collapsed'> = async ({ collapsed }, _sender, env) => {
  await writePanelSettings(await env.db(), { collapsed });
  return { collapsed };
};

import { DEFAULT_PANEL_SETTINGS, PanelSettings } from '../model/page-records';
import type { Db } from './schema';

const PANEL_KEY = 'panel';
/** When the buyer last deleted all their data: reports of what a page showed before then are refused. */
export const DELETED_AT_KEY = 'deletedAt';

/** The panel's remembered state; a missing or corrupt value reads as the default. */
export async function readPanelSettings(db: Db): Promise<PanelSettings> {
  const parsed = PanelSettings.safeParse(await db.get('settings', PANEL_KEY));
  return parsed.success ? parsed.data : DEFAULT_PANEL_SETTINGS;
}

export async function writePanelSettings(db: Db, settings: PanelSettings): Promise<void> {
  await db.put('settings', PanelSettings.parse(settings), PANEL_KEY);
}

/** 0 when the buyer never deleted their data. */
export async function readDeletedAt(db: Db): Promise<number> {
  const value = await db.get('settings', DELETED_AT_KEY);
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : 0;
}

import { DEFAULT_PANEL_SETTINGS, PanelSettings } from '../model/page-records';
import type { Db } from './schema';

const PANEL_KEY = 'panel';

/** The panel's remembered state; a missing or corrupt value reads as the default. */
export async function readPanelSettings(db: Db): Promise<PanelSettings> {
  const parsed = PanelSettings.safeParse(await db.get('settings', PANEL_KEY));
  return parsed.success ? parsed.data : DEFAULT_PANEL_SETTINGS;
}

export async function writePanelSettings(db: Db, settings: PanelSettings): Promise<void> {
  await db.put('settings', PanelSettings.parse(settings), PANEL_KEY);
}

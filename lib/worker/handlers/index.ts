import type { Handlers } from './types';
import { caseTimeline } from './case-timeline';
import { evidenceState } from './evidence-state';
import { checkContext, checkRan } from './check-context';
import { receiveManualFacts, receivePageData, receivePageDom } from './page-reports';
import { pageSeen, panelSetCollapsed } from './page-seen';
import { panelHello, panelRequest } from './panel-frame';
import { backupRestored, notificationSettings, watchInterval } from './preferences';
import { reminderSettings } from './reminder-settings';
import { countData, deleteAllMyData, listRecords } from './stored-data';
import { dashboard } from './dashboard';
import { panelWatch, watcherSetting } from './watch';
import { syncChanged, syncSetting } from './sync';

/** Every message the worker answers, one handler each; the protocol says who may send which. */
export const HANDLERS: Handlers = {
  'page-seen': pageSeen,
  'page-data': receivePageData,
  'page-dom': receivePageDom,
  'manual-facts': receiveManualFacts,
  'check-context': checkContext,
  'check-ran': checkRan,
  'panel-set-collapsed': panelSetCollapsed,
  'panel-hello': panelHello,
  'panel-request': panelRequest,
  'case-timeline': caseTimeline,
  'evidence-state': evidenceState,
  'panel-watch': panelWatch,
  'watcher-setting': watcherSetting,
  'list-records': listRecords,
  'count-stored-data': countData,
  'reminder-settings': reminderSettings,
  'delete-all-data': deleteAllMyData,
  'sync-setting': syncSetting,
  'sync-changed': syncChanged,
  'notification-settings': notificationSettings,
  'watch-interval': watchInterval,
  'backup-restored': backupRestored,
  dashboard,
};

import type { CheckAnswer, PageFacts } from './protocol';
import type { MessageKey } from '../i18n/strings';
import type { VisitSummary } from '../model/summaries';
import type { DetectedPage } from '../pages/detect-page';

/**
 * The panel frame and the content script of its tab talk over one port, which the frame opens with
 * `tabs.connect(tab, { frameId: 0 })`. The browser names both ends, so a page script can neither join nor forge it
 * (unlike `postMessage`, which any script in the page can send).
 */
export const PANEL_PORT = 'dispute-helper:panel';
export const PANEL_PAGE = '/panel.html';

export type SaveState =
  { state: 'saving' } | { state: 'saved'; visit: VisitSummary | null } | { state: 'error'; reason: MessageKey };

/** Whether the page's own data or markup has yielded facts yet; `not-recognised` once it is clear it won't. */
export type ReadingState = 'reading' | 'read' | 'not-recognised';

/** What the panel shows about the dispute check. */
export type CheckView =
  | { state: 'no-form' }
  | { state: 'idle' }
  | { state: 'checking' }
  | ({ state: 'done'; text: string } & CheckAnswer)
  | { state: 'error'; message: string };

export interface ManualFacts {
  orderId: string;
  orderedOn?: string;
  shippedOn?: string;
  protectionEndsOn?: string;
}

/** Everything the panel shows about the page in its tab. */
export interface PanelView {
  page: DetectedPage;
  save: SaveState;
  collapsed: boolean;
  facts: PageFacts;
  reading: ReadingState;
  /** Orders read on a list page. */
  listed: number;
  check?: CheckView;
}

export type ToPanel =
  { type: 'view'; view: PanelView } | { type: 'manual-saved'; requestId: number; error: MessageKey | null };

export type FromPanel =
  | { type: 'toggle' }
  | { type: 'check' }
  | { type: 'manual-facts'; requestId: number; facts: ManualFacts }
  /** The height the panel's content needs, so the frame is no taller than that. */
  | { type: 'size'; height: number };

/** The content script's check of what a panel frame sends: the port is authentic, its content still gets checked. */
export function isFromPanel(value: unknown): value is FromPanel {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as Record<string, unknown>;
  switch (message.type) {
    case 'toggle':
    case 'check':
      return true;
    case 'size':
      return typeof message.height === 'number' && Number.isFinite(message.height);
    case 'manual-facts': {
      const facts = message.facts as Record<string, unknown> | null;
      return (
        Number.isSafeInteger(message.requestId) &&
        typeof facts === 'object' &&
        facts !== null &&
        Object.values(facts).every((field) => typeof field === 'string' && field.length <= 32)
      );
    }
    default:
      return false;
  }
}

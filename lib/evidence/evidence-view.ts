import type { EvidenceFileMeta } from '../db/evidence-records';
import type { MessageKey } from '../i18n';
import type { PluralBase } from '../i18n/text';
import type { ProblemKind } from '../model/problem-kinds';
import type { EvidenceItem } from './checklists';
import type { EvidenceProgress } from './completeness';

/** What the panel shows of the order's evidence, and what the buyer can do with it (lib/panel/evidence-controller.ts). */
export interface EvidenceFileView extends EvidenceFileMeta {
  /** An object URL of the thumbnail, revoked when the file goes or the order changes. */
  thumbUrl?: string;
}

/** What the panel says after an action: a refusal, a warning the buyer can act on, or that it worked. */
export interface EvidenceNotice {
  tone: 'error' | 'warning' | 'done';
  /** A message, or with `count` the base of a message with plural forms. */
  key: MessageKey | PluralBase;
  count?: number;
  params?: Record<string, string | number>;
  /** The file the message is about, named before it. */
  file?: string;
  itemId?: string;
  /** A photo too big to keep as it is: the buyer may have it shrunk (and its location data removed). */
  canShrink?: boolean;
}

export interface EvidenceView {
  orderId: string;
  problem: ProblemKind | undefined;
  /** Where the problem came from: the dispute's own reason, or the buyer's pick. */
  problemFrom: 'reason' | 'buyer' | undefined;
  items: readonly EvidenceItem[];
  files: readonly EvidenceFileView[];
  ticked: readonly string[];
  progress: EvidenceProgress;
  /**
   * `here`: the checklist and the files are worked on where they are shown. `own-page`: the browser keeps this frame
   * from the extension's storage, so it shows where the evidence stands and the files are added in a tab of their own.
   */
  where: 'here' | 'own-page';
  busy: boolean;
  notice?: EvidenceNotice;
  storage?: { used: number; quota: number };
}

export interface EvidenceActions {
  pickProblem: (problem: ProblemKind) => void;
  attach: (itemId: string, files: readonly File[]) => void;
  shrinkPending: () => void;
  tick: (itemId: string, on: boolean) => void;
  rename: (fileId: string, name: string) => void;
  move: (fileId: string, itemId: string) => void;
  remove: (fileId: string) => void;
  open: (fileId: string) => void;
  /** The order's checklist in a tab of its own (`evidence.html`). */
  openOwnPage: () => void;
}

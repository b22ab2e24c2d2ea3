import { stepDateOf, timelineMessage } from '../case-log/line-message';
import { countdownText } from '../deadlines/countdown';
import { renderMessage } from '../deadlines/format-message';
import { summariseCase, type CaseSummary } from '../deadlines/case-summary';
import { isItemDone } from '../evidence/completeness';
import { checklistFor } from '../evidence/checklists';
import { evidenceProgress } from '../evidence/completeness';
import type { MessageKey, Translator } from '../i18n';
import type { HistoryEntry, OrderSnapshot, PageDate } from '../model/snapshots';
import { evidencePaths } from './evidence-paths';
import type { DossierCase } from './read-dossier-case';

/** A fact as a label and its value. */
export interface SummaryRow {
  label: string;
  value: string;
}

/** One dated line: a message, a timeline event. */
export interface SummaryEntry {
  when: string;
  who?: string;
  text: string;
}

/** One part of the summary; `empty` says why it has nothing to show. */
export interface SummarySection {
  id: 'order' | 'dispute' | 'deadlines' | 'messages' | 'timeline' | 'checklist' | 'files';
  heading: string;
  rows: SummaryRow[];
  entries: SummaryEntry[];
  empty?: string;
}

/** The dossier's summary, already in the buyer's language: the page and the ZIP's HTML both show exactly this. */
export interface DossierSummary {
  title: string;
  intro: string;
  sections: SummarySection[];
}

/**
 * Pure: the summary a buyer hands to AliExpress support, a bank or PayPal, written for that reader: who did what and
 * when, in absolute local dates, the amounts, the tracking, the deadlines and what the buyer asks for. The case view's
 * own derivations (summariseCase, the case log's messages, the evidence score) are reused as they are.
 */
export function dossierSummary(dossier: DossierCase, i18n: Translator, now: number, timeZone: string): DossierSummary {
  const { t } = i18n;
  const summary = summariseCase(dossier, now, timeZone);
  return {
    title: t('dossier.title', { orderId: dossier.orderId }),
    intro: t('dossier.intro', { date: i18n.formatDate(now), timeZone }),
    sections: [
      orderSection(dossier, i18n),
      disputeSection(dossier, summary, i18n),
      deadlinesSection(summary, i18n, now),
      messagesSection(summary, i18n),
      timelineSection(dossier, i18n),
      checklistSection(dossier, i18n),
      filesSection(dossier, i18n),
    ],
  };
}

function section(
  id: SummarySection['id'],
  heading: MessageKey,
  i18n: Translator,
  content: { rows?: SummaryRow[]; entries?: SummaryEntry[] },
  empty?: MessageKey,
): SummarySection {
  const rows = content.rows ?? [];
  const entries = content.entries ?? [];
  return {
    id,
    heading: i18n.t(heading),
    rows,
    entries,
    ...(empty && !rows.length && !entries.length && { empty: i18n.t(empty) }),
  };
}

/** Keeps the rows that have a value. */
function rows(i18n: Translator, pairs: Array<[MessageKey, string | undefined | false]>): SummaryRow[] {
  return pairs.flatMap(([label, value]) => (value ? [{ label: i18n.t(label), value }] : []));
}

function orderSection({ orderId, order }: DossierCase, i18n: Translator): SummarySection {
  const facts: Partial<OrderSnapshot> = order?.facts ?? {};
  const date = (on: PageDate | undefined) => on && i18n.formatPageDate(on);
  return section('order', 'dossier.section.order', i18n, {
    rows: rows(i18n, [
      ['dossier.field.orderId', orderId],
      ['fact.store', facts.store?.name],
      ['fact.items', facts.items?.map((item) => itemText(item, i18n)).join('; ')],
      ['fact.total', facts.total && i18n.formatMoney(facts.total)],
      ['fact.status', facts.status ? i18n.t(`reminders.order_status.${facts.status}`) : facts.statusText],
      ['fact.orderedOn', date(facts.orderedOn)],
      ['fact.paidOn', date(facts.paidOn)],
      ['fact.shippedOn', date(facts.shippedOn)],
      ['fact.deliveredOn', date(facts.deliveredOn)],
      [
        'fact.tracking',
        facts.tracking
          ?.map(({ number, carrier }) => (carrier ? i18n.t('dossier.tracking.carrier', { number, carrier }) : number))
          .join(', '),
      ],
      ['fact.protectionEndsOn', date(facts.protectionEndsOn)],
    ]),
  });
}

function itemText(item: NonNullable<OrderSnapshot['items']>[number], i18n: Translator): string {
  const title = [item.title ?? i18n.t('dossier.item.untitled'), ...(item.options ?? [])].join(', ');
  const counted =
    item.quantity && item.quantity > 1 ? i18n.t('dossier.item.quantity', { title, quantity: item.quantity }) : title;
  return item.price ? `${counted} — ${i18n.formatMoney(item.price)}` : counted;
}

function disputeSection(dossier: DossierCase, summary: CaseSummary | undefined, i18n: Translator): SummarySection {
  const dispute = dossier.dispute;
  if (!dispute) return section('dispute', 'dossier.section.dispute', i18n, {}, 'dossier.empty.dispute');
  const facts = dispute.facts;
  const resolution = facts.resolution && i18n.t(`resolution.${facts.resolution}`);
  const amount = facts.requestedAmount && i18n.formatMoney(facts.requestedAmount);
  const request =
    resolution && amount ? i18n.t('dossier.request.amount', { resolution, amount }) : (resolution ?? amount);
  return section('dispute', 'dossier.section.dispute', i18n, {
    rows: rows(i18n, [
      ['dossier.field.disputeId', dispute.disputeId],
      ['fact.openedOn', facts.openedOn && i18n.formatPageDate(facts.openedOn)],
      ['fact.reason', facts.reason],
      ['dossier.field.request', request],
      ['fact.status', facts.status ? i18n.t(`dossier.disputeStatus.${facts.status}`) : facts.statusText],
      ['dossier.field.stage', summary?.stage && i18n.t(`stage.${summary.stage}`)],
      ['dossier.field.latestOffer', summary?.latestOffer && entryText(summary.latestOffer, i18n)],
    ]),
  });
}

function deadlinesSection(summary: CaseSummary | undefined, i18n: Translator, now: number): SummarySection {
  return section(
    'deadlines',
    'dossier.section.deadlines',
    i18n,
    {
      rows: (summary?.deadlines ?? []).map((deadline) => ({
        label: i18n.t(`dossier.deadlineKind.${deadline.kind}`),
        value: [
          i18n.formatPageDate(deadline.due.allDay ? deadline.due.local.slice(0, 10) : deadline.due.local),
          countdownText(deadline.due.at, now, i18n),
          deadline.basis === 'estimated' && i18n.t('dossier.deadline.estimated'),
          deadline.disagreement && i18n.t('dossier.deadline.disagree'),
        ]
          .filter(Boolean)
          .join(' · '),
      })),
    },
    'dossier.empty.deadlines',
  );
}

/** The negotiation oldest first, as it happened; who said it, what they said, and the amount. */
function messagesSection(summary: CaseSummary | undefined, i18n: Translator): SummarySection {
  const entries = [...(summary?.messages ?? [])].reverse().map((entry) => ({
    when: entry.at ? i18n.formatPageDate(entry.at) : '',
    ...(entry.actor && { who: i18n.t(`dossier.actor.${entry.actor}`) }),
    text: entryText(entry, i18n),
  }));
  return section('messages', 'dossier.section.messages', i18n, { entries }, 'dossier.empty.messages');
}

function entryText(entry: HistoryEntry, i18n: Translator): string {
  const amount = entry.amount && !entry.text?.includes(String(entry.amount.amount)) && i18n.formatMoney(entry.amount);
  return [entry.text, amount].filter(Boolean).join(' · ');
}

/** The case log as the panel's timeline writes it, oldest first: when the extension saw it, and the step's own date. */
function timelineSection({ timeline }: DossierCase, i18n: Translator): SummarySection {
  const entries = timeline.map((line) => {
    const stepDate = stepDateOf(line);
    const text = renderMessage(timelineMessage(line), i18n);
    return { when: i18n.formatDate(line.at), text: stepDate ? `${text} · ${i18n.formatPageDate(stepDate)}` : text };
  });
  return section('timeline', 'dossier.section.timeline', i18n, { entries }, 'dossier.empty.timeline');
}

function checklistSection({ evidence }: DossierCase, i18n: Translator): SummarySection {
  const items = checklistFor(evidence.problem);
  const counts: Record<string, number> = {};
  for (const file of evidence.files) counts[file.itemId] = (counts[file.itemId] ?? 0) + 1;
  const progress = evidenceProgress(items, counts, evidence.ticked);
  return section('checklist', 'dossier.section.checklist', i18n, {
    rows: [
      { label: i18n.t('dossier.field.problem'), value: i18n.t(`problem.${evidence.problem}`) },
      {
        label: i18n.t('dossier.field.score'),
        value: i18n.t('dossier.score', { done: progress.done, required: progress.required }),
      },
      ...items.map((item) => ({
        label: i18n.t(`evidence.item.${item.id}.title`),
        value: [
          isItemDone(item, counts, evidence.ticked)
            ? i18n.t('dossier.checklist.done')
            : item.required
              ? i18n.t('dossier.checklist.missing')
              : i18n.t('dossier.checklist.optional'),
          counts[item.id] && i18n.plural('dossier.checklist.files', counts[item.id]!),
        ]
          .filter(Boolean)
          .join(' · '),
      })),
    ],
  });
}

function filesSection({ evidence }: DossierCase, i18n: Translator): SummarySection {
  const rows = evidencePaths(evidence.files).map(({ meta, path }) => ({
    label: path,
    value: i18n.t('dossier.file.details', {
      item: i18n.t(`evidence.item.${meta.itemId}.title` as MessageKey),
      type: meta.mime,
      size: sizeText(meta.size, i18n),
      date: i18n.formatDate(meta.addedAt),
    }),
  }));
  return section('files', 'dossier.section.files', i18n, { rows }, 'dossier.empty.files');
}

/** A file size the way people say it: bytes, KB or MB (1 KB = 1024 bytes, as file managers count). */
export function sizeText(bytes: number, i18n: Translator): string {
  const format = (value: number) => new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(value);
  if (bytes < 1024) return i18n.t('dossier.size.bytes', { size: bytes });
  if (bytes < 1024 * 1024) return i18n.t('dossier.size.kb', { size: format(bytes / 1024) });
  return i18n.t('dossier.size.mb', { size: format(bytes / (1024 * 1024)) });
}

import type { ComponentChildren } from 'preact';
import type { MessageKey, Translator } from '../lib/i18n';
import type { PageFacts } from '../lib/messaging/protocol';
import type { FactOrigin } from '../lib/model/facts';
import type { ProblemKind } from '../lib/model/problem-kinds';
import type { DisputeSnapshot, OrderSnapshot } from '../lib/model/snapshots';

const ORDER_DATES = ['orderedOn', 'paidOn', 'shippedOn', 'deliveredOn'] as const;

/** The facts the extension has about this page's order and dispute, each with where it came from. */
export function PageFactsView({
  facts,
  i18n,
  reasonKind,
}: {
  facts: PageFacts;
  i18n: Translator;
  reasonKind?: ProblemKind | undefined;
}) {
  const origins = [facts.order?.origins, facts.dispute?.origins].flatMap((o) => Object.values(o ?? {}));
  const sources = [...new Set(origins.map((origin: FactOrigin) => origin.source))];
  // In the buyer's words, never the page's internal names: when AliExpress last showed it, and what they typed.
  const shown = origins.filter((o) => o.source === 'page-data' || o.source === 'page-dom');
  const lastShown = shown.length ? Math.max(...shown.map((o) => o.at)) : undefined;
  const described = [
    ...(lastShown !== undefined ? [i18n.t('facts.shownOn', { date: i18n.formatDate(lastShown) })] : []),
    ...(sources.includes('manual') ? [i18n.t('source.manual')] : []),
  ];
  return (
    <>
      {facts.order && hasFacts(facts.order.origins) && (
        <OrderFactsView order={facts.order.facts} origins={facts.order.origins} i18n={i18n} />
      )}
      {facts.dispute && hasFacts(facts.dispute.origins, ['orderId']) && (
        <DisputeFactsView
          dispute={facts.dispute.facts}
          origins={facts.dispute.origins}
          i18n={i18n}
          reasonKind={reasonKind}
        />
      )}
      {sources.length > 0 && (
        <p class="dh-sources" data-testid="facts-sources" data-sources={sources.sort().join(' ')}>
          {described.join('; ')}
        </p>
      )}
    </>
  );
}

/** True when something beyond the ignored fields is known. */
export function hasFacts(origins: Record<string, FactOrigin> | undefined, ignored: string[] = []): boolean {
  return Object.keys(origins ?? {}).some((field) => !ignored.includes(field));
}

interface Props<S> {
  origins: Record<string, FactOrigin>;
  i18n: Translator;
  order?: S;
  dispute?: S;
}

function OrderFactsView({ order, origins, i18n }: Props<OrderSnapshot> & { order: OrderSnapshot }) {
  const { t, plural, formatMoney, formatPageDate } = i18n;
  const row = rowMaker(origins, i18n);
  return (
    <section class="dh-facts" data-testid="order-facts" aria-label={t('facts.orderHeading')}>
      <h2 class="dh-subtitle">{t('facts.orderHeading')}</h2>
      <dl>
        {row('status', order.status ? t(`orderStatus.${order.status}`) : order.statusText)}
        {row('store', order.store?.name)}
        {order.items?.length
          ? row(
              'items',
              <>
                {plural(
                  'items',
                  order.items.reduce((sum, item) => sum + (item.quantity ?? 1), 0),
                )}
                {order.items.some((item) => item.title) && (
                  <ul class="dh-items">
                    {order.items.map((item, index) => (
                      <li key={index}>
                        {item.title}
                        {item.options?.length ? <span class="dh-muted"> · {item.options.join(', ')}</span> : null}
                        {item.price ? <span class="dh-muted"> · {formatMoney(item.price)}</span> : null}
                      </li>
                    ))}
                  </ul>
                )}
              </>,
            )
          : null}
        {row('total', order.total && formatMoney(order.total))}
        {ORDER_DATES.map((field) => row(field, order[field] && formatPageDate(order[field])))}
        {row('tracking', order.tracking?.map((n) => (n.carrier ? `${n.number} (${n.carrier})` : n.number)).join(', '))}
        {row('protectionEndsOn', order.protectionEndsOn && formatPageDate(order.protectionEndsOn), 'buyer-protection')}
      </dl>
    </section>
  );
}

function DisputeFactsView({
  dispute,
  origins,
  i18n,
  reasonKind,
}: Props<DisputeSnapshot> & { dispute: DisputeSnapshot; reasonKind?: ProblemKind | undefined }) {
  const { t, formatMoney, formatPageDate } = i18n;
  const row = rowMaker(origins, i18n);
  const asked = dispute.resolution && t(`resolution.${dispute.resolution}`);
  return (
    <section class="dh-facts" data-testid="dispute-facts" aria-label={t('facts.disputeHeading')}>
      <h2 class="dh-subtitle">{t('facts.disputeHeading')}</h2>
      <dl>
        {row('status', dispute.status ? t(`disputeStatus.${dispute.status}`) : dispute.statusText)}
        {row('awaiting', dispute.awaiting && t(`party.${dispute.awaiting}`))}
        {row(
          'deadline',
          dispute.deadline && formatPageDate(dispute.deadline.on),
          'dispute-step',
          dispute.deadline?.text,
        )}
        {/* AliExpress's reason in the buyer's language; words we do not know, as the page wrote them. */}
        {row('reason', reasonKind ? t(`problem.${reasonKind}`) : dispute.reason)}
        {row(
          'resolution',
          asked && (dispute.requestedAmount ? `${asked}, ${formatMoney(dispute.requestedAmount)}` : asked),
        )}
        {row('openedOn', dispute.openedOn && formatPageDate(dispute.openedOn))}
      </dl>
    </section>
  );
}

/** A row maker bound to one record's origins: shows the value and marks what the buyer typed. */
function rowMaker(origins: Record<string, FactOrigin>, { t }: Translator) {
  return (field: string, value: ComponentChildren, deadlineKind?: string, title?: string) => {
    if (value === undefined || value === null || value === '') return null;
    const typed = origins[field]?.source === 'manual';
    return (
      <div class="dh-fact" key={field}>
        <dt>{t(`fact.${field}` as MessageKey)}</dt>
        <dd
          data-testid={deadlineKind ? 'deadline' : 'fact'}
          data-fact={field}
          data-kind={deadlineKind}
          data-source={origins[field]?.source}
          title={title}
        >
          {value}
          {typed && <span class="dh-muted"> ({t('facts.typedByYou')})</span>}
        </dd>
      </div>
    );
  };
}

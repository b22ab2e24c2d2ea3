/**
 * AliExpress dispute timers, in one table. Source: ../shared/docs/aliexpress-pages-and-disputes.md (section given
 * per rule). None was checked on a live account, so every deadline computed from this table is marked
 * "estimated", and a date the page shows always wins over it. Where sources disagree we take the reading that makes
 * the buyer act EARLIER: a reminder that comes a day early costs nothing, a missed deadline can lose the dispute.
 */
export const DISPUTE_RULES = {
  /**
   * §1.2: the seller's delivery promise is "up to 60 days" (60; 90 for Russia and 120 for Brazil in one mirror;
   * "up to 90 days" in the newest wording). Used only when no page shows the protection end: 60, the earliest.
   */
  protectionDaysAfterShipping: 60,
  /**
   * §1.3: a dispute can be opened from the 6th (legacy), 10th (seller rules) or 11th (help mirror) day after
   * shipment. We say "from 10 days after shipping" (the seller rules, the current source in force), i.e. from the
   * start of the local day shippedOn + 10.
   */
  disputeOpensDaysAfterShipping: 10,
  /**
   * §1.3: the last day is 15 days after the protection ends, or 15 days after delivery/receipt confirmation,
   * whichever is earlier (the doc's recommendation: min(protection end, confirmation) + 15).
   */
  disputeLastDaysAfterProtection: 15,
  /**
   * §1.4 and Part 2 A5: the seller must answer within 5 days after the buyer opens or changes the dispute (the
   * ERP computes gmt_create of the newest buyer solution + 5 × 24 h). The legacy 15 days (§1.4) is not used.
   */
  sellerResponseDays: 5,
  /**
   * §1.5: no authoritative number; one weak source says "approximately 2 days" before the dispute closes with
   * the seller's proposal. We use 2 (the shortest figure seen), marked estimated, and prefer the page's timer
   * (A3 says the case page is where it shows).
   */
  buyerResponseDays: 2,
  /** §1.7: after agreeing on return and refund, the buyer must ship the item within 10 days. */
  returnShippingDays: 10,
  /**
   * §1.6: escalation possible "3 days after submitting" / "from day 4" after opening (legacy official and the
   * seller-rule arbitration variant); the newer seller rules say AliExpress steps in within 7 days. We show the
   * buyer's option from opened + 3 days (the earliest), and also as soon as the seller rejects or misses their time.
   */
  escalationDaysAfterOpening: 3,
  /**
   * §1.2 (extension, "only the seller can extend; a Russian guide advises asking 5–7 days before expiry"): we
   * remind the buyer to ask for an extension 7 days before protection ends while the parcel is still moving.
   */
  askExtensionDaysBeforeProtectionEnd: 7,
} as const;

export type DisputeRule = keyof typeof DISPUTE_RULES;

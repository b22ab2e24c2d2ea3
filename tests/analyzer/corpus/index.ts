import { EN_DEV } from './en-dev';
import { EN_HOLDOUT } from './en-holdout';
import { FRESH_HOLDOUT } from './fresh-holdout';
import { ROUND2_CHECK } from './round2-check';
import { ROUND2_CHECK2 } from './round2-check2';
import { ROUND2_CHECK3 } from './round2-check3';
import { ROUND2_CHECK4 } from './round2-check4';
import { ROUND2_CHECK5 } from './round2-check5';
import { ROUND2_CHECK6 } from './round2-check6';
import { ROUND2_HOLDOUT } from './round2-holdout';
import { ROUND3_DEV } from './round3-dev';
import { ROUND3_DEV2 } from './round3-dev2';
import { ROUND3_DEV3 } from './round3-dev3';
import { ROUND3_HOLDOUT } from './round3-holdout';
import { ROUND4_DEV } from './round4-dev';
import { ROUND4_DEV2 } from './round4-dev2';
import { ROUND4_DEV3 } from './round4-dev3';
import { ROUND4_DEV4 } from './round4-dev4';
import { ROUND4_HOLDOUT } from './round4-holdout';
import { PRODUCT_TEMPLATES } from './product-templates';
import { ROUND5_A } from './round5-a';
import { ROUND5_B } from './round5-b';
import { ROUND5_HOLDOUT } from './round5-holdout';
import { ROUND6_X } from './round6-x';
import { ROUND7_HOLDOUT_P } from './round7-holdout-p';
import { ROUND7_HOLDOUT_Q } from './round7-holdout-q';
import { ROUND7_TRAIN_A } from './round7-train-a';
import { ROUND7_TRAIN_B } from './round7-train-b';
import { ROUND7_TRAIN_C } from './round7-train-c';
import { ROUND7_TRAIN_D } from './round7-train-d';
import { ROUND6_Y } from './round6-y';
import { ROUND8_HOLDOUT_R } from './round8-holdout-r';
import { ROUND8_HOLDOUT_S } from './round8-holdout-s';
import { ROUND8_TRAIN_E } from './round8-train-e';
import { ROUND8_TRAIN_F } from './round8-train-f';
import { ROUND8_TRAIN_G } from './round8-train-g';
import { ROUND8_TRAIN_H } from './round8-train-h';
import { ROUND9_HOLDOUT_T } from './round9-holdout-t';
import { ROUND9_HOLDOUT_U } from './round9-holdout-u';
import { ROUND9_HOLDOUT_W } from './round9-holdout-w';
import { ROUND10_HOLDOUT_X } from './round10-holdout-x';
import { ROUND10_HOLDOUT_Y } from './round10-holdout-y';
import { ROUND10_HOLDOUT_Z } from './round10-holdout-z';
import { ROUND11_HOLDOUT_P } from './round11-holdout-p';
import { ROUND11_HOLDOUT_Q } from './round11-holdout-q';
import { ROUND11_HOLDOUT_R } from './round11-holdout-r';
import { ROUND12_HOLDOUT_K } from './round12-holdout-k';
import { ROUND12_HOLDOUT_L } from './round12-holdout-l';
import { ROUND12_HOLDOUT_M } from './round12-holdout-m';
import { ROUND13_HOLDOUT_N } from './round13-holdout-n';
import { ROUND13_HOLDOUT_O } from './round13-holdout-o';
import { ROUND13_HOLDOUT_V } from './round13-holdout-v';
import { ROUND14_HOLDOUT_A } from './round14-holdout-a';
import { ROUND14_HOLDOUT_B } from './round14-holdout-b';
import { ROUND14_HOLDOUT_C } from './round14-holdout-c';
import { ROUND15_HOLDOUT_D } from './round15-holdout-d';
import { ROUND15_HOLDOUT_E } from './round15-holdout-e';
import { ROUND15_HOLDOUT_F } from './round15-holdout-f';
import { ROUND16_HOLDOUT_G } from './round16-holdout-g';
import { ROUND16_HOLDOUT_H } from './round16-holdout-h';
import { ROUND16_HOLDOUT_I } from './round16-holdout-i';
import { ROUND17_HOLDOUT_J } from './round17-holdout-j';
import { ROUND17_HOLDOUT_S } from './round17-holdout-s';
import { ROUND17_HOLDOUT_T } from './round17-holdout-t';
import { ROUND18_HOLDOUT_U } from './round18-holdout-u';
import { ROUND18_HOLDOUT_W } from './round18-holdout-w';
import { ROUND18_HOLDOUT_Y } from './round18-holdout-y';
import { ROUND19_HOLDOUT_A } from './round19-holdout-a';
import { ROUND19_HOLDOUT_B } from './round19-holdout-b';
import { ROUND19_HOLDOUT_C } from './round19-holdout-c';
import { ROUND20_HOLDOUT_D } from './round20-holdout-d';
import { ROUND20_HOLDOUT_E } from './round20-holdout-e';
import { ROUND20_HOLDOUT_F } from './round20-holdout-f';
import { ROUND21_HOLDOUT_G } from './round21-holdout-g';
import { ROUND21_HOLDOUT_H } from './round21-holdout-h';
import { ROUND21_HOLDOUT_K } from './round21-holdout-k';
import { ROUND22_HOLDOUT_M } from './round22-holdout-m';
import { ROUND22_HOLDOUT_N } from './round22-holdout-n';
import { ROUND22_HOLDOUT_P } from './round22-holdout-p';
import { ROUND23_HOLDOUT_Q } from './round23-holdout-q';
import { ROUND23_HOLDOUT_R } from './round23-holdout-r';
import { ROUND23_HOLDOUT_S } from './round23-holdout-s';
import { ROUND24_HOLDOUT_T } from './round24-holdout-t';
import { ROUND24_HOLDOUT_U } from './round24-holdout-u';
import { ROUND24_HOLDOUT_V } from './round24-holdout-v';
import { ROUND25_HOLDOUT_W } from './round25-holdout-w';
import { ROUND25_HOLDOUT_X } from './round25-holdout-x';
import { ROUND25_HOLDOUT_Y } from './round25-holdout-y';
import { ROUND26_HOLDOUT_D } from './round26-holdout-d';
import { ROUND26_HOLDOUT_E } from './round26-holdout-e';
import { ROUND26_HOLDOUT_F } from './round26-holdout-f';
import { ROUND27_HOLDOUT_J } from './round27-holdout-j';
import { ROUND27_HOLDOUT_K } from './round27-holdout-k';
import { ROUND27_HOLDOUT_L } from './round27-holdout-l';
import { ROUND28_HOLDOUT_M } from './round28-holdout-m';
import { ROUND28_HOLDOUT_N } from './round28-holdout-n';
import { ROUND28_HOLDOUT_O } from './round28-holdout-o';
import { ROUND29_HOLDOUT_P } from './round29-holdout-p';
import { ROUND29_HOLDOUT_Q } from './round29-holdout-q';
import { ROUND29_HOLDOUT_R } from './round29-holdout-r';
import { ROUND30_HOLDOUT_S } from './round30-holdout-s';
import { ROUND30_HOLDOUT_T } from './round30-holdout-t';
import { ROUND30_HOLDOUT_U } from './round30-holdout-u';
import { ROUND31_HOLDOUT_V } from './round31-holdout-v';
import { ROUND31_HOLDOUT_W } from './round31-holdout-w';
import { ROUND31_HOLDOUT_X } from './round31-holdout-x';
import { ROUND32_HOLDOUT_A } from './round32-holdout-a';
import { ROUND32_HOLDOUT_Y } from './round32-holdout-y';
import { ROUND32_HOLDOUT_Z } from './round32-holdout-z';
import { ROUND33_HOLDOUT_B } from './round33-holdout-b';
import { ROUND33_HOLDOUT_C } from './round33-holdout-c';
import { ROUND33_HOLDOUT_D } from './round33-holdout-d';
import { ROUND34_HOLDOUT_E } from './round34-holdout-e';
import { ROUND34_HOLDOUT_F } from './round34-holdout-f';
import { ROUND34_HOLDOUT_G } from './round34-holdout-g';
import { ROUND35_HOLDOUT_H } from './round35-holdout-h';
import { ROUND35_HOLDOUT_I } from './round35-holdout-i';
import { ROUND35_HOLDOUT_T } from './round35-holdout-t';
import { ROUND36_HOLDOUT_J } from './round36-holdout-j';
import { ROUND36_HOLDOUT_K } from './round36-holdout-k';
import { ROUND36_HOLDOUT_L } from './round36-holdout-l';
import { ROUND37_HOLDOUT_M } from './round37-holdout-m';
import { ROUND37_HOLDOUT_N } from './round37-holdout-n';
import { ROUND37_HOLDOUT_O } from './round37-holdout-o';
import { ROUND38_HOLDOUT_P } from './round38-holdout-p';
import { ROUND38_HOLDOUT_Q } from './round38-holdout-q';
import { ROUND38_HOLDOUT_R } from './round38-holdout-r';
import { ROUND39_HOLDOUT_S } from './round39-holdout-s';
import { ROUND39_HOLDOUT_T } from './round39-holdout-t';
import { ROUND39_HOLDOUT_U } from './round39-holdout-u';
import { ROUND40_HOLDOUT_V } from './round40-holdout-v';
import { ROUND40_HOLDOUT_W } from './round40-holdout-w';
import { ROUND40_HOLDOUT_X } from './round40-holdout-x';
import { ROUND41_HOLDOUT_A } from './round41-holdout-a';
import { ROUND41_HOLDOUT_Y } from './round41-holdout-y';
import { ROUND41_HOLDOUT_Z } from './round41-holdout-z';
import { ROUND42_HOLDOUT_B } from './round42-holdout-b';
import { ROUND42_HOLDOUT_C } from './round42-holdout-c';
import { ROUND42_HOLDOUT_D } from './round42-holdout-d';
import { ROUND43_HOLDOUT_E } from './round43-holdout-e';
import { ROUND43_HOLDOUT_F } from './round43-holdout-f';
import { ROUND43_HOLDOUT_G } from './round43-holdout-g';
import { ROUND44_HOLDOUT_H } from './round44-holdout-h';
import { ROUND44_HOLDOUT_I } from './round44-holdout-i';
import { ROUND44_HOLDOUT_J } from './round44-holdout-j';
import { ROUND45_HOLDOUT_K } from './round45-holdout-k';
import { ROUND45_HOLDOUT_L } from './round45-holdout-l';
import { ROUND45_HOLDOUT_M } from './round45-holdout-m';
import { ROUND46_HOLDOUT_N } from './round46-holdout-n';
import { ROUND46_HOLDOUT_O } from './round46-holdout-o';
import { ROUND46_HOLDOUT_P } from './round46-holdout-p';
import { ROUND47_HOLDOUT_Q } from './round47-holdout-q';
import { ROUND47_HOLDOUT_R } from './round47-holdout-r';
import { ROUND47_HOLDOUT_S } from './round47-holdout-s';
import { ROUND48_HOLDOUT_T } from './round48-holdout-t';
import { ROUND48_HOLDOUT_U } from './round48-holdout-u';
import { ROUND48_HOLDOUT_V } from './round48-holdout-v';
import { RU_DEV } from './ru-dev';
import { RU_HOLDOUT } from './ru-holdout';
import type { CorpusCase } from './types';

export type { CorpusCase } from './types';

/**
 * Round seven: batches by four more hands, written to teach the learned model (never used to write a rule); each is
 * one group of tests/analyzer/tools/cross-validate.ts.
 */
export const ROUND7_TRAINING_SET: CorpusCase[] = [
  ...ROUND7_TRAIN_A,
  ...ROUND7_TRAIN_B,
  ...ROUND7_TRAIN_C,
  ...ROUND7_TRAIN_D,
];
/** Round eight: batches by four more hands, written to teach the learned model, like round seven's. */
export const ROUND8_TRAINING_SET: CorpusCase[] = [
  ...ROUND8_TRAIN_E,
  ...ROUND8_TRAIN_F,
  ...ROUND8_TRAIN_G,
  ...ROUND8_TRAIN_H,
];
/** Texts that were looked at while the rules were tuned, or that the learned model is taught with. */
export const DEV_SET: CorpusCase[] = [
  ...RU_DEV,
  ...EN_DEV,
  ...ROUND3_DEV,
  ...ROUND3_DEV2,
  ...ROUND3_DEV3,
  ...ROUND4_DEV,
  ...ROUND4_DEV2,
  ...ROUND4_DEV3,
  ...ROUND4_DEV4,
  ...ROUND5_A,
  ...ROUND5_B,
  ...ROUND7_TRAINING_SET,
  ...ROUND8_TRAINING_SET,
  ...PRODUCT_TEMPLATES,
];
/**
 * Texts written before tuning and kept out of it. Their first score is the honest one (see eval.ts); some of their
 * misses were fixed afterwards, so later scores on them are no longer a held-out figure.
 */
export const HOLDOUT_SET: CorpusCase[] = [...RU_HOLDOUT, ...EN_HOLDOUT];
/** Written after all tuning; its first score, before the fixes it prompted, is in tests/analyzer/README.md. */
export const FRESH_SET: CorpusCase[] = FRESH_HOLDOUT;
/** Round two (issue 12): written before the round-two rules; first score in tests/analyzer/README.md. */
export const ROUND2_SET: CorpusCase[] = ROUND2_HOLDOUT;
/** Round two, written after tuning on ROUND2_SET; its first score is in tests/analyzer/README.md. */
export const ROUND2_CHECK_SET: CorpusCase[] = ROUND2_CHECK;
/** Round two, written after the second pass of tuning, to be hard; its first score is in tests/analyzer/README.md. */
export const ROUND2_CHECK2_SET: CorpusCase[] = ROUND2_CHECK2;
/** Round two, written after the third pass of tuning; its first score is in tests/analyzer/README.md. */
export const ROUND2_CHECK3_SET: CorpusCase[] = ROUND2_CHECK3;
/** Round two, written after the fourth pass, half innocent look-alikes; its first score is in the README. */
export const ROUND2_CHECK4_SET: CorpusCase[] = ROUND2_CHECK4;
/** Round two, written after the fifth pass, every finding in play; its first score is in the README. */
export const ROUND2_CHECK5_SET: CorpusCase[] = ROUND2_CHECK5;
/** Round two, written after the sixth pass; its first score is in the README. */
export const ROUND2_CHECK6_SET: CorpusCase[] = ROUND2_CHECK6;
/** Round three: written before any round-three rule, to be hard; scored before and after, never tuned on. */
export const ROUND3_SET: CorpusCase[] = ROUND3_HOLDOUT;
/**
 * Round four: insults without swear words and veiled threats, with innocent look-alikes; written before any
 * round-four rule, scored before and after, never tuned on.
 */
export const ROUND4_SET: CorpusCase[] = ROUND4_HOLDOUT;
/**
 * Round five, sets A and B: written by an author who never read the analyzer; scored once before any round-five
 * rule (first score in tests/analyzer/README.md), then tuned on.
 */
export const ROUND5_A_SET: CorpusCase[] = ROUND5_A;
export const ROUND5_B_SET: CorpusCase[] = ROUND5_B;
/** Round five held-out set, same author: scored before and after round five, never tuned on, never read. */
export const ROUND5_SET: CorpusCase[] = ROUND5_HOLDOUT;
/**
 * Round six: two sets by two more hands that never read the analyzer or the corpus, written while the learned tone
 * model was built; scored once with it, never read or tuned on, and never trained on.
 */
export const ROUND6_X_SET: CorpusCase[] = ROUND6_X;
export const ROUND6_Y_SET: CorpusCase[] = ROUND6_Y;
/**
 * Round seven: two held-out sets by two more hands, written while the model was improved; scored once with the final
 * model, never read or trained on.
 */
export const ROUND7_P_SET: CorpusCase[] = ROUND7_HOLDOUT_P;
export const ROUND7_Q_SET: CorpusCase[] = ROUND7_HOLDOUT_Q;
/** Round eight: two held-out sets by two more hands; scored once, never read or trained on. */
export const ROUND8_R_SET: CorpusCase[] = ROUND8_HOLDOUT_R;
export const ROUND8_S_SET: CorpusCase[] = ROUND8_HOLDOUT_S;
/**
 * Round nine: three held-out sets by three more hands (buyers from many places, replies, translit), written while the
 * rules were widened; scored once before and once after, never read, tuned or trained on.
 */
export const ROUND9_SET: CorpusCase[] = [...ROUND9_HOLDOUT_T, ...ROUND9_HOLDOUT_U, ...ROUND9_HOLDOUT_W];
/**
 * Round ten: three held-out sets by three more hands (registers from formal to slang, new products and situations,
 * rudeness a word list cannot catch); scored once before any change and once after, never read, tuned or trained on
 * until its final score.
 */
export const ROUND10_SET: CorpusCase[] = [...ROUND10_HOLDOUT_X, ...ROUND10_HOLDOUT_Y, ...ROUND10_HOLDOUT_Z];
/**
 * Round eleven: three held-out sets by three more hands (new writing habits such as voice typing and run-ons, new
 * products and situations, requests asked in every way); scored once before any change and once after, never read,
 * tuned or trained on.
 */
export const ROUND11_SET: CorpusCase[] = [...ROUND11_HOLDOUT_P, ...ROUND11_HOLDOUT_Q, ...ROUND11_HOLDOUT_R];
/**
 * Round twelve: three held-out sets by three more hands (a tired parent writing from a phone, hobbyists arguing with
 * numbers and regional slang, a tester writing traps); scored once before any change, then read, tuned on and taught
 * to the model (README, round twelve).
 */
export const ROUND12_SET: CorpusCase[] = [...ROUND12_HOLDOUT_K, ...ROUND12_HOLDOUT_L, ...ROUND12_HOLDOUT_M];
/**
 * Round thirteen: three held-out sets by three more hands (a cold, ironic hand writing to be hard; everyday buyers of
 * every age and place, typos and transliteration included; detail-minded buyers arguing sums and remedies); scored
 * once before any change, then read, tuned on and taught to the model (README, round thirteen).
 */
export const ROUND13_SET: CorpusCase[] = [...ROUND13_HOLDOUT_N, ...ROUND13_HOLDOUT_O, ...ROUND13_HOLDOUT_V];
/**
 * Round fourteen: three held-out sets by three more hands, who read only the definitions and the labelling decisions
 * (a hard set of long replies and disclaimers; chat-style Russian with Ukrainian and Belarusian words; English from
 * many countries and formal Russian); scored once before any change, then read, tuned on and taught to the model.
 */
export const ROUND14_SET: CorpusCase[] = [...ROUND14_HOLDOUT_A, ...ROUND14_HOLDOUT_B, ...ROUND14_HOLDOUT_C];
/**
 * Round fifteen: three held-out sets by three more hands with the same brief (office-style irony and formal menace;
 * Russian across generations with slang and look-alike words; negotiations over sums in many currencies); scored once
 * before any change, then read, tuned on and taught to the model.
 */
export const ROUND15_SET: CorpusCase[] = [...ROUND15_HOLDOUT_D, ...ROUND15_HOLDOUT_E, ...ROUND15_HOLDOUT_F];
export const ROUND16_SET: CorpusCase[] = [...ROUND16_HOLDOUT_G, ...ROUND16_HOLDOUT_H, ...ROUND16_HOLDOUT_I];
/**
 * Round seventeen: three more hands (bulk buyers and group orders with itemised sums; late-night phone writers with
 * dictation, caps and regional idioms; hobbyists whose jargon sounds rude and who paste the seller's chat); scored once
 * before any change, then read, tuned on and taught to the model.
 */
export const ROUND17_SET: CorpusCase[] = [...ROUND17_HOLDOUT_J, ...ROUND17_HOLDOUT_S, ...ROUND17_HOLDOUT_T];
/**
 * Round eighteen: three more hands (icy politeness and sarcasm from office workers and teachers; young parents and
 * teenagers in messenger slang; elderly buyers and translation apps); scored once before any change, then read, tuned
 * on and taught to the model.
 */
export const ROUND18_SET: CorpusCase[] = [...ROUND18_HOLDOUT_U, ...ROUND18_HOLDOUT_W, ...ROUND18_HOLDOUT_Y];
/**
 * Round nineteen: three more hands (experienced buyers who quote the platform's rules; hurried phone typing across
 * Russia and Central Asia, wrong keyboard layout included; the world's Englishes and Russian speakers abroad); scored
 * once before any change, then read, tuned on and taught to the model.
 */
export const ROUND19_SET: CorpusCase[] = [...ROUND19_HOLDOUT_A, ...ROUND19_HOLDOUT_B, ...ROUND19_HOLDOUT_C];
/**
 * Round twenty: three more hands (couples and families pasting the seller's chat; grievances kept polite until the
 * anger leaks; bilingual professionals with jargon and memes); scored once before any change, then read, tuned on and
 * taught to the model.
 */
export const ROUND20_SET: CorpusCase[] = [...ROUND20_HOLDOUT_D, ...ROUND20_HOLDOUT_E, ...ROUND20_HOLDOUT_F];
/**
 * Round twenty-one: three more hands (furious buyers who disguise rude words on purpose and polite ones full of
 * rude-looking names; large orders negotiated in many currencies; teenagers' slang and their parents' care); scored
 * once before any change, then read, tuned on and taught to the model.
 */
export const ROUND21_SET: CorpusCase[] = [...ROUND21_HOLDOUT_G, ...ROUND21_HOLDOUT_H, ...ROUND21_HOLDOUT_K];
/**
 * Round twenty-two: three more hands (messages dictated by voice; buyers reporting a seller's tactics with the seller's
 * words as evidence; Russian across the former USSR with its local words, currencies and swearing); scored once before
 * any change, then read, tuned on and taught to the model.
 */
export const ROUND22_SET: CorpusCase[] = [...ROUND22_HOLDOUT_M, ...ROUND22_HOLDOUT_N, ...ROUND22_HOLDOUT_P];
/**
 * Round twenty-three: three more hands (parcels gone wrong on the way, with the carrier's words quoted; irony instead
 * of swear words; digital goods and codes); scored once before any change, then read, tuned on and taught to the
 * model.
 */
export const ROUND23_SET: CorpusCase[] = [...ROUND23_HOLDOUT_Q, ...ROUND23_HOLDOUT_R, ...ROUND23_HOLDOUT_S];
/**
 * Round twenty-four: three more hands (clothes and shoes against the size chart; very short replies typed on a phone;
 * the formal and legal register); scored once before any change, then read, tuned on and taught to the model.
 */
export const ROUND24_SET: CorpusCase[] = [...ROUND24_HOLDOUT_T, ...ROUND24_HOLDOUT_U, ...ROUND24_HOLDOUT_V];
/**
 * Round twenty-five: three more hands (older buyers and grandparents; buyers who suspect a cheat and build a case; orders
 * that mattered a great deal, written with strong feeling); scored once before any change, then read, tuned on and
 * taught to the model.
 */
export const ROUND25_SET: CorpusCase[] = [...ROUND25_HOLDOUT_W, ...ROUND25_HOLDOUT_X, ...ROUND25_HOLDOUT_Y];
/**
 * Round twenty-six: three more hands (Russian speakers abroad who switch languages mid-sentence; second and third replies
 * in a dispute the seller rejected; messenger style with emoji); scored once before any change, then read, tuned on and
 * taught to the model.
 */
export const ROUND26_SET: CorpusCase[] = [...ROUND26_HOLDOUT_D, ...ROUND26_HOLDOUT_E, ...ROUND26_HOLDOUT_F];
/**
 * Round twenty-seven: three more hands (tradespeople and farmers with their trade words; buyers of health and beauty
 * goods worried about their bodies; buyers answering a seller who was rude first, quoting the seller); scored once
 * before any change, then read, tuned on and taught to the model.
 */
export const ROUND27_SET: CorpusCase[] = [...ROUND27_HOLDOUT_J, ...ROUND27_HOLDOUT_K, ...ROUND27_HOLDOUT_L];
/**
 * Round twenty-eight: three more hands (buyers of unsafe products, with alarming words about what nearly happened;
 * buyers writing Russian or English as a second language; devout and old-fashioned buyers who appeal to God and
 * conscience); scored once before any change, then read, tuned on and taught to the model.
 */
export const ROUND28_SET: CorpusCase[] = [...ROUND28_HOLDOUT_M, ...ROUND28_HOLDOUT_N, ...ROUND28_HOLDOUT_O];
/**
 * Round twenty-nine: three more hands (long structured complaints with numbered points and timelines; buyers of branded
 * goods and replicas, where "fake" may be what they ordered; buyers who claim authority, lawful steps against menace);
 * scored once before any change, then read, tuned on and taught to the model.
 */
export const ROUND29_SET: CorpusCase[] = [...ROUND29_HOLDOUT_P, ...ROUND29_HOLDOUT_Q, ...ROUND29_HOLDOUT_R];
/**
 * Round thirty: three more hands (buyers who talk in proverbs, film quotes and memes; people writing for a relative or
 * retelling what others said; buyers who swear only in soft substitutes and minced oaths); scored once before any
 * change, then read, tuned on and taught to the model.
 */
export const ROUND30_SET: CorpusCase[] = [...ROUND30_HOLDOUT_S, ...ROUND30_HOLDOUT_T, ...ROUND30_HOLDOUT_U];
/**
 * Round thirty-one: three more hands (complaints in rhyme, verse and parody; anger aimed at the post, the courier, a
 * neighbour or support rather than the seller; texts full of quoted listings, labels, laws and reviews); scored once
 * before any change, then read, tuned on and taught to the model.
 */
export const ROUND31_SET: CorpusCase[] = [...ROUND31_HOLDOUT_V, ...ROUND31_HOLDOUT_W, ...ROUND31_HOLDOUT_X];
/**
 * Round thirty-two: three more hands (impressions of quality, fit and looks rather than facts; buyers under pressure of
 * money, a ruined event or illness; suspicious buyers who hedge, ask or accuse); scored once before any change, then
 * read, tuned on and taught to the model.
 */
export const ROUND32_SET: CorpusCase[] = [...ROUND32_HOLDOUT_Y, ...ROUND32_HOLDOUT_Z, ...ROUND32_HOLDOUT_A];
/**
 * Round thirty-three: three more hands (products, brands and places whose names look rude; timid buyers who apologise
 * and hint; negotiators answering the seller's offer with their own figure); scored once before any change, then read,
 * tuned on and taught to the model.
 */
export const ROUND33_SET: CorpusCase[] = [...ROUND33_HOLDOUT_B, ...ROUND33_HOLDOUT_C, ...ROUND33_HOLDOUT_D];
/**
 * Round thirty-four: three more hands (intimate, medical and baby products in clinical words; rambling storytellers
 * who bury the problem; buyers fed up with the platform's support and dispute system); scored once before any change,
 * then read, tuned on and taught to the model.
 */
export const ROUND34_SET: CorpusCase[] = [...ROUND34_HOLDOUT_E, ...ROUND34_HOLDOUT_F, ...ROUND34_HOLDOUT_G];
/**
 * Round thirty-five: three more hands (buyers with an audience: bloggers, channel admins and group moderators; orders
 * of several items, with the arithmetic; vivid, violent and crude figures of speech meant harmlessly); scored once
 * before any change, then read, tuned on and taught to the model.
 */
export const ROUND35_SET: CorpusCase[] = [...ROUND35_HOLDOUT_H, ...ROUND35_HOLDOUT_I, ...ROUND35_HOLDOUT_T];
/**
 * Round thirty-six: three more hands (buyers with second thoughts who take back or repeat their earlier words; the
 * logistics of sending an item back; consumer law cited and other platforms threatened); scored once before any
 * change, then read, tuned on and taught to the model.
 */
export const ROUND36_SET: CorpusCase[] = [...ROUND36_HOLDOUT_J, ...ROUND36_HOLDOUT_K, ...ROUND36_HOLDOUT_L];
/**
 * Round thirty-seven: three more hands (crime and fraud by third parties; spelling by ear; texts full of numbers, codes
 * and dates); scored once before any change, then read, tuned on and taught to the model.
 */
export const ROUND37_SET: CorpusCase[] = [...ROUND37_HOLDOUT_M, ...ROUND37_HOLDOUT_N, ...ROUND37_HOLDOUT_O];
/**
 * Round thirty-eight: three more hands (buyers writing for someone else; humour and irony; replies inside an ongoing
 * dispute); scored once before any change, then read, tuned on and taught to the model.
 */
export const ROUND38_SET: CorpusCase[] = [...ROUND38_HOLDOUT_P, ...ROUND38_HOLDOUT_Q, ...ROUND38_HOLDOUT_R];
/**
 * Round thirty-nine: three more hands (intimate, medical and body-related goods; customs, duties and carriers; formal,
 * structured complaints); scored once before any change, then read, tuned on and taught to the model.
 */
export const ROUND39_SET: CorpusCase[] = [...ROUND39_HOLDOUT_S, ...ROUND39_HOLDOUT_T, ...ROUND39_HOLDOUT_U];
/**
 * Round forty: three more hands (chat, gamer and meme slang; living, perishable and expiring goods; buyers who quote
 * others); scored once before any change, then read, tuned on and taught to the model.
 */
export const ROUND40_SET: CorpusCase[] = [...ROUND40_HOLDOUT_V, ...ROUND40_HOLDOUT_W, ...ROUND40_HOLDOUT_X];
/**
 * Round forty-one: three more hands (buyers writing through a translator, as non-native speakers or by voice;
 * long-running disputes and escalation; expensive items and suspected fakes); scored once before any change, then
 * read, tuned on and taught to the model.
 */
export const ROUND41_SET: CorpusCase[] = [...ROUND41_HOLDOUT_Y, ...ROUND41_HOLDOUT_Z, ...ROUND41_HOLDOUT_A];
/**
 * Round forty-two: three more hands (office-speak, bureaucratic and passive-aggressive registers; gifts and events that
 * went wrong; resellers, small businesses and bulk orders); scored once before any change, then read, tuned on and
 * taught to the model.
 */
export const ROUND42_SET: CorpusCase[] = [...ROUND42_HOLDOUT_B, ...ROUND42_HOLDOUT_C, ...ROUND42_HOLDOUT_D];
/**
 * Round forty-three: three more hands (car, motorbike and bicycle parts; tiny orders fought on principle; racing a
 * dispute's deadline); scored once before any change, then read, tuned on and taught to the model.
 */
export const ROUND43_SET: CorpusCase[] = [...ROUND43_HOLDOUT_E, ...ROUND43_HOLDOUT_F, ...ROUND43_HOLDOUT_G];
/**
 * Round forty-four: three more hands (feelings in many shades; pets, farm and garden animals; buyers hurt or scared by
 * a product); scored once before any change, then read, tuned on and taught to the model.
 */
export const ROUND44_SET: CorpusCase[] = [...ROUND44_HOLDOUT_H, ...ROUND44_HOLDOUT_I, ...ROUND44_HOLDOUT_J];
/**
 * Round forty-five: three more hands (phones, computers and gadgets told in tech talk; furniture and home renovation;
 * off-platform scams and suspicious sellers); scored once before any change, then read, tuned on and taught to the
 * model.
 */
export const ROUND45_SET: CorpusCase[] = [...ROUND45_HOLDOUT_K, ...ROUND45_HOLDOUT_L, ...ROUND45_HOLDOUT_M];
/**
 * Round forty-six: three more hands (children's goods written by parents; hunting, fishing and tactical gear; sports,
 * fitness and gym slang); scored once before any change, then read, tuned on and taught to the model.
 */
export const ROUND46_SET: CorpusCase[] = [...ROUND46_HOLDOUT_N, ...ROUND46_HOLDOUT_O, ...ROUND46_HOLDOUT_P];
/**
 * Round forty-seven: three more hands (gardening, seeds and bird feeders; musicians and audio gear; vaping, lighters
 * and hookahs); scored once before any change, then read, tuned on and taught to the model.
 */
export const ROUND47_SET: CorpusCase[] = [...ROUND47_HOLDOUT_Q, ...ROUND47_HOLDOUT_R, ...ROUND47_HOLDOUT_S];
/**
 * Round forty-eight: three more hands (robot vacuums and home appliances; Halloween props and cosplay weapons; bathroom
 * and plumbing); scored once before any change, then read, tuned on and taught to the model.
 */
export const ROUND48_SET: CorpusCase[] = [...ROUND48_HOLDOUT_T, ...ROUND48_HOLDOUT_U, ...ROUND48_HOLDOUT_V];
/**
 * Rounds five to ten and twelve to forty-eight: held out until their first (and, to ten, final) scores
 * (tests/analyzer/README.md), then taught to the model and open to tuning (five to nine from round ten on, ten from
 * round eleven on, twelve to forty-eight after their first scores), so that a new round is measured by a model that
 * learned from every earlier hand.
 */
export const FORMER_HOLDOUT_SETS: CorpusCase[] = [
  ...ROUND5_SET,
  ...ROUND6_X_SET,
  ...ROUND6_Y_SET,
  ...ROUND7_P_SET,
  ...ROUND7_Q_SET,
  ...ROUND8_R_SET,
  ...ROUND8_S_SET,
  ...ROUND9_SET,
  ...ROUND10_SET,
  ...ROUND12_SET,
  ...ROUND13_SET,
  ...ROUND14_SET,
  ...ROUND15_SET,
  ...ROUND16_SET,
  ...ROUND17_SET,
  ...ROUND18_SET,
  ...ROUND19_SET,
  ...ROUND20_SET,
  ...ROUND21_SET,
  ...ROUND22_SET,
  ...ROUND23_SET,
  ...ROUND24_SET,
  ...ROUND25_SET,
  ...ROUND26_SET,
  ...ROUND27_SET,
  ...ROUND28_SET,
  ...ROUND29_SET,
  ...ROUND30_SET,
  ...ROUND31_SET,
  ...ROUND32_SET,
  ...ROUND33_SET,
  ...ROUND34_SET,
  ...ROUND35_SET,
  ...ROUND36_SET,
  ...ROUND37_SET,
  ...ROUND38_SET,
  ...ROUND39_SET,
  ...ROUND40_SET,
  ...ROUND41_SET,
  ...ROUND42_SET,
  ...ROUND43_SET,
  ...ROUND44_SET,
  ...ROUND45_SET,
  ...ROUND46_SET,
  ...ROUND47_SET,
  ...ROUND48_SET,
];
/** Never trained on, never read: the learned model's honest figures come from these (README, round eleven). */
export const NEVER_TRAINED_SETS: CorpusCase[] = ROUND11_SET;
/** Every set written apart from the rules it scores (all but the tuning set). */
export const HELD_OUT_SETS: CorpusCase[] = [
  ...HOLDOUT_SET,
  ...FRESH_SET,
  ...ROUND2_SET,
  ...ROUND2_CHECK_SET,
  ...ROUND2_CHECK2_SET,
  ...ROUND2_CHECK3_SET,
  ...ROUND2_CHECK4_SET,
  ...ROUND2_CHECK5_SET,
  ...ROUND2_CHECK6_SET,
  ...ROUND3_SET,
  ...ROUND4_SET,
  ...FORMER_HOLDOUT_SETS,
  ...NEVER_TRAINED_SETS,
];
export const CORPUS: CorpusCase[] = [...DEV_SET, ...HELD_OUT_SETS];
const neverTrained = new Set(NEVER_TRAINED_SETS.map((item) => item.id));
/** What the learned model learns from (tests/analyzer/learn.ts): every labelled text but the never-trained sets. */
export const MODEL_TRAINING_SET: CorpusCase[] = CORPUS.filter((item) => !neverTrained.has(item.id));

import { wordPattern } from './patterns';

/** Words of strong feeling. "К сожалению" and "unfortunately" are polite and stay out. */
export const AFFECT = wordPattern`
ужас~
кошмар~
в шоке
шокирован~
в бешенстве
бешен~
расстро~
разочаров~
обидно
сл[её]з(?:ы|ами|ах)?
отвратительн~
возмущ~
негодова~
беси(?:т|ть)
бесят
невыносим~
издевательств~
позор~
нет слов
какого (?:х\S*|хрена|черта)
что за (?:х\S*н\S*|хрень|херня|фигня)
с+у+к+а+(?=\s*[,!])
suka(?=\s*[,!])
worst
disgust~
upset
disappoint~
ridiculous
terrible
horrible
awful
furious
outrag~
angry
frustrat~
pathetic
nightmare
shocked
devastated
fed up
sick and tired
omg
`;

export const SHOUTING_PUNCTUATION = /[!?]{2,}/g;

/** Faces and gestures of anger, disgust or crying; a smiley does not count. */
export const EMOTIVE_EMOJI =
  /[\u{1F620}-\u{1F62F}\u{1F92C}\u{1F92E}\u{1F92F}\u{1F4A9}\u{1F595}\u{1F631}\u{1F616}\u{1F61E}\u{1F61F}\u{1F622}]/gu;

/** Blanket labels for the seller's honesty or intent; a factual account of what happened is not one. */
export const ACCUSATION = wordPattern`
мошенн~
обманщи~
обман
обману~
обманыва~
кидал~
(?:меня|нас) кинули
кинули (?:меня|нас)
развод(?:илово|ят|ите|ит|ила|ом|а)?
(?:меня|нас) развели
развели (?:меня|нас)
вор(?:ы|ов|ам|ами|ье|ьё|юги?|уют|уете|овство|ишки)?
жулик~
жуль[её]
аферист~
шарлатан~
лохотрон~
(?:специально|нарочно|намеренно|умышленно)(?! (?:для|под|к|чтобы|на))
все (?:продавцы|китайцы|магазины) (?:такие|одинаковые|обманывают|врут|воруют)
вы (?:все )?врете
вранье
враньё
scam~
fraud~
thie(?:f|ves)
stole my
you stole
cheat(?:ed|ers?|ing|s)?
liars?
(?:you are|you\W?re|stop) lying
rip\W?off
crooks?
swindl~
dishonest
deceiv~
deceptive
con artists?
on purpose
deliberately
intentionally
everyone knows
all (?:sellers|chinese sellers|these sellers) (?:are|do)
`;

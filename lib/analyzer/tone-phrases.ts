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
(?:рас|за)?плакал~
издевает~
cried
crying
bloody
рыда~
in tears
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
хитрец~
хитрожоп~
пройдох~
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

/** Sarcasm about honesty: scare quotes around "mistake", "ну конечно, случайно", "another honest mistake". */
export const SARCASTIC_ACCUSATION = wordPattern`
ну (?:конечно|да|разумеется),? (?:\S+ ){0,3}?[«"“]?(?:случайно|по ошибке|ошиб\w*|недосмотр\w*|совпадени\w*)
[«"“](?:случайно|по ошибке|ошибк~|ошибочно|недосмотр~|честн~|совпадени~|нечаянно)[»"”]
(?:такое|это|ошибки) (?:ведь |же )?(?:с каждым|со всеми|у всех) (?:бывает|случается|бывают)
(?:опять|снова|в (?:очередной|третий|который) раз) (?:\S+ ){0,2}?(?:случайно|по ошибке)
(?:хотя бы|хоть) (?:\S+ )?честн~
(?:как|какой|какая|какие) (?:же )?(?:честн|благородн|порядочн)~(?=[!?]| (?:продав|магаз|с вашей))
верю,? верю
(?:какое|вот это) совпадение
(?:oh,? sure|yeah,? sure|yeah,? right|oh,? right),? (?:\S+ ){0,4}?(?:honest|accident|mistake|coincidence|error|mix.?up|glitch|oversight)~
(?:ага|ну да|как же|yeah right|so.called|так называем\w*),? (?:\S+ ){0,3}?[«"“']?(?:оригинал|качествен|честн|гаранти|случайн|ошибк|original|genuine|honest|quality|warranty)~
[«"“'](?:оригинал|original|genuine)~[»"”'],? (?:как же|ага|yeah right|sure)
['"‘“«](?:\S+ ){0,2}?(?:mistake|accident|error|coincidence|glitch|mix.?up|oversight|forgot|forgotten|mixed|случайн|ошибк|ошибочн|недосмотр|сбой|совпадени|забыл|перепутал|не заметил)~(?: \S+){0,2}?['"’”»]
['"‘“](?:honest mistake|mistake|accident|by accident|accidentally|error|coincidence|mix.?up|glitch|genuine|original|honest)['"’”]
(?:another|yet another|one more|again,? an?) (?:\S+ )?(?:honest|innocent) (?:mistake|error|mix.?up)~
(?:honest|innocent) (?:mistakes?|errors?) (?:again|every time|twice)
what a (?:coincidence|surprise|shock)
(?:ваш|ваша|ваше|ваши|your) [«"“']\w+
[»"”'] (?:— |- )?(?:просто |just |a )?(?:сказка|анекдот|цирк|фикция|миф|фантастика|joke|fiction|myth|fairy tale)
(?:какая неожиданность|кто бы мог подумать|кто бы сомневался|who would have thought|who could have guessed)
(?:опять|снова|в очередной раз|again|once again) [«"“']\w+
(?:and|yeah and) i\W?m the (?:queen|king|pope)
pigs (?:can |might |will )?fly
а я (?:\S+ )?(?:папа римский|балерина|император|королева)
(?:ну да|ага|ну конечно|yeah,? right|oh,? sure)(?:,? ну да)?[,.!]? [«"“']\w+
(?:wow|what|such|great|real|wonderful|amazing|impressive)(?:,? \w+)? (?:honesty|integrity)
(?:вот это|какая|какая же|поразительная|удивительная) (?:честность|порядочность)
yeah,? right
how (?:very )?(?:convenient|honest)
`;

/** Words before an accusation, in the same sentence, that take it back: "я не говорю, что вы специально". */
export const NEGATED_BEFORE =
  /(?:(?:not|n\W?t|never|не) (?:\S+ )?(?:call|calling|say|saying|accus\w*|claim\w*|suggest\w*|impl\w*|назыв[а-я]*|говор[а-я]*|утвержд[а-я]*|обвиня[а-я]*)|не (?:говорю|утверждаю|обвиняю|считаю|думаю|хочу сказать|намекаю|заявляю|подозреваю)|далек[аи]? от мысли|без обвинений|не в обиду|not (?:saying|accusing|claiming|suggesting|implying)|(?:don\W?t|do not|didn\W?t) (?:think|believe|mean|say|claim|suggest)|no (?:accusation|offen[cs]e)|(?:report|complaint|заявлени[а-я]*|жалоб[а-я]*) (?:\S+\s+){0,2}(?:for|about|of|о|об|по факту)|(?:won\W?t|will not|wouldn\W?t|would not) call (?:it|this|you)|не буду (?:это |вас )?называть|i\W?m sure (?:it|this) (?:was|is)n\W?t)\s*[,:]?\s*(?:\S+\s+){0,6}$|(?<![а-яa-z])(?:не|ни|not|never|n\W?t)\s+(?:(?:было|был|была|done|been|do|did|it|this|that|a|an|any)\s+)?$/;

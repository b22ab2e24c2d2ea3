import { wordPattern } from './patterns';

/** Name-calling aimed at a person. Judgements of the product ("уродливая сумка", "тупой нож") are not insults. */
export const INSULT = wordPattern`
идиот(?:ы|ов|ам|ами|ка|ки|ина)?
дебил(?:ы|ов|ам|ами|ка|ки)?
кретин(?:ы|ов|ам|ами)?
урод(?:ы|ов|ам|ами|ина|ины)?
баран(?:ы|ов|ам|ами)?
козл(?:ы|ина|ины)
коз[её]л
быдл[оау]
дегенерат(?:ы|ов)?
недоум(?:ок|ки|ков)
придур(?:ок|ки|ков)
ублюд(?:ок|ки|ков)
сволоч(?:ь|и|ей)
скотин(?:а|ы)
твар(?:ь|и|ей)
мраз(?:ь|и|ей)
упыр(?:ь|и)
клоун(?:ы|ов|ам|ами)
лохи
тупиц(?:а|ы)
тупорыл~
тупоголов~
(?:вы|ты) (?:что |там |совсем )?(?:тупые|тупой|тупая|слепые|слепой|слепая|больные|ненормальные)
слепые
idiots?
morons?
imbeciles?
clowns
retard(?:s|ed)?
losers
jerks
dumb(?:ass|asses)
you(?: are|\s*\W?re)? (?:so )?(?:stupid|dumb|blind|useless|pathetic)
are you (?:stupid|dumb|blind)
(?:stupid|dumb) (?:seller|sellers|people|store|shop)
`;

/** Threats to the person (not a lawful next step such as "обращусь в Роспотребнадзор" or "I will open a claim"). */
export const THREAT = wordPattern`
засуж~
найду (?:тебя|вас)
пожалеете
пожалеешь
(?:вам|тебе) (?:конец|кранты|хана|не жить)
уро(?:ю|ем)
убью
прибью
закопаю
доберусь до (?:вас|тебя)
(?:ноги|руки|голову) (?:оторву|повыдергаю)
сожгу \w+
(?:i\W?ll|i will) (?:find|kill|destroy|hunt|ruin|sue) you~
you(?:\W?ll| will) (?:regret|pay for) (?:this|it)
watch your back
(?:find out|know) where you live
(?:знаю|узнаю|найду) где (?:ты живешь|вы живете)
`;

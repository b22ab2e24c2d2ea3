import { wordPattern } from './patterns';

/**
 * Mat used to intensify, in any spelling: the attributive adjective of the е-root («ебаный роутер», «ёбаный стыд»,
 * masked or with a digit for a letter, which flattening has already read back), «ебать какой», the -ing form of the
 * English word however it is spelled (fcking, phuckin, f*cking, f4cking read as "facking", fkn), "what the f…" and mat
 * in a question of why («нахуя», «зачем нхй было»; «идите нхй» at a person is profanity only). The obscene lexicon decides
 * whether such a word is profanity; this one says it also carries emotion. A judgement with a vulgar noun ("полное
 * говно", "complete bullcrap") is not an intensifier and stays out.
 */
export const OBSCENE_INTENSIFIER = wordPattern`
[её](?:б|[*#а])а?н{1,2}(?:ый|ая|ое|ые|ого|ому|ой|ую|ым|ых|ыми|ом)
[её]буч(?:ий|ая|ее|ие|его|ему|ей|ую|им|их|ими)
[её]бать (?:как|какой|какая|какое|какие|сколько)
(?:f|ph)(?:[uv*#_]{0,2}c?|ac)k{1,2}(?:ing|in|n)
wh[aiu]t the (?:(?:f|ph)[uv*#_]{0,2}c?k+|f(?:\*+|\.{2,}|…))
б(?:\.{2,}|…)(?:я|дь|ть)
бл9(?:ть|дь)?
нахуя
(?:зачем|на кой|почему|куда) &(?:на ?хуй|нхй|нах)(?![а-я])
`;

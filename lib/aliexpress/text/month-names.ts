/**
 * Month words AliExpress pages use, by month number: English and Russian (required), Spanish, Portuguese and French
 * (the site's other big languages). Russian dates use the genitive ("17 декабря"); nominatives are kept for headers.
 * Portuguese "set"/"out" are left out: as English words they would turn "Set 6" into a date.
 */
const MONTH_WORDS: ReadonlyArray<readonly string[]> = [
  ['jan', 'january', 'янв', 'январь', 'января', 'ene', 'enero', 'janeiro', 'janv', 'janvier'],
  ['feb', 'february', 'фев', 'февр', 'февраль', 'февраля', 'febrero', 'fev', 'fevereiro', 'févr', 'février'],
  ['mar', 'march', 'мар', 'март', 'марта', 'marzo', 'março', 'mars'],
  ['apr', 'april', 'апр', 'апрель', 'апреля', 'abr', 'abril', 'avr', 'avril'],
  ['may', 'май', 'мая', 'mayo', 'mai', 'maio'],
  ['jun', 'june', 'июн', 'июнь', 'июня', 'junio', 'junho', 'juin'],
  ['jul', 'july', 'июл', 'июль', 'июля', 'julio', 'julho', 'juil', 'juillet'],
  ['aug', 'august', 'авг', 'август', 'августа', 'ago', 'agosto', 'août'],
  [
    'sep',
    'sept',
    'september',
    'сен',
    'сент',
    'сентябрь',
    'сентября',
    'septiembre',
    'setiembre',
    'setembro',
    'septembre',
  ],
  ['oct', 'october', 'окт', 'октябрь', 'октября', 'octubre', 'outubro', 'octobre'],
  ['nov', 'november', 'ноя', 'нояб', 'ноябрь', 'ноября', 'noviembre', 'novembro', 'novembre'],
  ['dec', 'december', 'дек', 'декабрь', 'декабря', 'dic', 'diciembre', 'dez', 'dezembro', 'déc', 'décembre'],
];

export const MONTH_BY_WORD: ReadonlyMap<string, number> = new Map(
  MONTH_WORDS.flatMap((words, index) => words.map((word) => [word, index + 1] as const)),
);

/** Alternation of every month word, longest first so "sept" wins over "sep" and "июня" over "июн". */
export const MONTH_WORD_PATTERN = [...MONTH_BY_WORD.keys()].sort((a, b) => b.length - a.length).join('|');

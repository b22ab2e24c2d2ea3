import { labelled as c, type CorpusCase } from './types';

/**
 * Round forty-seven, hold-out set r: musicians and audio gear (guitars, strings, pedals, drums, headphones,
 * microphones, mixers, cables) plus a few other goods, where stage and studio slang sounds rude or violent but is
 * not, beside real insults, threats, mat and shouting. Written by a hand that has not read the
 * analyzer's rules or other corpus files; labels follow DEFINITIONS.md and DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - Stage and studio slang about sound or gear («фонит», «убойный звук», «рвёт колонки», «мясной дисторшн», «лажа»,
 *   «рубилово», «чёс», «квакушка», "killer tone", "sick riffs", "shred", "slap bass", "axe", "it screams", "this pedal
 *   slaps", "dead string", "a brutal crackle", "cocked wah") is no finding; "brutal" said of a sound is not an affect word.
 * - Pedal, gear and band names with rude-looking words (Big Muff, RAT, Tube Screamer, «Король и Шут») are innocent.
 * - «фонит», «хрипит», "crackles", "cuts out" with the part named (a channel, a jack, a pot) name a concrete symptom.
 * - Deafness words aimed at staff («глухие упаковщики», "tone-deaf clowns", "deaf as a post") are insults, as is a
 *   mocking question about who packed the order.
 * - A drummer's heavy hands or a big bandmate put next to a visit to the warehouse is a veiled threat.
 * - A file attached to the form is evidence even when the text does not name it (the brief), e.g. r47r-80.
 * - «трек ... не обновляется» is written with the tracking number itself, so evidence is not in doubt.
 * - Mat as a sentence of its own («Pizdec.», "WTF.", «Ёпт, опять.») is profanity and emotional (round thirteen);
 *   "The thing is sh!t." as a flat predicate is profanity only (round forty-six).
 */
export const ROUND47_HOLDOUT_R: CorpusCase[] = [
  // innocent slang «фонит», «убойный»: a hum with a date and a video, full refund
  c(
    'r47r-01',
    'ru',
    `Заказал гитарный комбик Joyo на 20 Вт, получил 3 марта. При первом же включении фонит на любой громкости: гул не пропадает ни с выкрученным в ноль гейном, ни с другим кабелем. Звук-то убойный, но с таким фоном играть невозможно. Видео с гулом приложил. Прошу полный возврат средств.`,
    'video',
    [],
    'full_refund',
  ),
  // "killer tone", "dead string": partial refund with a dollar sum
  c(
    'r47r-02',
    'en',
    `Ordered a set of 10-46 nickel strings. Opened the pack on April 2 and the low E was already rusty near the ball end, a dead string from day one with zero sustain. The other five have a killer tone, so I'm only asking for a partial refund of $3 to cover the E. Picture of the rust is attached.`,
    'photo',
    [],
    'partial_refund',
    3,
  ),
  // «глухие упаковщики»: name-calling of the packers
  c(
    'r47r-03',
    'ru',
    `Барабанный пластик Remo 14" пришёл с вмятиной посередине, коробка смята в гармошку. Ваши глухие упаковщики вообще слышали, как он гремит в пустой коробке? Вскрывал 12 апреля прямо на почте, снимки во вложении. Нужна замена пластика.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // "axe", "shred", "screams": concrete but no time, no file
  c(
    'r47r-04',
    'en',
    `bought this strat style axe to shred on weekends. neck pickup is dead silent, the bridge one screams just fine. send me a replacement pickup or swap the whole guitar, either works`,
    'none',
    ['missing_when', 'missing_evidence'],
    'exchange',
  ),
  // masked mat as a sentence of its own about a microphone
  c(
    'r47r-05',
    'ru',
    `Микрофон конденсаторный BM-800, подключил 5 мая через фантомное питание — тишина, только щелчки при касании. Что за х*йня вообще. Видео есть во вложении. Верните деньги.`,
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // two capitalised words shout; otherwise complete
  c(
    'r47r-06',
    'en',
    `THREE WEEKS of waiting and the 4-channel mixer shows up with the gain knob on channel 2 snapped clean off. Saw it the moment I unboxed it on Friday. Photo's in the form. Want a full refund.`,
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // fakes passed off as originals, "вы специально": accusation with facts
  c(
    'r47r-07',
    'ru',
    `Педаль овердрайв пришла с другой платой: внутри не тот чип, что заявлен в характеристиках, а перемаркированная копия без логотипа. Вскрыл корпус 20.06, когда менял батарейку. Вы специально шлёте подделки под видом оригинала. Плату сфотографировал с двух сторон, фото прикреплены. Прошу полный возврат.`,
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // a big drummer near the warehouse: veiled threat
  c(
    'r47r-08',
    'en',
    `Headphones: the left driver crackles at any volume since the second day. Video attached. Refund me. Our drummer lives twenty minutes from your Shenzhen warehouse and he's a big guy who hits things for a living. Would be a shame if he dropped by.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // «бочка», «лажа»: an e-drum trigger, exchange
  c(
    'r47r-09',
    'ru',
    `Заказывал пэд для бочки к электронной ударной установке, получил 14 июля. На первой же репетиции выяснилось, что датчик срабатывает через раз: бью в бочку — звука нет, следующий удар есть. Сначала думал, что это моя лажа, проверил на другом модуле — то же самое. Ролик с репетиции прикрепил. Прошу обменять пэд на исправный.`,
    'video',
    [],
    'exchange',
  ),
  // vague "defective", "not as described"; "some money back" without a sum
  c(
    'r47r-10',
    'en',
    `The guitar cable is defective and not as described. Got it last Tuesday. Photo attached. I'd like some money back.`,
    'photo',
    ['missing_what', 'partial_without_amount'],
    'partial_refund',
  ),
  // mat in a single question at the seller: profanity and insult, not emotional
  c(
    'r47r-11',
    'ru',
    `Вы там совсем ох*ели? Третий раз шлёте кабель XLR с перепутанной распайкой, второй и третий контакт местами. Прозвонил тестером 2 августа, на фото видно. Верните деньги.`,
    'photo',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // "this pedal slaps", Big Muff clone: a loose DC jack
  c(
    'r47r-12',
    'en',
    `The fuzz pedal (green Big Muff clone) honestly slaps, no complaints about the sound. The problem is the DC jack: it's loose and the pedal cuts out whenever the power cable moves. First noticed it at my gig on 9 September. Short clip of the cut-outs is uploaded with this dispute. Please exchange it for a working unit.`,
    'video',
    [],
    'exchange',
  ),
  // says the photo is attached, the form has none
  c(
    'r47r-13',
    'ru',
    `Струны для бас-гитары 45-105 пришли в упаковке правильной, а сами тоньше: померил штангенциркулем 3 октября, первая струна 0,40 вместо 0,45. Фото замеров прилагаю. Прошу заменить на правильный комплект.`,
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),
  // "tone-deaf clowns" at the testers
  c(
    'r47r-14',
    'en',
    `Ordered a clip-on tuner. It reads 20 cents sharp on every string, checked against my piano on Oct 14. Whoever tested this at your end is a bunch of tone-deaf clowns. Screenshot of both readings attached. Refund please.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // «мясной дисторшн», keep the pedal for 800 roubles, no file
  c(
    'r47r-15',
    'ru',
    `Педаль дисторшн за 3200 ₽. Мясной дисторшн на месте, звучит как надо, но кнопка включения срабатывает через раз, приходится топать по два-три раза. Заметил на репетиции в прошлую субботу. Готов оставить педаль себе, если вернёте 800 рублей.`,
    'none',
    ['missing_evidence'],
    'partial_refund',
    800,
  ),
  // "disappointed", no time
  c(
    'r47r-16',
    'en',
    `Really disappointed. The studio monitor headphones rattle in the right cup on every bass note, you can hear it in the video. Please send a replacement pair.`,
    'video',
    ['emotional', 'missing_when'],
    'exchange',
  ),
  // knowing the warehouse address, «не доводите до греха»
  c(
    'r47r-17',
    'ru',
    `Наушники-мониторы: правый канал пропал через неделю после покупки. Видео прикладываю, прошу вернуть деньги. И да, адрес вашего склада в Москве я уже знаю, ребята из группы ездят мимо каждый день. Не доводите до греха.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // "kick drum", "beater", "hits": innocent; return to the seller
  c(
    'r47r-18',
    'en',
    `The kick drum pedal arrived on 18 November with the beater shaft bent about ten degrees, it's in the photo next to a ruler. It hits the head way off-centre. I'd like to return it and get my money back; happy to ship it to your return address.`,
    'photo',
    [],
    'return',
  ),
  // «разберитесь»: no request
  c(
    'r47r-19',
    'ru',
    `Микшерный пульт Behringer на 8 каналов. При первом включении 21 ноября четвёртый канал не выводит звук ни на мастер, ни в наушники, остальные работают нормально. Записал видео, оно во вложении. Разберитесь, пожалуйста.`,
    'video',
    ['missing_resolution'],
    'none',
  ),
  // a mat adjective before the item: intensifier
  c(
    'r47r-20',
    'en',
    `This f*cking microphone stand collapses under the weight of an SM58, the clamp slips within a minute. Found out at soundcheck on Dec 2. Photo attached. Full refund.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // a tuning peg that slips, keep the ukulele for 450 ₽
  c(
    'r47r-21',
    'ru',
    `Купила сыну укулеле, пришла 2 декабря, настраивали в тот же вечер. Верхний колок прокручивается и не держит строй: за минуту струна уходит на полтона вниз. Сняла на видео, как колок крутится вхолостую. Прошу вернуть 450 ₽ на ремонт колка, укулеле оставим.`,
    'video',
    [],
    'partial_refund',
    450,
  ),
  // "classic scam" with facts: still an accusation
  c(
    'r47r-22',
    'en',
    `Classic scam. The listing says solid wood body; the guitar I received on January 8 is plywood with a printed veneer, plainly visible where the finish chipped at the jack plate. Photos of the chip attached. Refund in full.`,
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // spaced mat as a cry in the middle of the text
  c(
    'r47r-23',
    'ru',
    `Кабель для гитары 6 метров, джек отвалился прямо на концерте 15 января, б л я т ь, посреди соло. Фотка разъёма в приложении. Деньги назад, пожалуйста.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // «брак» and nothing else: vague, no time
  c(
    'r47r-24',
    'ru',
    `Пришёл брак. Фото во вложении. Хочу вернуть товар.`,
    'photo',
    ['missing_what', 'missing_when'],
    'return',
  ),
  // car audio wiring kit: a length mismatch measured
  c(
    'r47r-25',
    'en',
    `The 8-gauge amp wiring kit for my car subwoofer came with a 4-metre power cable instead of the 5.5 m in the listing. Measured it with a tape before installing, on 11 Feb. Photo of the tape measure attached. Please send the correct kit.`,
    'photo',
    [],
    'exchange',
  ),
  // sarcastic praise of the packers with a Grammy
  c(
    'r47r-26',
    'ru',
    `Браво, мастера упаковки, Грэмми вам за бережность: стойку для гитары положили в тонкий пакет без коробки, одна ножка сломана пополам. Получил 3 февраля, фото прикрепил. Оформите полный возврат.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // "slap bass": a snapped string, no time, no file
  c(
    'r47r-27',
    'en',
    `Got these for slap bass and the G string snapped right at the ball end. Brand new set, never gigged. Could you exchange it for a fresh one?`,
    'none',
    ['missing_when', 'missing_evidence'],
    'exchange',
  ),
  // «!!!» alone makes it emotional
  c(
    'r47r-28',
    'ru',
    `Третий день не могу репетировать!!! Радиосистема для гитары: передатчик теряет связь с приёмником каждые 20–30 секунд, даже на расстоянии двух метров. Получил 5 марта, проблема с первого включения. Видео с обрывами звука прикладываю. Прошу вернуть деньги.`,
    'video',
    ['emotional'],
    'full_refund',
  ),
  // the owner's home address and his kids' school: publishing personal data
  c(
    'r47r-29',
    'en',
    `Your shop owner's home address is printed on the business licence you posted. If my snare drum isn't refunded by Friday, that address and the name of his kids' school go up on every drummers' forum I'm on. For the record: the shell is cracked along the seam, I saw it while unboxing on March 12, photos attached.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // «рвёт колонки» said of a speaker that wheezes
  c(
    'r47r-30',
    'ru',
    `Купил портативную колонку на 40 Вт. В описании обещали, что рвёт колонки, а на деле сама хрипит: при громкости выше половины правый динамик дребезжит. Обнаружил 16 марта на первой же вечеринке, записал звук на видео, оно приложено. Прошу заменить на исправную.`,
    'video',
    [],
    'exchange',
  ),
  // compensation "for the trouble" without a sum
  c(
    'r47r-31',
    'en',
    `Drum throne arrived on 2 April with one leg 2 cm shorter than the other two, so it wobbles no matter what. Photo with a ruler is attached. I'll keep it and shim it myself, but I'd like partial compensation for the trouble.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
  ),
  // «для особо одарённых»: condescension aimed at the staff
  c(
    'r47r-32',
    'ru',
    `Специально для особо одарённых на складе повторяю: я заказывал медиаторы 0,71 мм, а пришли 0,46. Разница видна невооружённым глазом, на фото рядом штангенциркуль. Вскрыл 4 апреля. Пришлите правильные.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // «не соответствуют описанию»: vague problem
  c(
    'r47r-33',
    'ru',
    `Наушники не соответствуют описанию. Вскрыла посылку 7 апреля на почте, видео распаковки приложено. Хочу получить назад всю сумму.`,
    'video',
    ['missing_what'],
    'full_refund',
  ),
  // garden hose, pounds: a shorter length measured
  c(
    'r47r-34',
    'en',
    `Garden hose reel: the listing says 20 m, the hose measures 14.6 m. I unrolled it on the lawn on 20 April and ran a tape along it, photos attached. Please refund £7, the price difference for the shorter length.`,
    'photo',
    [],
    'partial_refund',
    7,
  ),
  // a broken case lock, «часть денег», no file
  c(
    'r47r-35',
    'ru',
    `Кейс для гитары: замок сломался на второй день, крышка не закрывается. Оставлю себе, верните часть денег.`,
    'none',
    ['missing_evidence', 'partial_without_amount'],
    'partial_refund',
  ),
  // "is sh!t." as a flat predicate about the item: profanity only
  c(
    'r47r-36',
    'en',
    `Phantom power supply, arrived 25 April. It puts out 31 V instead of 48 V, measured with a multimeter. The thing is sh!t. I've added a shot of the meter display. Refund.`,
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // «квакушка»: a wah that cuts out, offered back
  c(
    'r47r-37',
    'ru',
    `Педаль вау (квакушка), клон Dunlop: при нажатии до упора звук пропадает полностью, в среднем положении работает. Заметил 28 апреля на первой репетиции, есть видео во вложении. Прошу вернуть деньги, педаль готов отправить обратно.`,
    'video',
    [],
    'return',
  ),
  // «Я в шоке»: an affect word
  c(
    'r47r-38',
    'ru',
    `Я в шоке. Заказал чехол для синтезатора на 88 клавиш, пришёл на 61 — синтезатор просто не влезает. Получил 30 апреля, примерил сразу, фото прилагаю. Прошу обменять на чехол нужного размера.`,
    'photo',
    ['emotional'],
    'exchange',
  ),
  // a mocking question about who packed the order
  c(
    'r47r-39',
    'en',
    `Was this packed by a goldfish? The condenser mic arrived on May 3 with the capsule rattling loose inside the grille and the shock mount in pieces. Unboxing video attached. I want my money back.`,
    'video',
    ['insult'],
    'full_refund',
  ),
  // "What should I do?": no request, no file
  c(
    'r47r-40',
    'en',
    `The XLR cable I received on May 5 has the wrong connector on one end: a 6.35 mm jack instead of a male XLR. What should I do?`,
    'none',
    ['missing_evidence', 'missing_resolution'],
    'none',
  ),
  // an audio interface input that crackles with the gain knob
  c(
    'r47r-41',
    'ru',
    `Купил звуковую карту на два входа. 10 мая при записи вокала обнаружил, что второй вход трещит, если крутить ручку гейна, первый вход в порядке. Запись треска прикрепил видеофайлом. Прошу заменить интерфейс.`,
    'video',
    [],
    'exchange',
  ),
  // nail polish set, one bottle missing, 150 руб.
  c(
    'r47r-42',
    'ru',
    `Заказала набор лаков для ногтей «Рок-н-ролл», 6 штук, а в коробке 5 — нет чёрного флакона. Вскрывала 12 мая при курьере и сразу сняла видео. Верните, пожалуйста, 150 руб. за недостающий лак.`,
    'video',
    [],
    'partial_refund',
    150,
  ),
  // transliterated mat as a sentence of its own
  c(
    'r47r-43',
    'ru',
    `Kupil struny Elixir s pokrytiem, a prishli obychnye bez pokrytiya v prostom pakete. Pizdec. Otkryl 14 maya, foto prikladyvayu. Vernite dengi.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // "sick riffs", "brutal crackle": a scratchy volume pot
  c(
    'r47r-44',
    'en',
    `Sick riffs need a working amp. The 15 W practice amp I got on 15 May has a brutal crackle from the speaker whenever the volume knob goes past 5. It's the pot, you can hear it scratch in the clip I uploaded. Please send a replacement amp.`,
    'video',
    [],
    'exchange',
  ),
  // «Мошенники» beside a tracking number
  c(
    'r47r-45',
    'ru',
    `Мошенники. Оплатил конденсаторный микрофон 1 мая, трек LP00482913576CN не обновляется с 5 мая, посылки нет. Жду возврата оплаты.`,
    'none',
    ['accusation'],
    'full_refund',
  ),
  // a drummer's heavy hands and a visit to Guangzhou
  c(
    'r47r-46',
    'ru',
    `Пластик для малого барабана треснул на первой репетиции 17 мая, фото во вложении. Деньги прошу вернуть до конца недели. Я барабанщик, руки у меня тяжёлые, а в Гуанчжоу, где ваш склад, бываю каждый месяц. Не будет возврата — зайду познакомиться лично.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // «лажа», «чёс»: refund without sending back
  c(
    'r47r-47',
    'ru',
    `Уезжаем на чёс, поэтому проверял всё заранее. Каподастр для гитары: пружина слабая, на третьем ладу струны дребезжат, лажа в каждом аккорде. Обнаружил 19 мая на первой же репетиции, видео приложено. Прошу вернуть деньги полностью без возврата товара — пересылка обратно стоит дороже самого капо.`,
    'video',
    [],
    'full_refund',
  ),
  // "WTF." as a cry
  c(
    'r47r-48',
    'en',
    `WTF. Ordered black 5A drumsticks, got 7A in natural wood. Opened on 21 May; the picture shows both labels. Send the right pair.`,
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // a bent buckle, 200 ₽, no time, no file
  c(
    'r47r-49',
    'ru',
    `ремень для гитары — металлическая пряжка погнута, ремень не фиксируется на нужной длине. прошу компенсацию 200 ₽`,
    'none',
    ['missing_when', 'missing_evidence'],
    'partial_refund',
    200,
  ),
  // a toy drum kit missing a screw
  c(
    'r47r-50',
    'en',
    `Bought a toy drum kit for my 4-year-old. On 23 May, the day it arrived, we found the cymbal holder has no screw: the parts list says 2, the bag had 1. Photo of the parts and the list attached. Please send the missing screw.`,
    'photo',
    [],
    'exchange',
  ),
  // «рубилово», «убойный», «вырубилась»: an amp head that burned, returned at the seller's cost
  c(
    'r47r-51',
    'ru',
    `Для рубилова взял ламповую голову, звук убойный, спору нет. Но 25 мая после часа игры от неё потянуло гарью, она вырубилась и больше не включается, хотя предохранитель целый. Запах на видео не снимешь, поэтому приложил фото платы с потемневшим резистором. Прошу вернуть деньги, усилитель отправлю обратно, если оплатите пересылку.`,
    'photo',
    [],
    'return',
  ),
  // «Клоуны с вашего склада»: name-calling
  c(
    'r47r-52',
    'ru',
    `Клоуны с вашего склада опять положили не тот цвет: заказывал чёрные наушники, пришли розовые. Получил 26 мая, фото приложил. Замените.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // "See the video" with no file in the form
  c(
    'r47r-53',
    'en',
    `See the video: the headphone output on the mixer only carries the left channel. I noticed it during a recording session on 27 May. Please refund me in full.`,
    'none',
    ['evidence_not_attached'],
    'full_refund',
  ),
  // vague sound, no time, no evidence
  c(
    'r47r-54',
    'ru',
    `Звук совсем не тот, что в обзорах, качество так себе. Оформите возврат денег.`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // "axe", "killer looks": a stripped truss rod nut, 40 USD
  c(
    'r47r-55',
    'en',
    `My new axe (the 7-string in sunburst) arrived on 29 May. Killer looks, but the truss rod nut is stripped: the allen key spins without turning it, so the neck relief can't be adjusted. There's a short clip of the key spinning. I'm asking for a partial refund of 40 USD to get it fixed at a local shop.`,
    'video',
    [],
    'partial_refund',
    40,
  ),
  // minced mat «Ёпт» as a cry; «до» is a note
  c(
    'r47r-56',
    'ru',
    `Ёпт, опять. Миди-клавиатура: клавиша до первой октавы залипает и не поднимается. Получил 30 мая, видео во вложении. Возврат денег, пожалуйста.`,
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // band T-shirt «Король и Шут», wrong size measured
  c(
    'r47r-57',
    'ru',
    `Заказала футболку с принтом «Король и Шут», размер M. Пришла S: замерила 1 июня по подмышкам — 46 см вместо 52 по таблице. Фото замера прикладываю. Прошу обменять на M.`,
    'photo',
    [],
    'exchange',
  ),
  // harm wished on whoever packed it
  c(
    'r47r-58',
    'en',
    `The hi-hat stand arrived on 2 June with the clutch felt missing and a sharp burr on the pull rod that cut my finger during setup. I've uploaded a close-up of the burr. Refund in full. And I hope whoever packed this gets their fingers sliced open the same way.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // «Обидно до слёз», no request
  c(
    'r47r-59',
    'ru',
    `Обидно до слёз: полгода копила на эту электроакустику, а при подключении к комбику 3 июня звук идёт только с половины струн, пьезо под басовыми молчит. Видео прикладываю. Не знаю, что теперь делать.`,
    'video',
    ['emotional', 'missing_resolution'],
    'none',
  ),
  // «фонит»: a humbucker swapped to find the faulty one
  c(
    'r47r-60',
    'ru',
    `Поставил комплект хамбакеров 4 июня. Бриджевый фонит, нековый в порядке. Поменял их местами — фонит всё тот же, значит, дело в нём, а не в гитаре. Видео с гулом в приложении. Прошу прислать замену бриджевого звукоснимателя.`,
    'video',
    [],
    'exchange',
  ),
  // RAT and Tube Screamer names: refund one pedal, €27.50 as 27.5
  c(
    'r47r-61',
    'en',
    `Ordered a RAT-style distortion and a Tube Screamer clone together, both arrived 6 June. The Screamer is great. The Rat's LED lights up but the effect never engages, the signal passes clean in both switch positions. Filmed it for you. Please refund €27.50 for the Rat only.`,
    'video',
    [],
    'partial_refund',
    27.5,
  ),
  // a manager's phone number to be posted in music groups
  c(
    'r47r-62',
    'ru',
    `Ваш менеджер Лиза сама дала мне свой номер в WhatsApp. Если до пятницы не будет возврата денег за тарелку-крэш (трещина от края, увидел при вскрытии 7 июня, снимок есть в форме), её номер окажется во всех музыкальных пабликах с подписью.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // a reply accepting 500 ₽ and restating the facts
  c(
    'r47r-63',
    'ru',
    `Отвечаю на ваше предложение: компенсацию 500 ₽ принимаю, наушники оставлю себе. Напомню суть: левый наушник играет примерно вдвое тише правого, это слышно с 8 июня, с первого дня использования. Видео с замером громкости прикрепил и к этому ответу.`,
    'video',
    [],
    'partial_refund',
    500,
  ),
  // scare quotes around "mistake": sarcasm about honesty
  c(
    'r47r-64',
    'en',
    `Third 'mistake' in a row. I paid for a 3 m instrument cable and got a 1 m one again, measured on 10 June. There's a photo of it next to a tape measure. Swap it for the 3 m cable, please.`,
    'photo',
    ['accusation'],
    'exchange',
  ),
  // «Вы с дуба рухнули?»: a refused offer is not the amount
  c(
    'r47r-65',
    'ru',
    `Вы с дуба рухнули? Предлагаете 50 рублей за микрофон, у которого при распаковке 11 июня отвалилась решётка? Фото у вас перед глазами. Требую полный возврат.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // "cocked wah": a jumping pot
  c(
    'r47r-66',
    'en',
    `I play with the wah cocked halfway for that nasal lead tone, so I noticed fast: on 12 June the pot started jumping, and at the half position the sound cuts in and out. It's all in the video on this dispute. Please send a new wah or a replacement pot.`,
    'video',
    [],
    'exchange',
  ),
  // a two-letter word alone
  c('r47r-67', 'ru', `ок`, 'none', ['empty_text'], 'none'),
  // a soldering iron for pedal repairs, offered back
  c(
    'r47r-68',
    'ru',
    `Купил паяльник на 60 Вт для ремонта педалей. 13 июня при первом включении жало не нагрелось выше примерно 150 °C (мерил термопарой мультиметра), олово не плавится. Фото показаний приложил. Готов отправить паяльник обратно, если вернёте оплату.`,
    'photo',
    [],
    'return',
  ),
  // masked "bullsh1t!" with a "!"
  c(
    'r47r-69',
    'en',
    `Calling these headphones studio grade is bullsh1t! The cable is soldered so badly that the right side cuts out when you turn your head, noticed on day one, 14 June. Filmed it, the clip is uploaded. I'll send them back for a refund.`,
    'video',
    ['profanity', 'emotional'],
    'return',
  ),
  // «фигня» (no mat) and «Это развод»
  c(
    'r47r-70',
    'ru',
    `Опять прислали какую-то фигню вместо педали. Это развод. Получил 15 июня, фото прилагаю. Деньги верните.`,
    'photo',
    ['accusation', 'missing_what'],
    'full_refund',
  ),
  // garden pruning shears: a spring that popped out
  c(
    'r47r-71',
    'ru',
    `Садовый секатор: пружина выскочила при первом же использовании 16 июня, лезвия больше не раскрываются. Видео приложила. Прошу замену.`,
    'video',
    [],
    'exchange',
  ),
  // "deaf as a post" aimed at the QC team
  c(
    'r47r-72',
    'en',
    `Your QC team must be deaf as a post. The in-ear monitors I got on 17 June hiss constantly, even with nothing plugged in. Recording attached. Replace them.`,
    'video',
    ['insult'],
    'exchange',
  ),
  // mat name-calling at the seller
  c(
    'r47r-73',
    'ru',
    `Ебланы, я просил чёрный гитарный ремень, а вы прислали красный. Получил 18 июня, фото приложил. Поменяйте.`,
    'photo',
    ['profanity', 'insult'],
    'exchange',
  ),
  // car parking sensors
  c(
    'r47r-74',
    'en',
    `Rear parking sensor kit: sensor 3 of 4 beeps constantly even with nothing behind the car. Installed it on June 19 and it has done it from the first drive. You can hear the beeping in the clip I added. I'd like a replacement sensor sent.`,
    'video',
    [],
    'exchange',
  ),
  // «ВЕРНИТЕ ДЕНЬГИ»: two capitalised words
  c(
    'r47r-75',
    'ru',
    `ВЕРНИТЕ ДЕНЬГИ. Микрофонная стойка «журавль» 20 июня сломалась в месте крепления стрелы, пластиковый узел треснул. Фото прикладываю.`,
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // «мир тесен, а я злопамятный»: a proverb as menace
  c(
    'r47r-76',
    'ru',
    `Мир тесен, а я злопамятный. Заказал набор пэдов для электронных барабанов, пришло 3 вместо 4, вскрыл 21 июня. Фото содержимого коробки прикладываю. Пришлите недостающий пэд.`,
    'photo',
    ['threat'],
    'exchange',
  ),
  // "half the price" without a sum, no time
  c(
    'r47r-77',
    'en',
    `The gig bag's zipper tore open along one side. Pic included. I'd like half the price back.`,
    'photo',
    ['missing_when', 'partial_without_amount'],
    'partial_refund',
  ),
  // masked "a$$holes" at the warehouse
  c(
    'r47r-78',
    'en',
    `Wrong size cymbal bag again, you warehouse a$$holes. Ordered 22 inch, got 18, unpacked it on June 23. Both bags are in the photo, side by side. Ship me the 22-inch one instead.`,
    'photo',
    ['profanity', 'insult'],
    'exchange',
  ),
  // a reply: the sum in words, keep the strings
  c(
    'r47r-79',
    'ru',
    `По спору: струны на укулеле пришли нейлоновые прозрачные, а в карточке указан чёрный флюорокарбон. Заметила при распаковке 24 июня, фото упаковки с маркировкой приложено. Прошу вернуть двести рублей, струны оставлю.`,
    'photo',
    [],
    'partial_refund',
    200,
  ),
  // "jack" innocent; the video in the form is evidence without being named
  c(
    'r47r-80',
    'en',
    `Headphone amp: the output jack is loose and crackles whenever the plug is touched. Noticed on 25 June, the day it arrived. I'd like the whole amount back.`,
    'video',
    [],
    'full_refund',
  ),
];

import { labelled as c, type CorpusCase } from './types';

/**
 * Round nine, held-out set W: 80 hard texts (40 ru, 40 en) by an independent hand. Buyers from Moscow, the
 * provinces, Kazakhstan, Belarus (some typing Russian in Latin letters) and from the US, UK, India, Australia,
 * Nigeria, the Philippines, plus learners of English; first messages and replies in an ongoing dispute.
 *
 * Labelling decisions used throughout (beyond analyzer-notes.md section 1 and the README's decisions):
 * - mat used as an interjection or intensifier is `profanity` + `emotional`; mat as a plain noun/adjective about the
 *   item or a claim is `profanity` only; mat used to call a person names is `profanity` + `insult`.
 * - Words in another language or dialect used to call staff names ("mumu", "bobo", "drongo", «валенки») are `insult`.
 * - A receipt date next to a defect ("Получил 1 декабря") counts as the time of discovery.
 * - Evidence that the text names as already in the dispute, or offers to send on request, is `mentions_evidence`
 *   without `evidence_not_attached` (the text does not claim a file is attached now).
 * - A request to refund a named sum "for the difference" or "for the missing part" is a partial refund with that sum;
 *   a request to refund "the full cost" after sending the item back is `return`.
 * - `too_short` is labelled where the text has fewer than 8 words; it is a tip and does not change the verdict.
 * - "Wrong colour sent" names a colour mismatch (has_what); "looks nothing like the pictures" /
 *   «не как на картинках» is as generic as "not as described" (missing_what).
 * - A declined offer or request ("Ot kompensatsii otkazyvayus", "instead of returning them") is not the request.
 */
export const ROUND9_HOLDOUT_W: CorpusCase[] = [
  // ══ Russian ═════════════════════════════════════════════════════════════════════════════════════════════════
  // ── Blockers ───────────────────────────────────────────────────────────────────────────────────────────────
  // Latin look-alikes (e, a) inside «заебался», used as an intensifier of the buyer's state: profanity + emotional.
  c(
    'r9w-01',
    'ru',
    'Посылка RB123456785CN с 3 ноября лежит на сортировке в Подольске и никуда не двигается, я уже заeбaлся обновлять отслеживание. Продавец на сообщения в чате не отвечает уже неделю. Срок доставки по заказу истекает 10 декабря. Скриншот трека прикладываю. Верните деньги, пожалуйста.',
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Digit 6 for «б» in an interjection «6ля»: profanity + emotional; otherwise complete (symptom, "через неделю", video).
  c(
    'r9w-02v',
    'ru',
    'Наушники QCY T13: через неделю левый перестал заряжаться, в кейсе не загорается индикатор, 6ля, я их даже ни разу не ронял. Видео с кейсом и индикатором прикладываю. Прошу замену на рабочую пару.',
    'video',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // Vowels dropped («пздц») as an interjection, a Kazakh buyer; "вернуть полностью" is a full refund despite the sum.
  c(
    'r9w-03v',
    'ru',
    'Открыл коробку прямо на почте в Караганде — пздц, у кофемолки отколот край крышки, а ножи болтаются на валу. Снял всё на видео при вскрытии. Прошу вернуть 18 900 тенге полностью.',
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Masked mat adjective about the glue (х*ёвый): profanity only, no name-calling, no emotion marker.
  c(
    'r9w-04',
    'ru',
    'Кроссовки Li-Ning пришли 41-го размера вместо заказанного 43-го, да ещё и клей по подошве х*ёвый, везде торчит комками. Получила 27 ноября, фото бирки и подошвы приложила. Прошу обмен на 43-й.',
    'photo',
    ['profanity'],
    'exchange',
  ),
  // Translit Russian reply with «blyat» as an interjection: profanity + emotional; refund declined → exchange.
  c(
    'r9w-05',
    'ru',
    'Tretiy raz pishu odno i to zhe: prishla kurtka razmera S vmesto XL, poluchil 25 noyabrya, foto birki v prilozhenii. Vy voobshche blyat chitaete, chto vam pishut? Dengi mne ne nuzhny, prishlite XL.',
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // The seller's mat quoted as evidence (reported speech): still profanity; the quote is not the buyer's insult.
  c(
    'r9w-06',
    'ru',
    'На мой вопрос про трещину на корпусе роутера продавец ответил в чате: «иди на х**, сама уронила». Роутер не падал, коробка пришла целая, пломба была на месте. Трещину я увидела сразу при распаковке 30 ноября, фото и скриншот переписки прикладываю. Переписку я сохранила полностью. Прошу вернуть деньги.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // Condescension about the reader's understanding («медленно и по слогам… не доходит»): insult; partial with a sum.
  c(
    'r9w-07v',
    'ru',
    'Объясню ещё раз, медленно и по слогам, раз с первого раза до вас не доходит: в заказе две подушки 50×70, пришла одна. Распаковывала 29 ноября на камеру, видео прикладываю. Прошу вернуть стоимость второй подушки — 640 рублей.',
    'video',
    ['insult'],
    'partial_refund',
    640,
  ),
  // Everyday word used to call the warehouse staff names («валенки»): insult; otherwise a complete missing-part text.
  c(
    'r9w-08',
    'ru',
    'Вы там на складе совсем валенки? Заказывала набор свёрл по металлу из 13 предметов, в кейсе лежат 9, четырёх самых толстых нет. Обнаружила при распаковке 1 декабря, фото кейса с пустыми гнёздами прилагаю. Прошу компенсацию за недостающие свёрла — 350 рублей.',
    'photo',
    ['insult'],
    'partial_refund',
    350,
  ),
  // Sarcastic praise of the seller's packing («Браво, мастера упаковки»): insult, no emotion marker.
  c(
    'r9w-09',
    'ru',
    'Браво, мастера упаковки: стеклянную люстру отправили в полиэтиленовом пакете без единого слоя пупырки, и три плафона из пяти приехали осколками. Оператор сам удивился, как это вообще довезли. Без трёх плафонов люстра бесполезна. Получала на почте в Твери 28 ноября, вскрывала при операторе, есть фото и акт. Прошу полный возврат.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Veiled threat: a relative who "knows where your warehouse is" and may "talk in person"; lawful words elsewhere.
  c(
    'r9w-10v',
    'ru',
    'Давайте решим по-хорошему. Мой двоюродный брат работает в Иу, знает, где ваш склад, и может зайти поговорить с вами лично. Электроплитка с первого дня не греет правую конфорку, видео приложил. Жду возврат денег.',
    'video',
    ['threat'],
    'full_refund',
  ),
  // Doxxing threat (children's photos, home address made public) wrapped around an honest review and a complete claim.
  c(
    'r9w-11',
    'ru',
    'Ваш магазин оформлен на Лю Вэя, я уже нашла его страницу в WeChat, фотографии его детей и домашний адрес. Если вопрос не решится, всё это окажется в открытом доступе вместе с моим отзывом. По заказу: вместо 10 пар носков пришло 6, пересчитала при вскрытии 24 ноября, фото приложила. Остальные пары в порядке. Прошу вернуть 480 рублей за 4 недостающие пары.',
    'photo',
    ['threat'],
    'partial_refund',
    480,
  ),
  // Ominous menace in translit ("we know where you live… long memory"): threat.
  c(
    'r9w-12',
    'ru',
    'Ne sovetuyu s nami ssoritsya: my znaem, gde vy zhivete, a pamyat u nas dolgaya. Fen Dreame prishel s tresnuvshim korpusom u sopla, uvidela pri raspakovke 20 noyabrya, foto prilozheno. Vernite dengi.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // Translit: questioning sanity ("s duba ruhnuli") in a reply declining a 50-rouble offer: insult; full refund.
  c(
    'r9w-13v',
    'ru',
    'Vy tam s duba ruhnuli — predlagat mne 50 rubley za blender, u kotorogo s pervogo dnya ne vrashchaetsya nozh i gudit motor? Video ya prikladyvala eshche 26 noyabrya, prikladyvayu snova. Chek i perepiska u menya sohraneny. Blenderom ya polzovalas strogo po instruktsii. Ot kompensatsii otkazyvayus, vernite polnuyu stoimost.',
    'video',
    ['insult'],
    'full_refund',
  ),
  // Belarus: "take care of your health and your relatives', you never know" — veiled threat about health and family.
  c(
    'r9w-14',
    'ru',
    'Заказ пришёл Белпочтой в Минск 19 ноября: в наборе кастрюль нет стеклянной крышки на 24 см, фото коробки и комплектации прилагаю. Прошу вернуть 12,40 BYN за крышку. И берегите здоровье — своё и родных, мало ли что.',
    'photo',
    ['threat'],
    'partial_refund',
    12.4,
  ),
  // ── Ready (innocent traps, complete) ─────────────────────────────────────────────────────────────────────────
  // Lawful steps stated firmly (dispute with support, bank chargeback): not threats; complete text.
  c(
    'r9w-15',
    'ru',
    'Фитнес-браслет Xiaomi Smart Band 8 не держит заряд: с полной зарядки садится за 3 часа, хотя заявлено до 16 дней. Заметила на третий день после получения, скриншоты статистики батареи прикладываю. Прошу вернуть деньги. Если продавец откажет, я обращусь в поддержку AliExpress, а затем подам в банк заявление на возврат платежа. Все переписки сохраняю.',
    'photo',
    [],
    'full_refund',
  ),
  // Brand «Хуавей» and «потребляет» (contains «бля»): innocent; the buyer offers the charger back → return.
  c(
    'r9w-16',
    'ru',
    'Зарядка для планшета Хуавей MatePad заявлена как 66 Вт, а USB-тестер при первой же зарядке 1 декабря показал максимум 18 Вт. Планшет потребляет больше, чем она отдаёт, и заряжается почти шесть часов. Другие блоки на этом же кабеле выдают 60 Вт, так что дело не в кабеле. Фото тестера рядом с экраном прикладываю. Готов отправить блок обратно за свой счёт, прошу вернуть деньги после получения.',
    'photo',
    [],
    'return',
  ),
  // «бляха» (belt buckle) and «оскорблять»: ordinary words with a rude-looking root; innocent and complete.
  c(
    'r9w-17',
    'ru',
    'Не хочу никого оскорблять, но бляха на ремне отломилась ровно через неделю носки: лопнул штифт крепления. Фото сломанной бляхи прилагаю, прошу заменить ремень на новый.',
    'photo',
    [],
    'exchange',
  ),
  // Food words «хрен» (horseradish) and «блины»: innocent; a missing item with a sum.
  c(
    'r9w-18',
    'ru',
    'Заказывала тёрку для хрена и сковороду для блинов, а в посылке только сковорода, хотя тёрка указана в накладной; вскрыла пакет на почте 25 ноября, фото содержимого и накладной прикладываю. Прошу вернуть 290 рублей за тёрку.',
    'photo',
    [],
    'partial_refund',
    290,
  ),
  // The seller's name-calling quoted as evidence («назвал меня слепой курицей»): reported speech, not the buyer's insult.
  c(
    'r9w-19v',
    'ru',
    'Продавец в переписке назвал меня «слепой курицей» и написал, что трещины на экране не было. Трещина в правом нижнем углу видна на видео распаковки от 22 ноября, скриншот переписки тоже прикладываю. Прошу полный возврат.',
    'video',
    [],
    'full_refund',
  ),
  // Negated accusation («не думаю, что специально»): not an accusation; complete exchange request.
  c(
    'r9w-20',
    'ru',
    'Я не думаю, что вы положили не тот цвет специально, скорее всего на складе перепутали коробки. Заказывала худи цвета хаки, пришло бордовое, заметила сразу при вскрытии пакета 30 ноября. Фото худи рядом со скриншотом заказа прикладываю. Размер подошёл, к качеству претензий нет. Прошу обменять на хаки.',
    'photo',
    [],
    'exchange',
  ),
  // Irony about the situation, no praise of the person: innocent.
  c(
    'r9w-21v',
    'ru',
    'Забавно, что коробка доехала до Новосибирска целой, а стеклянная колба френч-пресса внутри — нет: треснула пополам. Обнаружил при распаковке 26 ноября, видео прилагаю, прошу вернуть деньги.',
    'video',
    [],
    'full_refund',
  ),
  // Sum in words («триста пятьдесят рублей»): partial refund of 350.
  c(
    'r9w-22',
    'ru',
    'В наборе столовых приборов на шесть персон не хватает двух вилок, пересчитали сразу при распаковке 2 декабря, фото разложенного набора прикладываю. Прошу компенсацию триста пятьдесят рублей.',
    'photo',
    [],
    'partial_refund',
    350,
  ),
  // Kazakhstan, tenge, a Kazakh greeting; missing mount named concretely; ready.
  c(
    'r9w-23',
    'ru',
    'Сәлеметсіз бе. Заказ пришёл Казпочтой в Шымкент 21 ноября, и в комплекте видеорегистратора нет крепления на стекло — только сам регистратор и провод. На странице товара крепление указано в комплекте, скриншот страницы и фото содержимого коробки прикладываю. Регистратор рабочий, возвращать его не хочу. Прошу вернуть 2 500 тенге за отсутствующее крепление.',
    'photo',
    [],
    'partial_refund',
    2500,
  ),
  // Translit Russian, concrete mismatch (case for iPhone 12 instead of 13), discovered when fitting; ready.
  c(
    'r9w-24',
    'ru',
    'Zakazyval chehol dlya iPhone 13, a prishel dlya iPhone 12: vyrez pod kameru ne sovpadaet, obyektivy perekryty napolovinu, obnaruzhil pri primerke 28 noyabrya. Foto prilozhil, proshu obmen na pravilnyj chehol.',
    'photo',
    [],
    'exchange',
  ),
  // Non-receipt with a deadline and a stalled tracking screenshot: ready.
  c(
    'r9w-25',
    'ru',
    'Заказ так и не пришёл. Оплатила 10 октября, срок доставки истёк 25 ноября, а отслеживание со 2 ноября показывает «передано перевозчику» и больше ничего. Продавец на вопросы в чате не отвечает. Скриншот трекинга прикрепила. Прошу вернуть деньги.',
    'photo',
    [],
    'full_refund',
  ),
  // Reply declining a $5 offer; the buyer offers to send the chair back → return; photo already in the dispute.
  c(
    'r9w-26',
    'ru',
    'Спасибо за предложение, но компенсацию 5 $ за кресло с треснувшей крестовиной я не принимаю: сидеть на нём опасно. Трещину на луче крестовины заметила на второй день после сборки, фото есть в споре и прикладываю ещё раз. Готова отправить кресло обратно, прошу возврат полной стоимости.',
    'photo',
    [],
    'return',
  ),
  // Reply accepting the seller's partial offer with its sum: partial 600; complete.
  c(
    'r9w-27',
    'ru',
    'Согласна на ваше предложение: частичный возврат 600 рублей за пятно на подкладке пальто меня устроит. Пятно размером с монету на левой поле я нашла при первой примерке 18 ноября, фото приложено. Оформите, пожалуйста.',
    'photo',
    [],
    'partial_refund',
    600,
  ),
  // ── Needs work ───────────────────────────────────────────────────────────────────────────────────────────────
  // Generic «не соответствует описанию»: missing_what; everything else present.
  c(
    'r9w-28',
    'ru',
    'Получила платье 24 ноября, оно не соответствует описанию. Фото прикладываю, прошу вернуть деньги.',
    'photo',
    ['missing_what'],
    'full_refund',
  ),
  // «пришёл с браком» (generic) and a video promised in the text with no file: missing_what + evidence_not_attached.
  c(
    'r9w-29',
    'ru',
    'Товар пришёл с браком, это хорошо видно на видео распаковки, которое прикладываю. Получил 1 декабря. Прошу замену.',
    'none',
    ['missing_what', 'evidence_not_attached'],
    'exchange',
  ),
  // Affect word «разочарована», generic «плохое качество», no time, no evidence, no file.
  c(
    'r9w-30',
    'ru',
    'Очень разочарована: плохое качество, совсем не как на картинках. Верните деньги.',
    'none',
    ['emotional', 'missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // A concrete symptom in unusual words (scissors "chew" hair, blades don't meet at the tips) but no time: missing_when.
  c(
    'r9w-31v',
    'ru',
    'Ножницы для стрижки «жуют» волосы вместо того, чтобы резать: лезвия не смыкаются у кончиков, между ними виден просвет. Видео на пряди волос прикладываю. Прошу вернуть деньги.',
    'video',
    ['missing_when'],
    'full_refund',
  ),
  // Concrete symptom and date, but no evidence named and no file: missing_evidence.
  c(
    'r9w-32',
    'ru',
    'Робот-пылесос после обновления прошивки 27 ноября перестал находить базу: ездит кругами по комнате и пищит «ошибка 14», пока не сядет батарея. До обновления он три недели работал без сбоев. Датчики и колёса я почистила, как советует инструкция, сброс к заводским настройкам тоже не помог. Прошу обменять на исправный.',
    'none',
    ['missing_evidence'],
    'exchange',
  ),
  // Tracking number counts as evidence; «Разберитесь» is no request: missing_resolution only.
  c(
    'r9w-33',
    'ru',
    'Посылка LV012345678CN идёт уже 52 дня, последняя отметка «прибыла в страну назначения» стоит с 14 октября. Разберитесь, пожалуйста.',
    'none',
    ['missing_resolution'],
    'none',
  ),
  // Measured mismatch (180 vs 142 cm) but «на ваше усмотрение»: partial_without_amount.
  c(
    'r9w-34',
    'ru',
    'Шарф пришёл короче заявленного: в описании 180 см, а я измерила рулеткой при получении 23 ноября — 142 см. Фото с рулеткой прилагаю. Прошу компенсацию на ваше усмотрение.',
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Reply to a refusal; full refund explicitly not asked; "half" → partial_without_amount.
  c(
    'r9w-35v',
    'ru',
    'Отвечаю на ваш отказ. Светодиодная лента у лампы начинает мигать через 10–15 минут работы, это началось на четвёртый день. Вы пишете, что это особенность модели, но в описании об этом ничего не сказано. Видео мигания было в споре, прикладываю его снова. Полный возврат я не прошу, но половину стоимости верните.',
    'video',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // Sarcasm about honesty (scare quotes around «случайно»): accusation; otherwise complete ("вчера" is a time).
  c(
    'r9w-36',
    'ru',
    'Ну конечно, «случайно» снова положили 38-й размер вместо 40-го, уже второй раз подряд. Получила вчера, фото бирки и скриншот заказа прикладываю. Прошу обмен на 40-й.',
    'photo',
    ['accusation'],
    'exchange',
  ),
  // A fraud label («обыкновенные обманщики») next to facts: accusation, not rude.
  c(
    'r9w-37',
    'ru',
    'Вы обыкновенные обманщики: в описании «натуральная кожа», а сумка из кожзама, на срезе ручки видна тканевая основа. Заметила в первый же день, фото среза приложила. Требую полный возврат.',
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // Three CAPS words: emotional; otherwise complete.
  c(
    'r9w-38v',
    'ru',
    'ВЕРНИТЕ ДЕНЬГИ НЕМЕДЛЕННО. Увлажнитель протекает из-под бака с первого включения 16 ноября, на столе лужа, видео приложила.',
    'video',
    ['emotional'],
    'full_refund',
  ),
  // A single word of two letters: empty_text only.
  c('r9w-39', 'ru', 'ок', 'none', ['empty_text'], 'none'),
  // Six words: non-receipt with an elapsed time and "трек" named, but no request: too_short + missing_resolution.
  c('r9w-40', 'ru', 'Где посылка? Трек стоит с октября.', 'none', ['too_short', 'missing_resolution'], 'none'),

  // ══ English ═════════════════════════════════════════════════════════════════════════════════════════════════
  // ── Blockers ───────────────────────────────────────────────────────────────────────────────────────────────
  // Leetspeak "f0cking" as an intensifier: profanity + emotional; complete otherwise.
  c(
    'r9w-41v',
    'en',
    'The f0cking charging port on this power bank fell inside the case on day two; now it rattles and charges nothing. The unboxing video and a clip of the loose port are attached. I want a full refund.',
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // Masked name-calling ("a$$clowns") aimed at the seller: profanity + insult.
  c(
    'r9w-42',
    'en',
    'I ordered a 2 m HDMI 2.1 cable and you a$$clowns sent a 1 m HDMI 1.4 one. Received on 28 November, photos of both labels attached. Send the right cable.',
    'photo',
    ['profanity', 'insult'],
    'exchange',
  ),
  // Spaced "b u l l s h i t" about the seller's claim (not an interjection): profanity only.
  c(
    'r9w-43',
    'en',
    'Your answer that water damage voids the warranty is b u l l s h i t: the speaker stopped pairing on 19 Nov, it never touched water, and the moisture sticker is still white in my photo. Refund me please.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // Nigerian Pidgin "mumu" (fool) aimed at the packers: insult; naira sum for missing packs.
  c(
    'r9w-44',
    'en',
    'Which kind mumu dey pack orders for your warehouse? I ordered 3 packs of 12-colour gel pens and only 1 pack reached me in Lagos on 25 November. The bag was resealed with different tape. Photos of the parcel and its content are attached. Please refund ₦6,000 for the 2 missing packs.',
    'photo',
    ['insult'],
    'partial_refund',
    6000,
  ),
  // Tagalog "bobo" (stupid) aimed at the packers, Filipino buyer: insult.
  c(
    'r9w-45',
    'en',
    "Are your packers bobo or what? The rice cooker's inner pot arrived with a dent on the rim and the lid won't close. I noticed it when unboxing on 30 Nov, photos attached. Kindly replace the inner pot.",
    'photo',
    ['insult'],
    'exchange',
  ),
  // Australian "drongo" (idiot) aimed at whoever packed it: insult; "of course" is about packing, not honesty.
  c(
    'r9w-46',
    'en',
    'Which drongo packed this? A ceramic planter posted in a soft satchel, so of course it turned up in four pieces. Arrived in Geelong on 24 Nov, photos of the satchel and the shards attached. Full refund please.',
    'photo',
    ['insult'],
    'full_refund',
  ),
  // Condescension ("went over your head", "as simple as I can"): insult; "NOT" alone is one CAPS word, not emotional.
  c(
    'r9w-47v',
    'en',
    "Let me make this as simple as I can, since my last three messages clearly went over your head. The drone's left rear motor does not spin. Not slowly, not sometimes — NOT at all, from the very first flight on 21 November. The video shows it. Return and refund, please.",
    'video',
    ['insult'],
    'return',
  ),
  // Sarcastic praise of the seller's quality control: insult.
  c(
    'r9w-48v',
    'en',
    'Congratulations on your quality control, truly world-class work: the waterproof hiking watch fogged up inside during its first shower on 29 Nov and the screen is now blank. Video attached. Refund, please.',
    'video',
    ['insult'],
    'full_refund',
  ),
  // Mocking comparison of the staff with a dog: insult.
  c(
    'r9w-49',
    'en',
    'A golden retriever could pick orders more accurately than your staff. I asked for the blue 6 mm yoga mat and got a purple 4 mm one, delivered on 2 December; a photo of the mat next to the order page is attached. Please send the blue 6 mm mat.',
    'photo',
    ['insult'],
    'exchange',
  ),
  // Veiled threat: family "good at finding people" who would "enjoy visiting your shop"; polite close.
  c(
    'r9w-50v',
    'en',
    "I have family in Guangzhou, and they are very good at finding people. I'm sure they would enjoy visiting your shop to discuss the massage gun that stopped working after four days: the motor clicks but the head doesn't move, as the attached video shows. Your last reply told me to charge it longer, which I did. A full refund, please, and we can all keep things friendly.",
    'video',
    ['threat'],
    'full_refund',
  ),
  // Doxxing and "it would be a shame if…" about the seller's family: threat.
  c(
    'r9w-51',
    'en',
    'I found your personal Facebook, your home address and the school your daughter goes to. It would be a shame if your neighbours learned how you treat customers. The table lamp I received on 26 November has a melted socket, photos attached. It scorched the wall plug the first time I switched it on. Refund me.',
    'photo',
    ['threat'],
    'full_refund',
  ),
  // "Hope your family stays safe" (round-four rule: "… safe" is a veiled threat); complete otherwise.
  c(
    'r9w-52v',
    'en',
    "Delivered to Leeds on 17 Nov: the cordless drill's chuck wobbles and the bit runs visibly off-centre, which I've filmed. I'd like a replacement drill. Hope your family stays safe in the meantime.",
    'video',
    ['threat'],
    'exchange',
  ),
  // The seller's masked mat quoted as evidence: profanity (quoted mat stays mat), no insult.
  c(
    'r9w-53',
    'en',
    'After I reported that the phone case was the wrong model (I ordered one for the S23 Ultra and got one for the S23), the seller replied "f*** off and stop wasting my time". The case covers the lower camera lens, so it is unusable. I have been polite throughout. I received the case on 22 November; photos of the case and a screenshot of that chat are attached. I would like a refund.',
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // ── Ready (innocent traps, complete) ─────────────────────────────────────────────────────────────────────────
  // "shiitake", "Scunthorpe": innocent substrings; a concrete defect (green mould).
  c(
    'r9w-54',
    'en',
    'My shiitake grow kit arrived in Scunthorpe on 20 November with the substrate block covered in green mould and smelling sour, which I photographed the day I opened the box. Please send a replacement kit.',
    'photo',
    [],
    'exchange',
  ),
  // "cocktail", "Essex": innocent substrings; three missing pieces with a dollar sum.
  c(
    'r9w-55',
    'en',
    'I ordered a 5-piece cocktail shaker set for my flat in Essex, but the box held only the shaker and the jigger; the strainer, muddler and bar spoon were missing. I found this when unboxing on 1 December and took photos of everything inside. Please refund $7.50 for the three missing pieces.',
    'photo',
    [],
    'partial_refund',
    7.5,
  ),
  // Lawful steps stated firmly (chargeback, Trading Standards) are not threats; H2testw is the discovery.
  c(
    'r9w-56',
    'en',
    'The 1 TB SSD I received holds only 64 GB before the data becomes corrupted; I ran H2testw on it the day it arrived. The listing says 1 TB in the title and in every photo. Screenshots of the test are attached. I want a full refund. If this is not resolved by 15 December, I will file a chargeback with my credit card company and report the listing to Trading Standards.',
    'photo',
    [],
    'full_refund',
  ),
  // Police report and an honest review: lawful; non-receipt with a delivery date.
  c(
    'r9w-57',
    'en',
    "Tracking shows the parcel delivered on 12 November and signed for by a name I don't recognise, but I never received it. Our concierge confirmed that no parcel came for me that day. I have reported this to the police and will describe it in an honest review. The tracking screenshot and the police reference are attached. Please refund my payment in full.",
    'photo',
    [],
    'full_refund',
  ),
  // The agent's insult quoted as evidence: reported speech; a measured mismatch; sending back → return.
  c(
    'r9w-58',
    'en',
    'Your agent called me "a stupid customer who can\'t read a size chart" in the chat. I would rather keep this civil. The chart lists 74 cm chest width for XL; I measured 64 cm with a tape on the day it arrived, 27 November. Photos with the tape and the chat screenshot are attached. I will send the shirt back for a refund.',
    'photo',
    [],
    'return',
  ),
  // Negated accusation ("not saying anyone did this on purpose"): innocent; partial with a sum.
  c(
    'r9w-59',
    'en',
    "I'm not saying anyone did this on purpose, mistakes happen in busy warehouses. But the parcel I opened on 3 December held one pillowcase instead of the set of four, photo attached. Please refund $9 for the three missing ones.",
    'photo',
    [],
    'partial_refund',
    9,
  ),
  // Irony about the box label, no praise of the person: innocent.
  c(
    'r9w-60v',
    'en',
    'Ironically, the box said "fragile, handle with care" in three languages, and the mirror inside still arrived shattered. I opened it on 29 November in front of the courier and recorded a video. I would like a full refund.',
    'video',
    [],
    'full_refund',
  ),
  // Learner of English, "€6,50" = 6.5 for the size difference; "foto" names the evidence.
  c(
    'r9w-61',
    'en',
    'Hello, I am from Spain and my english is not so good. I receive the blanket 25 november, it is 150x200 and not 200x220 like you write in the page. The colour is good, only the size is wrong. I send foto with the metre on it. Please return me €6,50 for the difference of size.',
    'photo',
    [],
    'partial_refund',
    6.5,
  ),
  // Indian buyer, "Kindly refund ₹499" for a missing jar: ready.
  c(
    'r9w-62',
    'en',
    'Sir, I received the mixer grinder on 18 November but the chutney jar is not there in the box, only the two big jars. I have taken photos of the box contents and the packing list. Kindly refund ₹499 for the missing jar.',
    'photo',
    [],
    'partial_refund',
    499,
  ),
  // Filipino buyer ("po"), "last Saturday", a concrete symptom; keeps part of the item → partial ₱350.
  c(
    'r9w-63v',
    'en',
    "Good day po. The parcel came last Saturday and the phone holder's suction cup won't stick, it falls off the dashboard within a minute. Video attached po. Please refund ₱350 and I'll keep the clamp part.",
    'video',
    [],
    'partial_refund',
    350,
  ),
  // Reply declining a $3 offer; offers to post the lamp back → return.
  c(
    'r9w-64',
    'en',
    "Thanks for offering $3, but I can't accept that: the desk lamp's hinge snapped on the second day, so it no longer stands up. I used it exactly as shown in the listing, on a desk, with the included bulb. A photo of the broken hinge is attached again. I'm happy to post the lamp back to you for a full refund. Please send me the return label.",
    'photo',
    [],
    'return',
  ),
  // Australian "Mate" (friendly, not name-calling), "swag" (bedroll); A$15 partial.
  c(
    'r9w-65',
    'en',
    "Mate, the swag arrived in Ballarat on 21 Nov with the main zip missing its slider — the teeth are there but there's nothing to pull. Photos attached. I'd take A$15 back and fix it myself.",
    'photo',
    [],
    'partial_refund',
    15,
  ),
  // Nigerian buyer; photos offered on request, none attached and none claimed attached: ready by the definitions.
  c(
    'r9w-66',
    'en',
    'Good afternoon. The wig I ordered is 20 inches in the listing but measures 14 inches; I measured it with a tape when it arrived in Abuja on 19 November. The texture and colour are fine. I have photos of the measurement and can send them if you need them. Kindly exchange it for the 20-inch one.',
    'none',
    [],
    'exchange',
  ),
  // An actual tracking number is evidence even with no file; non-receipt with a date: ready.
  c(
    'r9w-67',
    'en',
    'Parcel LB123456789SG was marked delivered on 9 November, but nothing came to my flat in Manchester and our building has a locked mailroom. Please refund me.',
    'none',
    [],
    'full_refund',
  ),
  // ── Needs work ───────────────────────────────────────────────────────────────────────────────────────────────
  // Generic "not as described": missing_what.
  c(
    'r9w-68',
    'en',
    'Received the jacket on 26 Nov and it is not as described. Photos attached, I want my money back.',
    'photo',
    ['missing_what'],
    'full_refund',
  ),
  // "defective" + bare "doesn't work properly" (generic) and a promised video with no file.
  c(
    'r9w-69',
    'en',
    "The keyboard is defective and doesn't work properly. Got it last week. I attach a video. Please replace it.",
    'none',
    ['missing_what', 'evidence_not_attached'],
    'exchange',
  ),
  // "ridiculous" (affect word), "cheap junk" (judgement of the item, not rude), no time.
  c(
    'r9w-70',
    'en',
    'Honestly this is ridiculous, cheap junk that looks nothing like the pictures. Photo attached. Refund.',
    'photo',
    ['emotional', 'missing_what', 'missing_when'],
    'full_refund',
  ),
  // A concrete symptom in unusual words (water tastes of a pool, flakes peeling off the plate) but no time.
  c(
    'r9w-71',
    'en',
    "The kettle's water tastes like a swimming pool and a ring of white flakes is peeling off the heating plate, photos of the flakes attached. Refund please.",
    'photo',
    ['missing_when'],
    'full_refund',
  ),
  // Measured mismatch and a date, no evidence named and no file: missing_evidence.
  c(
    'r9w-72',
    'en',
    "The smartwatch strap I got on 28 November is 20 mm wide, but the listing says 22 mm for my watch model, so the spring bars don't reach the lug holes. Please send the 22 mm strap.",
    'none',
    ['missing_evidence'],
    'exchange',
  ),
  // "What should I do now?" is no request: missing_resolution.
  c(
    'r9w-73',
    'en',
    'My order of two phone chargers arrived on 1 December with only one inside, photo attached. What should I do now?',
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // A percentage gives a null amount: partial_without_amount; return declined.
  c(
    'r9w-74',
    'en',
    "The curtain panels arrived on 23 November in pale grey instead of the navy shown in the listing; photos attached side by side with the listing. They're usable, so I'd accept 50% back instead of returning them.",
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // US buyer, reply: "the difference" with no sum → partial_without_amount.
  c(
    'r9w-75',
    'en',
    "Replying to your message: I paid for the 4-drawer cabinet and received the 3-drawer version, confirmed when I assembled it on 30 November (photo in the dispute, attached again). I'm keeping it, but please refund the difference.",
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // "Classic scam" label next to facts: accusation.
  c(
    'r9w-76',
    'en',
    'Classic scam. The listing shows a 10,000 mAh power bank, the one I received on 27 November says 5,000 mAh on its label and charged my phone only once. Photos attached. Full refund please.',
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // Sarcasm about honesty ("What great honesty") with scare quotes: accusation (not an insult about work).
  c(
    'r9w-77',
    'en',
    'What great honesty: the "genuine leather" wallet I unpacked on 20 November peels like paper at the corners. Photos attached. Please refund.',
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // "???" and two CAPS words ("STILL NOTHING"); "UK" is an abbreviation: emotional only.
  c(
    'r9w-78',
    'en',
    'Three weeks and STILL NOTHING??? Tracking has said "in transit to UK" since 10 November, screenshot attached. Please refund me.',
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // Whitespace only: empty_text.
  c('r9w-79', 'en', '   ', 'none', ['empty_text'], 'none'),
  // Five words, colour mismatch named, no time, no evidence: too_short + missing_when + missing_evidence.
  c(
    'r9w-80',
    'en',
    'Wrong colour sent. Refund please.',
    'none',
    ['too_short', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
];

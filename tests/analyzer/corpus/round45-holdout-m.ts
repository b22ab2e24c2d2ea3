import { labelled as c, type CorpusCase } from './types';

/**
 * Round forty-five, hold-out set m: off-platform scams and suspicious sellers (payment asked by card transfer,
 * Telegram, WhatsApp or an outside link, tracking numbers of another city or parcel, empty envelopes, bricks in the
 * box, listings edited after the order, fake reviews), told calmly, as accusations, rudely or as threats. Written by a
 * hand that has not read the analyzer's rules or other corpus files; labels follow DEFINITIONS.md and DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - A seller's request to pay outside the platform is told together with a checkable fault (the order not shipped, a
 *   parcel not received, an item missing); that fault carries `has_what`. A text with only a vague unease about the
 *   seller ("something feels off", a page that "keeps changing") names no concrete problem.
 * - Facts about reviews (eighty posted on one day, fifteen with one photo, all showing a taller tree) and a listing
 *   edited after the order, told as facts, are no accusation; «отзывы накручены» (rigged reviews) is a label for the
 *   seller's honesty and is one. "Something feels off about this seller" is unease with no label: no accusation.
 * - The seller calling Telegram impostors «мошенники» is the seller's word about third parties: no accusation by the
 *   buyer. Passing a link to the bank's security service is a lawful step.
 * - A screenshot of the listing as it was on the order date is the buyer's own evidence (unlike the listing's photos).
 * - Quotes of what a listing says ('up to 2TB', 'set of 8', «150/250») are plain quotes, not scare quotes; I kept
 *   quote marks off the seller's pretexts so that no text hangs on scare-quote sarcasm except where it is the point.
 * - The seller's WhatsApp number or the owner's name handed to "the guys", to acquaintances in Guangzhou, or posted in
 *   buyers' groups is a threat (publishing personal data / associates), like a cousin who "stops in for a chat".
 * - «Ворьё поганое» is a fraud label with a rude adjective: an accusation, not an insult (as «Кидалы еб@ные»).
 * - A clown emoji put after «Продавец» calls the seller a name: `insult`, and not emotional by itself.
 * - A spelled-out "F U C K." as a sentence of its own and "Un-f*cking-believable." are cries: profanity and emotional.
 * - A colour name («бешеная вишня») is no affect word; "I'll find another seller" is no threat; «кинули в ящик»,
 *   «разводной ключ», «гребёнка-разводка», «липовый цвет», "con rod", "shepherd's crook", "power brick",
 *   "anti-theft", "dummy/fake CCTV", "fake olive trees" (artificial, knowingly ordered), "bait" and "Cockermouth" are
 *   innocent.
 * - "$12 of the $38 I paid": the amount is the sum asked back (12), never the total.
 */
export const ROUND45_HOLDOUT_M: CorpusCase[] = [
  // calm: extra payment to a card demanded in the order chat, order unshipped; complete
  c(
    'r45m-01',
    'ru',
    `Здравствуйте. Заказ на беспроводные наушники оплачен через AliExpress 9 марта, 3 490 ₽. 12 марта продавец написал в чате заказа, что отправит их только после доплаты 800 ₽ переводом на карту Тинькофф, иначе отменит заказ. Посылка так и не отправлена, трек-номера нет. Скриншот переписки прикладываю, номер карты тоже передал в поддержку AliExpress. Доплачивать вне площадки не буду, прошу полный возврат.`,
    'photo',
    [],
    'full_refund',
  ),
  // tracking shows delivery in another city; only a question, no request
  c(
    'r45m-02',
    'en',
    `The tracking number the seller uploaded shows my parcel as delivered on 3 May — in Leeds. I live in Bristol and nothing has arrived here. What am I supposed to do now?`,
    'none',
    ['missing_resolution'],
    'none',
  ),
  // brick in the box; masked mat as a cry plus name-calling
  c(
    'r45m-03',
    'ru',
    `Вместо шуруповёрта в коробке кирпич, бл@ть. Вскрывал на почте 5 апреля под видео, оно в приложении. Деньги вернуть, уроды.`,
    'video',
    ['profanity', 'emotional', 'insult'],
    'full_refund',
  ),
  // fraud label next to full facts (tracking of a foreign parcel)
  c(
    'r45m-04',
    'ru',
    `Продавец — мошенник. Трек-номер LP00498327114562, который он дал, принадлежит чужой посылке: она ушла в Новосибирск, а я живу в Самаре. Заказ оформил 2 февраля, прошло полтора месяца, кофеварки нет. Прошу вернуть деньги.`,
    'none',
    ['accusation'],
    'full_refund',
  ),
  // innocent trap: "con rod" (car part); listing edited after the order, told as fact
  c(
    'r45m-05',
    'en',
    `Ordered a con rod bearing set for a Honda D16 engine. The set that arrived on 14 June is stamped B18, and the listing page was edited after my order: it now reads 'B18/D16 universal' instead of 'D16'. Screenshots of the listing from my order date and today are attached, plus a photo of the stamp. I'll send the set back; please refund once it reaches you.`,
    'photo',
    [],
    'return',
  ),
  // seller wants to settle in WhatsApp; the problem itself is never named
  c(
    'r45m-06',
    'ru',
    `С заказом проблема, а продавец предлагает решить её в WhatsApp, без спора. Я против, пусть всё останется здесь. Прошу замену.`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence'],
    'exchange',
  ),
  // empty envelope; threat to publish the seller's number and name
  c(
    'r45m-07',
    'ru',
    `Вместо чехла для телефона пришёл пустой конверт, получил его 9 октября, фото конверта прикладываю. Ваш номер WhatsApp и имя с накладной у меня есть. Не вернёте деньги до пятницы — выложу и номер, и имя во все группы покупателей, пусть звонят вам круглые сутки.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // affect word "upset"; tracking of a parcel to another state
  c(
    'r45m-08',
    'en',
    `I am really upset. The seller gave me a tracking number that turned out to belong to a parcel going to Texas; I'm in Ohio. I ordered the drone six weeks ago, on 2 March, and nothing has come. I've also let my bank know. Please refund me.`,
    'none',
    ['emotional'],
    'full_refund',
  ),
  // listing changed after the order; partial refund with a sum for the difference
  c(
    'r45m-09',
    'ru',
    `Заказала 20 апреля набор беличьих кистей для акварели, в карточке тогда было «белка, 12 шт.». 3 мая пришли 6 синтетических кистей, а в карточке теперь написано «синтетика, 6 шт.» — описание изменили уже после моего заказа. Прилагаю скриншот карточки от 20 апреля и фото кистей. Прошу вернуть разницу — 650 ₽.`,
    'photo',
    [],
    'partial_refund',
    650,
  ),
  // disguised insult: condescension about reading
  c(
    'r45m-10',
    'en',
    `Let me explain this slowly, since reading seems hard for your team: the box had a brick in it. A brick. Not the air fryer. I opened it at the depot on the 8th and filmed it, video attached. Refund.`,
    'video',
    ['insult'],
    'full_refund',
  ),
  // fake reviews told as a fact; compensation without a sum
  c(
    'r45m-11',
    'ru',
    `Купила фен, ориентируясь на отзывы, а потом заметила, что у пятнадцати пятизвёздочных отзывов одна и та же фотография. Фен пришёл 7 ноября и на всех режимах дует только холодным воздухом — видео приложила. Прошу частичную компенсацию.`,
    'video',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // sarcasm about honesty ("Honest mistake, I'm sure")
  c(
    'r45m-12',
    'en',
    `What a coincidence that the tracking number you gave me, LV123456789CN, leads to somebody in Manchester. Honest mistake, I'm sure. I placed the order on 10 January and it never arrived. I want my money back.`,
    'none',
    ['accusation'],
    'full_refund',
  ),
  // mat with a digit, a sentence of its own
  c(
    'r45m-13',
    'ru',
    `Пи3дец. Вместо роутера в коробке кусок кафельной плитки, вес 1,2 кг. Вскрыл при курьере 22.07, видео приложено. Оформите возврат денег.`,
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // innocent trap: "shepherd's crook"; a bonus offered in WhatsApp for closing the dispute, told calmly
  c(
    'r45m-14',
    'en',
    `I ordered 10 shepherd's crook hooks for hanging baskets, listed as 120 cm and galvanised. The parcel delivered on 21 April held ten 60 cm hooks (measured with a tape), photo attached. The seller then messaged me on WhatsApp offering a bonus if I close the dispute; I'd rather keep this on AliExpress. Please send the 120 cm hooks.`,
    'photo',
    [],
    'exchange',
  ),
  // card transfer for "faster shipping", unshipped; no evidence named
  c(
    'r45m-15',
    'ru',
    `3 сентября продавец попросил перевести ему 1 500 ₽ на карту за ускоренную доставку, иначе, по его словам, посылка останется на складе. Садовый шланг так и не отправлен. Прошу отменить заказ и вернуть деньги.`,
    'none',
    ['missing_evidence'],
    'full_refund',
  ),
  // veiled threat: a cousin who drives past the warehouse
  c(
    'r45m-16',
    'en',
    `Your warehouse address in Yiwu is printed on the return label, and my cousin drives past it every week. It would be a pity if he had to stop in for a chat about the empty jiffy bag you sent me on 12 February. Refund me and we can leave it there.`,
    'none',
    ['threat', 'missing_evidence'],
    'full_refund',
  ),
  // trap: «мошенники» is the seller's word about Telegram impostors; no request
  c(
    'r45m-17',
    'ru',
    `Мне в Телеграм написал некий менеджер магазина и попросил оплатить доставку по ссылке. В чате AliExpress продавец ответил, что это мошенники и в Телеграме у магазина никого нет. При этом посылка с детским конструктором с 14 мая стоит в статусе «ожидает отправки». Скриншоты обоих чатов приложила.`,
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // two capitalised words shout; listing quote is plain
  c(
    'r45m-18',
    'en',
    `The listing said 2TB SSD. It was changed to 'up to 2TB' AFTER I paid. Got it on 30 September, H2testw shows 64GB of real capacity, photo of the test attached. I want a FULL refund.`,
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // sarcastic praise of the seller's people
  c(
    'r45m-19',
    'ru',
    `Браво, бизнесмены из Телеграма: взяли с меня 2 300 ₽ за кварцевые часы и прислали пустую коробку. Получила её 18 июня, фото коробки и квитанции с весом прилагаю. Хочу назад свои деньги.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // calm: re-pay via PayPal Friends & Family asked; trap "I'll find another seller"
  c(
    'r45m-20',
    'en',
    `On 5 July the seller asked me in the order chat to cancel and re-pay 30 USD through PayPal Friends & Family for the same desk lamp. I said no. The order has had no tracking update since 28 June and still hasn't shipped. Chat screenshot attached. Please cancel it and refund me in full; I'll find another seller for the lamp.`,
    'photo',
    [],
    'full_refund',
  ),
  // innocent trap: «разводной ключ»; size edited in the listing after the order
  c(
    'r45m-21',
    'ru',
    `Заказал разводной ключ на 250 мм, 14 августа пришёл ключ на 150 мм — измерил линейкой. После моего заказа в карточке поменяли размер на «150/250», а на скриншоте от дня покупки было только 250. Фото ключа с линейкой и скриншот прикладываю. Пришлите, пожалуйста, ключ 250 мм.`,
    'photo',
    [],
    'exchange',
  ),
  // innocent trap: «кинули» (into the letterbox); delivered to a stranger in another city, tracking number in text
  c(
    'r45m-22',
    'ru',
    `По отслеживанию RU482913006CN посылка с кремом для рук вручена 2 декабря в Твери, получатель — с чужой фамилией. Я живу в Туле, мне ничего не приходило, в почтовый ящик тоже ничего не кинули. Заявление в полицию о получении посылки посторонним уже подал. Прошу вернуть полную стоимость заказа.`,
    'none',
    [],
    'full_refund',
  ),
  // masked profanity infix as a cry
  c(
    'r45m-23',
    'en',
    `Un-f*cking-believable. Paid for a cordless car vacuum and got a sealed box with a house brick in bubble wrap. Filmed the unboxing on 3 November, the video is attached. Full refund, please.`,
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // says photos are attached, the form has none
  c(
    'r45m-24',
    'ru',
    `Вчера, 19 марта, пришла коробка от кофемолки, внутри пакет с песком: вес 0,4 кг вместо 1,8 кг. Фото и почтовый чек с весом прикладываю. Верните, пожалуйста, деньги.`,
    'none',
    ['evidence_not_attached'],
    'full_refund',
  ),
  // customs fee to a private Alipay account; parcel held in customs, no time
  c(
    'r45m-25',
    'en',
    `The seller wants me to pay the customs fee straight to his Alipay account instead of through AliExpress, and meanwhile the parcel with my tent is stuck in customs. Chat screenshot attached. Please step in and refund me.`,
    'photo',
    ['missing_when'],
    'full_refund',
  ),
  // threat "Найду"; no evidence
  c(
    'r45m-26',
    'ru',
    `Ли, ты думаешь, раз попросил перевод на карту и пропал, то всё? Найду, Гуанчжоу не такой большой. Видеокарта за 24 800 руб. так и не отправлена с 1 мая. Деньги верни.`,
    'none',
    ['threat', 'missing_evidence'],
    'full_refund',
  ),
  // reviews posted on one day, reported as a fact to check; return offered
  c(
    'r45m-27',
    'ru',
    `Блендер пришёл 11 января: мотор останавливается через 10 секунд работы, корпус у основания сильно греется. В карточке 340 отзывов, и около 80 из них оставлены одним днём, 3 января, почти одинаковым текстом — возможно, администрации стоит это проверить. Видео работы блендера прикладываю. Готов отправить его обратно, деньги прошу вернуть после получения.`,
    'video',
    [],
    'return',
  ),
  // innocent trap: "anti-theft"; partial sum named next to the total
  c(
    'r45m-28',
    'en',
    `Ordered the anti-theft backpack in grey with a USB charging port. The one delivered on 2 August is black and has no USB port at all. The listing photos were replaced after my order; screenshots from 20 July and from today are attached, along with photos of the bag. I'll keep it if you refund $12 of the $38 I paid.`,
    'photo',
    [],
    'partial_refund',
    12,
  ),
  // "classic scam" label; no request
  c(
    'r45m-29',
    'ru',
    `Классическая схема развода: сначала продавец обещает скидку 20% при оплате через WhatsApp, потом пропадает. Мне он написал 6 октября, скриншоты приложил. Электросамокат так и не отправлен.`,
    'photo',
    ['accusation', 'missing_resolution'],
    'none',
  ),
  // name-calling plus a fraud label
  c(
    'r45m-30',
    'en',
    `You lot are clowns and thieves. Tracking LB884520117CN shows delivered to Aberdeen on 9 May; I'm in Cardiff and never got my watch strap. Refund it.`,
    'none',
    ['insult', 'accusation'],
    'full_refund',
  ),
  // calm: Telegram channel, payment by phone number; trap «ничего личного»
  c(
    'r45m-31',
    'ru',
    `Здравствуйте. 27 февраля продавец в чате заказа предложил отменить покупку и взять ту же швейную машинку в его Телеграм-канале на 1 000 ₽ дешевле, с оплатой переводом по номеру телефона. Я отказалась. Посылка до сих пор не отправлена, хотя срок отправки истёк 2 марта. Скриншот переписки прилагаю. Прошу отменить заказ и вернуть всю сумму; ничего личного, просто оплачивать мимо площадки я не готова.`,
    'photo',
    [],
    'full_refund',
  ),
  // affect word «в шоке»; empty envelope with only a receipt
  c(
    'r45m-32',
    'ru',
    `Я в шоке. Заказывала аромадиффузор, а 16 апреля получила конверт, в котором были только чек и листок «спасибо за покупку». Видео распаковки прикреплено. Прошу оформить возврат.`,
    'video',
    ['emotional'],
    'full_refund',
  ),
  // masked profanity aimed at the seller's people
  c(
    'r45m-33',
    'en',
    `Nice try asking me to pay on WhatsApp, you a$$hats. Solar garden lights ordered 1 June, never shipped, and on 4 June the seller sent me an outside payment link instead. Screenshot attached. Cancel and refund.`,
    'photo',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // tracking mentioned as evidence; compensation for missing mats without a sum
  c(
    'r45m-34',
    'ru',
    `Трек, который дал продавец, показывал Краснодар, а посылка с автомобильными ковриками пришла ко мне в Омск 3 ноября, и в ней 2 коврика из 4. Прошу компенсацию за недостающие.`,
    'none',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // calm: tracking of a light packet in another city, support informed
  c(
    'r45m-35',
    'en',
    `Tracking number YT2409911236548201, which the seller attached to my order, belongs to a 0.05 kg packet delivered in Lyon on 18 September. My order is a 2.3 kg cast-iron skillet going to Marseille, and it has not arrived. I have reported this to AliExpress support as well. I would like a full refund.`,
    'none',
    [],
    'full_refund',
  ),
  // animal name for the warehouse staff
  c(
    'r45m-36',
    'ru',
    `Овцы с вашего склада вместо кроссовок прислали пустую коробку. Получил 30 мая, вес на почте 0,1 кг, фото есть. Оформляйте возврат денег.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // listing changed, but the problem is only "not what was in the photo"
  c(
    'r45m-37',
    'ru',
    `Карточку товара поменяли уже после моего заказа, и пришло совсем не то, что было на фото. Посылку получила 12 июля, свои фото прикладываю. Верните потраченные деньги.`,
    'photo',
    ['missing_what'],
    'full_refund',
  ),
  // crying emoji; no evidence
  c(
    'r45m-38',
    'en',
    `Got an empty envelope instead of my phone case on 14 Feb 😭 and the seller keeps asking me to message them on Telegram. Please refund.`,
    'none',
    ['emotional', 'missing_evidence'],
    'full_refund',
  ),
  // threat: a brother at customs who can hold the next shipments
  c(
    'r45m-39',
    'ru',
    `Мой брат работает на таможне в Забайкальске, и ваши следующие партии будут проходить у него очень долго, если деньги за пустую посылку не вернутся. Посылка пришла 8 сентября без товара внутри, фото упаковки приложено.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // innocent trap: «гребёнка-разводка»; direct card payment offered, refused
  c(
    'r45m-40',
    'ru',
    `Коллектор (гребёнка-разводка) для тёплого пола: заказывал на 6 контуров, 23 октября получил на 4 — посчитал выходы при вскрытии. В переписке продавец предлагает доплатить ему напрямую на карту за правильный коллектор; отказываюсь, пусть всё идёт через AliExpress. Фото коллектора прилагаю. Прошу обменять на 6-контурный.`,
    'photo',
    [],
    'exchange',
  ),
  // innocent trap: "power brick"; wattage label against the listing
  c(
    'r45m-41',
    'en',
    `The 65 W power brick for my laptop arrived on 6 March, and its label says 45 W; under load the laptop shows a slow-charger warning. The listing was changed to '45/65W' after I ordered. Photo of the label attached. Please exchange it for the 65 W unit.`,
    'photo',
    [],
    'exchange',
  ),
  // transliterated mat aimed at the sellers
  c(
    'r45m-42',
    'ru',
    `Nu vy i suki. Zakazyval kolonku, 14 iyunya prishla pustaya korobka, video raspakovki prikrepil. Vernite dengi.`,
    'video',
    ['profanity', 'insult'],
    'full_refund',
  ),
  // fraud label with "!!!"
  c(
    'r45m-43',
    'ru',
    `Обманщики!!! Трек-номер из другого города, посылка с косметикой не пришла, жду с 10 января. Верните мои деньги.`,
    'none',
    ['emotional', 'accusation'],
    'full_refund',
  ),
  // tiles in a socket-set box, told calmly; no request
  c(
    'r45m-44',
    'en',
    `Video attached: unboxing on 27 April. The box for the 12-piece socket set contains two ceramic tiles and no sockets. Before the parcel even arrived, the seller had asked me to confirm receipt.`,
    'video',
    ['missing_resolution'],
    'none',
  ),
  // missing tent pole; photo of the kit removed from the listing; partial with a sum
  c(
    'r45m-45',
    'ru',
    `Палатка пришла 9 июля; при установке оказалось, что дуг две, а не три, третьей в комплекте нет. После моего заказа из карточки убрали фото комплектации. Фото разложенного комплекта прилагаю. Прошу частичный возврат 1 200 руб., палатку оставлю.`,
    'photo',
    [],
    'partial_refund',
    1200,
  ),
  // threat: a mate in Shenzhen "pays a visit", beside a lawful step
  c(
    'r45m-46',
    'en',
    `I've already told my bank, and I've got the seller's WeChat, real name and the factory address from the invoice. Refund me for the speaker box that turned up full of bricks on 2 December (photos attached) by Friday, or my mate in Shenzhen pays you a visit.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // tracking of another parcel; no time at all
  c(
    'r45m-47',
    'ru',
    `Продавец прислал трек-номер, а по нему едет чужая посылка в Хабаровск, я же из Ижевска. Наушники не получила. Скриншот отслеживания прилагаю. Прошу вернуть деньги.`,
    'photo',
    ['missing_when'],
    'full_refund',
  ),
  // wishing the seller's children the same harm
  c(
    'r45m-48',
    'ru',
    `Пусть ваши дети тоже получат кирпич вместо подарка. Заказывала сыну радиоуправляемую машинку, 17 февраля открыла коробку — там обломок кирпича. Фото есть. Верните деньги.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // innocent trap: "bait"; paid review offer declined, told as fact
  c(
    'r45m-49',
    'en',
    `Ordered 50 soft plastic fishing baits, 10 cm. The bag delivered on 15 May holds 20 baits of 6 cm (counted and measured, photo attached). The seller has also messaged me offering $5 via PayPal for a 5-star review, which I declined. Please send the missing 30 baits in the 10 cm size.`,
    'photo',
    [],
    'exchange',
  ),
  // outside payment link; the bank's security service is a lawful step
  c(
    'r45m-50',
    'ru',
    `20 августа продавец прислал в чат заказа ссылку на оплату страховки посылки на стороннем сайте. Я ничего не оплачивала и передала ссылку в службу безопасности своего банка. Робот-пылесос так и не отправлен, хотя срок отправки прошёл 24 августа. Скриншот чата приложила. Прошу вернуть деньги за заказ.`,
    'photo',
    [],
    'full_refund',
  ),
  // refund for part of a batch without a sum
  c(
    'r45m-51',
    'en',
    `When I ordered on 4 January, the listing showed a 3-pack of silk pillowcases. After I paid it was edited to a single pillowcase, and on 22 January one pillowcase arrived. Screenshot of the original listing attached. I'd like a partial refund for the two that are missing.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // the seller's mat quoted as evidence: profanity only
  c(
    'r45m-52',
    'ru',
    `Когда я отказалась переводить деньги ему на карту, продавец написал мне в WhatsApp «иди на х**». Скриншот прилагаю. Детский самокат не отправлен с 3 апреля. Деньги за самокат прошу вернуть на карту, с которой платила.`,
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // one line: foam instead of a shaver; no time, no evidence
  c(
    'r45m-53',
    'ru',
    `В коробке вместо электробритвы лежал кусок пенопласта. Деньги прошу вернуть.`,
    'none',
    ['missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // condescension: "short words so your team can keep up"
  c(
    'r45m-54',
    'en',
    `For the third time, and in short words so your team can keep up: the parcel was empty. Tracking UH048812734CN, weight at delivery 0.03 kg, delivered 11 October. Refund me.`,
    'none',
    ['insult'],
    'full_refund',
  ),
  // "rigged reviews" label next to a concrete leak
  c(
    'r45m-55',
    'ru',
    `Все отзывы у вас накручены, это же очевидно. Чайник пришёл 3 марта и течёт по шву на дне, видео прилагаю. Верните деньги.`,
    'video',
    ['accusation'],
    'full_refund',
  ),
  // label taken back in the same sentence; tracking number in text
  c(
    'r45m-56',
    'ru',
    `Не утверждаю, что это сделано специально, но трек-номер LP00581230077415 ведёт к посылке в Минске, а я в Бресте. Набор отвёрток заказан 1 июня, прошло 45 дней, посылки нет. В поддержку AliExpress уже писал. Прошу полный возврат.`,
    'none',
    [],
    'full_refund',
  ),
  // "ridiculous"; cancelled order, offer to pay by bank transfer
  c(
    'r45m-57',
    'en',
    `This is ridiculous. The seller cancelled my dash cam order on 8 April, the money hasn't come back, and then they messaged me on WhatsApp offering the same camera $20 cheaper if I pay by bank transfer. I just want my money back.`,
    'none',
    ['emotional', 'missing_evidence'],
    'full_refund',
  ),
  // "fell from an oak" question at the seller
  c(
    'r45m-58',
    'ru',
    `Вы там с дуба рухнули — предлагать мне второй раз оплатить доставку на карту? Посылка с термокружкой стоит на сортировке в Подольске со 2 ноября, трек RB402215567SG. Прошу вернуть оплату.`,
    'none',
    ['insult'],
    'full_refund',
  ),
  // listing edited to fewer sizes; €6,50 is 6.5
  c(
    'r45m-59',
    'en',
    `Circular knitting needles, ordered on 3 February as a 'set of 12 sizes'. The set that arrived on 19 February has 8 sizes, from 2.0 to 5.5 mm; 6.0 to 8.0 mm are missing. The product page now reads 'set of 8'. A screenshot from my order date and a photo of the set are attached. Please refund €6,50 for the four missing sizes.`,
    'photo',
    [],
    'partial_refund',
    6.5,
  ),
  // reply box: refuses Telegram; facts told earlier are not repeated
  c(
    'r45m-60',
    'ru',
    `Ответ продавцу: нет, в Телеграм я вам писать не буду и на карту ничего переводить не стану. Всё нужное уже есть в споре. Жду возврат денег через AliExpress.`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // innocent trap: place name "Cockermouth"; tracking delivered in another town
  c(
    'r45m-61',
    'en',
    `Tracking RR118204937CN says my parcel (a set of LED bike lights) was delivered on 7 March in Cockermouth. I live in Carlisle, no card was left, and the signature on the delivery scan isn't mine; screenshot attached. The seller told me to just wait. Please refund the order.`,
    'photo',
    [],
    'full_refund',
  ),
  // innocent trap: colour name «бешеная вишня»; half the skeins missing, partial with a sum
  c(
    'r45m-62',
    'ru',
    `4 декабря получила посылку с пряжей цвета «бешеная вишня»: 5 мотков вместо 10, вес посылки 0,5 кг, хотя в описании 1 кг. Фото мотков и наклейки с весом приложила. Прошу вернуть 780 ₽ за недостающие мотки.`,
    'photo',
    [],
    'partial_refund',
    780,
  ),
  // threat "I will find you"
  c(
    'r45m-63',
    'en',
    `Listen carefully. Your Telegram account shows your face and your city. You took $45 for a doorbell camera and sent an empty box on 2 June, photos attached. Refund it, or I will find you, and that box will be the least of your problems.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // fraud label plus minced mat as a cry
  c(
    'r45m-64',
    'ru',
    `Ворьё поганое, ёп вашу мать. Трек ведёт в Казань, а я в Уфе, автомагнитола, заказанная 11 января, так и не пришла. Возвращайте деньги.`,
    'none',
    ['profanity', 'emotional', 'accusation'],
    'full_refund',
  ),
  // innocent trap: "dummy" / "fake CCTV" ordered knowingly
  c(
    'r45m-65',
    'en',
    `Ordered 4 dummy security cameras (fake CCTV housings with a blinking red LED). Two of the four delivered on 30 August have no LED at all, photo attached. Since my order the listing has been changed to 'LED optional'. Please refund $7 for the two without LEDs.`,
    'photo',
    [],
    'partial_refund',
    7,
  ),
  // innocent trap: «липового цвета»; the seller's offer of a card transfer is not the request
  c(
    'r45m-66',
    'ru',
    `Заказала крем для лица с экстрактом липового цвета, 50 мл. 13 мая пришла баночка на 30 мл — объём напечатан на дне. Продавец в чате предложил вернуть разницу переводом на карту, но я хочу получить её через AliExpress. Фото баночки и дна прикладываю. Прошу вернуть разницу 250 ₽.`,
    'photo',
    [],
    'partial_refund',
    250,
  ),
  // clown emoji calling the seller a name
  c(
    'r45m-67',
    'ru',
    `Продавец 🤡. Выслал трек чужой посылки, отслеживание показывает Владивосток, а я в Перми. Смарт-часы оплачены 5 сентября, прошло семь недель, их нет. Жду возврата полной суммы.`,
    'none',
    ['insult'],
    'full_refund',
  ),
  // spaced profanity as a sentence of its own
  c(
    'r45m-68',
    'en',
    `Empty envelope. Again. F U C K. Ordered three phone cases on 1 October, got a flat envelope on 20 October with nothing inside. Video attached. Money back.`,
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // seller moves orders to WhatsApp; asks what to do
  c(
    'r45m-69',
    'ru',
    `Продавец принимает заказы через AliExpress, а потом пишет в WhatsApp, просит отменить заказ, ссылаясь на отсутствие товара на складе, и предлагает купить у него напрямую. Так было 14 и 16 ноября с моим заказом на электрочайник, он до сих пор не отправлен. Скриншоты прилагаю. Подскажите, что делать?`,
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // hose connector instead of a reel; return offered
  c(
    'r45m-70',
    'en',
    `Ordered a 10 m garden hose reel on 2 April. The parcel that arrived on 28 April weighed 0.2 kg according to the post office slip and held only a hose connector. The store page now lists the reel as 'connector, reel sold separately'. Photos of the contents and the slip are attached. I'm happy to send the connector back; please refund the order once it arrives.`,
    'photo',
    [],
    'return',
  ),
  // threat in a polite letter: address and owner's name "found", acquaintances in Guangzhou
  c(
    'r45m-71',
    'ru',
    `Уважаемый продавец, к сожалению, ваш адрес в Иу и фамилия владельца магазина уже нашлись. Мне бы очень не хотелось, чтобы ими заинтересовались мои знакомые в Гуанчжоу. 12 марта вместо кофемашины пришла коробка с двумя кирпичами, видео вскрытия приложено. Прошу вернуть уплаченную сумму.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // calm: extra payment for transport demanded in WhatsApp; chargeback named as a lawful step
  c(
    'r45m-72',
    'ru',
    `Заказ — зимние шины R16, 4 шт. 7 декабря продавец написал мне в WhatsApp с номера из карточки, что отправит шины транспортной компанией, если я доплачу 6 000 ₽ на карту. Скриншоты переписки прилагаю. В AliExpress заказ с 30 ноября висит в статусе «в обработке» и не отправлен. Доплачивать вне площадки не стану, верните, пожалуйста, деньги, иначе обращусь в банк за чарджбэком.`,
    'photo',
    [],
    'full_refund',
  ),
  // vague unease about the seller, no concrete problem
  c(
    'r45m-73',
    'en',
    `Something feels off about this seller. The reviews were all posted the same day, the item page keeps changing, and now they want to move me to Telegram. I'm not comfortable continuing. Refund me please.`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // translit: "razvod" label and "blyat" as a cry
  c(
    'r45m-74',
    'ru',
    `Eto razvod, blyat. Vmesto kompressora dlya mashiny prishla pustaya korobka, 26 iyulya, foto prilozhil. Dengi vernite.`,
    'photo',
    ['profanity', 'emotional', 'accusation'],
    'full_refund',
  ),
  // slang name-calling "bozo"; Cash App request, tracking of a letter
  c(
    'r45m-75',
    'en',
    `Bozo seller. Asked me to pay through Cash App to avoid fees, then uploaded a tracking number for a letter delivered in Phoenix. My ceramic knife set was ordered three weeks ago and never came. Tracking: 9400111899223847561234. Refund.`,
    'none',
    ['insult'],
    'full_refund',
  ),
  // innocent trap: «кирпичики» are toy bricks; missing bag, send it
  c(
    'r45m-76',
    'ru',
    `Конструктор «Замок» на 1 480 деталей пришёл 3 февраля. При сборке по инструкции не оказалось пакета №7 — это 96 деталей, в том числе 12 красных кирпичиков 2×4. После моего заказа продавец изменил описание на «до 1 480 деталей». Фото инструкции и пакетов прилагаю. Прошу дослать пакет №7.`,
    'photo',
    [],
    'exchange',
  ),
  // innocent trap: "fake olive trees" are artificial; reviews show another tree, told as fact
  c(
    'r45m-77',
    'en',
    `Ordered two fake olive trees (artificial, listed at 150 cm). Both delivered on 9 May measure 90 cm with a tape; photo attached. The 4.9-star reviews all show a much taller tree. Please refund £15 and I'll keep them.`,
    'photo',
    [],
    'partial_refund',
    15,
  ),
  // threat: the seller's WhatsApp number "with the guys"
  c(
    'r45m-78',
    'ru',
    `Наушники оплачены 2 мая через AliExpress, до сих пор не отправлены, а ты просишь ещё 1 500 ₽ на карту. Номер твоего WhatsApp уже у ребят, они позвонят и объяснят по-своему. Деньги верни через площадку.`,
    'none',
    ['threat', 'missing_evidence'],
    'full_refund',
  ),
  // reply box, complete: status "delivered" in another city today
  c(
    'r45m-79',
    'ru',
    `Дополняю спор: сегодня, 21 января, по трек-номеру UB776203419CN статус сменился на «вручено» в Екатеринбурге, а заказ оформлен на Челябинск. Ничего не получал. Прошу полный возврат, отмену заказа не предлагать.`,
    'none',
    [],
    'full_refund',
  ),
  // sarcastic praise of staff plus "!!"
  c(
    'r45m-80',
    'en',
    `Congratulations to your shipping geniuses: the tracking you sent me is for a parcel in Dublin, and I'm in Cork. Hiking boots, paid 40 days ago, still nothing!! Refund now.`,
    'none',
    ['insult', 'emotional'],
    'full_refund',
  ),
];

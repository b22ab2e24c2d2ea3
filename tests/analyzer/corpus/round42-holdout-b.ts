import { labelled as c, type CorpusCase } from './types';

/**
 * Round forty-two, hold-out set b: office-speak, bureaucratic and passive-aggressive dispute texts (Russian and
 * English), some only firm and polite, some talking down or hiding a jab, a threat or an accusation in polite words.
 * Written by a hand that has not read the analyzer's rules or other corpus files; labels follow DEFINITIONS.md and
 * DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - Office formulas alone («довожу до вашего сведения», «повторно обращаю ваше внимание», "per my last message",
 *   "as previously stated", "I trust this clarifies", "going forward") are no finding: not emotional, not rude.
 * - «в третий раз прошу», "THREE TIMES now", "this is my fourth message" count the buyer's requests, not the problem's
 *   time; every such text also carries an explicit date, so no label depends on it.
 * - Condescension with no rude word ("I will explain this slowly and in short sentences", "in case reading the display
 *   is a challenge for your team", «максимально доступно, раз с первого раза не дошло», «на уровне детского сада»,
 *   "since written English seems to be a struggle for your support team") is `insult`.
 * - "Kindly advise", "Please do the needful", «прошу принять меры», «прошу разобраться в ситуации» ask for nothing:
 *   resolution `none`.
 * - «прошу соразмерно уменьшить покупную цену» is a partial refund without a sum; "a 40% partial refund" and "half the
 *   price back" too.
 * - The owner's home address "known" with a promise to put the position to him «лично», a relative at customs holding
 *   the next consignments, a freight-desk job used as leverage, staff phone and photo to be posted in groups, and "I
 *   hope nothing like this happens to your warehouse, extension leads catch fire unexpectedly" are threats; the
 *   warehouse address known from the waybill in order to send the item back is not.
 * - Sarcastic thanks in quote marks («Отдельное „спасибо“ … гении») is an insult for «гении», not an accusation;
 *   "I am equally sure your support desk is not a room full of clowns" is an ironic denial and counts as the insult.
 * - A reply that refuses the seller's offer and says the facts are in earlier messages misses what, when and evidence.
 * - "Noted. Awaiting your resolution." is not `empty_text` (more than one word); it misses all four items.
 * - Innocent look-alikes: «потребляемая», «страхуйте», «бляха» (buckle), «сучок», «Пизанская башня», «Хуавей»,
 *   «режим долбления», "bastard file", "ball cock valve", "Dickies-style", "Scunthorpe", "weed killer", "dead section",
 *   "dead vertical line".
 * - A bare «подделка» with no checkable sign is `missing_what`, not an accusation.
 * - «пошив … — г*вно.» (a calm predicate about the item, no "!") is `profanity` only; «Ваши упаковщики — долбо*бы.»
 *   (mat naming the staff, no cry) is `profanity` and `insult`, not emotional; "WTF." as a sentence of its own is a cry.
 * - In r42b-80 the quote marks around "automatic" (the listing's claim) are left aside; the accusation label comes from
 *   the scare-quoted "mistake … entirely innocent".
 */
export const ROUND42_HOLDOUT_B: CorpusCase[] = [
  // firm office opener, complete: defect, date, photo named and attached, full refund
  c(
    'r42b-01',
    'ru',
    `Добрый день. Довожу до вашего сведения, что электрочайник из заказа 8150332217 при первом включении 4 апреля не держит крышку: защёлка отломана, пластиковый язычок лежал на дне коробки. Фото защёлки и язычка приложены. Прошу вернуть полную стоимость заказа.`,
    'photo',
    [],
    'full_refund',
  ),
  // "per my last message" with all facts repeated: passive-aggressive formula only, ready
  c(
    'r42b-02',
    'en',
    `Per my last message, the left earbud does not charge in the case: the LED stays off and the battery reads 0% since the third day of use (received 11 March). A video showing both earbuds in the case is attached. Kindly arrange a replacement pair.`,
    'video',
    [],
    'exchange',
  ),
  // reply that leans on an earlier message: generic "не соответствует описанию", no time
  c(
    'r42b-03',
    'ru',
    `Как я уже писала ранее, платье не соответствует описанию. Повторно прошу вернуть деньги в полном объёме. Фото прикладываю ещё раз.`,
    'photo',
    ['missing_what', 'missing_when'],
    'full_refund',
  ),
  // condescension in calm short sentences ("explain this slowly … simple enough")
  c(
    'r42b-04',
    'en',
    `Hello again. I will explain this slowly and in short sentences, since the last two agents clearly could not follow. The car phone mount arrived on 28 May. On 2 June the suction cup let go on the motorway. It has done so every day since. The photo shows the cup and the split rubber ring. I want a full refund. I trust this is simple enough.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // polite letter with the owner's home address "known" and a personal visit hinted
  c(
    'r42b-05',
    'ru',
    `Уважаемый продавец! Повторно обращаю ваше внимание: вместо кроссовок 42 размера, указанных в заказе, прислали 40-й, бирка на язычке и фото коробки приложены, несоответствие обнаружено при распаковке 9 мая. Прошу произвести замену на 42-й размер. Также считаю нужным сообщить, что домашний адрес владельца вашего магазина мне известен, и, если ответа не будет до пятницы, я донесу свою позицию до него лично.`,
    'photo',
    ['threat'],
    'exchange',
  ),
  // "Kindly advise" is no request
  c(
    'r42b-06',
    'en',
    `Dear Seller, the 12V cordless drill I received on 15 April has a chuck that wobbles visibly at any speed; the drill bit draws a wide circle (see attached photo of the marks on the test board). Kindly advise.`,
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // trap: «потребляемая» holds a mat-like substring; wattage measured, partial with a sum
  c(
    'r42b-07',
    'ru',
    `Обращаю ваше внимание, что заявленная в карточке мощность фена 2000 Вт не подтверждается: потребляемая мощность, по показаниям бытового ваттметра, — 1100 Вт на максимальном режиме (замер 3 февраля, фото экрана ваттметра приложено). Фен в целом работает, поэтому готов оставить его себе при частичном возврате 600 ₽.`,
    'photo',
    [],
    'partial_refund',
    600,
  ),
  // two capitalised words inside office-speak make it emotional
  c(
    'r42b-08',
    'en',
    `As previously stated (THREE TIMES now), the remote control of the RC truck does not pair with the truck: the red LED blinks and the wheels never move. This has been the case since it arrived on 20 January. The video is attached again. I am requesting a refund, not more troubleshooting tips.`,
    'video',
    ['emotional'],
    'full_refund',
  ),
  // accusation hidden in scare quotes around «ошибка»
  c(
    'r42b-09',
    'ru',
    `Добрый вечер. Ставлю вас в известность, что в наборе кистей для акварели вместо заявленных 24 штук пришло 12, пересчитала при вскрытии посылки 17.10, фото разложенных кистей прилагаю. Прошу частичный возврат 350 руб. за недостающие. Полагаю, подобная «ошибка» у вашего магазина не первая.`,
    'photo',
    ['accusation'],
    'partial_refund',
    350,
  ),
  // trap: "bastard file" is a tool; "going forward" is no finding
  c(
    'r42b-10',
    'en',
    `Good morning. Please note that the set of hand files arrived on 6 August with the 10-inch bastard file snapped in two inside the blister; the break is clean, so it was shipped that way. Photo of the blister and both halves attached. Going forward I would appreciate better packing, but for now please send a replacement bastard file.`,
    'photo',
    [],
    'exchange',
  ),
  // sarcastic thanks and «гении» at the quality control staff
  c(
    'r42b-11',
    'ru',
    `Добрый день. Шланг поливочный 25 м, получен 22 июня, при первом же подключении 23 июня потёк в месте соединения со штуцером — струя бьёт сбоку, видео прилагаю. Отдельное «спасибо» вашему контролю качества — гении, иначе не скажешь. Прошу вернуть деньги полностью.`,
    'video',
    ['insult'],
    'full_refund',
  ),
  // "kindly refund the difference": partial without a sum; no time
  c(
    'r42b-12',
    'en',
    `Hi, please note the lipstick set is listed as 5 shades but mine contains 3 (Rose, Nude, Berry; Coral and Plum are missing). Photo attached. Kindly refund the difference. Thank you in advance for your prompt attention.`,
    'photo',
    ['missing_when', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // trap: «в противном случае буду вынужден» + bank and platform are lawful; tracking number is evidence
  c(
    'r42b-13',
    'ru',
    `Здравствуйте. Напоминаю, что заказ от 2 марта (трек-номер RU482913077CN) до сих пор не получен: 58 дней, отслеживание с 19 марта не обновляется. Прошу вернуть полную стоимость. В противном случае буду вынужден обратиться в поддержку площадки и в банк с заявлением об оспаривании платежа.`,
    'none',
    [],
    'full_refund',
  ),
  // «настоятельно прошу принять меры» asks for nothing; no time
  c(
    'r42b-14',
    'ru',
    `Настоятельно прошу принять меры. У детского самоката заднее колесо трётся о крыло, при езде слышен скрежет, самокат тормозит сам. Фото прилагаю.`,
    'photo',
    ['missing_when', 'missing_resolution'],
    'none',
  ),
  // publishing the owner's data, "it would be a shame", "I trust we understand each other"
  c(
    'r42b-15',
    'en',
    `Dear Sir/Madam, further to my message of 4 July: the 5 m LED strip has a dead section: the last 40 cm stay dark on every colour, which I found when installing it on 2 July. Photos attached. I require a replacement strip. I would also add, purely for your awareness, that I have your store owner's full name and home address, and it would be a shame if they ended up in a few public groups. I trust we understand each other.`,
    'photo',
    ['threat'],
    'exchange',
  ),
  // formal notice ending with «крайне разочарована» (affect word)
  c(
    'r42b-16',
    'ru',
    `Добрый день. Настоящим уведомляю, что крем для лица пришёл с вскрытой защитной мембраной, банка заполнена примерно на треть, это было видно сразу при распаковке 12 ноября. Фото банки прилагаю. Прошу полный возврат средств. Крайне разочарована сервисом.`,
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // the seller's agent's mat quoted as evidence: profanity only
  c(
    'r42b-17',
    'ru',
    `Довожу до вашего сведения, что на мой вопрос о сломанной трещотке (набор отвёрток, механизм трещотки перестал фиксироваться на третий день работы, 11.05) ваш менеджер в чате 14.05 ответил мне дословно: «иди на х*й». Скриншот переписки и фото трещотки прикладываю. Прошу замену набора и, отдельно, проверку поведения вашего сотрудника.`,
    'photo',
    ['profanity'],
    'exchange',
  ),
  // "Please see the attached photos" with no file; offers to send it back
  c(
    'r42b-18',
    'en',
    `Good afternoon. As stated in my earlier message, the zip on the winter jacket came off its track the first time I wore it (18 December) and now will not close at all. Please see the attached photos. I would like a return and full refund; please provide the return address.`,
    'none',
    ['evidence_not_attached'],
    'return',
  ),
  // trap: «Хуавей» brand; size mismatch measured at fitting
  c(
    'r42b-19',
    'ru',
    `Здравствуйте. Ремешок для часов Хуавей GT 3, заказан как 46 мм, пришёл 42 мм: в крепление корпуса не входит, зазор около 2 мм с каждой стороны. Обнаружил при попытке установить в день получения, 8 сентября. Фото ремешка рядом с часами прилагаю. Прошу обменять на 46 мм.`,
    'photo',
    [],
    'exchange',
  ),
  // condescension about reading + "do the needful" (no request)
  c(
    'r42b-20',
    'en',
    `Hello. The kitchen scale shows 1.2 kg for my 1 kg calibration weight, every time, since the day it arrived (9 Oct). Photo attached, and I have drawn arrows on it in case reading the display is a challenge for your team. Please do the needful.`,
    'photo',
    ['insult', 'missing_resolution'],
    'none',
  ),
  // «в третий раз прошу» counts requests; the date is separate; offers to send the recorder back
  c(
    'r42b-21',
    'ru',
    `В третий раз прошу ответить по существу. Видеорегистратор (получен 3 августа) с 8 августа не пишет на карту: на экране «Ошибка карты памяти», хотя карта 32 ГБ исправна и в телефоне читается. Видео с экраном ошибки прилагаю. Готов вернуть регистратор за ваш счёт, прошу возврат денег после получения вами товара.`,
    'video',
    [],
    'return',
  ),
  // formal, concrete, dated, but no file and no evidence named
  c(
    'r42b-22',
    'ru',
    `Уважаемые господа, информирую вас, что у секатора на второй день работы в саду выпала и потерялась возвратная пружина, лезвия больше не раскрываются сами. Прошу выслать замену секатора либо хотя бы пружину. Надеюсь на оперативное решение.`,
    'none',
    ['missing_evidence'],
    'exchange',
  ),
  // trap: "Dickies-style" trousers; size label photographed
  c(
    'r42b-23',
    'en',
    `Dear Seller, I ordered the Dickies-style work trousers in W32/L32 and received W36/L30 (label photographed, photo attached). I noticed it when trying them on the day they arrived, 14 February. Going forward please double-check sizes; for this order I would like an exchange for W32/L32.`,
    'photo',
    [],
    'exchange',
  ),
  // «для особо одарённых … медленно»: condescension
  c(
    'r42b-24',
    'ru',
    `Для особо одарённых сотрудников повторю ещё раз, медленно: заказывала блендер с чашей 1,5 л, пришла чаша 0,8 л, увидела при распаковке 30 января. Фото чаши с маркировкой объёма прилагаю. Прошу вернуть деньги.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // "shipping used items as new appears to be standard practice": accusation in calm words
  c(
    'r42b-25',
    'en',
    `Hello. The electric toothbrush I received on 2 May has a used brush head: bristles are splayed and there is toothpaste residue at the base, visible as soon as I opened the box. Photos are attached. I require a full refund. I note that shipping used items as new appears to be standard practice at your store.`,
    'photo',
    ['accusation'],
    'full_refund',
  ),
  // relative at customs who can hold the next consignments
  c(
    'r42b-26',
    'ru',
    `В дополнение к ранее направленному обращению сообщаю: автомобильные коврики для Kia Rio 2017 не подходят по форме, водительский коврик заходит на педаль газа на 4 см, выяснила при установке 19 апреля, фото прилагаю. Прошу обмен на коврики для правильной модели. Заодно хочу, чтобы вы знали: мой шурин служит на таможне в Забайкальске, и ваши следующие партии вполне могут там задержаться. Надеюсь, мы поняли друг друга.`,
    'photo',
    ['threat'],
    'exchange',
  ),
  // legal-style «соразмерно уменьшить покупную цену»: partial without a sum; no time
  c(
    'r42b-27',
    'ru',
    `Добрый день. На основании изложенного прошу соразмерно уменьшить покупную цену: вместо хлопкового пледа 150×200, как в описании, пришёл плед из синтетики (на ярлыке 100% полиэстер), размер 130×170. Фото ярлыка прилагаю.`,
    'photo',
    ['missing_when', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // trap: escalation, chargeback and an honest review are lawful; tracking number in the text
  c(
    'r42b-28',
    'en',
    `Good morning. This is my fourth message regarding the order placed on 1 February. Tracking LB184920563SG shows "arrived at destination country" on 20 February and nothing since; it is now 9 April and the parcel has not been delivered. Please issue a full refund by Friday. Otherwise I will escalate to AliExpress, raise a chargeback with my bank and leave an honest review describing the timeline.`,
    'none',
    [],
    'full_refund',
  ),
  // trap: the warehouse address "known" from the waybill, to send the grill back
  c(
    'r42b-29',
    'ru',
    `Здравствуйте. Уведомляю, что у электрогриля при первом использовании 7 декабря не нагревается нижняя пластина: верхняя греется, нижняя остаётся холодной, индикатор нижней не загорается. Видео прилагаю. Адрес вашего склада в Иу мне известен из накладной, готова отправить гриль туда за свой счёт при условии полного возврата денег.`,
    'video',
    [],
    'return',
  ),
  // office opener cracking: "for f*ck's sake" as a cry
  c(
    'r42b-30',
    'en',
    `Per my last message, and the one before that, for f*ck's sake: the kettle base sparks when the kettle is placed on it. It started on the fourth day of use. Video attached. Full refund, please.`,
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // «пришла в полную негодность» is generic; after the first wash is the time; no evidence
  c(
    'r42b-31',
    'ru',
    `Повторно обращаю ваше внимание: куртка после первой же стирки (3 ноября) пришла в полную негодность. Прошу заменить её на новую. Ответ жду в установленный срок.`,
    'none',
    ['missing_what', 'missing_evidence'],
    'exchange',
  ),
  // "I trust this clarifies" reply with nothing repeated: only "defective"
  c(
    'r42b-32',
    'en',
    `I trust this clarifies my position: the blender remains defective, as I have explained twice already, and I expect a full refund rather than another questionnaire.`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // sending the operator away in soft words («пойти лесом»)
  c(
    'r42b-33',
    'ru',
    `Добрый день. Роутер, полученный 16 марта, с первого дня раздаёт Wi-Fi только в диапазоне 2,4 ГГц, сеть 5 ГГц не появляется вообще, хотя в карточке заявлен двухдиапазонный. Скриншоты настроек и фото коробки приложены. Прошу полный возврат. А вашему оператору с его советами «перезагрузить и подождать» рекомендую вежливо пойти лесом.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // trap: "ball cock valve" is a plumbing part
  c(
    'r42b-34',
    'en',
    `Hello, the brass ball cock valve for the garden water tank (1/2 inch) arrived with a cracked float arm; I found the crack while fitting it on 27 May, and the valve leaks at the joint. Photos of the crack and the leak are attached. Please send a replacement valve. Thank you.`,
    'photo',
    [],
    'exchange',
  ),
  // "people who try to cheat me regret it": threat and accusation in one polite sentence
  c(
    'r42b-35',
    'ru',
    `Уважаемый продавец. Прошу учесть: набор форм для выпечки пришёл 2 декабря без одной формы — заявлено 3 шт., в коробке 2, фото приложено. Прошу частичный возврат 420 ₽. Хочу также отметить, что люди, которые пытаются меня обмануть, потом, как правило, об этом очень жалеют.`,
    'photo',
    ['threat', 'accusation'],
    'partial_refund',
    420,
  ),
  // «!!» after a formal phrase; no time
  c(
    'r42b-36',
    'ru',
    `Прошу обратить внимание!! Тушь для ресниц пришла полностью засохшей: кисточка сухая, краска внутри затвердела комками и не набирается. Фото приложено. Прошу вернуть полную стоимость.`,
    'photo',
    ['emotional', 'missing_when'],
    'full_refund',
  ),
  // staff compared to pigeons under "I appreciate that"
  c(
    'r42b-37',
    'en',
    `Hello, I appreciate that your warehouse appears to be staffed by a flock of well-meaning pigeons, but I ordered the 3D printer nozzle set in 0.4 mm and received 0.8 mm nozzles (all five, stamped 0.8 on the flat). Noticed on unpacking, 12 July. Photo attached. Exchange for 0.4 mm, please.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // trap: «Пизанская башня» puzzle; a missing part sent is an exchange
  c(
    'r42b-38',
    'ru',
    `Здравствуйте. В 3D-пазле «Пизанская башня» (пенопласт, 108 деталей) не хватает детали № 47 из листа 3 — проверила по схеме при сборке 10 января, на листе пустая ячейка. Фото листа прилагаю. Прошу дослать недостающую деталь.`,
    'photo',
    [],
    'exchange',
  ),
  // «Фото во вложении» with no file; «прошу разобраться» asks for nothing
  c(
    'r42b-39',
    'ru',
    `Добрый день. Прошу учесть следующее: у куклы при первом же расчёсывании 5 июня начали пучками выпадать волосы, на голове видны проплешины. Фото во вложении. Прошу разобраться в ситуации.`,
    'none',
    ['evidence_not_attached', 'missing_resolution'],
    'none',
  ),
  // a percentage asked back: partial without a sum
  c(
    'r42b-40',
    'en',
    `Good evening. The pair of H7 LED headlight bulbs are listed as 6000K white, but both emit a clearly yellow light (compared side by side with my old 6000K bulbs on 3 September; photo attached). I am prepared to keep them for a 40% partial refund.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // "I am not suggesting this was done on purpose": the label is taken back
  c(
    'r42b-41',
    'en',
    `As I have now stated twice, the gaming mouse registers a double click on every single left click. This began on day five of use (received 2 November), and I have attached a video of a click-test website showing it. I am not suggesting this was done on purpose; faults happen. I would simply like a replacement mouse.`,
    'video',
    [],
    'exchange',
  ),
  // trap: «страхуйте» holds a mat-like substring; post office certificate and photo
  c(
    'r42b-42',
    'ru',
    `Сообщаю для протокола: керамическая ваза пришла разбитой на три части, обнаружила при вскрытии посылки на почте 15 февраля, справку почты и фото осколков прилагаю. Прошу вернуть деньги полностью. На будущее настоятельно рекомендую: упаковывайте хрупкое в пупырчатую плёнку и страхуйте отправления.`,
    'photo',
    [],
    'full_refund',
  ),
  // «на уровне детского сада»: condescension; trap «режим долбления» is a drill mode
  c(
    'r42b-43',
    'ru',
    `Попробую изложить на уровне детского сада, раз взрослые формулировки вашему отделу претензий не даются. Вы продали перфоратор. Перфоратор не переключается в режим долбления: рычаг проворачивается вхолостую. Это выяснилось при первом же использовании, 24 августа. Вот видео. Верните деньги.`,
    'video',
    ['insult'],
    'full_refund',
  ),
  // family's shop "found" and a visit "for a chat"
  c(
    'r42b-44',
    'en',
    `Dear Team, kindly note the wooden train set arrived on 8 December with two carriages missing their wheels (axles bare; photo attached). I request a replacement set. I have also taken the liberty of finding your family's shop in Ningbo, and I am sure everyone would prefer this is settled before I drop by in person next month for a chat.`,
    'photo',
    ['threat'],
    'exchange',
  ),
  // «делается намеренно»: intent label in formal words
  c(
    'r42b-45',
    'ru',
    `Добрый день. Вновь вынуждена обратиться по тому же вопросу: вместо чёрной футболки размера M пришла серая размера S, обнаружено при распаковке 6 мая, фото бирки приложено. Прошу обменять на заказанную. Не могу не отметить, что такой пересорт у вашего магазина, судя по отзывам, делается намеренно.`,
    'photo',
    ['accusation'],
    'exchange',
  ),
  // sum in words; quote marks around a colour name are no sarcasm
  c(
    'r42b-46',
    'ru',
    `Здравствуйте. В наборе пряжи для вязания (10 мотков, цвет «графит») один моток оказался тёмно-синим — увидела при дневном свете в день получения, 29 октября, фото всех мотков приложено. Перевязывать не хочу, прошу частичный возврат в размере двухсот пятидесяти рублей.`,
    'photo',
    [],
    'partial_refund',
    250,
  ),
  // trap: Scunthorpe; non-receipt with tracking number and elapsed time
  c(
    'r42b-47',
    'en',
    `Good afternoon. Kindly note that my order (placed 3 January, tracking number YT2301938475021) has not reached my address in Scunthorpe: tracking has shown "in transit" since 12 January, and today is 28 February. I would be grateful for a full refund.`,
    'none',
    [],
    'full_refund',
  ),
  // masked vulgar word as a calm predicate about the item: profanity only
  c(
    'r42b-48',
    'ru',
    `Уважаемый продавец, при всём уважении, пошив у этого пальто — г*вно. Подкладка оторвалась по шву в обоих рукавах на второй день носки, 12 ноября, фото прикладываю. Прошу принять пальто обратно и вернуть деньги, отправлю за свой счёт.`,
    'photo',
    ['profanity'],
    'return',
  ),
  // "not as described" is generic even when dated and with a sum
  c(
    'r42b-49',
    'en',
    `As previously stated, the camping lantern is not as described. It has been like that since I unpacked it on 21 June. Photo attached. I am willing to keep it for a partial refund of $8. I trust this is clear.`,
    'photo',
    ['missing_what'],
    'partial_refund',
    8,
  ),
  // two capitalised words at the head of a formal complaint
  c(
    'r42b-50',
    'ru',
    `ОБРАЩАЮСЬ ПОВТОРНО. Тормозные колодки, заказанные для Ford Focus 3, по размеру не подходят — длиной на 7 мм больше штатных, в суппорт не встают. Выяснилось в автосервисе при установке 14.03, фото колодок рядом со старыми приложено. Прошу вернуть стоимость полностью.`,
    'photo',
    ['emotional'],
    'full_refund',
  ),
  // polite sign-off with «чтоб вам пусто было»
  c(
    'r42b-51',
    'ru',
    `Вынуждена констатировать: кастрюля 4 л, полученная 1 апреля, при первой же варке дала течь по шву между дном и стенкой, вода капает на плиту. Видео прилагаю. Прошу заменить кастрюлю. Всего доброго, и чтоб вам пусто было.`,
    'video',
    ['insult'],
    'exchange',
  ),
  // trap: "weed killer" describes the product's use; offers the item back
  c(
    'r42b-52',
    'en',
    `Good morning. The 5 L pressure sprayer I bought for weed killer started leaking from the pump seal the first time I pressurised it (17 April); the liquid runs down the handle. Video attached. As it is unusable, I would like to return it for a full refund. Please advise the return address.`,
    'video',
    [],
    'return',
  ),
  // «как я уже писал ранее» with the facts repeated: ready
  c(
    'r42b-53',
    'ru',
    `Как я уже писал ранее, повербанк заявлен на 20 000 мА·ч, а по USB-тестеру отдаёт 6 800 мА·ч — замер делал дважды, 2 и 4 июля, от полного заряда до отключения. Фото тестера с итоговыми цифрами прикладываю повторно. Прошу частичный возврат 900 руб.`,
    'photo',
    [],
    'partial_refund',
    900,
  ),
  // "my compliments to your quality-control wizards": sarcastic praise of staff
  c(
    'r42b-54',
    'en',
    `Good day, my compliments to your quality-control wizards: the polarised sunglasses arrived on 5 August with a deep scratch across the right lens, visible the moment I opened the case. Photo attached. A replacement pair, please.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // concrete leak, no time, no evidence; offers the barrow back
  c(
    'r42b-55',
    'ru',
    `Уважаемый продавец, позвольте напомнить суть вопроса: у садовой тачки камера колеса травит воздух через ниппель, слышно шипение, колесо спускается. Готов вернуть тачку, прошу сообщить адрес для отправки и вернуть деньги после получения.`,
    'none',
    ['missing_when', 'missing_evidence'],
    'return',
  ),
  // "WTF." as a cry after a reiteration; trap "dead vertical line"
  c(
    'r42b-56',
    'en',
    `Re: tablet. To reiterate: the screen has a dead vertical line 2 cm from the left edge, which appeared on the second day. Video attached. You replied "restart it". WTF. Restarted it nine times. Full refund please.`,
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // trap: «бляха» is the buckle
  c(
    'r42b-57',
    'ru',
    `Добрый день. Ремень кожаный мужской: бляха пришла с отломанным язычком — язычок лежал отдельно в пакете, обнаружил при распаковке 20 сентября. Фото бляхи и язычка прилагаю. Прошу заменить ремень.`,
    'photo',
    [],
    'exchange',
  ),
  // «обидно до слёз» of the child; «рассмотреть возможность компенсации» with no sum
  c(
    'r42b-58',
    'ru',
    `Добрый день. В конструкторе «Пожарная станция» (совместимый, 520 деталей) при сборке 2 января не хватило пакета № 4 — около 60 деталей, без них не собирается крыша. Фото инструкции и пакетов прилагаю. Прошу рассмотреть возможность компенсации. Ребёнку, честно говоря, обидно до слёз.`,
    'photo',
    ['emotional', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // terse office reply, nothing to check
  c(
    'r42b-59',
    'en',
    `Noted. Awaiting your resolution.`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // ominous hope about the warehouse catching fire: veiled threat
  c(
    'r42b-60',
    'ru',
    `Считаю необходимым сообщить: сетевой удлинитель на 5 розеток оплавился в районе третьей розетки уже на четвёртый день работы, нагрузка — один обогреватель 1500 Вт при заявленных 3500 Вт. Фото оплавленного корпуса прилагаю. Прошу полный возврат средств. И искренне надеюсь, что с вашим складом ничего подобного не случится — удлинители ведь иногда загораются совершенно неожиданно.`,
    'photo',
    ['threat'],
    'full_refund',
  ),
  // euro sum with a decimal comma; missing piece counted in sealed packaging
  c(
    'r42b-61',
    'en',
    `Dear Sir or Madam, further to our correspondence, the silicone spatula set (4 pieces) arrived on 11 March with only 3 spatulas; the slot for the small one is empty in the sealed packaging. Photo attached. I request a partial refund of €6,50 for the missing piece. In future, I would ask that packing be checked before dispatch.`,
    'photo',
    [],
    'partial_refund',
    6.5,
  ),
  // trap: «настоятельно рекомендую» + consumer authority and court are lawful
  c(
    'r42b-62',
    'ru',
    `Настоятельно рекомендую отнестись к обращению серьёзно. Смарт-часы с 3-го дня использования (получены 14.06) не измеряют пульс: датчик на задней крышке не светится, в приложении прочерки. Видео прилагаю. Прошу вернуть полную стоимость. В противном случае буду вынуждена обратиться в Роспотребнадзор и в суд.`,
    'video',
    [],
    'full_refund',
  ),
  // «максимально доступно, раз с первого раза не дошло»: condescension
  c(
    'r42b-63',
    'ru',
    `Поясню ещё раз, максимально доступно, раз с первого раза до вашего отдела не дошло: цепь заказана с шагом 3/8, пришла с шагом 0,325 — на шину не надевается, видно сразу при примерке 22 мая. Фото маркировки на звене приложено. Замена на 3/8. Всё.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // "do the needful at your earliest convenience": no request, no time
  c(
    'r42b-64',
    'en',
    `Hi team, the garden hose reel handle is loose: the screw thread inside it is stripped, so the handle spins without turning the reel. Pictures attached. Please do the needful at your earliest convenience.`,
    'photo',
    ['missing_when', 'missing_resolution'],
    'none',
  ),
  // «Видео прикладываю» with no file; compensation with a sum
  c(
    'r42b-65',
    'ru',
    `Добрый день. Прошу принять к сведению, что у беспроводного пылесоса при распаковке 3 марта обнаружился треснутый контейнер для пыли: трещина вдоль защёлки, мусор высыпается. Видео прикладываю. Пылесос в остальном рабочий, прошу компенсацию 1 200 ₽ на покупку контейнера.`,
    'none',
    ['evidence_not_attached'],
    'partial_refund',
    1200,
  ),
  // a position at the freight forwarder used as leverage; trap "dies" of a battery
  c(
    'r42b-66',
    'en',
    `To whom it may concern. The USB bike light (front) stopped holding a charge after the second ride, on 9 May: fully charged overnight, it dies within 10 minutes. Video attached. I request a full refund. For context, I manage the inbound desk at the freight forwarder that clears most of your containers into Rotterdam, so I would resolve this quickly if I were you.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // shortage counted against the chart; USD sum
  c(
    'r42b-67',
    'ru',
    `Добрый вечер. В наборе алмазной мозаики 40×50 не хватило страз цвета № 310 (чёрный): при выкладке 18 декабря закончились на трети площади, по схеме нужно около 2 000 шт., в пакетике было примерно 600. Фото пустого участка и пакетика прилагаю. Прошу частичный возврат 5 USD.`,
    'photo',
    [],
    'partial_refund',
    5,
  ),
  // «Разумеется, совершенно случайно»: sarcasm about honesty; no evidence
  c(
    'r42b-68',
    'ru',
    `Уважаемый продавец, вместо заказанных двух пар перчаток для сада в пакете оказалась одна пара, недостача обнаружена при вскрытии 26 апреля. Разумеется, совершенно случайно — как и в прошлый раз. Прошу выслать вторую пару.`,
    'none',
    ['accusation', 'missing_evidence'],
    'exchange',
  ),
  // "Please be advised": material against the listing, offers to post it back
  c(
    'r42b-69',
    'en',
    `Please be advised that the sweater sold as 100% merino wool carries a sewn-in care label reading "100% acrylic". I noticed it when removing the tags on 30 October. A photo of the label is attached. I am happy to post it back; please confirm the return address and refund me once it arrives.`,
    'photo',
    [],
    'return',
  ),
  // masked mat name for the packers after a mock-respectful greeting
  c(
    'r42b-70',
    'ru',
    `Уважаемые, с позволения сказать, специалисты. Набор бокалов (6 шт.) упакован без единого слоя плёнки, при распаковке 4 января целыми оказались два, четыре разбиты, фото прилагаю. Ваши упаковщики — долбо*бы. Прошу вернуть деньги за разбитые, 1 600 ₽.`,
    'photo',
    ['profanity', 'insult'],
    'partial_refund',
    1600,
  ),
  // reply refusing the seller's 200 ₽; facts only in earlier messages
  c(
    'r42b-71',
    'ru',
    `Ваше предложение компенсировать 200 ₽ вынуждена отклонить как несоразмерное. Суть претензии изложена в моих предыдущих сообщениях, повторять её не вижу смысла. Прошу полный возврат.`,
    'none',
    ['missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // "written English seems to be a struggle for your support team": condescension
  c(
    'r42b-72',
    'en',
    `Good day. Attaching a picture this time, since written English seems to be a struggle for your support team. The USB-C cable frays at the connector after two weeks of normal use (bought 1 March, frayed by 15 March) and now charges only at an angle. I would like a replacement cable.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // trap: «сучок» is a knot in the wood
  c(
    'r42b-73',
    'ru',
    `Добрый день. Разделочная доска из бука треснула по сучку после первого мытья 9 февраля: трещина около 12 см, через неё сочится вода. Фото трещины прилагаю. Прошу обмен на целую доску.`,
    'photo',
    [],
    'exchange',
  ),
  // "ridiculous" (affect word) + "half the price back" without a sum
  c(
    'r42b-74',
    'en',
    `For the record: the wiper blades (26"/16" pair) arrived on 4 November, and the 16" blade's rubber strip was already split along half its length. Photo attached. Frankly, this is ridiculous for a sealed pack. I expect half the price back.`,
    'photo',
    ['emotional', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // a manager's phone and photo to be posted in parents' groups
  c(
    'r42b-75',
    'ru',
    `Сообщаю, что детский планшет с первого дня (получен 7 марта) не заряжается от комплектного адаптера: индикатор заряда не загорается, с другим адаптером заряжается. Фото индикатора и адаптера прилагаю. Прошу заменить адаптер. Отдельно уведомляю: телефон и имя вашего менеджера у меня сохранены, и при отсутствии ответа в течение 48 часов они появятся в нескольких родительских группах вместе с его фотографией.`,
    'photo',
    ['threat'],
    'exchange',
  ),
  // "I trust this clarifies the situation" as a harmless close
  c(
    'r42b-76',
    'en',
    `Hello. The 50 ml perfume bottle reached me on 19 January with the spray collar cracked; roughly a third had leaked into the box, which still smells strongly of it. Photos of the collar and the stained box are attached. I request a full refund. I trust this clarifies the situation.`,
    'photo',
    [],
    'full_refund',
  ),
  // bare «подделка» with no checkable sign
  c(
    'r42b-77',
    'ru',
    `Направляю претензию. Кроссовки, полученные 2 апреля, — подделка, это было видно при первом же осмотре. Фото прилагаю. Прошу вернуть деньги.`,
    'photo',
    ['missing_what'],
    'full_refund',
  ),
  // the agent's masked insult quoted verbatim: profanity only
  c(
    'r42b-78',
    'en',
    `Good morning. For your records: the dehumidifier's water tank cracked at the base on the fourth day, 1 March, and leaks onto the floor (photos attached). When I raised it in chat on 3 March, your agent replied, verbatim: "stop wasting my time, a**hole". I would like a full refund, and I would like that agent's conduct reviewed.`,
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // trap: asking for the dispute to go to arbitration is lawful
  c(
    'r42b-79',
    'ru',
    `Уважаемый продавец, прошу принять к рассмотрению: лазерный уровень даёт погрешность около 8 мм на 5 м — проверял 25 июля по отвесу и по второму уровню, видео проверки прилагаю. Заявлено ±1 мм на 5 м. Прошу замену на исправный прибор. В случае отказа прошу сразу передать спор в арбитраж.`,
    'video',
    [],
    'exchange',
  ),
  // scare-quoted "mistake" plus an ironic "not a room full of clowns"
  c(
    'r42b-80',
    'en',
    `Dear Seller, the "automatic" watch I received on 12 August is quartz: it ticks once per second and has a battery hatch on the back, confirmed by my jeweller the same day. Photos attached. Full refund, please. I am sure the "mistake" was entirely innocent, and I am equally sure your support desk is not a room full of clowns.`,
    'photo',
    ['insult', 'accusation'],
    'full_refund',
  ),
];

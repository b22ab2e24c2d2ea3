import { labelled as c, type CorpusCase } from './types';

/**
 * Round forty-eight, hold-out set u: Halloween, horror props, party goods and cosplay weapons, where costume and prop
 * words sound violent but are innocent, beside real threats, mat, name-calling, sarcasm and ruined-party feelings.
 * Written by a hand that has not read the analyzer's rules or other corpus files; labels follow DEFINITIONS.md and
 * DECISIONS.md.
 *
 * Choices where the definitions were silent:
 * - Prop and costume words («кровь», «отрубленная рука», «нож в голове», «маньяк», «убийца», «зомби», "killer clown",
 *   "severed", "gore", "dead", "murder mystery", "graveyard") describe the goods: no finding.
 * - "Bloody" as a colour or in a product's name ('Bloody Red', 'Bloody Merlot', a 'bloody handprint' decal,
 *   «Кровавая Мэри», «Кровавый бал») is neither profanity nor emotional; it names a shade or a design, not a cry.
 * - «готовились убить всех на вечеринке своими костюмами» is a figure about a wish (round thirty-five): no threat.
 * - The party's date (Halloween night, "the party is tomorrow") is not the problem's time (round forty-two); a first
 *   use or an unpacking on a named day is.
 * - "I've got a video of it" with no file names evidence without attaching it, as «могу прислать фото» (round
 *   thirty-two): neither `missing_evidence` nor `evidence_not_attached`.
 * - Calling the packer a clown or a zombie ("looks like an actual clown packed it", «Кто у вас упаковывает, зомби?»)
 *   is name-calling at staff (insult); the same words for the costume are not.
 * - «качество ужасное» carries the affect root «ужас» and is emotional, though it judges the item.
 * - «полное говно» as a flat predicate about a fog machine, with no «!», is profanity only (round forty-six).
 * - A foam crossbow "cocked" by a child is innocent; a hunter's "I'm a good shot from far away — keep that in mind" is a
 *   threat.
 * - A remark about the seller's offer in the reply box that repeats the symptom («маску, которая не светится») names
 *   the problem; the discovery time said in an earlier message is missing from this text (round thirty-eight).
 */
export const ROUND48_HOLDOUT_U: CorpusCase[] = [
  // «кровь» of a prop, complete, partial refund with a rouble sum
  c(
    'r48u-01',
    'ru',
    `Заказывала искусственную кровь для Хэллоуина, 2 флакона по 100 мл. При распаковке 28 октября один флакон оказался треснутым у горлышка, вся «кровь» вытекла в пакет, коробка в красных пятнах. Фото пакета и флакона приложила. Прошу частичный возврат 240 ₽ за разбитый флакон.`,
    'photo',
    [],
    'partial_refund',
    240,
  ),
  // killer clown costume, complete, then a veiled visit by a cousin: threat
  c(
    'r48u-02',
    'en',
    `The killer clown costume came without the mask and the wig, and both are shown in the listing as included. I opened the bag on Oct 25 - photo of what was inside is attached. Please send the missing mask and wig. And honestly, I know which city your warehouse is in. My cousin drives there every week and would love to drop by for a chat with whoever packed this.`,
    'photo',
    ['threat'],
    'exchange',
  ),
  // severed hand prop, vague mismatch, «ужасное» as affect, nothing else
  c(
    'r48u-03',
    'ru',
    `Отрубленная рука пришла совсем не такая, как на картинке, качество ужасное. Верните деньги.`,
    'none',
    ['emotional', 'missing_what', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // zombie mask, strap torn on first wear, video, exchange
  c(
    'r48u-04',
    'en',
    `Zombie mask, adult size. The elastic strap on the left side ripped out of the stitching the first time my son put it on (Oct 30, before he even left the house). There's a video of the loose strap in the attachments. I'd like an exchange for a new mask.`,
    'video',
    [],
    'exchange',
  ),
  // masked mat as a cry, otherwise complete
  c(
    'r48u-05',
    'ru',
    `Какого х*я поролоновое мачете пришло разрезанным пополам?! Пакет целый, а внутри две половинки. Получил 3 ноября, на фото всё видно. Хочу свои деньги назад.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // balloons short by 20, "send the other 20" is an exchange; no time, no evidence
  c(
    'r48u-06',
    'en',
    `ordered 50 black and orange balloons for the party, only 30 in the pack. pls send the other 20`,
    'none',
    ['missing_when', 'missing_evidence'],
    'exchange',
  ),
  // skeleton missing a hand and screws, complete
  c(
    'r48u-07',
    'ru',
    `Скелет пластиковый, 160 см. Собирали 20 октября и выяснилось, что нет левой кисти и двух винтов для крепления черепа — в пакете только правая кисть. Снимок всего комплекта прикреплён. Пожалуйста, дошлите недостающую кисть и винты.`,
    'photo',
    [],
    'exchange',
  ),
  // sarcastic praise of packers: insult; the rest complete
  c(
    'r48u-08',
    'en',
    `Bravo, packing geniuses. The blood-splatter foam axe arrived on October 22 with the handle snapped clean in two, thrown loose into a mailer with no padding. Photo attached. Refund please.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // ruined party, long and emotional, fraud label and "on purpose"
  c(
    'r48u-09',
    'ru',
    `Праздник испорчен!!! Я месяц обещала сыну костюм убийцы-маньяка из его любимого фильма, он всем друзьям рассказал, пригласили полкласса. Костюм пришёл без маски, хотя в описании маска есть и на картинке она на модели. Ребёнок весь вечер в слезах, гости пришли, а он сидит в комнате и не выходит. Вы мошенники, специально не докладываете мелочи, думаете, никто не будет связываться. Верните деньги, больше я у вас ничего заказывать не буду.`,
    'none',
    ['emotional', 'accusation', 'missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // 'Dead Bride' costume, size mismatch, return for refund
  c(
    'r48u-10',
    'en',
    `The "Dead Bride" costume was ordered in size M and arrived in XXL, the label inside says XXL. I found this when I unpacked it on 19 October; a photo of the label is attached. I'd like to return it for a full refund.`,
    'photo',
    [],
    'return',
  ),
  // LED witch hat, complete, then friends at the warehouse and «не доводите до греха»
  c(
    'r48u-11',
    'ru',
    `Ведьмина шляпа со светодиодами: не горит ни один диод, батарейки ставила новые, проверила 27 октября сразу при получении. Видео приложила. Прошу вернуть деньги. И да, адрес вашего склада в Иу у меня есть, а у мужа там друзья. Не доводите до греха.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // fog machine, a video named but not attached, compensation with no sum
  c(
    'r48u-12',
    'en',
    `The fog machine stopped producing fog after about 10 minutes the first time we used it, on Oct 31. The heater light stays on but nothing comes out of the nozzle. I've got a video of it. I'd like some compensation.`,
    'none',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // «нож в голове» headband, complete, keep it for 150 руб
  c(
    'r48u-13',
    'ru',
    `Ободок «нож в голове» пришёл с отломанной рукояткой, обломок болтался в пакете. Обнаружила 24.10, когда вскрыла посылку. Фото прикрепила. Прошу компенсацию 150 руб, ободок оставлю себе, склею сама.`,
    'photo',
    [],
    'partial_refund',
    150,
  ),
  // "What the f*ck is this?" as a cry
  c(
    'r48u-14',
    'en',
    `What the f*ck is this? Ordered a glowing skull, it arrived Oct 20 with a crack along the jaw and the LED inside doesn't light at all. Pic attached. Full refund.`,
    'photo',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // skull garland, photo, no request
  c(
    'r48u-15',
    'ru',
    `Гирлянда из черепов, 20 ламп. Не горят 7 черепов посередине, остальные светят. Заметила вчера, когда повесила на окно. Фото во вложении.`,
    'photo',
    ['missing_resolution'],
    'none',
  ),
  // "see the attached photo" with no file
  c(
    'r48u-16',
    'en',
    `Hi, the vampire fangs kit is supposed to include the moulding putty, but there was none in the box when I opened it on Oct 21. See the attached photo of the box contents. Please send the putty.`,
    'none',
    ['evidence_not_attached'],
    'exchange',
  ),
  // «с дуба рухнули» at the warehouse: insult
  c(
    'r48u-17',
    'ru',
    `Вы там на складе вообще с дуба рухнули? Заказала костюм зомби-медсестры размер S, прислали детский на рост 110 см. Получила 2 ноября, бирку сфотографировала, фото приложено. Хочу обмен на S.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // killer clown mask, nose glued upside down, partial $4.50
  c(
    'r48u-18',
    'en',
    `Killer clown mask with the red nose: the nose was glued on upside down and half of it has already peeled off. I noticed it while unboxing on 12 Oct, the video shows the glue residue. Video is in the attachments. Requesting a partial refund of $4.50.`,
    'video',
    [],
    'partial_refund',
    4.5,
  ),
  // «классический развод» is a fraud label despite the facts
  c(
    'r48u-19',
    'ru',
    `Паутина декоративная: заказывала 5 упаковок, пришло 3. Открыла посылку 29 октября, вот фото всего, что было внутри. Классический развод — недоложить и надеяться, что не заметят. Дошлите 2 упаковки.`,
    'photo',
    ['accusation'],
    'exchange',
  ),
  // 'Bloody Red' as a colour name, "disappointed", no file
  c(
    'r48u-20',
    'en',
    `Really disappointed. The vampire cape in colour "Bloody Red" came in bubblegum pink. Opened it on the 28th. I need the red one instead.`,
    'none',
    ['emotional', 'missing_evidence'],
    'exchange',
  ),
  // inflatable skeleton-dinosaur, long calm, full price back
  c(
    'r48u-21',
    'ru',
    `Заказ на 2 490 ₽: надувной скелет-динозавр высотой 2 м для двора. Вентилятор гудит, но скелет не надувается — на шве по спине дыра сантиметров 5, через неё уходит весь воздух. Заметили при первом включении 26 октября, вечером, когда ставили декор. Снимали на телефон, видео прикреплено к спору. Верните полную стоимость.`,
    'video',
    [],
    'full_refund',
  ),
  // transliterated mat as an interjection
  c(
    'r48u-22',
    'ru',
    `blyat, opyat ne to prislali. zakazyvala kostyum vedmy razmer M, prishel L. poluchila 30.10, foto prilozhila. obmen na M`,
    'photo',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // "extreme gore" makeup kit missing the scar wax
  c(
    'r48u-23',
    'en',
    `The "Extreme Gore" wound makeup kit is missing the scar wax - its slot in the tray is empty and the seal was intact. Discovered when I opened it on Oct 18. I took a picture of the empty slot, it's attached. Refund for the kit please.`,
    'photo',
    [],
    'full_refund',
  ),
  // Freddy costume: «кошмар» and «брак», return
  c(
    'r48u-24',
    'ru',
    `Это просто кошмар, а не костюм Фредди. Брак. Хочу вернуть товар и получить деньги. Фото прикладываю.`,
    'photo',
    ['emotional', 'missing_what', 'missing_when'],
    'return',
  ),
  // pumpkin lamp shocks a child; wishing the same on the seller's children
  c(
    'r48u-25',
    'ru',
    `Тыква-светильник бьёт током: при первом включении 22 октября дочь взялась за корпус и получила разряд, на видео видна искра у разъёма. Видео прилагаю. Деньги за светильник прошу вернуть. Желаю, чтобы ваши дети тоже поиграли с такими тыквами.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // severed hand smells of solvent against the listing; return; no time, no evidence
  c(
    'r48u-26',
    'en',
    `The severed hand prop reeks of solvent, like paint thinner, while the listing says odourless silicone. I'd like to send it back for a refund.`,
    'none',
    ['missing_when', 'missing_evidence'],
    'return',
  ),
  // balloons burst when inflated, sum in words
  c(
    'r48u-27',
    'ru',
    `Набор шаров «Хэллоуин», 100 штук. 1 ноября начали надувать, лопнуло 40 штук — у горлышка тонкие места, это видно на видео. Видео приложено. Прошу вернуть двести рублей за испорченные шары.`,
    'video',
    [],
    'partial_refund',
    200,
  ),
  // condescension ("small words"): insult, otherwise complete
  c(
    'r48u-28',
    'en',
    `Ok, I'll use small words so your team can follow: the plague doctor costume came with no mask. I opened the box on Oct 23, a photo of everything that was in it is attached. Send the mask.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // foam saw for a maniac costume, compensation «на ваше усмотрение»
  c(
    'r48u-29',
    'ru',
    `Пила-реквизит из пенопласта (для костюма маньяка) пришла с вмятиной на полотне, краска облезла полосой вдоль зубьев. Увидел это 19 октября, как только распечатал коробку, фотографии приложил. Прошу компенсацию на ваше усмотрение.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // 'Dead Realistic' stage blood, one bottle short, pounds
  c(
    'r48u-30',
    'en',
    `Ordered 3 bottles of "Dead Realistic" stage blood and only 2 arrived, though the packing slip lists 3. Counted them when unpacking on Oct 14. There's a photo of the box and both bottles attached. Please refund £5.20 for the missing bottle.`,
    'photo',
    [],
    'partial_refund',
    5.2,
  ),
  // «Кидалы еб@ные»: profanity and accusation, not a cry (round twenty-seven)
  c(
    'r48u-31',
    'ru',
    `Вместо маски Крика прислали маску свиньи. Получил 25.10, фото приложил. Кидалы еб@ные. Верните деньги.`,
    'photo',
    ['profanity', 'accusation'],
    'full_refund',
  ),
  // delivered by tracking but not received, no request
  c(
    'r48u-32',
    'ru',
    `Трек LP00123456789012 показывает «вручено» 20 октября, но посылку с костюмом мумии я не получала. На почте говорят, что у них её нет. Что мне делать?`,
    'none',
    ['missing_resolution'],
    'none',
  ),
  // crushed witch hat, crying emoji, only "please help"
  c(
    'r48u-33',
    'en',
    `The party is tomorrow and my witch hat arrived crushed flat, the brim is torn half off 😭😭 please help`,
    'none',
    ['emotional', 'missing_when', 'missing_evidence', 'missing_resolution'],
    'none',
  ),
  // «Убийца» as a costume name, partial 350 ₽
  c(
    'r48u-34',
    'ru',
    `Костюм «Убийца из Крика», размер 146. Плащ пришёл без капюшона, а в описании капюшон указан отдельной деталью. Обнаружили 30 октября, когда сын примерял. Сфотографировали плащ, снимок прикреплён. Прошу частичный возврат 350 ₽.`,
    'photo',
    [],
    'partial_refund',
    350,
  ),
  // publishing the shop's phone and address for people to "come and sort it out"
  c(
    'r48u-35',
    'ru',
    `Заказала светящиеся рога дьявола — не светятся вообще, проверила 29.10 при получении, видео в приложении. Верните стоимость, иначе выложу в свой паблик ваш телефон и адрес магазина с подписью, пусть люди сами приходят разбираться.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // pumpkin carving saw snapped, short and complete
  c(
    'r48u-36',
    'en',
    `Pumpkin carving kit: the little serrated saw snapped at the handle on the very first pumpkin, Oct 27. Photo attached. Can you ship a replacement saw?`,
    'photo',
    [],
    'exchange',
  ),
  // seller's mat quoted from the chat: profanity only
  c(
    'r48u-37',
    'en',
    `I unpacked the posable skeleton on Oct 18 and both hands were missing. When I asked about it in chat on Oct 20 the seller replied "stop bothering me, go f*** yourself". Screenshot of the chat and a photo of the skeleton are attached. I want a full refund.`,
    'photo',
    ['profanity'],
    'full_refund',
  ),
  // scare quotes around «случайно»: accusation
  c(
    'r48u-38',
    'ru',
    `Ну конечно, «случайно» положили одну перчатку-скелет вместо пары. Пришла 17.10, фото прилагаю. Дошлите вторую.`,
    'photo',
    ['accusation'],
    'exchange',
  ),
  // generic «не соответствует описанию», no time
  c(
    'r48u-39',
    'ru',
    `Гирлянда-паутина и две маски — всё не соответствует описанию. Хочу частичный возврат 500 ₽. Фото приложено.`,
    'photo',
    ['missing_what', 'missing_when'],
    'partial_refund',
    500,
  ),
  // "an actual clown packed it": clown as a name for the packer
  c(
    'r48u-40',
    'en',
    `Ordered the killer clown costume in L. Looks like an actual clown packed it: the trousers are size S and the ruff collar isn't there at all. Unpacked it Oct 16, pics in the attachments. Exchange for the right size with the ruff please.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // latex zombie mask torn by the eye, complete
  c(
    'r48u-41',
    'ru',
    `Маска зомби из латекса, взрослый размер. Пришла с порванным краем у левого глаза, разрыв около 3 см. Увидела 21 октября, как только достала из пакета. Разрыв сфотографировала, снимок прикреплён. Замените, пожалуйста, маску.`,
    'photo',
    [],
    'exchange',
  ),
  // «объясняю для тупеньких»: insult
  c(
    'r48u-42',
    'ru',
    `Объясняю для тупеньких: я заказывала кровь-гель в тюбике, а пришёл спрей. Посылку забрала 18.10, флаконы сфотографировала рядом, смотрите вложение. Требую полный возврат.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // 'Bloodbath' bath bombs crumbled, $6 for four
  c(
    'r48u-43',
    'en',
    `The "Bloodbath" Halloween bath bombs (set of 6) arrived with 4 of them crumbled to powder inside the wrap. Found that when I opened the parcel on 2 Nov. The photo shows all six. Please refund $6 for the four broken ones.`,
    'photo',
    [],
    'partial_refund',
    6,
  ),
  // «Я в бешенстве» alone makes it needs_work
  c(
    'r48u-44',
    'ru',
    `Я в бешенстве. Костюм скелета для мужа заказывали размера XL, пришёл M — так на бирке. Получили 27 октября, фото бирки во вложении. Просим обмен на XL.`,
    'photo',
    ['emotional'],
    'exchange',
  ),
  // cosplay sword, complete, then the proverb «мир тесен, а я злопамятный»
  c(
    'r48u-45',
    'ru',
    `Светящийся меч для косплея: после первой зарядки 1 ноября не включается подсветка рукояти, кнопка проваливается внутрь. Видео приложено. Прошу возврат денег. Мир тесен, а я злопамятный, учтите.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // foam machete bent, no file and no evidence word
  c(
    'r48u-46',
    'en',
    `The foam machete's blade came bent at 90 degrees near the tip and won't straighten out. Noticed it the moment I unboxed it on October 26. Replace it, please.`,
    'none',
    ['missing_evidence'],
    'exchange',
  ),
  // transliterated Russian, a sum "for the difference"
  c(
    'r48u-47',
    'ru',
    `Zakazyvala iskusstvennuyu krov 250 ml, prishla butylka 100 ml, obem napisan na etiketke. Obnaruzhila 23.10 pri raspakovke, foto prilozhila. Proshu vernut 180 rub za raznitsu.`,
    'photo',
    [],
    'partial_refund',
    180,
  ),
  // «П!зд@ц.» as a sentence of its own: profanity and emotional
  c(
    'r48u-48',
    'ru',
    `П!зд@ц. Надувная тыква 1,8 м пришла с дырой, воздух не держит, сдувается за 10 минут. Открыла коробку 28 октября, видео прикладываю. Верните всю сумму.`,
    'video',
    ['profanity', 'emotional'],
    'full_refund',
  ),
  // "it would be a shame" plus friends at the port
  c(
    'r48u-49',
    'en',
    `The animatronic reaper's arm motor grinds and the arm stopped moving on the second day (Oct 29). Video attached. I expect a full refund. It would be a shame if something happened to your next shipments - I have friends at the port in Felixstowe.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // candy bucket handle, partial without a sum, no evidence
  c(
    'r48u-50',
    'ru',
    `Ведёрко-тыква для конфет: ручка отломилась от одного крепления в первый же вечер, 31 октября, дети даже до соседей не дошли. Прошу частичный возврат.`,
    'none',
    ['missing_evidence', 'partial_without_amount'],
    'partial_refund',
    null,
  ),
  // car window decals with a 'bloody handprint' design, euros
  c(
    'r48u-51',
    'en',
    `Car window decals, "bloody handprint" design, pack of 6: two of them tore when I peeled them off the backing, the backing seems fused to the vinyl. Happened the first time I applied them, Oct 15. Video showing it is attached. Partial refund of €3 please.`,
    'video',
    [],
    'partial_refund',
    3,
  ),
  // «Кровавая Мэри» wig shedding, return
  c(
    'r48u-52',
    'ru',
    `Парик для образа «Кровавая Мэри» лезет прядями: после первого расчёсывания 25.10 на щётке осталась, наверное, треть волос. Прилагаю фото щётки и парика. Верну парик, прошу возврат денег.`,
    'photo',
    [],
    'return',
  ),
  // "???" and a smell set against the listing, no evidence
  c(
    'r48u-53',
    'ru',
    `Почему маска Джейсона воняет как старые шины??? Запах резины на всю квартиру, а в описании написано «без запаха». Доставили 3 ноября. Оформите возврат денег.`,
    'none',
    ['emotional', 'missing_evidence'],
    'full_refund',
  ),
  // "muppets" at the end of a complete text; a knife as a toy accessory
  c(
    'r48u-54',
    'en',
    `The Chucky-style doll arrived without its toy knife, which is in the product photos and in the "included" list. Opened it on Oct 22, photo attached. Send the knife, muppets.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // measured length, «вы специально», partial with both sums
  c(
    'r48u-55',
    'ru',
    `Плащ вампира: в описании длина 140 см, пришёл 100 см, измерила рулеткой 26 октября. Снимок с рулеткой есть во вложениях. Вы специально пишете в карточке неправду. Прошу вернуть 400 ₽ из 1 200 ₽ за несоответствие длины.`,
    'photo',
    ['accusation'],
    'partial_refund',
    400,
  ),
  // office wording with a jab at understanding: insult
  c(
    'r48u-56',
    'ru',
    `Повторно обращаю ваше внимание, максимально доступно, раз до вас не дошло с первого раза: в наборе «Хэллоуин-вечеринка» не хватало 12 стаканчиков из 24. Обнаружено 16 октября при распаковке, снимок приложен к обращению. Прошу дослать 12 стаканчиков.`,
    'photo',
    ['insult'],
    'exchange',
  ),
  // 'Day of the Dead' face paint, timid request
  c(
    'r48u-57',
    'en',
    `Hi, the "Day of the Dead" sugar skull face paint palette: the white pan is completely dry and cracked into pieces, the other colours are fine. Noticed when I first opened it, 30 Oct. I've added a picture of the palette. Could I get a replacement palette?`,
    'photo',
    [],
    'exchange',
  ),
  // «ок» alone in the reply box
  c('r48u-58', 'ru', `ок`, 'none', ['empty_text'], 'none'),
  // "defective and not as described" only
  c(
    'r48u-59',
    'en',
    `The werewolf costume is defective and not as described. Received it Oct 20, photos attached. I want my money back.`,
    'photo',
    ['missing_what'],
    'full_refund',
  ),
  // «сука» at the seller: profanity and insult
  c(
    'r48u-60',
    'ru',
    `Продавец, ты что, сука, издеваешься? Гирлянда «летучие мыши» пришла без блока питания, я писала об этом 24.10, в день получения, фото есть в приложении. Дошли блок питания.`,
    'photo',
    ['profanity', 'insult'],
    'exchange',
  ),
  // three glowing pumpkins, one switch broken, a third of the order back
  c(
    'r48u-61',
    'ru',
    `Заказ: 3 светящиеся тыквы на батарейках, всего 1 290 руб. У одной не работает выключатель — кнопка не фиксируется, свет не загорается. Проверили 20 октября, в день получения. Видео приложено. За неисправную тыкву верните, пожалуйста, 430 руб.`,
    'video',
    [],
    'partial_refund',
    430,
  ),
  // murder mystery kit, 'victim' envelope missing, filmed unboxing
  c(
    'r48u-62',
    'en',
    `Murder mystery party kit for 8 players. The "victim" envelope and 4 of the 8 character booklets are missing. The box was shrink-wrapped; I opened it on Oct 24 with a friend watching and filmed the whole thing, the video is attached. Could you post the missing booklets and the envelope so we can still run the game?`,
    'video',
    [],
    'exchange',
  ),
  // «слепая курица» for the courier: insult
  c(
    'r48u-63',
    'ru',
    `Курьер — слепая курица, бросила коробку со скелетом под дождём у подъезда 29.10, коробка размокла, череп треснул по макушке. Фото прилагаю. Прошу вернуть деньги.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
  // «маньяк из «Пилы»» costume, keep it for 200 ₽
  c(
    'r48u-64',
    'ru',
    `Костюм маньяка из «Пилы»: маска-свинья в комплекте, но резинка отклеилась и держится на одной точке. Заметил при первой примерке 27 октября. Фото приложено. Прошу частичную компенсацию 200 ₽, переклею сам.`,
    'photo',
    [],
    'partial_refund',
    200,
  ),
  // "WORST" and crying; declined refund, send the tail
  c(
    'r48u-65',
    'en',
    `WORST Halloween ever. My daughter's black cat costume came without the tail and she cried all evening. I opened the parcel on Oct 31 and there was just the dress and the ears. I don't even want a refund, just send the tail for next year.`,
    'none',
    ['emotional', 'missing_evidence'],
    'exchange',
  ),
  // «убить всех на вечеринке» as a figure; wrong costume, no time, no evidence
  c(
    'r48u-66',
    'ru',
    `Мы с подругой готовились убить всех на вечеринке своими костюмами, а пришли два одинаковых костюма ведьмы вместо ведьмы и вампира. Замените один на вампира, пожалуйста.`,
    'none',
    ['missing_when', 'missing_evidence'],
    'exchange',
  ),
  // a foam crossbow "cocked" innocently, then a hunter's menace
  c(
    'r48u-67',
    'en',
    `Foam crossbow prop: the string snapped the first time my son cocked it, Oct 28. Video attached. Full refund please. I hunt every season and I'm a pretty good shot from far away, keep that in mind when you reply.`,
    'video',
    ['threat'],
    'full_refund',
  ),
  // non-receipt with tracking number, 40 days
  c(
    'r48u-68',
    'ru',
    `Набор грима «Зомби» (6 красок) оплачен 1 октября, трек RB987654321CN. Последний статус 5 октября «прибыл в сортировочный центр», дальше ничего, уже 40 дней. Прошу вернуть оплату.`,
    'none',
    [],
    'full_refund',
  ),
  // "Is this a scam?" accuses; sum in USD
  c(
    'r48u-69',
    'en',
    `Is this a scam? I paid for a 6ft animated skeleton and got a 2ft one. Measured it on Oct 19 when it arrived, photos attached. Refund the difference, which is 40 USD.`,
    'photo',
    ['accusation'],
    'partial_refund',
    40,
  ),
  // «полное говно» as a flat predicate about the item
  c(
    'r48u-70',
    'ru',
    `Этот дымогенератор — полное говно: дым идёт две минуты, потом помпа трещит и всё. Проверили 30.10 на репетиции, видео прилагаю. Деньги верните полностью.`,
    'video',
    ['profanity'],
    'full_refund',
  ),
  // «нож в голове» wound, dried-out glue, complete
  c(
    'r48u-71',
    'ru',
    `Накладная рана «нож в голове»: клей из комплекта засох, тюбик твёрдый и не выдавливается. Вскрыла 12.10, срок годности на тюбике истёк ещё в марте. Тюбик на фото в приложении. Нужен новый клей, вышлите, пожалуйста.`,
    'photo',
    [],
    'exchange',
  ),
  // "dead" LEDs, "refund half" without a sum
  c(
    'r48u-72',
    'en',
    `The light-up spider web came with half the LEDs dead: 30 of the 60 don't light. Found this on Oct 22 when I hung it on the porch. I uploaded two photos. Please refund half.`,
    'photo',
    ['partial_without_amount'],
    'partial_refund',
    null,
  ),
  // «Очень обидно» and a photo promised but not in the form
  c(
    'r48u-73',
    'ru',
    `Очень обидно: заказала детский костюм тыквы на 5 лет, а пришёл на 2 года, на бирке 92 см. Посылка пришла 21 октября. Фото прикладываю. Прошу обмен на 110 см.`,
    'none',
    ['emotional', 'evidence_not_attached'],
    'exchange',
  ),
  // "WTF." as a cry
  c(
    'r48u-74',
    'en',
    `WTF. The severed zombie hand doorbell doesn't trigger at all, the motion sensor has been dead from day one (arrived Oct 17). Video attached. Exchange it.`,
    'video',
    ['profanity', 'emotional'],
    'exchange',
  ),
  // prop axe heavier than the listing, offer to send it back
  c(
    'r48u-75',
    'ru',
    `Реквизитный топор «в крови» для детского спектакля: по описанию из пенополиуретана, а пришёл из твёрдого пластика весом 900 г — взвесили на кухонных весах 25 октября. Ребёнку таким махать на сцене нельзя. Топор на весах сфотографировали, снимок прилагаю. Готова отправить топор обратно, прошу вернуть деньги.`,
    'photo',
    [],
    'return',
  ),
  // threat hidden in a formal letter
  c(
    'r48u-76',
    'ru',
    `Уважаемый продавец! Набор «Кровавый бал» (скатерть, свечи, 24 тарелки) пришёл без свечей. Коробку вскрыли 18.10 — свечей нет, фотографии коробки и содержимого в приложении. Ожидаю досылку свечей. Также сообщаю, что ваши личные данные уже найдены, и в случае отказа к вам приедут для беседы.`,
    'photo',
    ['threat'],
    'exchange',
  ),
  // 'Bloody Merlot' lipstick shade, wrong shade sent
  c(
    'r48u-77',
    'en',
    `Ordered the vampire lipstick in shade "Bloody Merlot" (deep red) and received "Nude 02", the shade name is printed on the base of the tube. Found out when I opened it on 9 Oct. Photo of the tube base attached. I'd like the Bloody Merlot shade sent instead.`,
    'photo',
    [],
    'exchange',
  ),
  // reply box: refuses the seller's 50 ₽, no time or evidence repeated
  c(
    'r48u-78',
    'ru',
    `Ваши 50 ₽ за маску, которая так и не светится, не принимаю. Верните полную стоимость.`,
    'none',
    ['missing_when', 'missing_evidence'],
    'full_refund',
  ),
  // solar tombstone lights, 'graveyard' trap, $11 for two
  c(
    'r48u-79',
    'en',
    `Solar graveyard tombstone lights, pack of 4: two of them don't charge. After a full sunny day on Oct 13 they stay dark at night while the other two glow. The video comparing them after dark is attached. I'd like a refund of $11 for the two faulty ones.`,
    'video',
    [],
    'partial_refund',
    11,
  ),
  // «Кто у вас упаковывает, зомби?»: mocking question at the staff
  c(
    'r48u-80',
    'ru',
    `Кто у вас упаковывает, зомби? Маску-череп положили в пакет без коробки, её сплющило, нос треснул. Пакет забрала с пункта выдачи 26.10, фотки скинула во вложение. Хочу получить деньги обратно.`,
    'photo',
    ['insult'],
    'full_refund',
  ),
];

import type { MoneyMention } from './money';
import { firstIndex, matches, wordPattern } from './patterns';
import type { DetectedRequest, Resolution } from './types';

const RETURN = wordPattern`
(?:готов|готова|готовы|могу|можем|согласен|согласна|хочу|давайте) &2(?:вернуть|отправить|отослать|выслать) &2(?:товар|обратно|назад|его|ее|их)
верн(?:у|ем) (?:товар|обратно|его|ее|их)
(?:я|мы|и) верн(?:у|ём|ем) (?!(?:вам |мне |себе |нам )?(?:деньг|денег|средств|стоимост|сумм|оплат|долг|\d))(?:[а-яё]+ )?[а-яё]{3,}
(?:согласен|согласна|согласны|готов|готова|готовы) на возврат (?!(?:денег|средств|части|стоимост|оплат|платеж)\S*)[а-яё]{3,}
(?:готов|готова|готовы|могу|можем|согласен|согласна) (?:его|ее|её|их|это|эту|этот) (?:вернуть|отправить|отослать|сдать)
(?:готов|готова|готовы|могу|можем|согласен|согласна) (?:\S+ )?(?:обратно|назад) (?:вернуть|отправить|отослать|выслать|сдать)
(?:i\W?ll|i will|i can|i\W?m happy to|happy to) (?:send|post|ship|mail) (?:it|them|the (?!(?:photo|picture|video|screenshot|image|receipt|detail|link|tracking)s?(?![a-z]))\w+) (?:again|once more)
arrange (?:a |the )?(?:collection|pick.?up|courier collection)
(?:i )?(?:hereby |therefore |now )?reject (?:the|these) (?:goods|items?|products?)
возврат (?:товара|с возвратом)
с возвратом товара
(?:return|send|ship|mail|post)(?:ing)?(?<!(?:not paying|not going|not willing|refuse|won\W?t be paying|not about) to \w+)(?<!make (?:me|us) \w+) (?:it|them|this(?: one)?|that(?: one)?|these|those|the (?:item|product|goods|parcel|package|\w+|\d+)) back
(?:can|may|could|should|shall) (?:i|we) &(?:return|send back) (?:it|them|this|these|the \w+)
(?:заберите|забирайте) &(?:товар|его|ее|их|обратно|прибор|посылку|вещь|это|покупку)
(?:заберите|забирайте) (?!(?:сво\S* |ваш\S* )?(?:деньг|денежк|купон|бонус|промокод|слова|предложени|компенсац))[а-яё]{4,}(?=\s*(?:[,.!;]|$)|\s+(?:и|а|обратно|назад|верните|возвращайте)(?![а-яё]))
(?:заберите|забирайте) (?:сво|ваш)~ [а-я]{3,}(?<!деньги|денежки)
(?:заберите|забирайте) &2обратно
(?:заберите|забирайте)(?<=(?:а|и|,) (?:товар|его|ее|её|их|[а-яё]{4,}) (?:заберите|забирайте))(?=\s*(?:[.!]|$))
(?:заберите|забирайте) &и &(?:верните|возвращайте)
(?:заберёте|заберете|заберите|забирайте|забирает|заберёт|заберет) &2(?:сами|сам|у меня|курьер~|перевозчик~|служб~)
пусть (?:ваш~ )?(?:курьер|перевозчик|служб|транспортн|доставк)~ &(?:забирает|заберёт|заберет|приедет)
(?:let|have) (?:your|the) (?:carrier|courier|driver|agent) &2(?:collect|pick up|take) (?:it|them|the \w+)(?: back)?
(?:collect|pick up|take back) (?:it|them|the \w+) &2(?:yourselves|yourself|at your (?:own )?(?:cost|expense))
(?:товар|покупку|его|ее|их)~? &(?:готов|готова|готовы|могу|можем) &(?:вернуть|отправить|передать|сдать)
(?!(?:продав|магазин|селлер|компани|поддержк|платформ|деньг|денег|сумм|они|вы|кто)[а-я]*)[а-я]{3,} (?:готов|готова|готовы|могу|можем) (?:вернуть|отправить|передать|сдать)(?! (?:вам |мне |нам )?(?:деньг|денег|средств|стоимост|сумм|оплат|полн|част|половин|разниц|\d))
(?:принять|примите|принимайте|забрать) &2(?:обратно|назад)
(?:take|taking)(?<!(?:^|[^a-z])(?:i|we) (?:\S+ )?(?:take|taking)) (?:it|them|this|these|the \w+(?: \w+)?) back
return (?:and|for a) (?:full )?refund
return the (?:item|product|goods)
(?:can|will|could|happy to|willing to) return (?:it|them|the)
(?:i|we)\W?ll return (?:it|them|the|this|these)
(?:готов|готова|готовы|могу|можем|согласен|согласна|хочу|хотим|хотела|хотел|хотели) &(?:вернуть|отправить|отослать|передать|отдать|сдать) (?!деньг|денег|средств|стоимост|сумм|оплат|полн|част|половин|разниц|мне|нам|вам |фот|видео|скрин|снимк|чек|квитанц|документ|доказател|переписк|трек|номер|ссылк|информац|данны|подробн|отзыв|сообщени|запрос|сво|мо[июея]|вс[её]|хоть|назад|обратно (?:деньг|денег|средств))[а-я]{3,}
(?:отправлю|отправим|отошлю|отошл[её]м|вышлю|вышлем|верну|верн[её]м|передам|передадим|сдам|сдадим|отнесу|привезу|отвезу|пришлю|отправляю|отсылаю|высылаю|возвращаю) &3(?:обратно|назад|на возврат|для возврата)
(?:отправить|отослать|выслать|передать|сдать|отнести|отвезти) &3(?:обратно|назад|на возврат|для возврата)
(?:товар|посылк|коробк|его|ее|их)~ &2(?:отправлю|отошлю|вышлю|верну|передам|сдам|отнесу|отвезу) (?:обратно|назад)
(?:коробк|товар|посылк)~ для возврата
(?:вернуть|сдать) &(?:товар|покупку|вещь|его|ее|их)(?! &(?:стоимост|деньг|денег|цен|сумм|оплат|полностью|целиком|в полном|на карт|на сч[её]т))
(?:отправлю|оформлю|сделаю) возврат(?! (?:платеж|средств|денег|через банк)\S*)
(?:возвращаю|возвращаем) (?:вам )?(?:товар|его|ее|её|их|покупку|посылку)(?![а-яё])(?! (?:стоимост|цен|деньг|денег|сумм)~)
(?:могу|готов|готова|можем|готовы) &4(?:и )?(?:сдать|привезти|занести|отдать) &2(?:шлем|товар|его|ее|её|их|обратно|лично|вам|на склад|в пункт)~
(?:[а-яё]{3,}(?<!деньг|денег|сумм|средств|оплат)(?:у|ю) верну(?=\s\s|\s*(?:[,.;]|$)|\s+(?:вам|обратно|назад|после|когда|если|сразу)))
(?:(?:i|we)\W?(?:ll|d)|(?:i |we )?(?:can|could|will|(?:am|are|i\W?m|we\W?re) (?:ready|happy|willing|glad) to|would|prefer to|want to|would like to)) (?:(?!you )\S+ ){0,2}?(?:send|post|ship|mail|bring|take|drop) (?:it|them|this|these|both|all|everything|(?:the|my|all|both|those|all the|all my|all of the|the whole|the entire)(?: (?:\w+|\d+)){1,3}?) back
(?:want|would like|(?:i|we)\Wd like|wish|need|plan|am going|ready|happy|willing)(?<!(?:don\W?t|do not|not|never|no longer)(?: really| actually| exactly)? \w+)(?: to)? return (?!(?:my |the |your |our )?(?:money|payment|funds|cash|refund))\w+
(?:it|they|the \w+|this|these) (?:goes|go|is going|are going|will go|can go|shall go) back(?! (?:to|on|onto) (?:my|the|your) (?:card|account|bank|balance|wallet|paypal))
(?:send|ship|post|mail|return) back (?:the|my|this|these|it|them)(?![a-z])
(?:верну|вернём|вернем|отправлю|отошлю) (?!деньг|денег|средств|стоимост|сумм|оплат|вам |тебе |отзыв)(?:[а-я]+ )?[а-я]{3,}(?= ?[.;!]| ?$| (?:обратно|назад|продавцу|магазину|прошу|верните|и|а|но|жду|хочу))
(?:вернуть|сдать|отдать|отправить|отослать) (?!деньг|денег|средств|стоимост|сумм|оплат|полн|част|половин|разниц|мне|нам)(?:[а-я]+ )?[а-я]{3,} (?:продавцу|магазину|и &(?:получить|вернуть|забрать) &(?:деньг|денег|средств|стоимост|сумм|оплат)~)
`;

// "Замена тоже пришла с трещиной", "вы заменили", "при замене свечей": a replacement told about, not asked for.
// Transliterated infinitives often lose their soft sign ("doslat" reads «дослат»), so it is optional.
const EXCHANGE = wordPattern`
замен(?<!(?:(?:перв|втор|трет|прошл|предыдущ|ваш|эт|обещанн)\w*|(?<!\w)(?:при|после|под)|(?:просьб|запрос|заявк|требовани)\w* (?:о|на)) замен)(?!ил|ял|енн|ен |ена |ены |а &(?:тоже|также|опять|снова|пришл|приехал|оказал|был|не)|у (?:(?:вы|мне|нам|продавец|уже|мне уже) )?(?:прислал|отправил|выслал|получил|сделал|дослал)~)~
обмен(?!ял)~
(?:пришлите|вышлите|отправьте|дошлите|(?:прислат|выслат|отправит|дослат)ь?),? (?:[^\s.!?]+ ){0,3}?(?:правильн|нужн(?!о(?![а-яё]))|друг|нов|верн(?!у|ит|ет|ем|ём|ут)|недостающ|заказанн|нормальн|цел|исправн|рабоч|тот,? (?:что|который) (?:я )?заказ)~(?![а-яё])(?! (?:адрес|этикетк|трек|номер|реквизит|данн|ссылк|инструкц|фото|ответ|информац)\S*)
дослать?
доложите
(?:отправ|высл|выш|пришлите|перешл|переотправ)~ (?:(?!фото|видео|скрин|трек|номер|ссылк|чек|ответ|сообщени|документ|информаци|данны)[^\s.!?]+ ){0,3}?(?:повторно|заново|ещ[её] раз|снова)
resend (?:it|them|the|my|our)(?![a-z])
(?:need|want|like|asking for|request|requesting|please) (?:it |them |a |the parcel |the item )?(?:resent|resend|reshipped|reshipment|re-?sent|re-?delivered|redelivery)(?![a-z])
(?:send|ship|post) (?:it|them) a?gain (?:to|please)
(?:please |pls |kindly |just )?(?:change|swap) (?:it|them)(?=\s*(?:[.!]|$)| for |,? please)
(?:change|swap|replace)(?<=(?:^|[.!?:;\n]\s*|please |pls |kindly |just )\w+) (?:the|my|these|those|both|all|\d+)(?: \d+)? (?!(?:address|date|name|status|phone|number|delivery|shipping|tracking|order|email|details|carrier|courier|method|option)(?![a-z]))\S+(?=\s*(?:[.!]|$))
(?:want|need|would like|(?:i|we)\Wd like|ask for) (?:the |a )?change (?:for|to|with) (?:a |an |the )?(?:new|another|other|correct|right|working)
(?:присылайте|высылайте|отправляйте),? (?:[^\s.!?]+ ){0,3}?(?:правильн|друг|нов|нормальн|цел|исправн|рабоч|нужн(?!о(?![а-яё])))~
жду (?:\S+ )?(?:правильн|нужн(?!о(?![а-яё]))|нормальн|исправн|рабоч|замен|обмен)~
(?:want|need)s?:? (?:the |some )?(?:right|correct|proper|[a-z]+) ones(?![a-z])(?! back)(?<!(?:n\Wt|not|never) (?:want|need)s?:? (?:the |some )?\S+ ones)
(?:присылайте|высылайте|пришлите|вышлите) (?:мне )?[а-яё]+(?:ый|ий|ой|ую|ые|ое|ая|ие)(?=\s*(?:[.!]|$))
(?:пришлите|вышлите|отправьте|дошлите) (?:мне )?(?:ту|тот|то|те) \S+,? (?:что|которую|который|которое|которые) (?:я )?(?:оплатил|заказывал|заказал|покупал|купил)~
(?:пришлите|вышлите|отправьте|дошлите) (?:мне |нам )?(?:с|со) (?!(?:трек|номер|курьер|почт|доставк|следующ|заказ|посылк|фото|видео|чек)[а-яё]*)[а-яё]{3,}(?=\s*(?:[.!]|пожалуйста|$))
пришли(?<=(?:^|[.!?\n]\s*)пришли) (?:мне )?(?:новый|новую|новое|другой|другую|другое|правильный|правильную|нормальный|нормальную|исправный|исправную|целый|целую|рабочий|рабочую)(?![а-я])
(?:what i want|what i need|i want|i need)\s*[:—–-]\s*(?:the|a|an)(?= (?!refund|full|partial|money|compensation|discount))
(?:send|ship|post|dispatch) (?:it|them|the (?:parcel|package|order|item|goods|(?!(?:photos?|videos?|pictures?|screenshots?|messages?|links?|tracking|receipts?|invoices?|evidence|proof|details|address)(?![a-z]))\w+)) (?:out )?again
(?:be|get|gets|is) (?:sent|shipped|posted|dispatched|re-?sent) (?:out )?again
(?:prefer|rather|choose|help to|help|please|pls) (?:to )?(?:re)?(?:send|ship) (?:it |them |me |us )?again(?! (?:the |your |a |me |us )?(?:tracking|track|number|photos?|pictures?|link|invoice|message|details|info|code|label|screenshot|video|answer|reply))
(?:нужен|нужна|нужно|нужны) &(?:ключ|код|карт|подписк|лицензи)~ (?:для|на)(?= )
досыла(?:ешь|ете|йте|й)
(?:пришлите|вышлите|дошлите|отправьте) (?:мне )?\d{1,3}(?:-?(?:й|ый|ой|ий|го))?(?=\s*(?:$|[.,!])|\s+(?:размер|р-р|size|см|мм|л|литр~)(?![а-я]))
(?:send|ship) (?:me |us )?(?:size )?\d{1,2}(?:[.,]5)?(?! ?(?:usd|eur|dollars?|euros?|pounds?|rub|%|pcs|pieces|items|days|hours|more|metres?|meters?|m|cm|mm|kg|g|litres?|liters?|l|pairs?|sets?|packs?|rolls?)(?![a-z]))(?![\d.,])
(?:send|ship)(?<=(?:^|[.!?:;\n]\s*|please |pls |kindly |just |then |and )\w+) (?:me |us )?(?:the |a |size |in )?(?:xxs|xs|s|m|l|xl|xxl|xxxl|[2-5]xl)(?: (?:now|asap|please|pls|today|instead))?(?=\s*(?:$|[.,!]))
(?:нов|друг|правильн|рабоч|исправн|цел|нормальн)(?:ый|ую|ое|ые|ой|ая) &2(?:пришлите|вышлите|отправьте|дошлите|пришли|вышли)
(?:пришлите|вышлите|отправьте|дошлите|(?:прислат|выслат|отправит)ь?) (?:мне )?&(?:\d+(?:[.,]\d+)? )?(?:размер|size|р-р)~
re-?ship~
(?:хочу|нужен|нужна|нужно|нужны|прошу|хотелось бы|хотела? бы) &(?:друг|правильн|целый|целую|целое|целые|прав(?:ая|ый|ое|ые|ую)|лев(?:ая|ый|ое|ые|ую))~
поменя(?:йте|ть|ете)(?! (?:адрес|дат|способ|пункт|почт|статус|трек)~)
меняйте(?! &(?:поставщ|продавц|подход|отношени|упаковк|политик|работ|склад|курьер|службу|перевозчик))
(?:change|swap|switch)(?<=(?:^|[.!?:;\n]\s*|please |pls |kindly |just |then |and |can you |could you |want to |would like to |need to |like to )\w+) (?:it |them |this |these |the \w+ )?(?:to|for|into) (?!you|me)(?:\w+|\d+)
(?:меняйте|смените|сменить) &на
(?:меня(?:й|ть|ем)|поменяй) &2на (?!(?:друг~ (?:магазин|продав)|деньг|денег|возврат))[^\s.,!?]+
дошлите
пусть (?:\S+ )?(?:пришлют|вышлют|отправят|дошлют|заменят|поменяют)
(?:could|can|would|will) you (?:please )?(?:send|ship|resend) (?:\S+ ){1,8}instead
(?:send|ship)(?<=(?:^|[.!?:;\n]\s*|please |pls |kindly |just |then |and )\w+) (?:me |us )?\d{1,4} (?!(?:usd|eur|gbp|dollars?|euros?|pounds?|rub|bucks)(?![a-z]))[a-z]+(?=\s*(?:$|[.!]))
дошли(?<!не дошли)(?! до(?![а-я]))
до(?:отправ(?:ить|ьте|ь)|пришл(?:ите|и)|присла(?:ть)|высла(?:ть)|сыла(?:ть|йте))
(?:need|want|would like|(?:i|we)\Wd like) (?:a |the |an )?(?:working|new|replacement|proper|functioning|correct|right|fresh|complete|undamaged|intact|whole|missing|ordered) (?!(?:amount|sum|price|cost|refund|money|payment|lot)(?![a-z]))\w+
(?:need|want|would like|(?:i|we)\Wd like) (?:a |an |the )&4(?:i ordered|i paid for|as ordered|as listed|as advertised|from the listing)
(?:swap|switch|change) (?:it|them|this|these|the \w+(?: \w+)?) for
(?:want|need|would like|(?:i|we)\Wd like|have|get) (?:it|them|this|these|those|the \w+)(?: \d+)? (?:swapped|exchanged|replaced)
(?:a|for a|the) swap
exchang~(?! rate)(?<!in exchang~)
(?:sent|shipped|delivered)(?<=(?:likes?|wants?|needs?|prefers?|please|have|get) &5\w+) (?:to me |to us )?instead(?![a-z])
(?:пришлите|вышлите|дошлите|отправьте) (?:мне )?(?:размер )?(?:xxs|xs|s|m|l|xl|xxl|xxxl|[2-5]xl)(?![a-zа-яё])
(?:send|ship|resend|post|mail|dispatch) (?:on|over|out) (?:me )?(?:the|a|an) \S+
(?:send|ship|resend|post|mail|dispatch|give)(?<=(?:^|[.!?:;\n]\s*|please |pls |kindly |just |then |and |you |can you |could you )\w+) (?:me |us )?(?:a|an) (?!tracking|review|comment|feedback|number|photo|picture|invoice|link|reply|response|refund|message|email|letter|screenshot|video|proof|receipt|confirmation|return|label|partial|full|compensation|answer)\S+
(?:нужен|нужна|нужно|нужны|хочу|хотелось бы) &(?:рабоч|работающ|исправн|нов)~
довышл~
взамен
(?:please |just |and |then )(?:re)?send (?:it|them)(?! back)(?![a-z])
(?:choose|prefer|pick|opt for|go with|take|accept|i\W?ll have) (?:the |a )?(?:replacement|exchange|new one|new unit)
(?:need|want|would like|(?:i|we)\W?d like|send(?: me)?) (?:the|a) \S+ (?:one|ones|shade|colour|color|size|version|model) instead
(?:ожида|жд|прошу|требую|оформите|сделайте)\S* (?:\S+ )?досылк~
(?:чтобы|чтоб|если|когда) (?:вы )?&(?:выслал|прислал|отправил|дослал|пришл[её]т|вышл[её]т|отправит|дошл[её]т|замен|поменя)~ &2(?:нов|друг|правильн|цел|исправн|рабоч|недостающ|нужн|так(?:ой|ую|ое|ие) же)~
(?:happy|fine|ok|okay|satisfied|content|good|settle|do|take|accept)(?: with| for)? (?:a |an |the )?(?:new|replacement|working|another|different|correct|right|second|fresh) (?:one|unit|item|piece|pair|set|\w+)
(?:a |the )?(?:new|replacement|working|correct) (?:one|unit|item|piece|pair|set) (?:would be|is|will be|works) (?:fine|ok|okay|good|great|acceptable|enough)
(?:a |the )?right (?:one|unit|item|piece|pair|set) (?:would be|will be|works for me) (?:fine|ok|okay|good|great|acceptable|enough)
(?:пришлите|вышлите|дошлите|(?:прислат|выслат|дослат)ь?) (?:мне )?(?:пожалуйста )?(?:\d+-|\d+ )?(?!деньг|денег|трек|номер|фото|ссылк|ответ|информац|чек|скрин|документ|декларац|инвойс|квитанц|сч[её]т|данны|сведени|видео|пояснени|инструкц|код|сумм|компенсац|возврат|адрес|этикетк|реквизит|[а-я]+ (?:адрес|этикетк|реквизит))[а-я]{3,}
(?:отправьте|отошлите) (?:мне )?(?:пожалуйста )?(?:\d+-)?(?!деньг|денег|трек|номер|фото|ссылк|ответ|информац|чек|скрин|сумм|компенсац|возврат|посылк|заказ|товар|обратно|назад|его|ее|их|мне)[а-я]{3,}
(?:send|ship|resend|post|mail|dispatch)(?<=(?:^|[.!?:;\n]\s*|please |pls |plz |kindly |just |then |(?:can|could|would|will) (?:you|u|ya) )\w+) (?:me |us )?(?!(?:a|an|the|it|them|this|that|these|those|back|you|your|my|me|us|over|out|on|off|in|to|for|with|tracking|review|comment|feedback|number|photos?|pictures?|pics?|pix|images?|invoice|link|details|info|information|answer|reply|response|money|refund|message|email|letter|screenshots?|videos?|proof|receipt|confirmation|return|label|partial|full|compensation|updates?|word|someone|somebody|anyone|everything|nothing|something|any|some|all|more|one more|again|now|asap|immediately|please|pls|kindly|docs?|documents?|instructions?|manuals?|codes?)(?![a-z]))[a-z]{3,}(?! &3back)
(?:пришлите|вышлите|дошлите|отправьте) (?:мне )?(?:пожалуйста )?(?![a-z]{2}\d|lp|pdf|gif|jpe?g|png|id)[a-z][a-z0-9-]+
(?:хочу|прошу|хотел~ бы) &(?:получить|прислать|выслать) &(?:работающ|исправн|нов|целый|целую|целые|друг|правильн)~
(?:прошу|просим|хочу) &(?:отправить|выслать|прислать) (?:мне )?(?!деньг|денег|трек|номер|фото|ссылк|ответ|информац|чек|скрин|документ|декларац|инвойс|квитанц|счет|счёт|данны|сведени|пояснени|объяснени|сумм|компенсац|возврат|посылк|заказ|товар|обратно|назад|его|ее|их|мне|вам|видео|доказат)[а-я]{3,}
(?:the )?(?:missing|correct|right|replacement) &3(?:sent|shipped|resent|delivered)
(?:send|ship|resend|post|mail|dispatch) (?:me )?(?:the|di|de|da) (?!same (?:photo|picture|pic|video|screenshot|message|question|reply|answer|email|info)|tracking|review|comment|feedback|number|photo|video|screenshot|picture|pic|invoice|link|details|info|answer|reply|response|money|refund|label|return|doctor|vet|medical|clinic|hospital|note|report|certificate|receipt|proof|evidence|document)\S+(?! &3back)
replac(?<!(?:first|second|third|last|previous|your|this|that|the|bought|ordered|purchased|of|these) replac|(?:sent|shipped|got|received|gave|given|came|arrived|delivered)(?: (?:me|us|it|them))? as (?:a |the )?replac)(?!ed)~
(?:send|ship|resend|post|mail|dispatch|give) (?:me |us )?(?:\d+ (?:of )?)?(?:the |a )?(?:correct|right|new|missing|proper|ordered|another|other|remaining|rest of)
(?:send|ship|resend) (?:me )?(?:the|a) &6(?:one|i ordered|i paid for|as ordered)
`;

const PARTIAL = wordPattern`
частичн(?:ый|ого|ому|ым|ом|ая|ую|ой|ое|ые|ых|ыми)
(?:верн|возмест|компенс|возвра)~ &частично
компенсаци~(?! (?:у|от|с) (?:перевозчик|почт|курьер|служб|транспортн|логистическ)~)
доплатите (?:мне )?за (?:недостающ|отсутствующ|недолож|недосланн)~
(?:соразмерн~ )?уменьшени~ (?:покупной )?цены
(?:соразмерно )?уменьшить (?:покупную )?цену
(?:деньги|стоимость|сумму) за те \S+,? (?:что|которые)
(?:готов|готова|готовы|согласен|согласна|согласны|можем|могу) (?:принять|получить|взять)(?= \d)
(?:закры|закро)~ (?:спор|диспут)~ (?:за|на)(?= \d)
close (?:the |this )?(?:dispute|case) (?:for|at)(?= (?:[$€£¥₽]|usd |eur |gbp )?\d)
(?:proportionate|proportional) (?:price )?reduction
(?:an? |the )?(?:appropriate |fair |reasonable )?price reduction
компенсир~
(?:верн|возмест|компенс|отда)~ &2хоть (?:сколько-нибудь|что-нибудь|что-то|какую-то част~|часть|немного)
(?:refund|return|give|pay|send) (?:me )?(?:back )?at least (?:something|a little|some(?: of it)?|part)(?![a-z])
(?:вернуть|верните|возместите|возместить) &2(?:часть|разницу|половин~)
(?:деньги|стоимость|сумму) за (?:\d+ )?(?:недостающ|отсутствующ|одну|один|два|две|три)~
(?:верните|возместите|вернуть|возместить|компенсируйте|компенсировать) (?:мне )?(?:деньги )?за (?:\d+ )?(?:недостающ|отсутствующ|недолож|недосланн)~
partial~
compensat~(?! from (?:the )?(?:carrier|courier|post|shipping|logistics))
refund (?:\w+ ){0,3}?(?:difference|part|half|for the missing)
money back for (?:the |one |two |three |\d+ )?(?:missing|broken|damaged|absent|lost|faulty)
counter.?offer
встречн~ предложени~
refund (?:me )?(?:the |my |our |their |his |her )?(?:\S+ ){0,3}?share(?![a-z])
(?:давайте|дайте|предложите|верните) (?:побольше|больше|повыше)(?=\s*(?:[,.!]|$| и ))
discount
(?:дайте|сделайте|предоставьте|прошу|хочу|согла[сш]~ на|нужна|устроит|подойд[её]т|давайте|готов~ на) &(?:скидк|уценк)~
(?:cover|pay for|refund|return|reimburse) (?:me )?(?:the )?(?:cost|price|value) of (?:the )?(?:missing|broken|damaged|lost)
(?:верн|возмест|компенс|возврат|отда|заплат|доплат)~ &3разниц~
разниц~ (?:в |между )?&(?:цен|стоимост|сумм|деньг)~(?! &3(?:меньше|больше|невелик|копеечн|неважн|не важн|ничтожн|минимальн))
(?:price |cost )?difference (?:in (?:the )?(?:price|cost|value)|back)
(?:refund|return|pay back|give back|reimburse|compensate|accept|want|get|credit) (?:me )?&2(?:the )?(?:price |cost )?difference
(?:refund|return|give|send|pay|reimburse|accept|want|get|like)~ (?:me )?(?:back )?(?:half|some|part)
(?:half|some|part) (?:of )?(?:the |my )?(?:price|cost|money|amount|payment|sum) (?:back|refunded|returned)
(?:верн|возмест|компенсир)\S* (?:мне )?стоимость (?:\d+|одной|одного|двух|тр[её]х|четыр[её]х|пяти|шести|семи|восьми|девяти|десяти)(?: \S+)? (?:штук|шт|единиц|пачек|упаковок|предметов|пар|испарител|катушек|позици)~
(?:прошу|хочу|верн|возмест|компенс|отда|давайте|устроит|согла[сш]~ на)~ &(?:половин~|пол ?(?:цены|суммы|стоимости)|част~ (?:суммы|стоимости|денег|средств|оплаты|цены))
(?:сумм|част|компенсац|скидк|возврат|деньг|денег|верн|возмест)~ &6на (?:ваше|свое|ваш) усмотрени~
(?:верн|возмест|компенс)~ &3сколько (?:сочтете|считаете|посчитаете) (?:нужным|справедливым|возможным)
(?:верн|возмест|компенс)~ &4на (?:ваше|свое) усмотрение
(?:refund|reimburse|compensate|return) (?:me )?&(?:whatever|what) you (?:think|consider|deem|feel) (?:is )?(?:fair|right|reasonable)
refund (?:me )?(?:part|some|a part) of (?:it|the (?:price|cost|money|payment))
на (?:ваше|свое) усмотрени~ &2(?:сумм|част|компенсац|скидк|возврат|деньг|денег)~
(?:amount|sum|compensation|refund|discount) &3(?:at|to) your discretion
(?:whatever|any|a fair|a reasonable|an appropriate) (?:amount|sum|compensation|discount)(?! of)
(?:amount|sum|how much|compensation|discount)(?: \S+){0,4}? (?:is |are )?(?:up to you|your call|for you to decide)
(?:leave|leaving) (?:the )?(?:amount|sum|compensation|discount|how much) &(?:up )?to you
(?:сумм|размер|компенсац|скидк)~ &3(?:оставля~ (?:за вами|вам|на вас)|решайте сами|определите сами|выберите сами)
`;

const FULL = wordPattern`
(?:верн|возврат|возмест)~ &2(?:деньг|денег|денг|грош|средств|оплат|стоимост|сумм|полн|бабк|бабл|уплаченн|заплаченн|потраченн|кровн)~
(?:деньг|бабк|грош|оплат|стоимост)~ (?:за (?:\S+ ){1,2})?(?:не |прошу |просим |требую |пожалуйста )?(?:верн|назад|обратно)~
полн~ (?:возврат|возмещ|стоимост|сумм)~
возврат(?!н)~
full refund
refund~
refun(?![a-z])
money(?::| [—–-])? back
(?:деньги|средства) на (?:карту|карточку|сч[её]т)
pay (?:me )?(?:up|back)
give me my money
take back (?:my|the|our) (?:moneys?|payment|funds|cash)
(?:return|refund|give back|pay back) (?:me |us )?(?:the )?full (?:money|amount|price|payment|sum)
(?:the |my )?(?:whole|full|entire|total) (?:amount|sum|price|payment|cost|money) back
деньги (?:—|-)? ?назад(?= ?[.!;]| ?$| полностью| все)
получить (?:назад |обратно )?(?:всю|полную) (?:сумму|стоимость|оплату)
(?:just|only|simply) (?:my|the|our) money(?: back)?
(?:get|want|need|demand|expect) &my moneys?
(?:get|have|receive) (?:my |the |our )?(?:(?:usd|gbp|eur|aud|cad|[$€£¥₽]) ?)?\d+(?:[.,]\d+)?(?: ?(?:usd|gbp|eur|dollars?|pounds?|euros?))? back
деньги (?:лучше |бы |уж )?верн(?:уть|ите)
(?:return|refund|repay|give|gimme|send|pay) (?:me |mi )?(?:back )?(?:all )?(?:my |mi |me |the |our |his |her |their )?(?:moneys?|payment|funds|cash)
(?:return|repay|give back|pay back) (?:me |us )?(?:(?:[$€£¥₽]|usd |eur |gbp )\d+|\d+(?=(?:[.,]\d+)? ?(?:usd|eur|gbp|[$€£¥₽]|dollars?|euros?|pounds?|bucks)(?![a-z])))
(?:return|repay|give back) (?:me )?(?:all )?(?:of )?(?:my|the|our) (?:full |whole |entire |total )?(?:amount|price|purchase price|sum|payment)
(?:return|refund|repayment|reimbursement) of (?:all )?(?:my |the |our )?(?:full |whole |entire |total )?(?:money|payment|funds|cash|amount|price|purchase price)
до (?:последн~ )?(?:копе[йе]~|рубл~|цент~|пенни)
every (?:last )?(?:penny|cent|dollar)
рефанд~
зикуй~
жду (?:свои |мои |своих |моих )?(?:деньги|денег|возврат~ (?:денег|средств))
(?:нужны|верните|хочу|требую|прошу вернуть) (?:мне |нам )?(?:все|всю) (?:деньги|сумму)
(?:верн|возмест)(?:ите|и) (?:мне |нам )?(?:вс[её]|всю сумму)(?=\s*(?:[.!,;]|$))
(?:money|payment|funds|cash|amount|price|sum) &(?:returned|refunded|back)
reimburs~
назад &(?:деньг|денег)~
возвраща(?:йте|ть|ли бы|ете) &2(?:деньг|денег|средств|оплат|стоимост|сумм)~
(?:хочу|прошу|требую|получить|забрать|отдайте) &(?:свои|мои|наши) &(?:деньг|средств)~
(?:получить|забрать) (?:обратно |назад )?(?:деньги|денег|средства|оплату)
`;

/** A request taken back: "деньги мне не нужны", "вернуть деньги не прошу", "I don't want a refund". */
const DECLINED = wordPattern`
(?:not|don\Wt|do not|won\Wt|will not|cannot|can\Wt|never|refuse to) (?:be )?accept(?:ing)?(?: \S+){0,4}? (?:discount|compensation|partial refund)
(?:decline|refuse|reject)~? (?:your |the |this |that )?&(?:offer|discount|compensation|partial refund|proposal)
no to (?:the |a |your )?&(?:refund|compensation|discount|offer|replacement|exchange)
отказыва~ от &(?:скидк|компенсац|частичн|предложени|замен|обмен|купон|бонус|балл|промокод|сертификат)~
от &(?:скидк|компенсац|частичн|предложени|замен|обмен|купон|бонус|балл|промокод|сертификат)~ &отказыва~
(?:купон|бонус|балл|промокод|сертификат)~ (?:(?:мне|нам|уже|ваш|ваши|ваших|этот|эти|ваш\S*) ){0,2}не (?:нужн|нужен|хочу|надо|прошу|приму|принимаю|устраива)~
не (?:нужн|хочу|надо|прошу|приму|принимаю)~ &(?:купон|бонус|балл|промокод|сертификат)~
вместо &(?:купон|бонус|балл|промокод|сертификат)~
(?:don\W?t|do not|no longer|not|never) (?:want|need|accept)\w* (?:a |the |any |your |this |that )?&(?:replacement|exchange|coupon|voucher|store credit|bonus|points)
(?:rather than|instead of) (?:a |the |any |your )?&(?:coupon|voucher|store credit|bonus|points)
(?:(?:частичн|полн)\S* )?(?:деньг|денег|возврат|компенсац)~ (?:(?:денег|средств|товара|посылки|мне|нам|уже|совсем|вообще|возвращать) ){0,2}не (?:нужн|нужен|прошу|требую|хочу|надо)~
(?:верн|возвра)~ &(?:деньг|денег|средств)~ &не (?:прошу|требую|надо|нужно|хочу)
не(?<!(?:ть|ться|ти)(?: \S+)? не) (?:нужн|прошу|требую|хочу|надо)~ (?:(?:мне|нам|ваши|никакие|никакого|уже) ){0,2}(?:деньг|денег|возврат|компенсац)~
без возврата (?:денег|средств)
(?:товар |его |её |ее |их )?можно не (?:отправлять|возвращать|высылать|присылать|отсылать)
без (?:возврата|отправки|пересылки) (?:товара|посылки|обратно|\S+(?<!денег|средств))
(?:without|no need for|with no) (?:a |the |any )?(?:return|returning (?:it|them|the \w+)|sending (?:it|them|the \w+) back)
(?:posting|sending|shipping|returning|mailing) (?:it|them|the \w+) back (?:would|will|is going to|could) (?:cost|be)
(?:отправить|отослать|вернуть|переслать|пересылать|отправлять) (?:(?:его|её|ее|их|товар) )?(?:обратно|назад) &4(?:дороже|невыгодно|не имеет смысла|нет смысла)
(?:отправить|отослать|вернуть|переслать|пересылать|отправлять) (?:его|её|ее|их|товар) &4(?:дороже|невыгодно|не имеет смысла|нет смысла)
(?:refused|declined|rejected|denied|refuses|declines|rejects|denies) (?:me )?(?:the|my|a|any|our) (?:full )?refund
(?:could|can|may|might) (?:legally )?(?:reject|return|send back)(?: \S+){0,3}?(?= but )
вместо (?:возврата|денег)
(?:don\W?t|do not|not) (?:even |really )?(?:want|need|asking for|looking for|interested in) (?:[^\s.!?]+ ){0,2}?(?:refund|money back|my money|compensation|discount)~
no refund
keep (?:the|your) money
оставьте (?:деньги|их) себе
(?:компенсац|скидк|деньг|денег|сумм|доллар|рубл|евро|цент)\S* (?:(?!а |но |и )\S+ )?оставьте &себе
(?:компенсац|скидк|деньг|денег|сумм|доллар|рубл|евро|цент|копе)\S* (?:(?!а |но |и )\S+ ){0,2}?(?:можете|можешь) (?:смело )?оставить &себе
(?:замен|обмен)~ (?:(?:мне|нам|уже|совсем|вообще|больше|более|еще|наверное|пожалуй|точно|тоже|уж) ){0,3}не (?:нужн|нужен|надо|хочу|прошу)~
не(?<!(?:ть|ться|ти)(?: \S+)? не) (?:нужн|надо|хочу|прошу)~ &(?:замен|обмен)~
(?:досылать|дослать|присылать|высылать|отправлять) &2не (?:надо|нужно|стоит|нужн)~
не (?:надо|нужно|стоит) (?:мне )?(?:досылать|дослать|присылать|высылать)
(?:замен|обмен|поменя)~ &(?:некогда|не успе~|не буду|не стану)
(?:замен|обмен)~ &не (?:предлагайте|присылайте|высылайте|отправляйте)
не (?:предлагайте|присылайте|высылайте|отправляйте) &(?:замен|обмен)~
(?:don\W?t|do not) (?:offer|send) (?:me )?(?:a |another |any )?(?:replacement|exchange)
(?:а|but|and) не &(?:компенсаци|скидк)~(?=\s*[.!?]|$)
(?:вернуть|отправить|отослать|сдать) &2(?:не получится|не выйдет|невозможно|не смогу|не могу)
(?:не могу|не смогу|не получится|невозможно|не хочу) &(?:вернуть|отправить|отослать) &(?:товар|его|ее|их|обратно|назад)
(?:don\W?t|do not|can\W?t|cannot|won\W?t|will not) (?:want to |be able to )?(?:send|ship|post|return|mail) (?:it|them|this|the \w+) back
(?:not|never) (?:sending|returning|shipping|posting|mailing) (?:it|them|this|the \w+) back
(?:rather not|don\W?t want to|do not want to|can\W?t) wait for (?:a |the |another )?(?:reshipment|replacement|resend|new one|exchange)
не (?:(?:на )?(?:полн\S* )?(?:возврат~|деньг~|денег|компенсац~|замен~|обмен~))(?: денег| средств)?(?=,? а &(?:замен|обмен|возврат|деньг|денег|компенсац|нов|друг|рабоч|верн))
not (?:a |the |my )?(?:refund|money back|replacement|exchange)(?=,? but &(?:a |an |the |my )?(?:refund|money|replacement|exchange|new|working|return))
(?:no|don\W?t want a|do not want a|not a) (?:replacement|exchange)
(?:rather than|instead of) (?:a )?(?:replacement|exchange)
(?:идите|иди|пошли|катитесь|валите) &3с(?:о)? (?:сво|ваш|так)~ &3(?:рубл|доллар|евро|компенсац|бонус|купон|скидк|копе|предложени|подачк)~(?: (?:компенсаци|бонус|скидк|возмещени)~)?
(?:stick|shove|keep) (?:your|ur) &3(?:refund|dollars?|bucks|compensation|coupon|discount|offer|bonus|gift)s?
(?:я|мы) бы (?:просто )?&(?:оформил|сделал|вернул|отправил|получил)~ &возврат~
would have been (?:refunded|replaced|exchanged|resolved|sorted)
возврат~ (?:отправителю|оформлен~(?= (?:\d|перевозчик|почт|отправител))|в китай)
бы (?:уже |давно |сразу )?(?:вернули|возместили|оформили возврат|поменяли|заменили)
(?:a |the |any )?(?:replacement|exchange|new one) (?:is|would be) (?:not an option|out of the question|no use|pointless)
(?:a |the |any )?(?:replacement|exchange|new one|reshipment|resend) (?:would|will|could)(?: not|n\Wt| never) &2(?:arrive|come|get here|make it|be here|reach me)
(?:замен|обмен)~ &(?:не вариант|исключ~|бессмысл~)
no need (?:for|of) (?:a |any )?(?:refund|money)
(?:rather than|instead of) &(?:refund|money)~
(?:not|n\Wt|won\Wt|will not|cannot|can\Wt|never|refuse to) (?:be )?accept(?:ing)?(?: \S+){0,4}? (?:refund|compensation|discount|offer|sum|amount|it|this|that|them|less|half|\S*\d\S*)
(?:not|n\Wt|won\Wt|will not|cannot|can\Wt|never|refuse to) (?:be )?accept(?:ing)?
(?:меньш|част|друг|компенсац|скидк|купон|бонус)~ &4не (?:приму|принимаю|согла[сш]~|устраива~|подходит)
не (?:приму|принимаю|согла[сш]~ на) &2(?:меньш|частичн|компенсац|скидк|част|замен|обмен)~
`;

// Up to five words of the same clause (a comma was read as a space, so a dash or a request word ends it too).
const CLAUSE_WORDS = '(?: [—–])?(?: (?!please|but|прошу|пожалуйста|но|а|верните|however|instead)[^\\s.;:!?—–]+){0,5}';

/**
 * The seller's offer, told by the buyer (unless accepted) ("you offered me $1", «на ваше предложение отправить футболку обратно», «
 * предлагать 50 центов»): up to the end of its clause it is not what the buyer asks for.
 */
const OFFERED = wordPattern`
(?:offer|offered|offering|proposed|proposing|suggested|suggesting|promised|promising|(?:asked|asking|told|want(?:ed)?|expect(?:ed|s)?|requir(?:ed|es)) me to)(?<!counter.offer)(?<!(?:i|we|please|pls|kindly|can you|could you|accept~(?: your| the| this)?|take(?: your| the)?) \w+)(?! (?:you|a full|full))${CLAUSE_WORDS}
(?:предложени|предлага(?!ю|ем)|предложил|(?:прос(?:ите|или)|прос(?:ит|ил|ила)(?<=(?:продав|магазин|поддержк|менеджер|селлер)\S* (?:\S+ )?прос(?:ит|ил|ила)))(?= (?:меня |мне )?(?:отправить|вернуть|выслать|отослать))|требу(?:ет|ете|ют)(?= (?:отправить|вернуть))|требовал~|(?:по)?обеща(?:ет|ют|л|ли|ла|ние|ния)|(?:ваш|твой|твоя|ваша)~ (?:вариант|идея))(?<!встречн[а-яё]* предложени)(?<!(?:принима|приним|соглас)~ (?:на )?(?:ваше |это )?\w+)~${CLAUSE_WORDS}
`;

const EXCHANGE_WORD = /замен|обмен|replac|exchang|swap/;

/**
 * "If you can't send the right size, refund me", «если замены нет, верните деньги»: the exchange named in a negative
 * condition is what may not happen; the request is what follows.
 */
const FALLBACK_CONDITION =
  /(?:^|[^a-zа-яё])(?:если|в случае|if|should|in case)\s[^.;!?\n]{0,80}?(?:нет|не|can\Wt|cannot|isn\Wt|not|no|unable|impossible|невозможн)(?![a-zа-яё])[^.;!?\n]{0,60}?(?=\s\s|\s(?:then|тогда|то)\s|[.;!?\n]|$)/gu;
// «Пришли с браком» tells what came; only a request to send (not the past tense) asks for an exchange.
const EXCHANGE_ASKED =
  /замен|обмен|replac|exchang|swap|send|ship|пришл(?:ите|ет|ёт|ешь|ёшь)|присла|выслат|вышл(?:ите|ет)|отправ(?:ьте|ите|ить|лять)|размер|size|colou?r|цвет/u;

// A sum the buyer accepts, settles for or keeps the item for is asked for too: "I'd accept $10", «меня устроят
// 300 ₽», "$5 works for me", "I'll keep it for $10", «оставлю себе за 500 ₽», "$7 would be fair"; and so is a
// negotiator's figure: "I want $30", «мне нужно 30 долларов», «встречный вариант — 250 ₽», "meet in the middle at $5".
const REFUND_WORD =
  /(?<!(?:n\W?t|(?<![a-zа-яё])(?:not|never|не))(?:\s+(?:even|really|actually|даже))?\s+)(?:требую|прошу|хочу|жду|нужно|нужны|нужен|demand|expect|(?:i|we)(?:\W?d| would| really| just| only| still| do)? (?:want|need)|(?:i\W?m|i am|we\W?re|we are|i) (?:only |just )?ask(?:ing)? for|settle for|counter.?offer(?: is| of|:)?|in the middle at|встречн\S* (?:вариант|предложени\S*)(?: —| -|:)?) (?:\S+ )?(?:[$€£¥₽]|\d|(?:сто|двести|триста|четыреста|пятьсот|шестьсот|семьсот|восемьсот|девятьсот|тысяч[уа]?|полторы|[а-яё]+(?:десят|надцать))(?![а-яё]))|верн|возвраща|возмест|возврат|компенс|зикуй|скидк|уценк|согла[сш]|устро|подойд|справедлив|закро\S* спор|закрыть (?:спор|диспут)\S* (?:за|на) (?:[$€£¥₽]|\d)|остав\S* (?:\S+ )?(?:себе|товар)|refund|compensat|reimburs|back(?![a-z])|return (?:me|us|my money|the money|(?:[$€£¥₽]|usd |eur |gbp )\d|\d+(?:[.,]\d+)? ?(?:usd|eur|gbp|[$€£¥₽]|dollars?|euros?|pounds?|bucks))|discount|accept|приня|приму|примем|agree|settle|works for me|fine with|happy with|ok with|okay with|fair|reasonable|keep (?:it|them|the)|close the (?:dispute|case)/u;

// The seller's sum, named as theirs or turned down: "your $3 offer", «ваши полтора доллара», «три доллара мало»; "I accept
// your $6" makes it the buyer's.
const SELLERS_SUM_BEFORE =
  /(?:(?<!(?:accept|take)\s+)your|ваш[а-яё]*|(?<![a-zа-яё])(?:not|не)|(?:n\W?t|not|never|не) (?:accept|take|приму|принимаю|возьму))\s+$/u;
const SELLERS_SUM_AFTER =
  /^\s*(?:\S+\s+)?(?:offer|offered|coupon|voucher|store credit|gift card|купон|промокод|бонус|сертификат|предложени|предложил|is (?:too low|too little|not enough|a joke)|мало|недостаточно|смешн|—? ?это смешно)/u;

/**
 * What the text asks for. When the form already says "partial refund", the sum is read from the text even if the
 * text itself only says "верните 500 ₽".
 */
export function detectRequest(
  flat: string,
  money: readonly MoneyMention[],
  orderTotal?: number,
  formResolution?: Resolution,
): DetectedRequest {
  const { own, noExchange } = withoutDeclined(flat);
  const requested = pickRequestedAmount(
    own,
    money.filter((mention) => own[mention.start] !== ' ' && !costOfSendingBack(flat, mention)),
  );
  const wholePrices = [orderTotal, namedPrice(flat, money, requested)].filter((price) => price !== undefined);
  const resolution = detectResolution(own, noExchange, requested, wholePrices);
  if (resolution !== 'partial_refund' && formResolution !== 'partial_refund') return { resolution };
  if (!requested) return { resolution };
  if (requested.percent) {
    const amount = orderTotal ? Math.round(orderTotal * requested.value) / 100 : undefined;
    return { resolution, percent: requested.value, ...(amount === undefined ? {} : { amount }) };
  }
  return { resolution, amount: requested.value, ...(requested.currency ? { currency: requested.currency } : {}) };
}

// "I ordered a drill from your store for $64.90", «стоимость заказа 2 400 ₽», "it cost £18": the price the buyer names.
// «Кресло-мешок за 4 700 ₽ пришло …»: an item named at its sentence's start, then what it cost.
const ITEM_FOR_BEFORE = /(?:^|[.!?\n]\s*)(?:[а-яё]+-[а-яё]+|[а-яё]{4,}(?:\s[а-яё]{3,})?) за\s*$/u;
const PRICE_BEFORE =
  /(?:(?:ordered|bought|purchased|got)(?![a-z])[^.!?\n]{0,50}?(?<![a-z])for|paid for (?:it|them)|cost(?:s| me)?|priced at|(?:price|total) (?:was|is|of)|(?:стоил[аои]?|стоят|стоит|цена|стоимость)(?: заказа| товара| была| составила)?|(?:купил|заказал)[а-яё]*[^.!?\n]{0,50}?(?<![а-яё])за)\s*[:—–-]?\s*$/u;
// "I ordered a $12.80 bamboo bath caddy", "a $9 fly reel": a price said as the item's adjective.
const ITEM_PRICED_BEFORE = /(?:^|[^a-z])(?:ordered|bought|purchased|got|is|was|for|of) (?:a|an|my|this|the)\s*$/u;
const ITEM_AFTER =
  /^\s+(?!(?:refund|coupon|voucher|discount|credit|gift|bonus|off|back|compensation|partial)(?![a-z]))[a-z]{3,}/u;
// "I paid $40." / "paid $40 for it", «заплатила 1 200 ₽ за заказ»: paid for the order; «заплатила 35 евро за багаж» is not.
const PAID_BEFORE = /(?:paid|(?:заплатил|оплатил|отдал)[а-яё]*)\s*$/u;
const PAID_FOR_AFTER =
  /^\s*(?:[.,;!]|$|for (?:it|them|the order|this order|the item|this)(?![a-z])|за (?:него|неё|нее|них|заказ|товар|покупку)(?![а-яё]))/u;

/**
 * The price the text names for what was bought, when the sum asked back is that same sum: asking back all one paid is
 * a full refund, however it is worded. Only a sentence that asks nothing back names a price.
 */
function namedPrice(flat: string, money: readonly MoneyMention[], requested?: MoneyMention): number | undefined {
  if (!requested || requested.percent) return undefined;
  // The price of a part ("гребень стоил 390" in a 1 290 order) or of the shipping is no price of the whole.
  // What sending it back would cost ("$31 at my post office") is no price of the item.
  const largest = Math.max(
    ...money
      .filter((mention) => !mention.percent && !SENDING_COST_NEAR.test(around(flat, mention, 40)))
      .map((mention) => mention.value),
  );
  const price = money.find(
    (mention) =>
      mention !== requested &&
      !mention.percent &&
      mention.value === requested.value &&
      mention.value === largest &&
      (!mention.currency || !requested.currency || mention.currency === requested.currency) &&
      !REFUND_WORD.test(sentenceAround(flat, mention.start)) &&
      !perUnit(flat, mention) &&
      (PRICE_BEFORE.test(flat.slice(Math.max(0, mention.start - 70), mention.start)) ||
        (PAID_BEFORE.test(flat.slice(Math.max(0, mention.start - 20), mention.start)) &&
          PAID_FOR_AFTER.test(flat.slice(mention.end, mention.end + 20))) ||
        (ITEM_PRICED_BEFORE.test(flat.slice(Math.max(0, mention.start - 30), mention.start)) &&
          ITEM_AFTER.test(flat.slice(mention.end, mention.end + 20)))) &&
      !SHIPPING_NEAR.test(flat.slice(Math.max(0, mention.start - 40), mention.end + 40)),
  );
  return price?.value;
}
const SHIPPING_NEAR = /shipping|delivery|postage|courier|extra|доставк|пересылк|курьер|сверху|дополнительн|доплат/u;
const SENDING_COST_NEAR = new RegExp(`${SHIPPING_NEAR.source}|post office|to post|posting|tracked|почт|отправк`, 'u');

function around(flat: string, mention: MoneyMention, reach: number): string {
  return flat.slice(Math.max(0, mention.start - reach), mention.end + reach);
}

// Every phrase of DECLINED contains one of these; most texts have none, and then the long pattern does not run.
const MAY_DECLINE =
  /declin|would have been|возврат\S* (?:отправител|оформлен|в китай)|бы (?:уже |давно |сразу )?(?:вернули|возместили|оформили|поменяли|заменили)|идите|иди |пошли |катитесь|валите|stick|shove|(?:я|мы) бы |refus|не получится|не выйдет|невозможно|не смогу|не могу|не хочу|некогда|не успе|не буду|не стану|(?:don\W?t|do not|can\W?t|cannot|won\W?t|will not) (?:want to |be able to )?(?:send|ship|post|return|mail)|(?:would|will|could)(?: not|n\W?t| never) (?:\S+ ){0,2}(?:arrive|come|get here|make it|be here|reach)|не (?:на )?(?:полн\S* )?(?:возврат|деньг|денег|компенс|замен|обмен)|not (?:a |the |my )?(?:refund|money back|replacement|exchange)|не (?:предлаг|присыл|высыл|отправля)|(?:don\W?t|do not) (?:offer|send)|reject|no to |отказыва|если|в случае|if |should |in case|не (?:нуж|прош|треб|хоч|надо|прим|устраива|соглас|подход)|без возврат|можно не|вместо|n\W?t (?:even |really )?(?:want|need|accept)|not (?:even |really )?(?:want|need|asking|looking|interested|accept)|no (?:refund|need)|rather than|rather not|instead of|not sending|not returning|not shipping|not posting|not paying to (?:send|ship|post|return)|not an option|out of the question|no use|pointless|не вариант|исключ|бессмысл|keep (?:the|your) money|оставьте|оставить себе|accept|предл|ваш\S* вариант|offer|propos|suggest|promis|обеща|no longer|coupon|voucher|store credit|bonus|points|купон|бонус|балл|промокод|сертификат|without|back (?:would|will|is going to|could) (?:cost|be)|(?:could|can|may|might) (?:legally )?(?:reject|return|send back)|(?:asked|asking|told|want(?:ed)?|expect(?:ed|s)?|requir(?:ed|es)) me to|прос(?:ит|ите|или|ил|ила) |требу|без (?:отправк|пересылк)|дороже|невыгодн|нет смысла|не имеет смысла|denie/;

const blank = (phrase: string) => ' '.repeat(phrase.length);

// "You offered to send a new one — yes, please do", «предложили замену, я согласна»; "I don't agree" is no yes.
const ACCEPTED =
  /^[^.!?\n]{0,120}?(?:[.!?]\s*)?(?<!(?:not|n\Wt|не)\s+(?:\S+\s+)?)(?<![a-zа-яё])(?:i agree|i accept|we agree|agreed|yes|that works|works for me|fine by me|deal|согла[сш]\S*|устраивает|подходит|давайте|да(?![а-я]))(?![a-zа-я])/u;

/**
 * The text with the requests it takes back and the seller's offers blanked out, offsets kept; and whether an exchange
 * is among the requests taken back ("третью замену не хочу": then every other mention of one is told, not asked).
 */
function withoutDeclined(text: string): { own: string; noExchange: boolean } {
  const flat = withoutRemedyLists(text);
  if (!MAY_DECLINE.test(flat)) return { own: flat, noExchange: false };
  let noExchange = false;
  const own = flat
    .replace(DECLINED.pattern, (phrase) => {
      noExchange ||= EXCHANGE_WORD.test(phrase);
      return blank(phrase);
    })
    .replace(OFFERED.pattern, (phrase: string, ...rest: unknown[]) => {
      const at = rest.find((value): value is number => typeof value === 'number') ?? 0;
      return ACCEPTED.test(flat.slice(at, at + phrase.length + 80)) ? phrase : blank(phrase);
    })
    .replace(FALLBACK_CONDITION, (clause) => (EXCHANGE_ASKED.test(clause) ? blank(clause) : clause));
  return { own, noExchange };
}

// The remedies the law gives, listed («Статья 18: потребовать замены, соразмерного уменьшения цены, … или отказаться от
// договора», "repair, replacement, a price reduction or a refund"): a list of rights, not this buyer's choice.
const REMEDY_KINDS = [
  /замен|обмен|replace/u,
  /уменьшени\S* (?:покупной )?цен|price reduction|reduce the price/u,
  /устранени\S* недостат|ремонт|repair/u,
  /отказ\S* от (?:исполнения )?договора|расторж|(?:возврат\S*|вернуть) (?:уплаченн|денежн)|refund|reject/u,
];
const SENTENCE = /[^.!?\n]+/g;

function withoutRemedyLists(flat: string): string {
  if (!/замен|replace/u.test(flat)) return flat;
  return flat.replace(SENTENCE, (sentence) =>
    REMEDY_KINDS.filter((kind) => kind.test(sentence)).length >= 3 ? blank(sentence) : sentence,
  );
}

// The whole price asked back, whatever sum the sentence names ("I paid $40 and I want all of it back").
const WHOLE =
  /полн|всю|вс[её] (?:деньги|сумму)|вся (?:сумм|стоимость)|за весь заказ|это весь заказ|(?:refund|return)(?: me)? (?:the |all )?\S*\d\S* (?:that |which )?(?:i|we) paid|целиком|(?:уплаченн|заплаченн)\S* (?:за (?:товар|заказ)|денежн|сумм|\d)|full|all of it|the whole|entire|every (?:penny|cent)|(?:и|and|plus) (?:the )?(?:\S+ ){0,3}(?:за (?:обратную )?(?:пересылк|доставк|отправк)|(?:return )?(?:postage|shipping))/u;

function detectResolution(
  flat: string,
  noExchange: boolean,
  sum: MoneyMention | undefined,
  wholePrices: readonly number[],
): Resolution | 'none' {
  const exchange = noExchange ? -1 : firstIndex(EXCHANGE, flat);
  const full = firstIndex(FULL, flat);
  // "Send the ML instead; I'll post the S back": sending the item back to get the right one is an exchange.
  if (matches(RETURN, flat)) return exchange >= 0 && full < 0 ? 'exchange' : 'return';
  const first = exchange >= 0 && (full < 0 || exchange < full) ? exchange : full;
  // "Refund me, or else a partial refund of $5": of two requests, the first counts.
  const fallback = first >= 0 ? alternativeAfter(flat, first) : -1;
  const secondChoice = (index: number) => fallback >= 0 && index > fallback;
  const partial = firstIndex(PARTIAL, flat);
  if (partial >= 0 && !secondChoice(partial)) return 'partial_refund';
  // «Дослать полки, а за стойку вернуть 450 ₽»: a sum asked back beside the exchange prices what is not sent again;
  // «Прошу полный возврат 18 400 ₽» after a replacement told about asks for the whole price.
  if (first === exchange && exchange >= 0) {
    if (!sum || sum.percent || secondChoice(sum.start)) return 'exchange';
    return full >= 0 && WHOLE.test(choiceAround(flat, sum.start)) ? 'full_refund' : 'partial_refund';
  }
  const own = sum && !secondChoice(sum.start) ? sum : undefined;
  if (full < 0 && !own) return 'none';
  // A sum other than the whole price is a partial refund, even if it is worded as "верните 500 ₽".
  const isShare = own && (own.percent ? own.value < 100 : !wholePrices.includes(own.value));
  return isShare && !WHOLE.test(choiceAround(flat, own.start)) ? 'partial_refund' : 'full_refund';
}

// "…, or else", «или», «либо»: what follows is a second choice.
const ALTERNATIVE =
  /(?:^|[^a-zа-яё])(?:or else|or|otherwise|failing that|if not|или|либо|иначе|а если нет|если нет)(?![a-zа-яё])/u;

/** Where a second choice starts after the request at `index`, in the same sentence; -1 when there is none. */
function alternativeAfter(flat: string, index: number): number {
  const found = ALTERNATIVE.exec(flat.slice(index, sentenceEnd(flat, index)));
  return found ? index + found.index : -1;
}

/** The sentence around `index`, cut where a second choice starts after it ("$5, or else a full refund"). */
function choiceAround(flat: string, index: number): string {
  const sentence = sentenceAround(flat, index);
  const offset = index - sentenceStart(flat, index);
  const found = ALTERNATIVE.exec(sentence.slice(offset));
  return found ? sentence.slice(0, offset + found.index) : sentence;
}

/**
 * The sum or share in a sentence that asks for money back; the order's price mentioned elsewhere is skipped, and a
 * sum wins over a share when the buyer gives both ("40% стоимости, это 320 ₽").
 */
function pickRequestedAmount(flat: string, money: readonly MoneyMention[]): MoneyMention | undefined {
  const requested = money.filter(
    (mention) =>
      REFUND_WORD.test(sentenceAround(flat, mention.start)) &&
      // The item's price told on the way («Кресло-мешок за 4 700 ₽ пришло …, мы договорились о возврате») is no sum asked.
      !ITEM_FOR_BEFORE.test(flat.slice(Math.max(0, mention.start - 40), mention.start)) &&
      !SELLERS_SUM_BEFORE.test(flat.slice(Math.max(0, mention.start - 12), mention.start)) &&
      !SELLERS_SUM_AFTER.test(flat.slice(mention.end, mention.end + 30)) &&
      !NOT_ASKED_BEFORE.test(flat.slice(Math.max(0, mention.start - 40), mention.start)),
  );
  const allSums = requested.filter((mention) => !mention.percent);
  // A price per piece ("4,35 ₽ за штуку", "at $0.85 a jar", "(0.22 each)") is what the sum is worked out from.
  const wholeSums = allSums.filter((mention) => !perUnit(flat, mention));
  const sums = wholeSums.length > 0 ? wholeSums : allSums;
  // Of several sums, the total ("итого 256 ₽", "£7.20 in total"), then one worked out ("= 9,50 $", «то есть 420 ₽»),
  // then the one the refund verb names ("each is $0.35, so please refund $1.40"), then the first.
  return (
    sums.find((mention) => TOTAL_BEFORE.test(flat.slice(Math.max(0, mention.start - 40), mention.start))) ??
    sums.find((mention) => TOTAL_AFTER.test(flat.slice(mention.end, mention.end + 15))) ??
    sums.find((mention) => WORKED_OUT_BEFORE.test(flat.slice(Math.max(0, mention.start - 12), mention.start))) ??
    sums.find((mention) => ASKED_JUST_BEFORE.test(flat.slice(Math.max(0, mention.start - 30), mention.start))) ??
    sums[0] ??
    requested[0]
  );
}

// «Ради 120 рублей можно было бы и не писать», "it was only $1.40, so refund the difference": a sum the buyer names as
// the price, or as too small to write for, is not the sum asked back.
const NOT_ASKED_BEFORE =
  /(?:(?:ради|из-за) (?:каких-то |жалких |несчастных |всего )?|for the sake of |(?<![a-z])(?:it|this|that|they|these|those) (?:was|were|cost|costs|only cost) (?:only |just |a mere )?|(?<![a-z])(?:it|this|they|these) (?:is|are) (?:only|just|a mere) )$/u;
// «Почта за возврат просит 350 ₽», "sending it back would cost me €4.60 in postage": what returning the item costs,
// named to explain a refund without a return, unless the buyer asks that sum back ("refund the €4.60 postage").
const RETURN_COST = /(?:would|will|could|to) cost|costs? me|обойд[её]тся|просит|просят|запрашива|берут|бер[её]т/u;
const SENDING_BACK = /back|return|postage|возврат|обратно|назад|почт|пересылк/u;

function costOfSendingBack(flat: string, mention: MoneyMention): boolean {
  const clause = flat.slice(sentenceStart(flat, mention.start), Math.min(flat.length, mention.end + 30));
  return (
    RETURN_COST.test(clause) &&
    SENDING_BACK.test(clause) &&
    !ASKED_JUST_BEFORE.test(flat.slice(Math.max(0, mention.start - 30), mention.start))
  );
}

// "2 × 4,75 $ = 9,50 $", «итого к возврату: 256,00 ₽»: the sum worked out is the one asked for.
const TOTAL_BEFORE = /(?:итого|всего|в сумме|total|in total|altogether)[^.!?\n\d]{0,25}$/u;
const WORKED_OUT_BEFORE = /(?:=|(?<![a-zа-яё])(?:то есть|т\.\s?е\.|i\.e\.|that is|which is|which makes|so))\s*$/u;
const TOTAL_AFTER = /^\s*(?:in total|total|altogether|в сумме|всего|итого)/u;

const PER_UNIT_BEFORE =
  /(?:(?<![a-zа-яё])(?:по|at)|за (?:штуку|шт\.?|единицу|пару|кг|метр)|each|per (?:unit|piece|item|pc)|unit price(?: of)?|price per \S+|(?:цена|стоимость|price|cost)(?: of)? (?:одного|одной|одну|одно|one|a single|each) [a-zа-яё]+|(?<![a-zа-яё])(?:один|одна|одно|одни|one) (?:[a-zа-яё]+ )?(?:стоит|стоила|стоил|costs?|cost me))\s*[:—–-]?\s*$/u;
// "One pair costs €6,50", «одна пара стоит 390 ₽»: the price of one of several.
const ONE_OF_COSTS_BEFORE =
  /(?:^|[^a-zа-яё])(?:one|each|a single|один|одна|одно|каждая|каждый) (?:[a-zа-яё]+ ){0,2}(?:costs?|is|стоит|стоил[аио]?)\s*$/u;
const PER_UNIT_AFTER =
  /^\s*(?:\)\s*)?(?:each|apiece|a piece|an? (?!refund|partial|discount|compensation|total|sum)[a-z]+(?![a-z])|per (?!cent)\S+|за (?:штуку|шт|единицу|каждую|каждый|пару|кг|килограмм|метр|упаковку)|\/\s?(?:шт|pc|pcs|unit|kg|кг))/u;

function perUnit(flat: string, mention: MoneyMention): boolean {
  return (
    ONE_OF_COSTS_BEFORE.test(flat.slice(Math.max(0, mention.start - 40), mention.start)) ||
    PER_UNIT_BEFORE.test(flat.slice(Math.max(0, mention.start - 30), mention.start)) ||
    PER_UNIT_AFTER.test(flat.slice(mention.end, mention.end + 20))
  );
}

const ASKED_JUST_BEFORE =
  /(?:refund|return|reimburse|compensate|give back|pay back|ask(?:ing)? for|верн[а-яё]*|возмест[а-яё]*|компенс[а-яё]*|требую|прошу)\s+(?:(?:me|us|мне|нам|the|a|an|of)\s+){0,2}$/u;

const REACH = 300;

/** The sentence around `index`, looked for within a few hundred characters so that huge texts stay linear. */
function sentenceAround(text: string, index: number): string {
  return text.slice(sentenceStart(text, index), sentenceEnd(text, index));
}

function sentenceEnd(text: string, index: number): number {
  let end = index;
  while (end < text.length && end - index < REACH && !isSentenceEnd(text, end)) end++;
  return end;
}

function sentenceStart(text: string, index: number): number {
  let start = index;
  while (start > 0 && index - start < REACH && !isSentenceEnd(text, start - 1)) start--;
  return start;
}

const SENTENCE_END = /[.!?\n]/;

// "12.50" is a number, not the end of a sentence; nor is the dot of a currency abbreviated after a sum («3 450 руб. —
// полную стоимость заказа»). The text here is lower-case, so a new sentence after «руб.» cannot be told apart; a sum's
// sentence running on is the smaller harm.
const CURRENCY_DOT = /\d\s?(?:руб|р|коп|тыс|грн)$/;
function isSentenceEnd(text: string, at: number): boolean {
  if (!SENTENCE_END.test(text[at]!) || /\d/.test(text[at + 1] ?? '')) return false;
  return !(text[at] === '.' && CURRENCY_DOT.test(text.slice(Math.max(0, at - 6), at)));
}

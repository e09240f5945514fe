<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name></name>
    <message>
        <source>missing item</source>
        <translation>бракує товару</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>пошкоджено</translation>
    </message>
    <message>
        <source>address problem</source>
        <translation>проблема з адресою</translation>
    </message>
    <message>
        <source>Reprinting the inserts of {order}</source>
        <translation>Друкую вкладення замовлення {order} ще раз</translation>
    </message>
    <message>
        <source>Reprinting the thank-you note of {order}</source>
        <translation>Друкую листівку-подяку замовлення {order} ще раз</translation>
    </message>
    <message>
        <source>Reprinting the voucher of {order}</source>
        <translation>Друкую ваучер замовлення {order} ще раз</translation>
    </message>
    <message>
        <source>Reprinting the return label of {order}</source>
        <translation>Друкую етикетку повернення замовлення {order} ще раз</translation>
    </message>
    <message>
        <source>Reprinting the packing slip of {order}</source>
        <translation>Друкую пакувальний лист замовлення {order} ще раз</translation>
    </message>
    <message>
        <source>{order} is not paid yet: do not pack it</source>
        <translation>{order} ще не оплачено: не пакуйте</translation>
    </message>
    <message>
        <source>{order} was cancelled: do not pack it</source>
        <translation>{order} скасовано: не пакуйте</translation>
    </message>
    <message>
        <source>{order} is already packed at {station} on {when:%Y-%m-%d %H:%M}</source>
        <translation>{order} вже запаковано на {station}, {when:%Y-%m-%d %H:%M}</translation>
    </message>
    <message>
        <source>{order} is already packed</source>
        <translation>{order} вже запаковано</translation>
    </message>
    <message>
        <source>{order} is being packed elsewhere</source>
        <translation>{order} пакують деінде</translation>
    </message>
    <message>
        <source>{order} is being packed by {packer} at {station} since {since:%H:%M} — stale: a manager can take it over</source>
        <translation>{order} пакує {packer} на {station} з {since:%H:%M} — покинуто: керівник може перейняти</translation>
    </message>
    <message>
        <source>{order} is being packed by {packer} at {station} since {since:%H:%M}</source>
        <translation>{order} пакує {packer} на {station} з {since:%H:%M}</translation>
    </message>
    <message>
        <source>Sign in first</source>
        <translation>Спершу увійдіть</translation>
    </message>
    <message>
        <source>{order} has no open session to take over</source>
        <translation>{order} не має відкритого сеансу для перейняття</translation>
    </message>
    <message>
        <source>{order} is still being packed at {station}: its lease runs until {until:%H:%M}</source>
        <translation>{order} ще пакують на {station}: бронювання діє до {until:%H:%M}</translation>
    </message>
    <message>
        <source>{order} taken over from the stale session (approved by {manager})</source>
        <translation>{order} перейнято з покинутого сеансу (схвалив(ла) {manager})</translation>
    </message>
    <message>
        <source>Held: {reason} ({packer}, {when:%d.%m. %H:%M}) — carried on where it stopped</source>
        <translation>Відкладено: {reason} ({packer}, {when:%d.%m. %H:%M}) — продовжено з того ж місця</translation>
    </message>
    <message>
        <source>Resumed {order} where it was: {done} of {total} items in</source>
        <translation>{order} продовжено з того ж місця: покладено {done} з {total} товарів</translation>
    </message>
    <message>
        <source>Two codes in one scan: scan them one at a time</source>
        <translation>Два коди в одному скані: скануйте їх по одному</translation>
    </message>
    <message>
        <source>Not a barcode: {length} characters at once (at most {most}) — scan again</source>
        <translation>Це не штрихкод: {length} символів за раз (щонайбільше {most}) — скануйте ще раз</translation>
    </message>
    <message>
        <source>Database unreachable — {code} kept (scans waiting: {waiting}); retrying, carry on</source>
        <translation>База даних недоступна — {code} збережено (сканів у черзі: {waiting}); пробую знову, працюйте далі</translation>
    </message>
    <message>
        <source>Database reachable again</source>
        <translation>База даних знову доступна</translation>
    </message>
    <message>
        <source>Database back, kept scans sent — {message}</source>
        <translation>База даних повернулася, збережені скани надіслано — {message}</translation>
    </message>
    <message>
        <source>Nobody has the badge {badge!r}</source>
        <translation>Бейджа {badge!r} немає ні в кого</translation>
    </message>
    <message>
        <source>{name}: a manager&apos;s badge needs the PIN too</source>
        <translation>{name}: для бейджа керівника потрібен ще й PIN</translation>
    </message>
    <message>
        <source>Hello {name} — scan an order</source>
        <translation>Привіт, {name} — скануйте замовлення</translation>
    </message>
    <message>
        <source>Badge {badge!r} is not a manager&apos;s</source>
        <translation>Бейдж {badge!r} не належить керівнику</translation>
    </message>
    <message>
        <source>Wrong PIN for {name}</source>
        <translation>Неправильний PIN для {name}</translation>
    </message>
    <message>
        <source>Empty scan</source>
        <translation>Порожнє сканування</translation>
    </message>
    <message>
        <source>{held} — {greeting}</source>
        <translation>{held} — {greeting}</translation>
    </message>
    <message>
        <source>{message} — {close}</source>
        <translation>{message} — {close}</translation>
    </message>
    <message>
        <source>add any packaging, then scan the carrier label (or COMPLETE)</source>
        <translation>додайте потрібне пакування, потім скануйте етикетку перевізника (або COMPLETE)</translation>
    </message>
    <message>
        <source>add any packaging, then scan the next order (or COMPLETE)</source>
        <translation>додайте потрібне пакування, потім скануйте наступне замовлення (або COMPLETE)</translation>
    </message>
    <message>
        <source>add any packaging, then scan the carrier label or the next order</source>
        <translation>додайте потрібне пакування, потім скануйте етикетку перевізника або наступне замовлення</translation>
    </message>
    <message>
        <source>add any packaging, then scan COMPLETE</source>
        <translation>додайте потрібне пакування, потім скануйте COMPLETE</translation>
    </message>
    <message>
        <source>{packed}; {refused}</source>
        <translation>{packed}; {refused}</translation>
    </message>
    <message>
        <source>{packed} · {opened}</source>
        <translation>{packed} · {opened}</translation>
    </message>
    <message>
        <source>The scanner sent something unreadable ({code}): scan it again</source>
        <translation>Сканер надіслав щось незрозуміле ({code}): скануйте ще раз</translation>
    </message>
    <message>
        <source>Not held: carry on packing</source>
        <translation>Не відкладено: пакуйте далі</translation>
    </message>
    <message>
        <source>Hold: scan the reason (missing item, damaged, address problem), or OK to carry on</source>
        <translation>Відкладення: скануйте причину (бракує товару, пошкоджено, проблема з адресою) або OK, щоб продовжити</translation>
    </message>
    <message>
        <source>Acknowledge the error first: scan OK or press Enter</source>
        <translation>Спершу підтвердьте помилку: скануйте OK або натисніть Enter</translation>
    </message>
    <message>
        <source>Scan a hold reason from the bench sheet (or CANCEL)</source>
        <translation>Скануйте причину відкладення з аркуша на столі (або CANCEL)</translation>
    </message>
    <message>
        <source>No order {code}: scan an order number or a packing slip</source>
        <translation>Замовлення {code} немає: скануйте номер замовлення або пакувальний лист</translation>
    </message>
    <message>
        <source>Too many: {item} — the order has {quantity}</source>
        <translation>Забагато: {item} — у замовленні {quantity}</translation>
    </message>
    <message>
        <source>{item} {scanned}/{quantity}</source>
        <translation>{item} {scanned}/{quantity}</translation>
    </message>
    <message>
        <source>Sample added: {item}</source>
        <translation>Додано пробник: {item}</translation>
    </message>
    <message>
        <source>Wrong item: {item} is not in {order}</source>
        <translation>Не той товар: {item} немає в замовленні {order}</translation>
    </message>
    <message>
        <source>Finish, hold or cancel {order} before opening another order</source>
        <translation>Завершіть, відкладіть або скасуйте {order}, перш ніж відкривати інше замовлення</translation>
    </message>
    <message>
        <source>Tracking {code} ({carrier})</source>
        <translation>Відстеження {code} ({carrier})</translation>
    </message>
    <message>
        <source>Not signed in: {reason}</source>
        <translation>Не ввійшли: {reason}</translation>
    </message>
    <message>
        <source>Not approved: {reason}</source>
        <translation>Не схвалено: {reason}</translation>
    </message>
    <message>
        <source>Unknown code {code}</source>
        <translation>Невідомий код {code}</translation>
    </message>
    <message>
        <source>Packaging: {packaging} — parcel plastic-free, {recycled}% recycled</source>
        <translation>Пакування: {packaging} — посилка без пластику, {recycled}% вторсировини</translation>
    </message>
    <message>
        <source>Packaging: {packaging} — parcel contains plastic, {recycled}% recycled</source>
        <translation>Пакування: {packaging} — посилка містить пластик, {recycled}% вторсировини</translation>
    </message>
    <message>
        <source>{message} — all items in: scan the packaging</source>
        <translation>{message} — усе покладено: скануйте пакування</translation>
    </message>
    <message>
        <source>{message} — read the note, then scan OK</source>
        <translation>{message} — прочитайте примітку, потім скануйте OK</translation>
    </message>
    <message>
        <source>Error acknowledged</source>
        <translation>Помилку підтверджено</translation>
    </message>
    <message>
        <source>Note acknowledged</source>
        <translation>Примітку підтверджено</translation>
    </message>
    <message>
        <source>Nothing to acknowledge</source>
        <translation>Нічого підтверджувати</translation>
    </message>
    <message>
        <source>{code}: open an order first</source>
        <translation>{code}: спершу відкрийте замовлення</translation>
    </message>
    <message>
        <source>{order} put back on the list</source>
        <translation>{order} повернуто до списку</translation>
    </message>
    <message>
        <source>Short ship needs a manager: badge and PIN</source>
        <translation>Неповна відправка потребує керівника: бейдж і PIN</translation>
    </message>
    <message>
        <source>{code}: open or pack an order first</source>
        <translation>{code}: спершу відкрийте або запакуйте замовлення</translation>
    </message>
    <message>
        <source>{item} ({count} missing)</source>
        <translation>{item} (бракує {count})</translation>
    </message>
    <message>
        <source>Not complete: {missing}</source>
        <translation>Не повне: {missing}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Read the order&apos;s note and scan OK first</source>
        <translation>Спершу прочитайте примітку до замовлення і скануйте OK</translation>
    </message>
    <message>
        <source>Scan the packaging first</source>
        <translation>Спершу скануйте пакування</translation>
    </message>
    <message>
        <source>{order} packed — well done</source>
        <translation>{order} запаковано — чудово</translation>
    </message>
    <message>
        <source>{message} (follow-ups not queued yet: {problem})</source>
        <translation>{message} (подальші повідомлення ще не в черзі: {problem})</translation>
    </message>
    <message>
        <source>No order is open</source>
        <translation>Жодне замовлення не відкрито</translation>
    </message>
    <message>
        <source>{order} held: {reason}</source>
        <translation>{order} відкладено: {reason}</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Нічого скасовувати</translation>
    </message>
    <message>
        <source>Undone: {item} — now {scanned}/{quantity}</source>
        <translation>Скасовано: {item} — тепер {scanned}/{quantity}</translation>
    </message>
    <message>
        <source>Undone: packaging {packaging} — {left} left in the parcel</source>
        <translation>Скасовано: пакування {packaging} — лишилося в посилці: {left}</translation>
    </message>
    <message>
        <source>Undone: tracking number {code}</source>
        <translation>Скасовано: номер відстеження {code}</translation>
    </message>
    <message>
        <source>Undone: sample {code}</source>
        <translation>Скасовано: пробник {code}</translation>
    </message>
    <message>
        <source>{grams} g is not a parcel&apos;s weight (1 g to 70 kg)</source>
        <extracomment>what a parcel may weigh, in grams: the bench&apos;s and the command line&apos;s --weight alike</extracomment>
        <translation>{grams} г — це не вага посилки (від 1 г до 70 кг)</translation>
    </message>
    <message>
        <source>Weight {kilograms:.2f} kg</source>
        <translation>Вага {kilograms:.2f} кг</translation>
    </message>
    <message>
        <source>{message} — scan OK or press Enter</source>
        <translation>{message} — скануйте OK або натисніть Enter</translation>
    </message>
    <message>
        <source>thank-you note</source>
        <extracomment>what the bench calls each insert kind when it speaks of one (a refusal, the preprinted list)</extracomment>
        <translation>листівка-подяка</translation>
    </message>
    <message>
        <source>voucher</source>
        <translation>ваучер</translation>
    </message>
    <message>
        <source>return label</source>
        <translation>етикетка повернення</translation>
    </message>
    <message>
        <source>packing slip</source>
        <translation>пакувальний лист</translation>
    </message>
    <message>
        <source>{order} for {name} — items: {count}</source>
        <translation>{order} для {name} — товарів: {count}</translation>
    </message>
    <message>
        <source>GIFT: no prices in the parcel</source>
        <translation>ПОДАРУНОК: без цін у посилці</translation>
    </message>
    <message>
        <source>read the NOTE and scan OK</source>
        <translation>прочитайте ПРИМІТКУ і скануйте OK</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>pre-printed {inserts}: put them in</source>
        <translation>надруковано заздалегідь: {inserts} — покладіть у посилку</translation>
    </message>
    <message>
        <source>Vouchers &amp; returns</source>
        <translation>Ваучери й повернення</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Доставка</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Надсилання</translation>
    </message>
    <message>
        <source>Printers</source>
        <translation>Принтери</translation>
    </message>
    <message>
        <source>Voucher code prefix</source>
        <translation>Префікс коду ваучера</translation>
    </message>
    <message>
        <source>The letters every voucher code starts with, as in VA-K7QM-3XPA-R.</source>
        <translation>Літери, з яких починається кожен код ваучера, як у VA-K7QM-3XPA-R.</translation>
    </message>
    <message>
        <source>Percent off</source>
        <translation>Знижка у відсотках</translation>
    </message>
    <message>
        <source>The voucher&apos;s discount in percent; 0 gives the amount off per currency instead.</source>
        <translation>Знижка ваучера у відсотках; 0 натомість дає суму знижки для кожної валюти.</translation>
    </message>
    <message>
        <source>Amount off per currency, when percent is 0 (JSON)</source>
        <translation>Знижка сумою для кожної валюти, якщо відсоток 0 (JSON)</translation>
    </message>
    <message>
        <source>Currency and amount, like {example}; used only while the percent off is 0.</source>
        <translation>Валюта й сума, наприклад {example}; діє, лише поки знижка у відсотках дорівнює 0.</translation>
    </message>
    <message>
        <source>Minimum spend per currency (JSON)</source>
        <translation>Мінімальна сума покупки для кожної валюти (JSON)</translation>
    </message>
    <message>
        <source>The order value a voucher needs, per currency; empty for the shipped amounts.</source>
        <translation>Сума замовлення, потрібна для ваучера, для кожної валюти; порожнє поле — типові суми.</translation>
    </message>
    <message>
        <source>Valid for (days)</source>
        <translation>Дійсний (днів)</translation>
    </message>
    <message>
        <source>Days from packing until the voucher in the parcel expires.</source>
        <translation>Днів від пакування до завершення дії ваучера в посилці.</translation>
    </message>
    <message>
        <source>Redeem link (with {code})</source>
        <translation>Посилання для використання (з {code})</translation>
    </message>
    <message>
        <source>The shop&apos;s link that applies the voucher; {code} becomes the voucher code.</source>
        <translation>Посилання магазину, що застосовує ваучер; замість {code} підставляється код ваучера.</translation>
    </message>
    <message>
        <source>RMA prefix</source>
        <translation>Префікс RMA</translation>
    </message>
    <message>
        <source>The letters every return number starts with.</source>
        <translation>Літери, з яких починається кожен номер повернення.</translation>
    </message>
    <message>
        <source>Return window (days from delivery)</source>
        <translation>Термін повернення (днів від доставки)</translation>
    </message>
    <message>
        <source>How long the customer may send the parcel back; printed on the return label.</source>
        <translation>Скільки часу клієнт може повернути посилку; друкується на етикетці повернення.</translation>
    </message>
    <message>
        <source>Returns portal link (with {rma})</source>
        <translation>Посилання на портал повернень (з {rma})</translation>
    </message>
    <message>
        <source>Printed on the return label; {rma} becomes the return number.</source>
        <translation>Друкується на етикетці повернення; замість {rma} підставляється номер повернення.</translation>
    </message>
    <message>
        <source>Working days in transit, by shipping method (JSON)</source>
        <translation>Робочих днів у дорозі за способом доставки (JSON)</translation>
    </message>
    <message>
        <source>A word of the shipping method and its working days to the door; {default} for every other method. The estimated delivery is counted from these.</source>
        <translation>Слово зі способу доставки та кількість робочих днів до дверей; {default} для всіх інших способів. З них рахується очікувана доставка.</translation>
    </message>
    <message>
        <source>Days when no parcel moves (JSON list of dates)</source>
        <translation>Дні, коли посилки не рухаються (JSON-список дат)</translation>
    </message>
    <message>
        <source>Dates like {example}, left out when the working days in transit are counted.</source>
        <translation>Дати на кшталт {example}; їх пропускають, коли рахують робочі дні в дорозі.</translation>
    </message>
    <message>
        <source>Tracking link per carrier (JSON, with {number})</source>
        <translation>Посилання відстеження для кожного перевізника (JSON, з {number})</translation>
    </message>
    <message>
        <source>Every carrier packstation knows already links its own tracking page. Set one here only to use another page: the carrier as your shop writes it and the link; {number} becomes the parcel&apos;s tracking number.</source>
        <translation>Кожен перевізник, якого знає packstation, уже має посилання на власну сторінку відстеження. Вкажіть тут посилання, лише якщо потрібна інша сторінка: перевізника так, як його пише ваш магазин, і посилання; замість {number} підставляється номер відстеження посилки.</translation>
    </message>
    <message>
        <source>SMTP server (smtp://user@host:587?starttls=1)</source>
        <translation>Сервер SMTP (smtp://user@host:587?starttls=1)</translation>
    </message>
    <message>
        <source>Where the follow-up e-mails are sent through. Its password is never stored here: it goes in {variable} or the OS keyring.</source>
        <translation>Сервер, через який надсилаються подальші листи. Його пароль ніколи не зберігається тут: він має бути в {variable} або у сховищі ключів системи.</translation>
    </message>
    <message>
        <source>SMS webhook</source>
        <translation>Webhook для SMS</translation>
    </message>
    <message>
        <source>Each text message is posted here; while it is empty no texts are queued. Its token is never stored here: it goes in {variable} or the OS keyring.</source>
        <translation>Сюди надсилається кожне SMS; поки поле порожнє, жодне SMS не стає в чергу. Його токен ніколи не зберігається тут: він має бути в {variable} або у сховищі ключів системи.</translation>
    </message>
    <message>
        <source>No texts between (21:00-08:00)</source>
        <translation>Без SMS між (21:00-08:00)</translation>
    </message>
    <message>
        <source>In the recipient&apos;s own time zone; a text due then waits until the morning.</source>
        <translation>За часовим поясом отримувача; SMS, що припадає на цей час, чекає до ранку.</translation>
    </message>
    <message>
        <source>Hours between marketing messages</source>
        <translation>Годин між маркетинговими повідомленнями</translation>
    </message>
    <message>
        <source>A customer gets no more than one marketing message in this many hours.</source>
        <translation>Клієнт отримує не більше одного маркетингового повідомлення за стільки годин.</translation>
    </message>
    <message>
        <source>Review link (with {order})</source>
        <translation>Посилання на відгук (з {order})</translation>
    </message>
    <message>
        <source>The review request links here; {order} becomes the order number.</source>
        <translation>Сюди веде прохання залишити відгук; замість {order} підставляється номер замовлення.</translation>
    </message>
    <message>
        <source>Unsubscribe link (with {token})</source>
        <translation>Посилання для відписки (з {token})</translation>
    </message>
    <message>
        <source>In every marketing message; {token} becomes the customer&apos;s own random link token, which the shop&apos;s unsubscribe page hands to `packstation unsubscribe`.</source>
        <translation>У кожному маркетинговому повідомленні; замість {token} підставляється випадковий ключ посилання, власний для кожного клієнта. Сторінка відписки магазину передає його команді `packstation unsubscribe`.</translation>
    </message>
    <message>
        <source>Referral link (with {token})</source>
        <translation>Реферальне посилання (з {token})</translation>
    </message>
    <message>
        <source>In the referral invitation; {token} becomes the customer&apos;s own random link token.</source>
        <translation>У реферальному запрошенні; замість {token} підставляється випадковий ключ посилання, власний для кожного клієнта.</translation>
    </message>
    <message>
        <source>Referral invitation from order</source>
        <translation>Реферальне запрошення, починаючи із замовлення</translation>
    </message>
    <message>
        <source>A customer is invited to refer friends from this order of theirs on.</source>
        <translation>Клієнт отримує запрошення рекомендувати друзів, починаючи з цього свого замовлення.</translation>
    </message>
    <message>
        <source>the tracking scan or the next order</source>
        <translation>сканування номера відстеження або наступне замовлення</translation>
    </message>
    <message>
        <source>the carrier label&apos;s tracking scan</source>
        <translation>сканування номера відстеження з етикетки перевізника</translation>
    </message>
    <message>
        <source>the next order&apos;s scan</source>
        <translation>сканування наступного замовлення</translation>
    </message>
    <message>
        <source>COMPLETE only (F9)</source>
        <translation>лише COMPLETE (F9)</translation>
    </message>
    <message>
        <source>A ready parcel closes on</source>
        <translation>Готову посилку закриває</translation>
    </message>
    <message>
        <source>Besides COMPLETE (F9), what closes a parcel whose items and packaging are all in. Never the first packaging scan.</source>
        <translation>Що, крім COMPLETE (F9), закриває посилку, у якій уже всі товари й пакування. Ніколи не перше сканування пакування.</translation>
    </message>
    <message>
        <source>Packaging must be scanned</source>
        <translation>Пакування треба сканувати</translation>
    </message>
    <message>
        <source>An order cannot be completed before its packaging is scanned.</source>
        <translation>Замовлення не можна завершити, доки не відскановано його пакування.</translation>
    </message>
    <message>
        <source>Printer for each station and insert</source>
        <translation>Принтер для кожної станції та вкладення</translation>
    </message>
    <message>
        <source>Which printer each station uses for each insert and for batches; the first row is every station&apos;s default.</source>
        <translation>Який принтер кожна станція використовує для кожного вкладення та для пакетів; перший рядок діє для всіх станцій.</translation>
    </message>
    <message>
        <source>A6, one per page</source>
        <translation>A6, по одному на сторінку</translation>
    </message>
    <message>
        <source>A4, four-up with cut marks</source>
        <translation>A4, по чотири з мітками для різання</translation>
    </message>
    <message>
        <source>US Letter, four-up</source>
        <translation>US Letter, по чотири</translation>
    </message>
    <message>
        <source>4×6 inch label</source>
        <translation>етикетка 4×6 дюйма</translation>
    </message>
    <message>
        <source>Page format at the bench</source>
        <translation>Формат сторінки на столі</translation>
    </message>
    <message>
        <source>The page the inserts are printed on when an order is packed.</source>
        <translation>Сторінка, на якій друкуються вкладення, коли замовлення запаковано.</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 хвилину</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n секунду</numerusform>
            <numerusform>%n секунди</numerusform>
            <numerusform>%n секунд</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n годину</numerusform>
            <numerusform>%n години</numerusform>
            <numerusform>%n годин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n хвилину</numerusform>
            <numerusform>%n хвилини</numerusform>
            <numerusform>%n хвилин</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}&apos;s badge is locked after {count} wrong PINs: a manager or admin must unlock it (Settings › Staff &amp; badges, or {command})</source>
        <translation>Бейдж {name} заблоковано після {count}-ї невдалої спроби PIN: розблокувати його має керівник або адміністратор (Налаштування › Персонал і бейджі або {command})</translation>
    </message>
    <message>
        <source>too many wrong PINs for {name}: try again in {wait}</source>
        <translation>забагато неправильних PIN для {name}: спробуйте ще раз через {wait}</translation>
    </message>
    <message>
        <source>too many wrong PINs at {station}: try again in {wait}</source>
        <translation>забагато неправильних PIN на {station}: спробуйте ще раз через {wait}</translation>
    </message>
    <message>
        <source>wrong PIN for {name}, {count} in a row: the badge is locked until a manager or admin unlocks it (Settings › Staff &amp; badges, or {command})</source>
        <translation>неправильний PIN для {name}, уже {count}-й поспіль: бейдж заблоковано, доки його не розблокує керівник або адміністратор (Налаштування › Персонал і бейджі або {command})</translation>
    </message>
    <message>
        <source>wrong PIN for {name}; too many wrong PINs at {station}: try again in {wait}</source>
        <translation>неправильний PIN для {name}; забагато неправильних PIN на {station}: спробуйте ще раз через {wait}</translation>
    </message>
    <message>
        <source>wrong PIN for {name}, {count} in a row: try again in {wait}</source>
        <translation>неправильний PIN для {name}, уже {count}-й поспіль: спробуйте ще раз через {wait}</translation>
    </message>
    <message>
        <source>wrong PIN for {name}</source>
        <translation>неправильний PIN для {name}</translation>
    </message>
    <message>
        <source>{what} is not set — {window}, or `packstation setup {flags}`</source>
        <extracomment>{what} is what is missing (&quot;the shop&apos;s name&quot;), {window} where it is set, {flags} the command&apos;s options</extracomment>
        <translation>Не задано: {what} — {window} або `packstation setup {flags}`</translation>
    </message>
    <message>
        <source>Settings › Shop &amp; brand</source>
        <translation>Налаштування › Магазин і бренд</translation>
    </message>
    <message>
        <source>Settings › Vouchers &amp; returns</source>
        <translation>Налаштування › Ваучери й повернення</translation>
    </message>
    <message>
        <source>Settings › Sending</source>
        <translation>Налаштування › Надсилання</translation>
    </message>
    <message>
        <source>every message</source>
        <translation>усі повідомлення</translation>
    </message>
    <message>
        <source>the shop&apos;s name</source>
        <translation>назва магазину</translation>
    </message>
    <message>
        <source>the support e-mail</source>
        <translation>e-mail підтримки</translation>
    </message>
    <message>
        <source>the return address</source>
        <translation>адреса для повернень</translation>
    </message>
    <message>
        <source>the link where a voucher is redeemed</source>
        <translation>посилання для використання ваучера</translation>
    </message>
    <message>
        <source>the link of the returns page</source>
        <translation>посилання на сторінку повернень</translation>
    </message>
    <message>
        <source>the link where a customer writes a review</source>
        <translation>посилання для відгуку покупця</translation>
    </message>
    <message>
        <source>review request</source>
        <translation>прохання про відгук</translation>
    </message>
    <message>
        <source>the unsubscribe link</source>
        <translation>посилання для скасування підписки</translation>
    </message>
    <message>
        <source>every marketing message</source>
        <translation>усі маркетингові повідомлення</translation>
    </message>
    <message>
        <source>the referral link</source>
        <translation>реферальне посилання</translation>
    </message>
    <message>
        <source>loyalty invitation</source>
        <translation>запрошення до програми лояльності</translation>
    </message>
</context>
<context>
    <name>BatchView</name>
    <message>
        <source>Thank-you note</source>
        <translation>Листівка-подяка</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Ваучер</translation>
    </message>
    <message>
        <source>Return label</source>
        <translation>Етикетка повернення</translation>
    </message>
    <message>
        <source>Packing slip</source>
        <translation>Пакувальний лист</translation>
    </message>
    <message>
        <source>Ready, not yet packed</source>
        <translation>Готові, ще не запаковані</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Нові</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Відкладені</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>Запаковані</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Будь-який статус</translation>
    </message>
    <message>
        <source>from YYYY-MM-DD</source>
        <translation>від РРРР-ММ-ДД</translation>
    </message>
    <message>
        <source>to YYYY-MM-DD</source>
        <translation>до РРРР-ММ-ДД</translation>
    </message>
    <message>
        <source>part of the shipping method</source>
        <translation>частина способу доставки</translation>
    </message>
    <message>
        <source>an order tag</source>
        <translation>мітка замовлення</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Будь-яка мова</translation>
    </message>
    <message>
        <source>Only orders not yet pre-printed</source>
        <translation>Лише замовлення, ще не надруковані заздалегідь</translation>
    </message>
    <message>
        <source>Or scan order numbers here, one per line</source>
        <translation>Або скануйте сюди номери замовлень, по одному в рядку</translation>
    </message>
    <message>
        <source>A6, one per page</source>
        <translation>A6, по одному на сторінку</translation>
    </message>
    <message>
        <source>A4, four-up with cut marks</source>
        <translation>A4, по чотири з мітками для різання</translation>
    </message>
    <message>
        <source>US Letter, four-up</source>
        <translation>US Letter, по чотири</translation>
    </message>
    <message>
        <source>4×6 inch label</source>
        <translation>етикетка 4×6 дюйма</translation>
    </message>
    <message>
        <source>Each order&apos;s inserts together</source>
        <translation>Вкладення кожного замовлення разом</translation>
    </message>
    <message>
        <source>By kind: all notes, then all vouchers…</source>
        <translation>За видом: усі листівки, потім усі ваучери…</translation>
    </message>
    <message>
        <source>The day these parcels are packed: the notes say it, and the vouchers and return windows count from it</source>
        <translation>День, коли пакують ці посилки: його вказано в листівках-подяках, і від нього рахують строк дії ваучерів і строки повернення</translation>
    </message>
    <message>
        <source>Render  (Ctrl+R)</source>
        <translation>Створити  (Ctrl+R)</translation>
    </message>
    <message>
        <source>Cancel  (Esc)</source>
        <translation>Скасувати  (Esc)</translation>
    </message>
    <message>
        <source>Save as…  (Ctrl+S)</source>
        <translation>Зберегти як…  (Ctrl+S)</translation>
    </message>
    <message>
        <source>Print  (Ctrl+P)</source>
        <translation>Друк  (Ctrl+P)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Замовлено</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Доставка</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Мітка</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Замовлення</translation>
    </message>
    <message>
        <source>Inserts</source>
        <translation>Вкладення</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Макет</translation>
    </message>
    <message>
        <source>Collate</source>
        <translation>Порядок</translation>
    </message>
    <message>
        <source>Packing day</source>
        <translation>День пакування</translation>
    </message>
    <message>
        <source>from</source>
        <translation>від</translation>
    </message>
    <message>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <source>The &apos;{field}&apos; date {text} is not a date like 2026-11-25</source>
        <translation>Дата «{field}» {text} не схожа на дату 2026-11-25</translation>
    </message>
    <message>
        <source>{orders} orders × {kinds} inserts = {pages} pages</source>
        <translation>замовлень: {orders} × вкладень: {kinds} = сторінок: {pages}</translation>
    </message>
    <message>
        <source>Choose at least one insert</source>
        <translation>Виберіть хоча б одне вкладення</translation>
    </message>
    <message>
        <source>Packing day {day} has passed: it is {today} now — check the day and render again</source>
        <translation>День пакування {day} минув: зараз {today} — перевірте день і створіть ще раз</translation>
    </message>
    <message>
        <source>{done} / {total} orders, {left} s left</source>
        <translation>{done} / {total} замовлень, лишилося {left} с</translation>
    </message>
    <message>
        <source>{done} / {total} orders</source>
        <translation>{done} / {total} замовлень</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Скасування…</translation>
    </message>
    <message>
        <source>Batch {batch} for {day}: {inserts} inserts on {pages} pages — {file}</source>
        <translation>Пакет {batch} на {day}: вкладень {inserts} на сторінках: {pages} — {file}</translation>
    </message>
    <message>
        <source>Not rendered: {error}</source>
        <translation>Не створено: {error}</translation>
    </message>
    <message>
        <source>Cancelled: no file was written, and orders not reached got no codes</source>
        <translation>Скасовано: файл не записано, а замовлення, до яких не дійшли, не отримали кодів</translation>
    </message>
    <message>
        <source>Save the batch</source>
        <translation>Зберегти пакет</translation>
    </message>
    <message>
        <source>Saved as {file}</source>
        <translation>Збережено як {file}</translation>
    </message>
    <message>
        <source>Printing on {printer}…</source>
        <translation>Друк на {printer}…</translation>
    </message>
    <message>
        <source>Printing failed — {error} (kept in the print queue)</source>
        <translation>Друк не вдався — {error} (залишено в черзі друку)</translation>
    </message>
    <message>
        <source>Printed on {printer}</source>
        <translation>Надруковано на {printer}</translation>
    </message>
    <message>
        <source>Not printed: {error}</source>
        <translation>Не надруковано: {error}</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up your shop</source>
        <translation>Налаштуйте свій магазин</translation>
    </message>
    <message>
        <source>Who looks after the shop</source>
        <translation>Хто відповідає за магазин</translation>
    </message>
    <message>
        <source>This shop has no staff yet. You become its first admin: you sign in with this badge and PIN to change the settings and add packers.</source>
        <translation>У магазині ще немає персоналу. Ви станете його першим адміністратором: із цим бейджем і PIN ви входитимете, щоб змінювати налаштування й додавати пакувальників.</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Ваше ім&apos;я:</translation>
    </message>
    <message>
        <source>Your badge:</source>
        <translation>Ваш бейдж:</translation>
    </message>
    <message>
        <source>scan it, or type e.g. A-0001</source>
        <translation>скануйте його або введіть, напр. A-0001</translation>
    </message>
    <message>
        <source>PIN (at least 6 digits):</source>
        <translation>PIN (щонайменше 6 цифр):</translation>
    </message>
    <message>
        <source>The same PIN again:</source>
        <translation>Той самий PIN ще раз:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Вхід</translation>
    </message>
    <message>
        <source>Setting up the shop needs a manager&apos;s badge and PIN.</source>
        <translation>Щоб налаштувати магазин, потрібні бейдж і PIN керівника.</translation>
    </message>
    <message>
        <source>Manager badge:</source>
        <translation>Бейдж керівника:</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <source>Your shop</source>
        <translation>Ваш магазин</translation>
    </message>
    <message>
        <source>What every insert and message is signed with.</source>
        <translation>Цими даними підписано кожне вкладення й повідомлення.</translation>
    </message>
    <message>
        <source>Shop name:</source>
        <translation>Назва магазину:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Вебсайт:</translation>
    </message>
    <message>
        <source>The shop runs on Shopify</source>
        <translation>Магазин працює на Shopify</translation>
    </message>
    <message>
        <source>Support e-mail:</source>
        <translation>E-mail підтримки:</translation>
    </message>
    <message>
        <source>Support phone:</source>
        <translation>Телефон підтримки:</translation>
    </message>
    <message>
        <source>a PNG or JPEG file</source>
        <translation>файл PNG або JPEG</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Логотип:</translation>
    </message>
    <message>
        <source>Main colour:</source>
        <translation>Основний колір:</translation>
    </message>
    <message>
        <source>Accent colour:</source>
        <translation>Акцентний колір:</translation>
    </message>
    <message>
        <source>Where returns go</source>
        <translation>Куди надходять повернення</translation>
    </message>
    <message>
        <source>Printed on every return label, as the address.</source>
        <translation>Друкується як адреса на кожній етикетці повернення.</translation>
    </message>
    <message>
        <source>Name or company:</source>
        <translation>Ім&apos;я або компанія:</translation>
    </message>
    <message>
        <source>Street:</source>
        <translation>Вулиця:</translation>
    </message>
    <message>
        <source>Postcode:</source>
        <translation>Поштовий індекс:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Місто:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Країна:</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Посилання</translation>
    </message>
    <message>
        <source>Where the voucher&apos;s QR code, the return label and the follow-up messages send your customers.</source>
        <translation>Куди ведуть ваших покупців QR-код ваучера, етикетка повернення й подальші повідомлення.</translation>
    </message>
    <message>
        <source>Redeem a voucher:</source>
        <translation>Використання ваучера:</translation>
    </message>
    <message>
        <source>Returns page:</source>
        <translation>Сторінка повернень:</translation>
    </message>
    <message>
        <source>Write a review:</source>
        <translation>Написати відгук:</translation>
    </message>
    <message>
        <source>Unsubscribe:</source>
        <translation>Відписка:</translation>
    </message>
    <message>
        <source>Referral:</source>
        <translation>Реферальне посилання:</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Your logo</source>
        <translation>Ваш логотип</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Зображення (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Filled in from your website: Shopify redeems a code at /discount/CODE. Check it.</source>
        <translation>Заповнено з вашого вебсайту: Shopify застосовує коди на /discount/КОД. Перевірте.</translation>
    </message>
    <message>
        <source>Not stored: {reason}</source>
        <translation>Не збережено: {reason}</translation>
    </message>
    <message>
        <source>the two PINs differ</source>
        <translation>введені PIN не збігаються</translation>
    </message>
    <message>
        <source>The packaging catalogue is empty: before the first parcel, add your boxes and fillers in Settings (F11) › Packaging — the bench asks for each parcel&apos;s packaging.</source>
        <translation>Каталог пакування порожній: перед першою посилкою додайте свої коробки й наповнювачі в Налаштуваннях (F11) › Пакування — на робочому місці пакувальника для кожної посилки вказують її пакування.</translation>
    </message>
    <message>
        <source>Everything the inserts and messages need is set. Import your orders (File › Import) and scan the first one at the Pack screen.</source>
        <translation>Усе, що потрібно для вкладень і повідомлень, налаштовано. Імпортуйте замовлення (Файл › Імпорт) і скануйте перше на екрані «Пакування».</translation>
    </message>
    <message>
        <source>Stored. Still to set, in Settings (F11) — until then these are not printed or sent:</source>
        <translation>Збережено. Ще треба заповнити в Налаштуваннях (F11) — доти ось це не друкуватиметься й не надсилатиметься:</translation>
    </message>
</context>
<context>
    <name>FollowUpRulesPage</name>
    <message>
        <source>packing</source>
        <translation>пакування</translation>
    </message>
    <message>
        <source>expected delivery</source>
        <translation>очікувана доставка</translation>
    </message>
    <message>
        <source>the voucher&apos;s expiry</source>
        <translation>закінчення ваучера</translation>
    </message>
    <message>
        <source>running out</source>
        <translation>закінчення товару</translation>
    </message>
    <message>
        <source>the first order&apos;s anniversary</source>
        <translation>річниця першого замовлення</translation>
    </message>
    <message>
        <source>the customer&apos;s birthday</source>
        <translation>день народження клієнта</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Подальше повідомлення</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Увімк.</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Днів</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Після</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Надсилати як</translation>
    </message>
    <message>
        <source>Given up after (days)</source>
        <translation>Припинити через (днів)</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Спроби</translation>
    </message>
    <message>
        <source>Only when (e.g. !is_gift, language=cs)</source>
        <translation>Лише коли (напр. !is_gift, language=cs)</translation>
    </message>
    <message>
        <source>Days count from the moment under After (a minus: that many days before it). Marketing follow-ups go only to customers who agreed to them.</source>
        <translation>Дні рахуються від моменту в стовпці «Після» (з мінусом — за стільки днів до нього). Маркетингові повідомлення отримують лише покупці, які на це погодилися.</translation>
    </message>
    <message>
        <source>Save  (Ctrl+S)</source>
        <translation>Зберегти  (Ctrl+S)</translation>
    </message>
    <message>
        <source>Back to the shipped rules</source>
        <translation>Повернути стандартні правила</translation>
    </message>
    <message>
        <source>marketing</source>
        <translation>маркетинг</translation>
    </message>
    <message>
        <source>service</source>
        <translation>сервіс</translation>
    </message>
    <message>
        <source>{rule} on</source>
        <translation>{rule} увімкнено</translation>
    </message>
    <message>
        <source>Saved: the next parcels packed follow these rules</source>
        <translation>Збережено: наступні запаковані посилки дотримуватимуться цих правил</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>Нічого не змінено</translation>
    </message>
</context>
<context>
    <name>InsertTextsPage</name>
    <message>
        <source>Thank-you note</source>
        <translation>Листівка-подяка</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Ваучер</translation>
    </message>
    <message>
        <source>Return label</source>
        <translation>Етикетка повернення</translation>
    </message>
    <message>
        <source>Packing slip</source>
        <translation>Пакувальний лист</translation>
    </message>
    <message>
        <source>Save  (Ctrl+S)</source>
        <translation>Зберегти  (Ctrl+S)</translation>
    </message>
    <message>
        <source>Back to the shipped text</source>
        <translation>Повернути стандартний текст</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Вкладення</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>The shop&apos;s own text</source>
        <translation>Власний текст магазину</translation>
    </message>
    <message>
        <source>The shipped text</source>
        <translation>Стандартний текст</translation>
    </message>
    <message>
        <source>Not right yet — the preview shows the text in use: {problem}</source>
        <translation>Ще не так — попередній перегляд показує чинний текст: {problem}</translation>
    </message>
    <message>
        <source>The preview could not be drawn: {error}</source>
        <translation>Не вдалося намалювати попередній перегляд: {error}</translation>
    </message>
    <message>
        <source>Checking the text against every kind of parcel…</source>
        <translation>Перевіряю текст для кожного виду посилки…</translation>
    </message>
    <message>
        <source>Saved: every station prints it from now on</source>
        <translation>Збережено: відтепер його друкують усі станції</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>Нічого не змінено</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pack  (F1)</source>
        <extracomment>the smallest bench monitor packstation is laid out for: every screen stays usable at this size</extracomment>
        <translation>Пакування  (F1)</translation>
    </message>
    <message>
        <source>Orders  (F2)</source>
        <translation>Замовлення  (F2)</translation>
    </message>
    <message>
        <source>Outbox  (F3)</source>
        <translation>Вихідні  (F3)</translation>
    </message>
    <message>
        <source>Batch print  (F5)</source>
        <translation>Пакетний друк  (F5)</translation>
    </message>
    <message>
        <source>Manager  (F12)</source>
        <translation>Керівник  (F12)</translation>
    </message>
    <message>
        <source>Print queue  (F10)</source>
        <translation>Черга друку  (F10)</translation>
    </message>
    <message>
        <source>Settings  (F11)</source>
        <translation>Налаштування  (F11)</translation>
    </message>
    <message>
        <source>Database: {database}</source>
        <translation>База даних: {database}</translation>
    </message>
    <message>
        <source>Still owed, not printed: {reason}</source>
        <translation>Досі чекає на друк: {reason}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Import orders or products…</source>
        <translation>&amp;Імпортувати замовлення або товари…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Вийти</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>&amp;Більший текст</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>&amp;Менший текст</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Високий контраст</translation>
    </message>
    <message>
        <source>Text at {scale:.0%}, high contrast</source>
        <translation>Текст {scale:.0%}, високий контраст</translation>
    </message>
    <message>
        <source>Text at {scale:.0%}</source>
        <translation>Текст {scale:.0%}</translation>
    </message>
    <message>
        <source>Print queue: {failed} failed  (F10)</source>
        <translation>Черга друку: не вдалося {failed}  (F10)</translation>
    </message>
    <message>
        <source>{order}: printing failed — {error} (kept in the print queue)</source>
        <translation>{order}: друк не вдався — {error} (залишено в черзі друку)</translation>
    </message>
    <message>
        <source>{order}: inserts printed</source>
        <translation>{order}: вкладення надруковано</translation>
    </message>
    <message>
        <source>{order}: printing the inserts…</source>
        <translation>{order}: друкую вкладення…</translation>
    </message>
    <message>
        <source>{order}: printing failed — {error}</source>
        <translation>{order}: друк не вдався — {error}</translation>
    </message>
    <message>
        <source>Import orders or products</source>
        <translation>Імпорт замовлень або товарів</translation>
    </message>
    <message>
        <source>Shop exports (*.csv *.json);;All files (*)</source>
        <translation>Експорт з магазину (*.csv *.json);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Імпортую {file}…</translation>
    </message>
    <message>
        <source>Imported {file}: {created} new, {updated} updated, {rejected} rows rejected</source>
        <translation>Імпортовано {file}: нових {created}, оновлено {updated}, відхилено рядків {rejected}</translation>
    </message>
    <message>
        <source>Import finished with problems</source>
        <translation>Імпорт завершено з проблемами</translation>
    </message>
    <message>
        <source>Import failed: nothing was imported</source>
        <translation>Імпорт не вдався: нічого не імпортовано</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Нічого не імпортовано</translation>
    </message>
</context>
<context>
    <name>ManagerApproval</name>
    <message>
        <source>Scan or type your manager badge</source>
        <translation>Скануйте або введіть свій бейдж керівника</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Badge:</source>
        <translation>Бейдж:</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
</context>
<context>
    <name>ManagerSignIn</name>
    <message>
        <source>Scan or type your manager badge</source>
        <translation>Скануйте або введіть свій бейдж керівника</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Увійти</translation>
    </message>
    <message>
        <source>Not signed in: {reason}</source>
        <translation>Не ввійшли: {reason}</translation>
    </message>
</context>
<context>
    <name>ManagerView</name>
    <message>
        <source>The manager&apos;s figures need a manager&apos;s badge and PIN.</source>
        <translation>Показники керівника потребують бейджа й PIN керівника.</translation>
    </message>
    <message>
        <source>Signed in: {name}</source>
        <translation>Увійшли: {name}</translation>
    </message>
    <message>
        <source>by packer</source>
        <translation>за пакувальником</translation>
    </message>
    <message>
        <source>by station</source>
        <translation>за станцією</translation>
    </message>
    <message>
        <source>by day</source>
        <translation>за днем</translation>
    </message>
    <message>
        <source>by hour</source>
        <translation>за годиною</translation>
    </message>
    <message>
        <source>Refresh  (F5)</source>
        <translation>Оновити  (F5)</translation>
    </message>
    <message>
        <source>CSV…  (Ctrl+E)</source>
        <translation>CSV…  (Ctrl+E)</translation>
    </message>
    <message>
        <source>PDF report…  (Ctrl+P)</source>
        <translation>Звіт PDF…  (Ctrl+P)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Від</translation>
    </message>
    <message>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Замовлення</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Станція</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Початок</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Секунди</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Товари</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Група</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Замовлення</translation>
    </message>
    <message>
        <source>Orders/h</source>
        <translation>Замовлень/год</translation>
    </message>
    <message>
        <source>Median s</source>
        <translation>Медіана, с</translation>
    </message>
    <message>
        <source>P90 s</source>
        <translation>P90, с</translation>
    </message>
    <message>
        <source>Wrong/100</source>
        <translation>Хибні/100</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Відкладені</translation>
    </message>
    <message>
        <source>Plastic-free</source>
        <translation>Без пластику</translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation>Хибні</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Double-click a packer to see their pack events</source>
        <translation>Двічі клацніть пакувальника, щоб побачити його пакування</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Рахую…</translation>
    </message>
    <message>
        <source>The figures could not be counted: {error}</source>
        <translation>Не вдалося порахувати показники: {error}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{orders}&lt;/b&gt; orders, {items} items, &lt;b&gt;{per_hour}&lt;/b&gt; orders an hour; pack time median &lt;b&gt;{median} s&lt;/b&gt;, 90th percentile {p90} s (single-item {single} s, multi-item {multi} s)</source>
        <translation>Замовлень: &lt;b&gt;{orders}&lt;/b&gt;, товарів: {items}, &lt;b&gt;{per_hour}&lt;/b&gt; замовлень за годину; медіана часу пакування &lt;b&gt;{median} с&lt;/b&gt;, 90-й процентиль {p90} с (один товар {single} с, кілька товарів {multi} с)</translation>
    </message>
    <message>
        <source>Accuracy: &lt;b&gt;{wrong}&lt;/b&gt; wrong scans per 100 items, {over} over-scans, {manual} manual confirmations, {short} short ships; holds: {holds}</source>
        <translation>Точність: &lt;b&gt;{wrong}&lt;/b&gt; хибних сканів на 100 товарів, зайвих сканів: {over}, ручних підтверджень: {manual}, неповних відправок: {short}; відкладено: {holds}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <source>Eco: &lt;b&gt;{plastic_free}&lt;/b&gt; plastic-free, {recycled} % recycled content, {avoided} kg plastic avoided, {co2e} kg CO2e</source>
        <translation>Екологія: &lt;b&gt;{plastic_free}&lt;/b&gt; без пластику, {recycled} % вторсировини, уникнуто {avoided} кг пластику, {co2e} кг CO2e</translation>
    </message>
    <message>
        <source>Inserts at the bench {bench}, in batches {batches}; vouchers {issued} issued, {redeemed} redeemed ({rate}); returns {returned} of {labels} labels; follow-ups sent {sent}, failed {failed}</source>
        <translation>Вкладень на столі {bench}, пакетами {batches}; ваучерів видано {issued}, використано {redeemed} ({rate}); повернень {returned} з {labels} етикеток; подальших повідомлень надіслано {sent}, не вдалося {failed}</translation>
    </message>
    <message>
        <source>Orders per hour of the day</source>
        <translation>Замовлення за годинами дня</translation>
    </message>
    <message>
        <source>Orders per packer</source>
        <translation>Замовлення за пакувальниками</translation>
    </message>
    <message>
        <source>Plastic-free share by day (%)</source>
        <translation>Частка без пластику за днями (%)</translation>
    </message>
    <message>
        <source>Save the table</source>
        <translation>Зберегти таблицю</translation>
    </message>
    <message>
        <source>{file}: cannot be written ({error})</source>
        <translation>{file}: неможливо записати ({error})</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>Збережено: {file}</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Зберегти звіт</translation>
    </message>
    <message>
        <source>The report could not be written: {error}</source>
        <translation>Не вдалося записати звіт: {error}</translation>
    </message>
    <message>
        <source>{packer}: loading…</source>
        <translation>{packer}: завантаження…</translation>
    </message>
    <message>
        <source>{packer}: pack events: {count} (newest first)</source>
        <translation>{packer}: пакувань: {count} (найновіші вгорі)</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>замовлення</translation>
    </message>
    <message>
        <source>day of the period</source>
        <translation>день періоду</translation>
    </message>
</context>
<context>
    <name>OrderListView</name>
    <message>
        <source>Search order number, name or e-mail  (Ctrl+F)</source>
        <translation>Пошук за номером замовлення, ім&apos;ям або e-mail  (Ctrl+F)</translation>
    </message>
    <message>
        <source>All statuses ({count})</source>
        <translation>Усі статуси ({count})</translation>
    </message>
    <message>
        <source>Orders: {count}</source>
        <translation>Замовлень: {count}</translation>
    </message>
    <message>
        <source>Orders: {count} — scroll for more</source>
        <translation>Замовлень: {count} — прокрутіть, щоб побачити більше</translation>
    </message>
</context>
<context>
    <name>OrderTableModel</name>
    <message>
        <source>Order</source>
        <translation>Замовлення</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Створено</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Покупець</translation>
    </message>
    <message>
        <source>Lang</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Товари</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Доставка</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Позначки</translation>
    </message>
    <message>
        <source>gift</source>
        <translation>подарунок</translation>
    </message>
    <message>
        <source>has a note</source>
        <translation>має примітку</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Подарунок</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Термін</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Спроби</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Остання помилка</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>у черзі</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>надсилається</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>надіслано</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>не вдалося</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>скасовано</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>пропущено</translation>
    </message>
    <message>
        <source>thank you</source>
        <translation>подяка</translation>
    </message>
    <message>
        <source>review request</source>
        <translation>прохання про відгук</translation>
    </message>
    <message>
        <source>replenishment</source>
        <translation>поповнення запасу</translation>
    </message>
    <message>
        <source>goes well with</source>
        <translation>пасує до</translation>
    </message>
    <message>
        <source>loyalty</source>
        <translation>лояльність</translation>
    </message>
    <message>
        <source>care tips</source>
        <translation>поради з догляду</translation>
    </message>
    <message>
        <source>shipped text message</source>
        <translation>SMS про відправлення</translation>
    </message>
    <message>
        <source>voucher reminder</source>
        <translation>нагадування про ваучер</translation>
    </message>
    <message>
        <source>anniversary</source>
        <translation>річниця</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>день народження</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Усі статуси</translation>
    </message>
    <message>
        <source>All follow-ups</source>
        <translation>Усі подальші повідомлення</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Номер замовлення</translation>
    </message>
    <message>
        <source>Cancel message</source>
        <translation>Скасувати повідомлення</translation>
    </message>
    <message>
        <source>Send again now</source>
        <translation>Надіслати знову зараз</translation>
    </message>
    <message>
        <source>Messages: {count}</source>
        <translation>Повідомлень: {count}</translation>
    </message>
    <message>
        <source>Choose a message to see it as the customer will.</source>
        <translation>Виберіть повідомлення, щоб побачити його так, як побачить покупець.</translation>
    </message>
    <message>
        <source>Text message to {recipient}</source>
        <translation>SMS для {recipient}</translation>
    </message>
</context>
<context>
    <name>PackView</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>PACKED</source>
        <translation>ЗАПАКОВАНО</translation>
    </message>
    <message>
        <source>WRONG ITEM</source>
        <translation>НЕ ТОЙ ТОВАР</translation>
    </message>
    <message>
        <source>TOO MANY</source>
        <translation>ЗАБАГАТО</translation>
    </message>
    <message>
        <source>UNKNOWN CODE</source>
        <translation>НЕВІДОМИЙ КОД</translation>
    </message>
    <message>
        <source>NOT NOW</source>
        <translation>НЕ ЗАРАЗ</translation>
    </message>
    <message>
        <source>KEPT — NO DATABASE</source>
        <translation>ЗБЕРЕЖЕНО — НЕМАЄ БАЗИ ДАНИХ</translation>
    </message>
    <message>
        <source>Enter</source>
        <extracomment>every key of the bench and what it does, as the key-hint bar shows them</extracomment>
        <translation>Enter</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>завершити</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>відкласти</translation>
    </message>
    <message>
        <source>short ship</source>
        <translation>відправити неповним</translation>
    </message>
    <message>
        <source>take over</source>
        <translation>перейняти</translation>
    </message>
    <message>
        <source>reprint</source>
        <translation>передрукувати</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>скасувати</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>put back</source>
        <translation>повернути до списку</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>{station}: scan your badge to start</source>
        <translation>{station}: скануйте свій бейдж, щоб почати</translation>
    </message>
    <message>
        <source>{order}: follow-ups not queued yet — {problem}</source>
        <translation>{order}: подальші повідомлення ще не в черзі — {problem}</translation>
    </message>
    <message>
        <source>Station {station}</source>
        <translation>Станція {station}</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>Покладено</translation>
    </message>
    <message>
        <source> g</source>
        <translation> г</translation>
    </message>
    <message>
        <source>weight…</source>
        <translation>вага…</translation>
    </message>
    <message>
        <source>Damaged label? Type the code here and press Enter</source>
        <translation>Пошкоджена етикетка? Введіть код тут і натисніть Enter</translation>
    </message>
    <message>
        <source>SHIPPING</source>
        <translation>ДОСТАВКА</translation>
    </message>
    <message>
        <source>PACKAGING</source>
        <translation>ПАКУВАННЯ</translation>
    </message>
    <message>
        <source>PARCEL</source>
        <translation>ПОСИЛКА</translation>
    </message>
    <message>
        <source>TRACKING</source>
        <translation>ВІДСТЕЖЕННЯ</translation>
    </message>
    <message>
        <source>SAMPLE</source>
        <translation>ПРОБНИК</translation>
    </message>
    <message>
        <source>WEIGHT</source>
        <translation>ВАГА</translation>
    </message>
    <message>
        <source>Put back</source>
        <translation>Повернути до списку</translation>
    </message>
    <message>
        <source>Put {order} back on the list? What was scanned is dropped.</source>
        <translation>Повернути {order} до списку? Усе відскановане буде втрачено.</translation>
    </message>
    <message>
        <source>Keep packing</source>
        <translation>Пакувати далі</translation>
    </message>
    <message>
        <source>Manager sign-in</source>
        <translation>Вхід керівника</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <source>Manager approval</source>
        <translation>Схвалення керівника</translation>
    </message>
    <message>
        <source>Scan or type the manager&apos;s badge, then the PIN:</source>
        <translation>Скануйте або введіть бейдж керівника, потім PIN:</translation>
    </message>
    <message>
        <source>Missing item</source>
        <translation>Бракує товару</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Пошкоджено</translation>
    </message>
    <message>
        <source>Address problem</source>
        <translation>Проблема з адресою</translation>
    </message>
    <message>
        <source>Hold the order</source>
        <translation>Відкласти замовлення</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Чому?</translation>
    </message>
    <message>
        <source>All inserts</source>
        <translation>Усі вкладення</translation>
    </message>
    <message>
        <source>Thank-you note</source>
        <translation>Листівка-подяка</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Ваучер</translation>
    </message>
    <message>
        <source>Return label</source>
        <translation>Етикетка повернення</translation>
    </message>
    <message>
        <source>Packing slip</source>
        <translation>Пакувальний лист</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Передрук</translation>
    </message>
    <message>
        <source>Which insert?</source>
        <translation>Яке вкладення?</translation>
    </message>
    <message>
        <source>Take over an order</source>
        <translation>Перейняти замовлення</translation>
    </message>
    <message>
        <source>Order number:</source>
        <translation>Номер замовлення:</translation>
    </message>
    <message>
        <source>nobody signed in</source>
        <translation>ніхто не ввійшов</translation>
    </message>
    <message>
        <source>Scan an order</source>
        <translation>Скануйте замовлення</translation>
    </message>
    <message>
        <source>Scan your badge</source>
        <translation>Скануйте свій бейдж</translation>
    </message>
    <message>
        <source>GIFT — no prices in the parcel.</source>
        <translation>ПОДАРУНОК — без цін у посилці.</translation>
    </message>
    <message>
        <source>read</source>
        <translation>прочитано</translation>
    </message>
    <message>
        <source>scan OK when read</source>
        <translation>прочитавши, скануйте OK</translation>
    </message>
    <message>
        <source>NOTE ({state}): {note}</source>
        <translation>ПРИМІТКА ({state}): {note}</translation>
    </message>
    <message>
        <source>scan the box, mailer, fill, tape</source>
        <translation>скануйте коробку, конверт, наповнювач, стрічку</translation>
    </message>
    <message>
        <source>plastic-free</source>
        <translation>без пластику</translation>
    </message>
    <message>
        <source>contains plastic</source>
        <translation>містить пластик</translation>
    </message>
    <message>
        <source>{verdict} · {recycled}% recycled</source>
        <translation>{verdict} · {recycled}% вторсировини</translation>
    </message>
    <message>
        <source>scan the carrier label</source>
        <translation>скануйте етикетку перевізника</translation>
    </message>
    <message>
        <source>added: {samples}</source>
        <translation>додано: {samples}</translation>
    </message>
    <message>
        <source>offer {sample} ({sku})</source>
        <translation>запропонуйте {sample} ({sku})</translation>
    </message>
</context>
<context>
    <name>PackagingPage</name>
    <message>
        <source>box</source>
        <translation>коробка</translation>
    </message>
    <message>
        <source>mailer</source>
        <translation>конверт</translation>
    </message>
    <message>
        <source>void fill</source>
        <translation>наповнювач</translation>
    </message>
    <message>
        <source>tape</source>
        <translation>стрічка</translation>
    </message>
    <message>
        <source>wrap</source>
        <translation>обгортка</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Weight g</source>
        <translation>Вага, г</translation>
    </message>
    <message>
        <source>Plastic g</source>
        <translation>Пластик, г</translation>
    </message>
    <message>
        <source>Recycled %</source>
        <translation>Вторсировина %</translation>
    </message>
    <message>
        <source>CO2e g</source>
        <translation>CO2e, г</translation>
    </message>
    <message>
        <source>Disposal texts</source>
        <translation>Тексти утилізації</translation>
    </message>
    <message>
        <source>recyclable</source>
        <translation>придатне до переробки</translation>
    </message>
    <message>
        <source>home compostable</source>
        <translation>компостується вдома</translation>
    </message>
    <message>
        <source>Code (scanned at the bench)</source>
        <translation>Код (сканують на столі)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Розмір</translation>
    </message>
    <message>
        <source>Weight (g)</source>
        <translation>Вага (г)</translation>
    </message>
    <message>
        <source>Plastic (g)</source>
        <translation>Пластик (г)</translation>
    </message>
    <message>
        <source>Recycled content (%)</source>
        <translation>Частка вторсировини (%)</translation>
    </message>
    <message>
        <source>CO2e (g)</source>
        <translation>CO2e (г)</translation>
    </message>
    <message>
        <source>How to dispose of it ({language})</source>
        <translation>Як утилізувати ({language})</translation>
    </message>
    <message>
        <source>Save packaging  (Ctrl+S)</source>
        <translation>Зберегти пакування  (Ctrl+S)</translation>
    </message>
    <message>
        <source>New packaging</source>
        <translation>Нове пакування</translation>
    </message>
</context>
<context>
    <name>PrintQueueView</name>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>У черзі з</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Станція</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Замовлення</translation>
    </message>
    <message>
        <source>Inserts</source>
        <translation>Вкладення</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Принтер</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Спроби</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Що пішло не так</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>очікує</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>надруковано</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>не вдалося</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>скасовано</translation>
    </message>
    <message>
        <source>Only jobs that have not printed</source>
        <translation>Лише завдання, які не надруковано</translation>
    </message>
    <message>
        <source>Print again  (Ctrl+R)</source>
        <translation>Надрукувати знову  (Ctrl+R)</translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation>Скасувати завдання</translation>
    </message>
    <message>
        <source>The print queue cannot be read: the database is unreachable ({error})</source>
        <translation>Не вдається прочитати чергу друку: база даних недоступна ({error})</translation>
    </message>
    <message>
        <source>{waiting} waiting, {failed} of them failed</source>
        <translation>очікує: {waiting}, з них не вдалося: {failed}</translation>
    </message>
    <message>
        <source>Nothing waiting</source>
        <translation>Нічого не очікує</translation>
    </message>
    <message>
        <source>Printing {count} again…</source>
        <translation>Друкую знову: {count}…</translation>
    </message>
</context>
<context>
    <name>PrintersPage</name>
    <message>
        <source>Thank-you note</source>
        <translation>Листівка-подяка</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Ваучер</translation>
    </message>
    <message>
        <source>Return label</source>
        <translation>Етикетка повернення</translation>
    </message>
    <message>
        <source>Packing slip</source>
        <translation>Пакувальний лист</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Пакети</translation>
    </message>
    <message>
        <source>none</source>
        <translation>жодного</translation>
    </message>
    <message>
        <source>A printer is folder:PATH, cups:QUEUE, raw:HOST:9100 (ZPL for a thermal printer) or qt:NAME. An empty cell uses the first row, then the print folder. Printers this computer knows: {known}</source>
        <translation>Принтер — це folder:ШЛЯХ, cups:ЧЕРГА, raw:HOST:9100 (ZPL для термопринтера) або qt:НАЗВА. Порожня клітинка бере перший рядок, потім теку друку. Принтери, відомі цьому комп&apos;ютеру: {known}</translation>
    </message>
    <message>
        <source>Save  (Ctrl+S)</source>
        <translation>Зберегти  (Ctrl+S)</translation>
    </message>
    <message>
        <source>a bench that has not started yet, e.g. Bench 4</source>
        <translation>станція, яка ще не запускалася, напр. Bench 4</translation>
    </message>
    <message>
        <source>Add a station</source>
        <translation>Додати станцію</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Станція</translation>
    </message>
    <message>
        <source>Every station</source>
        <translation>Усі станції</translation>
    </message>
    <message>
        <source>Not added: {station}</source>
        <translation>Не додано: {station}</translation>
    </message>
    <message>
        <source>{station} added: set its printers, then save</source>
        <translation>{station} додано: вкажіть її принтери й збережіть</translation>
    </message>
</context>
<context>
    <name>ProductNamesPage</name>
    <message>
        <source>Find a product by SKU or name</source>
        <translation>Знайти товар за SKU або назвою</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Shop&apos;s name</source>
        <translation>Назва в магазині</translation>
    </message>
    <message>
        <source>Named in</source>
        <translation>Назви мовами</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Save names  (Ctrl+S)</source>
        <translation>Зберегти назви  (Ctrl+S)</translation>
    </message>
    <message>
        <source>Names of {name} ({sku})</source>
        <translation>Назви товару {name} ({sku})</translation>
    </message>
    <message>
        <source>Choose a product to name it in the customers&apos; languages.</source>
        <translation>Виберіть товар, щоб дати йому назви мовами покупців.</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Save  (Ctrl+S)</source>
        <translation>Зберегти  (Ctrl+S)</translation>
    </message>
    <message>
        <source>{field}: not JSON ({error})</source>
        <translation>{field}: не JSON ({error})</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Не збережено: {reason}</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Не збережено: {reason}</translation>
    </message>
    <message>
        <source>Saved: {fields}</source>
        <translation>Збережено: {fields}</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>Нічого не змінено</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Shop name</source>
        <translation>Назва магазину</translation>
    </message>
    <message>
        <source>Voice (warm, playful, calm)</source>
        <translation>Тон (теплий, грайливий, спокійний)</translation>
    </message>
    <message>
        <source>Support e-mail</source>
        <translation>E-mail підтримки</translation>
    </message>
    <message>
        <source>Support phone</source>
        <translation>Телефон підтримки</translation>
    </message>
    <message>
        <source>Chat link</source>
        <translation>Посилання на чат</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Вебсайт</translation>
    </message>
    <message>
        <source>Main colour (#RRGGBB)</source>
        <translation>Основний колір (#RRGGBB)</translation>
    </message>
    <message>
        <source>Accent colour (#RRGGBB)</source>
        <translation>Акцентний колір (#RRGGBB)</translation>
    </message>
    <message>
        <source>Logo file</source>
        <translation>Файл логотипа</translation>
    </message>
    <message>
        <source>Return address (lines separated by |)</source>
        <translation>Адреса повернення (рядки через |)</translation>
    </message>
    <message>
        <source>The settings are for managers: scan your badge, type your PIN.</source>
        <translation>Налаштування — для керівників: скануйте бейдж, введіть PIN.</translation>
    </message>
    <message>
        <source>Shop &amp;&amp; brand</source>
        <translation>Магазин і бренд</translation>
    </message>
    <message>
        <source>Insert texts</source>
        <translation>Тексти вкладень</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Подальші повідомлення</translation>
    </message>
    <message>
        <source>Packaging</source>
        <translation>Пакування</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Товари</translation>
    </message>
    <message>
        <source>Staff &amp;&amp; badges</source>
        <translation>Персонал і бейджі</translation>
    </message>
    <message>
        <source>This station</source>
        <translation>Ця станція</translation>
    </message>
    <message>
        <source>send a test e-mail to…</source>
        <translation>надіслати тестовий e-mail на…</translation>
    </message>
    <message>
        <source>SMTP password for this test (not stored)</source>
        <translation>Пароль SMTP для цього тесту (не зберігається)</translation>
    </message>
    <message>
        <source>Send test e-mail</source>
        <translation>Надіслати тестовий e-mail</translation>
    </message>
    <message>
        <source>or a test text to +420…</source>
        <translation>або тестове SMS на +380…</translation>
    </message>
    <message>
        <source>Send test text</source>
        <translation>Надіслати тестове SMS</translation>
    </message>
    <message>
        <source>Sending to {recipient}…</source>
        <translation>Надсилаю на {recipient}…</translation>
    </message>
    <message>
        <source>Sending a text to {recipient}…</source>
        <translation>Надсилаю SMS на {recipient}…</translation>
    </message>
    <message>
        <source>Not sent: {error}</source>
        <translation>Не надіслано: {error}</translation>
    </message>
    <message>
        <source>Staff language of this station</source>
        <translation>Мова персоналу цієї станції</translation>
    </message>
    <message>
        <source>Save the language</source>
        <translation>Зберегти мову</translation>
    </message>
    <message>
        <source>The window speaks the chosen language from its next start.</source>
        <translation>Вікно говоритиме обраною мовою після наступного запуску.</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>Нічого не змінено</translation>
    </message>
    <message>
        <source>Saved: {language}. Start packstation again to use it.</source>
        <translation>Збережено: {language}. Запустіть packstation знову, щоб її застосувати.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Бейдж</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активний</translation>
    </message>
    <message>
        <source>Badge, e.g. P-1005</source>
        <translation>Бейдж, напр. P-1005</translation>
    </message>
    <message>
        <source>PIN (managers: 6 digits or more)</source>
        <translation>PIN (керівники: щонайменше 6 цифр)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Додати</translation>
    </message>
    <message>
        <source>Retire badge</source>
        <translation>Вивести бейдж</translation>
    </message>
    <message>
        <source>Unlock badge</source>
        <translation>Розблокувати бейдж</translation>
    </message>
    <message>
        <source>Badge cards (PDF)…</source>
        <translation>Картки-бейджі (PDF)…</translation>
    </message>
    <message>
        <source>packer</source>
        <translation>пакувальник</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>керівник</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>адміністратор</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>виведено</translation>
    </message>
    <message>
        <source>locked: too many wrong PINs</source>
        <translation>заблоковано: забагато неправильних PIN</translation>
    </message>
    <message>
        <source>Added {name} ({badge})</source>
        <translation>Додано {name} ({badge})</translation>
    </message>
    <message>
        <source>Not added: {reason}</source>
        <translation>Не додано: {reason}</translation>
    </message>
    <message>
        <source>Not retired: {reason}</source>
        <translation>Не виведено: {reason}</translation>
    </message>
    <message>
        <source>Unlocked {name} ({badge})</source>
        <translation>Розблоковано: {name} ({badge})</translation>
    </message>
    <message>
        <source>{name} ({badge}) was not locked</source>
        <translation>{name} ({badge}): бейдж не був заблокований</translation>
    </message>
    <message>
        <source>Not unlocked: {reason}</source>
        <translation>Не розблоковано: {reason}</translation>
    </message>
    <message>
        <source>Select the badges to unlock first</source>
        <translation>Спершу виберіть бейджі, які треба розблокувати</translation>
    </message>
    <message>
        <source>Badge cards</source>
        <translation>Картки-бейджі</translation>
    </message>
    <message>
        <source>Badge cards: {count}, in {file}</source>
        <translation>Карток-бейджів: {count}, у файлі {file}</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>Print: {inserts}</source>
        <translation>Друк: {inserts}</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>Unpaid</source>
        <translation>Не оплачено</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Packing</source>
        <translation>Пакується</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>Запаковано</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Відкладено</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Скасовано</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs_CZ">
<context>
    <name></name>
    <message>
        <source>missing item</source>
        <translation>chybí položka</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>poškozeno</translation>
    </message>
    <message>
        <source>address problem</source>
        <translation>problém s adresou</translation>
    </message>
    <message>
        <source>Reprinting the inserts of {order}</source>
        <translation>Znovu tisknu přílohy objednávky {order}</translation>
    </message>
    <message>
        <source>Reprinting the thank-you note of {order}</source>
        <translation>Znovu tisknu děkovný lístek objednávky {order}</translation>
    </message>
    <message>
        <source>Reprinting the voucher of {order}</source>
        <translation>Znovu tisknu slevový poukaz objednávky {order}</translation>
    </message>
    <message>
        <source>Reprinting the return label of {order}</source>
        <translation>Znovu tisknu štítek pro vrácení objednávky {order}</translation>
    </message>
    <message>
        <source>Reprinting the packing slip of {order}</source>
        <translation>Znovu tisknu dodací list objednávky {order}</translation>
    </message>
    <message>
        <source>{order} is not paid yet: do not pack it</source>
        <translation>{order} ještě není zaplacená: nebalit</translation>
    </message>
    <message>
        <source>{order} was cancelled: do not pack it</source>
        <translation>{order} byla zrušena: nebalit</translation>
    </message>
    <message>
        <source>{order} is already packed at {station} on {when:%Y-%m-%d %H:%M}</source>
        <translation>{order} je už zabalená na stanici {station}, {when:%Y-%m-%d %H:%M}</translation>
    </message>
    <message>
        <source>{order} is already packed</source>
        <translation>{order} je už zabalená</translation>
    </message>
    <message>
        <source>{order} is being packed elsewhere</source>
        <translation>{order} se balí jinde</translation>
    </message>
    <message>
        <source>{order} is being packed by {packer} at {station} since {since:%H:%M} — stale: a manager can take it over</source>
        <translation>{order} balí {packer} na stanici {station} od {since:%H:%M} — opuštěno: vedoucí ji může převzít</translation>
    </message>
    <message>
        <source>{order} is being packed by {packer} at {station} since {since:%H:%M}</source>
        <translation>{order} balí {packer} na stanici {station} od {since:%H:%M}</translation>
    </message>
    <message>
        <source>Sign in first</source>
        <translation>Nejdřív se přihlaste</translation>
    </message>
    <message>
        <source>{order} has no open session to take over</source>
        <translation>{order} nemá rozbalenou relaci k převzetí</translation>
    </message>
    <message>
        <source>{order} is still being packed at {station}: its lease runs until {until:%H:%M}</source>
        <translation>{order} se pořád balí na stanici {station}: rezervace platí do {until:%H:%M}</translation>
    </message>
    <message>
        <source>{order} taken over from the stale session (approved by {manager})</source>
        <translation>{order} převzata z opuštěné relace (schválil(a) {manager})</translation>
    </message>
    <message>
        <source>Held: {reason} ({packer}, {when:%d.%m. %H:%M}) — carried on where it stopped</source>
        <translation>Odloženo: {reason} ({packer}, {when:%d.%m. %H:%M}) — pokračuje se tam, kde se skončilo</translation>
    </message>
    <message>
        <source>Resumed {order} where it was: {done} of {total} items in</source>
        <translation>{order} pokračuje, kde skončila: zabaleno {done} z {total} kusů</translation>
    </message>
    <message>
        <source>Two codes in one scan: scan them one at a time</source>
        <translation>Dva kódy v jednom skenu: naskenujte je po jednom</translation>
    </message>
    <message>
        <source>Not a barcode: {length} characters at once (at most {most}) — scan again</source>
        <translation>To není čárový kód: {length} znaků najednou (nejvýš {most}) — naskenujte znovu</translation>
    </message>
    <message>
        <source>Database unreachable — {code} kept (scans waiting: {waiting}); retrying, carry on</source>
        <translation>Databáze je nedostupná — {code} uloženo (čekajících skenů: {waiting}); zkouším znovu, pokračujte</translation>
    </message>
    <message>
        <source>Database reachable again</source>
        <translation>Databáze je zase dostupná</translation>
    </message>
    <message>
        <source>Database back, kept scans sent — {message}</source>
        <translation>Databáze je zpět, uložené skeny odeslány — {message}</translation>
    </message>
    <message>
        <source>Nobody has the badge {badge!r}</source>
        <translation>Kartu {badge!r} nemá nikdo</translation>
    </message>
    <message>
        <source>{name}: a manager&apos;s badge needs the PIN too</source>
        <translation>{name}: karta vedoucího potřebuje i PIN</translation>
    </message>
    <message>
        <source>Hello {name} — scan an order</source>
        <translation>Ahoj {name} — naskenujte objednávku</translation>
    </message>
    <message>
        <source>Badge {badge!r} is not a manager&apos;s</source>
        <translation>Karta {badge!r} nepatří vedoucímu</translation>
    </message>
    <message>
        <source>Wrong PIN for {name}</source>
        <translation>Špatný PIN pro {name}</translation>
    </message>
    <message>
        <source>Empty scan</source>
        <translation>Prázdný sken</translation>
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
        <translation>přidejte případné obaly a naskenujte štítek dopravce (nebo COMPLETE)</translation>
    </message>
    <message>
        <source>add any packaging, then scan the next order (or COMPLETE)</source>
        <translation>přidejte případné obaly a naskenujte další objednávku (nebo COMPLETE)</translation>
    </message>
    <message>
        <source>add any packaging, then scan the carrier label or the next order</source>
        <translation>přidejte případné obaly a naskenujte štítek dopravce nebo další objednávku</translation>
    </message>
    <message>
        <source>add any packaging, then scan COMPLETE</source>
        <translation>přidejte případné obaly a naskenujte COMPLETE</translation>
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
        <translation>Skener poslal něco nečitelného ({code}): naskenujte znovu</translation>
    </message>
    <message>
        <source>Not held: carry on packing</source>
        <translation>Neodloženo: pokračujte v balení</translation>
    </message>
    <message>
        <source>Hold: scan the reason (missing item, damaged, address problem), or OK to carry on</source>
        <translation>Odložení: naskenujte důvod (chybí položka, poškozeno, problém s adresou), nebo OK pro pokračování</translation>
    </message>
    <message>
        <source>Acknowledge the error first: scan OK or press Enter</source>
        <translation>Nejdřív potvrďte chybu: naskenujte OK nebo stiskněte Enter</translation>
    </message>
    <message>
        <source>Scan a hold reason from the bench sheet (or CANCEL)</source>
        <translation>Naskenujte důvod odložení z listu u stolu (nebo CANCEL)</translation>
    </message>
    <message>
        <source>No order {code}: scan an order number or a packing slip</source>
        <translation>Objednávka {code} neexistuje: naskenujte číslo objednávky nebo dodací list</translation>
    </message>
    <message>
        <source>Too many: {item} — the order has {quantity}</source>
        <translation>Příliš mnoho: {item} — objednávka má {quantity}</translation>
    </message>
    <message>
        <source>{item} {scanned}/{quantity}</source>
        <translation>{item} {scanned}/{quantity}</translation>
    </message>
    <message>
        <source>Sample added: {item}</source>
        <translation>Přidán vzorek: {item}</translation>
    </message>
    <message>
        <source>Wrong item: {item} is not in {order}</source>
        <translation>Špatné zboží: {item} není v objednávce {order}</translation>
    </message>
    <message>
        <source>Finish, hold or cancel {order} before opening another order</source>
        <translation>Než otevřete jinou objednávku, dokončete, odložte nebo zrušte {order}</translation>
    </message>
    <message>
        <source>Tracking {code} ({carrier})</source>
        <translation>Sledování {code} ({carrier})</translation>
    </message>
    <message>
        <source>Not signed in: {reason}</source>
        <translation>Nepřihlášeno: {reason}</translation>
    </message>
    <message>
        <source>Not approved: {reason}</source>
        <translation>Neschváleno: {reason}</translation>
    </message>
    <message>
        <source>Unknown code {code}</source>
        <translation>Neznámý kód {code}</translation>
    </message>
    <message>
        <source>Packaging: {packaging} — parcel plastic-free, {recycled}% recycled</source>
        <translation>Obal: {packaging} — zásilka bez plastu, {recycled} % recyklovaného materiálu</translation>
    </message>
    <message>
        <source>Packaging: {packaging} — parcel contains plastic, {recycled}% recycled</source>
        <translation>Obal: {packaging} — zásilka obsahuje plast, {recycled} % recyklovaného materiálu</translation>
    </message>
    <message>
        <source>{message} — all items in: scan the packaging</source>
        <translation>{message} — vše uvnitř: naskenujte obal</translation>
    </message>
    <message>
        <source>{message} — read the note, then scan OK</source>
        <translation>{message} — přečtěte poznámku a naskenujte OK</translation>
    </message>
    <message>
        <source>Error acknowledged</source>
        <translation>Chyba potvrzena</translation>
    </message>
    <message>
        <source>Note acknowledged</source>
        <translation>Poznámka potvrzena</translation>
    </message>
    <message>
        <source>Nothing to acknowledge</source>
        <translation>Není co potvrdit</translation>
    </message>
    <message>
        <source>{code}: open an order first</source>
        <translation>{code}: nejdřív otevřete objednávku</translation>
    </message>
    <message>
        <source>{order} put back on the list</source>
        <translation>{order} vrácena do seznamu</translation>
    </message>
    <message>
        <source>Short ship needs a manager: badge and PIN</source>
        <translation>Neúplná zásilka potřebuje vedoucího: kartu a PIN</translation>
    </message>
    <message>
        <source>{code}: open or pack an order first</source>
        <translation>{code}: nejdřív otevřete nebo zabalte objednávku</translation>
    </message>
    <message>
        <source>{item} ({count} missing)</source>
        <translation>{item} (chybí {count})</translation>
    </message>
    <message>
        <source>Not complete: {missing}</source>
        <translation>Nekompletní: {missing}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Read the order&apos;s note and scan OK first</source>
        <translation>Nejdřív si přečtěte poznámku k objednávce a naskenujte OK</translation>
    </message>
    <message>
        <source>Scan the packaging first</source>
        <translation>Nejdřív naskenujte obal</translation>
    </message>
    <message>
        <source>{order} packed — well done</source>
        <translation>{order} zabalena — výborně</translation>
    </message>
    <message>
        <source>{message} (follow-ups not queued yet: {problem})</source>
        <translation>{message} (navazující zprávy zatím nejsou ve frontě: {problem})</translation>
    </message>
    <message>
        <source>No order is open</source>
        <translation>Žádná objednávka není otevřená</translation>
    </message>
    <message>
        <source>{order} held: {reason}</source>
        <translation>{order} odložena: {reason}</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Není co vrátit</translation>
    </message>
    <message>
        <source>Undone: {item} — now {scanned}/{quantity}</source>
        <translation>Vráceno zpět: {item} — nyní {scanned}/{quantity}</translation>
    </message>
    <message>
        <source>Undone: packaging {packaging} — {left} left in the parcel</source>
        <translation>Vráceno zpět: obal {packaging} — zbývá v zásilce: {left}</translation>
    </message>
    <message>
        <source>Undone: tracking number {code}</source>
        <translation>Vráceno zpět: sledovací číslo {code}</translation>
    </message>
    <message>
        <source>Undone: sample {code}</source>
        <translation>Vráceno zpět: vzorek {code}</translation>
    </message>
    <message>
        <source>{grams} g is not a parcel&apos;s weight (1 g to 70 kg)</source>
        <extracomment>what a parcel may weigh, in grams: the bench&apos;s and the command line&apos;s --weight alike</extracomment>
        <translation>{grams} g není hmotnost zásilky (1 g až 70 kg)</translation>
    </message>
    <message>
        <source>Weight {kilograms:.2f} kg</source>
        <translation>Hmotnost {kilograms:.2f} kg</translation>
    </message>
    <message>
        <source>{message} — scan OK or press Enter</source>
        <translation>{message} — naskenujte OK nebo stiskněte Enter</translation>
    </message>
    <message>
        <source>thank-you note</source>
        <extracomment>what the bench calls each insert kind when it speaks of one (a refusal, the preprinted list)</extracomment>
        <translation>děkovný lístek</translation>
    </message>
    <message>
        <source>voucher</source>
        <translation>slevový poukaz</translation>
    </message>
    <message>
        <source>return label</source>
        <translation>štítek pro vrácení</translation>
    </message>
    <message>
        <source>packing slip</source>
        <translation>dodací list</translation>
    </message>
    <message>
        <source>{order} for {name} — items: {count}</source>
        <translation>{order} pro {name} — kusů: {count}</translation>
    </message>
    <message>
        <source>GIFT: no prices in the parcel</source>
        <translation>DÁREK: v balíku žádné ceny</translation>
    </message>
    <message>
        <source>read the NOTE and scan OK</source>
        <translation>přečtěte POZNÁMKU a naskenujte OK</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>pre-printed {inserts}: put them in</source>
        <translation>předtištěno: {inserts} — vložte do balíku</translation>
    </message>
    <message>
        <source>Vouchers &amp; returns</source>
        <translation>Poukazy a vrácení</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Doručení</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Odesílání</translation>
    </message>
    <message>
        <source>Printers</source>
        <translation>Tiskárny</translation>
    </message>
    <message>
        <source>Voucher code prefix</source>
        <translation>Předpona kódu poukazu</translation>
    </message>
    <message>
        <source>The letters every voucher code starts with, as in VA-K7QM-3XPA-R.</source>
        <translation>Písmena, kterými začíná každý kód poukazu, jako ve VA-K7QM-3XPA-R.</translation>
    </message>
    <message>
        <source>Percent off</source>
        <translation>Sleva v procentech</translation>
    </message>
    <message>
        <source>The voucher&apos;s discount in percent; 0 gives the amount off per currency instead.</source>
        <translation>Sleva poukazu v procentech; 0 místo toho dá slevu v částce podle měny.</translation>
    </message>
    <message>
        <source>Amount off per currency, when percent is 0 (JSON)</source>
        <translation>Sleva v částce podle měny, když je procento 0 (JSON)</translation>
    </message>
    <message>
        <source>Currency and amount, like {example}; used only while the percent off is 0.</source>
        <translation>Měna a částka, například {example}; platí, jen když je sleva v procentech 0.</translation>
    </message>
    <message>
        <source>Minimum spend per currency (JSON)</source>
        <translation>Minimální nákup podle měny (JSON)</translation>
    </message>
    <message>
        <source>The order value a voucher needs, per currency; empty for the shipped amounts.</source>
        <translation>Hodnota objednávky, kterou poukaz vyžaduje, podle měny; prázdné pole znamená výchozí částky.</translation>
    </message>
    <message>
        <source>Valid for (days)</source>
        <translation>Platnost (dny)</translation>
    </message>
    <message>
        <source>Days from packing until the voucher in the parcel expires.</source>
        <translation>Počet dní od zabalení, než poukaz v zásilce vyprší.</translation>
    </message>
    <message>
        <source>Redeem link (with {code})</source>
        <translation>Odkaz k uplatnění (s {code})</translation>
    </message>
    <message>
        <source>The shop&apos;s link that applies the voucher; {code} becomes the voucher code.</source>
        <translation>Odkaz obchodu, který uplatní poukaz; místo {code} se dosadí kód poukazu.</translation>
    </message>
    <message>
        <source>RMA prefix</source>
        <translation>Předpona RMA</translation>
    </message>
    <message>
        <source>The letters every return number starts with.</source>
        <translation>Písmena, kterými začíná každé číslo vrácení.</translation>
    </message>
    <message>
        <source>Return window (days from delivery)</source>
        <translation>Lhůta pro vrácení (dny od doručení)</translation>
    </message>
    <message>
        <source>How long the customer may send the parcel back; printed on the return label.</source>
        <translation>Jak dlouho může zákazník zásilku vrátit; tiskne se na štítek pro vrácení.</translation>
    </message>
    <message>
        <source>Returns portal link (with {rma})</source>
        <translation>Odkaz na portál vrácení (s {rma})</translation>
    </message>
    <message>
        <source>Printed on the return label; {rma} becomes the return number.</source>
        <translation>Tiskne se na štítek pro vrácení; místo {rma} se dosadí číslo vrácení.</translation>
    </message>
    <message>
        <source>Working days in transit, by shipping method (JSON)</source>
        <translation>Pracovní dny na cestě podle způsobu dopravy (JSON)</translation>
    </message>
    <message>
        <source>A word of the shipping method and its working days to the door; {default} for every other method. The estimated delivery is counted from these.</source>
        <translation>Slovo ze způsobu dopravy a počet pracovních dnů k zákazníkovi; {default} pro všechny ostatní způsoby. Z nich se počítá předpokládané doručení.</translation>
    </message>
    <message>
        <source>Days when no parcel moves (JSON list of dates)</source>
        <translation>Dny, kdy se zásilky nepřepravují (JSON seznam dat)</translation>
    </message>
    <message>
        <source>Dates like {example}, left out when the working days in transit are counted.</source>
        <translation>Data jako {example}; při počítání pracovních dnů na cestě se vynechávají.</translation>
    </message>
    <message>
        <source>Tracking link per carrier (JSON, with {number})</source>
        <translation>Odkaz na sledování podle dopravce (JSON, s {number})</translation>
    </message>
    <message>
        <source>Every carrier packstation knows already links its own tracking page. Set one here only to use another page: the carrier as your shop writes it and the link; {number} becomes the parcel&apos;s tracking number.</source>
        <translation>Každý dopravce, kterého packstation zná, už odkazuje na svou stránku sledování. Zde odkaz nastavte, jen pokud chcete jinou stránku: dopravce tak, jak ho píše váš obchod, a odkaz; místo {number} se dosadí sledovací číslo zásilky.</translation>
    </message>
    <message>
        <source>SMTP server (smtp://user@host:587?starttls=1)</source>
        <translation>Server SMTP (smtp://user@host:587?starttls=1)</translation>
    </message>
    <message>
        <source>Where the follow-up e-mails are sent through. Its password is never stored here: it goes in {variable} or the OS keyring.</source>
        <translation>Server, přes který odcházejí navazující e-maily. Jeho heslo se sem nikdy neukládá: patří do {variable} nebo do klíčenky systému.</translation>
    </message>
    <message>
        <source>SMS webhook</source>
        <translation>Webhook pro SMS</translation>
    </message>
    <message>
        <source>Each text message is posted here; while it is empty no texts are queued. Its token is never stored here: it goes in {variable} or the OS keyring.</source>
        <translation>Sem se posílá každá SMS; dokud je pole prázdné, žádné SMS se nezařazují. Jeho token se sem nikdy neukládá: patří do {variable} nebo do klíčenky systému.</translation>
    </message>
    <message>
        <source>No texts between (21:00-08:00)</source>
        <translation>Žádné SMS mezi (21:00-08:00)</translation>
    </message>
    <message>
        <source>In the recipient&apos;s own time zone; a text due then waits until the morning.</source>
        <translation>V časovém pásmu příjemce; SMS, která by připadla na tuto dobu, počká do rána.</translation>
    </message>
    <message>
        <source>Hours between marketing messages</source>
        <translation>Hodiny mezi marketingovými zprávami</translation>
    </message>
    <message>
        <source>A customer gets no more than one marketing message in this many hours.</source>
        <translation>Zákazník dostane za tolik hodin nejvýš jednu marketingovou zprávu.</translation>
    </message>
    <message>
        <source>Review link (with {order})</source>
        <translation>Odkaz na recenzi (s {order})</translation>
    </message>
    <message>
        <source>The review request links here; {order} becomes the order number.</source>
        <translation>Sem vede odkaz v žádosti o recenzi; místo {order} se dosadí číslo objednávky.</translation>
    </message>
    <message>
        <source>Unsubscribe link (with {token})</source>
        <translation>Odkaz na odhlášení (s {token})</translation>
    </message>
    <message>
        <source>In every marketing message; {token} becomes the customer&apos;s own random link token, which the shop&apos;s unsubscribe page hands to `packstation unsubscribe`.</source>
        <translation>V každé marketingové zprávě; místo {token} se dosadí náhodný klíč odkazu, který má každý zákazník svůj. Stránka obchodu pro odhlášení ho předá příkazu `packstation unsubscribe`.</translation>
    </message>
    <message>
        <source>Referral link (with {token})</source>
        <translation>Odkaz pro doporučení (s {token})</translation>
    </message>
    <message>
        <source>In the referral invitation; {token} becomes the customer&apos;s own random link token.</source>
        <translation>V pozvánce k doporučení; místo {token} se dosadí náhodný klíč odkazu, který má každý zákazník svůj.</translation>
    </message>
    <message>
        <source>Referral invitation from order</source>
        <translation>Pozvánka k doporučení od objednávky</translation>
    </message>
    <message>
        <source>A customer is invited to refer friends from this order of theirs on.</source>
        <translation>Zákazník dostane pozvánku k doporučení přátel od této své objednávky dál.</translation>
    </message>
    <message>
        <source>the tracking scan or the next order</source>
        <translation>sken sledovacího čísla nebo další objednávka</translation>
    </message>
    <message>
        <source>the carrier label&apos;s tracking scan</source>
        <translation>sken sledovacího čísla ze štítku dopravce</translation>
    </message>
    <message>
        <source>the next order&apos;s scan</source>
        <translation>sken další objednávky</translation>
    </message>
    <message>
        <source>COMPLETE only (F9)</source>
        <translation>jen COMPLETE (F9)</translation>
    </message>
    <message>
        <source>A ready parcel closes on</source>
        <translation>Hotovou zásilku uzavře</translation>
    </message>
    <message>
        <source>Besides COMPLETE (F9), what closes a parcel whose items and packaging are all in. Never the first packaging scan.</source>
        <translation>Co kromě COMPLETE (F9) uzavře zásilku, ve které jsou už všechny položky i obaly. Nikdy to není první sken obalu.</translation>
    </message>
    <message>
        <source>Packaging must be scanned</source>
        <translation>Obal se musí naskenovat</translation>
    </message>
    <message>
        <source>An order cannot be completed before its packaging is scanned.</source>
        <translation>Objednávku nelze dokončit, dokud se nenaskenuje její obal.</translation>
    </message>
    <message>
        <source>Printer for each station and insert</source>
        <translation>Tiskárna pro každou stanici a přílohu</translation>
    </message>
    <message>
        <source>Which printer each station uses for each insert and for batches; the first row is every station&apos;s default.</source>
        <translation>Kterou tiskárnu každá stanice používá pro jednotlivé přílohy a pro dávky; první řádek platí pro všechny stanice.</translation>
    </message>
    <message>
        <source>A6, one per page</source>
        <translation>A6, jedna na stránku</translation>
    </message>
    <message>
        <source>A4, four-up with cut marks</source>
        <translation>A4, čtyři na list se značkami pro řez</translation>
    </message>
    <message>
        <source>US Letter, four-up</source>
        <translation>US Letter, čtyři na list</translation>
    </message>
    <message>
        <source>4×6 inch label</source>
        <translation>štítek 4×6 palců</translation>
    </message>
    <message>
        <source>Page format at the bench</source>
        <translation>Formát stránky u stolu</translation>
    </message>
    <message>
        <source>The page the inserts are printed on when an order is packed.</source>
        <translation>Stránka, na kterou se tisknou přílohy při zabalení objednávky.</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minutu</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n sekundu</numerusform>
            <numerusform>%n sekundy</numerusform>
            <numerusform>%n sekund</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n hodinu</numerusform>
            <numerusform>%n hodiny</numerusform>
            <numerusform>%n hodin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minutu</numerusform>
            <numerusform>%n minuty</numerusform>
            <numerusform>%n minut</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}&apos;s badge is locked after {count} wrong PINs: a manager or admin must unlock it (Settings › Staff &amp; badges, or {command})</source>
        <translation>{name} má kartu zamčenou po {count} špatných PINech: odemknout ji musí vedoucí nebo správce (Nastavení › Zaměstnanci a karty nebo {command})</translation>
    </message>
    <message>
        <source>too many wrong PINs for {name}: try again in {wait}</source>
        <translation>příliš mnoho špatných PINů pro {name}: zkuste to znovu za {wait}</translation>
    </message>
    <message>
        <source>too many wrong PINs at {station}: try again in {wait}</source>
        <translation>příliš mnoho špatných PINů na stanici {station}: zkuste to znovu za {wait}</translation>
    </message>
    <message>
        <source>wrong PIN for {name}, {count} in a row: the badge is locked until a manager or admin unlocks it (Settings › Staff &amp; badges, or {command})</source>
        <translation>špatný PIN pro {name}, {count}× za sebou: karta je zamčená, dokud ji neodemkne vedoucí nebo správce (Nastavení › Zaměstnanci a karty nebo {command})</translation>
    </message>
    <message>
        <source>wrong PIN for {name}; too many wrong PINs at {station}: try again in {wait}</source>
        <translation>špatný PIN pro {name}; příliš mnoho špatných PINů na stanici {station}: zkuste to znovu za {wait}</translation>
    </message>
    <message>
        <source>wrong PIN for {name}, {count} in a row: try again in {wait}</source>
        <translation>špatný PIN pro {name}, {count}× za sebou: zkuste to znovu za {wait}</translation>
    </message>
    <message>
        <source>wrong PIN for {name}</source>
        <translation>špatný PIN pro {name}</translation>
    </message>
    <message>
        <source>{what} is not set — {window}, or `packstation setup {flags}`</source>
        <extracomment>{what} is what is missing (&quot;the shop&apos;s name&quot;), {window} where it is set, {flags} the command&apos;s options</extracomment>
        <translation>Chybí {what} — {window}, nebo `packstation setup {flags}`</translation>
    </message>
    <message>
        <source>Settings › Shop &amp; brand</source>
        <translation>Nastavení › Obchod a značka</translation>
    </message>
    <message>
        <source>Settings › Vouchers &amp; returns</source>
        <translation>Nastavení › Poukazy a vrácení</translation>
    </message>
    <message>
        <source>Settings › Sending</source>
        <translation>Nastavení › Odesílání</translation>
    </message>
    <message>
        <source>every message</source>
        <translation>všechny zprávy</translation>
    </message>
    <message>
        <source>the shop&apos;s name</source>
        <translation>název obchodu</translation>
    </message>
    <message>
        <source>the support e-mail</source>
        <translation>e-mail zákaznické podpory</translation>
    </message>
    <message>
        <source>the return address</source>
        <translation>adresa pro vrácení</translation>
    </message>
    <message>
        <source>the link where a voucher is redeemed</source>
        <translation>odkaz na uplatnění poukazu</translation>
    </message>
    <message>
        <source>the link of the returns page</source>
        <translation>odkaz na stránku vrácení</translation>
    </message>
    <message>
        <source>the link where a customer writes a review</source>
        <translation>odkaz na napsání recenze</translation>
    </message>
    <message>
        <source>review request</source>
        <translation>žádost o recenzi</translation>
    </message>
    <message>
        <source>the unsubscribe link</source>
        <translation>odkaz pro odhlášení</translation>
    </message>
    <message>
        <source>every marketing message</source>
        <translation>všechny marketingové zprávy</translation>
    </message>
    <message>
        <source>the referral link</source>
        <translation>doporučovací odkaz</translation>
    </message>
    <message>
        <source>loyalty invitation</source>
        <translation>pozvánka pro věrné zákazníky</translation>
    </message>
</context>
<context>
    <name>BatchView</name>
    <message>
        <source>Thank-you note</source>
        <translation>Děkovný lístek</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Slevový poukaz</translation>
    </message>
    <message>
        <source>Return label</source>
        <translation>Štítek pro vrácení</translation>
    </message>
    <message>
        <source>Packing slip</source>
        <translation>Dodací list</translation>
    </message>
    <message>
        <source>Ready, not yet packed</source>
        <translation>Připravené, ještě nezabalené</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nové</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Odložené</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>Zabalené</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jakýkoli stav</translation>
    </message>
    <message>
        <source>from YYYY-MM-DD</source>
        <translation>od RRRR-MM-DD</translation>
    </message>
    <message>
        <source>to YYYY-MM-DD</source>
        <translation>do RRRR-MM-DD</translation>
    </message>
    <message>
        <source>part of the shipping method</source>
        <translation>část názvu způsobu dopravy</translation>
    </message>
    <message>
        <source>an order tag</source>
        <translation>štítek objednávky</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Jakýkoli jazyk</translation>
    </message>
    <message>
        <source>Only orders not yet pre-printed</source>
        <translation>Jen objednávky, které ještě nemají předtisk</translation>
    </message>
    <message>
        <source>Or scan order numbers here, one per line</source>
        <translation>Nebo sem naskenujte čísla objednávek, jedno na řádek</translation>
    </message>
    <message>
        <source>A6, one per page</source>
        <translation>A6, jedna na stránku</translation>
    </message>
    <message>
        <source>A4, four-up with cut marks</source>
        <translation>A4, čtyři na list se značkami pro řez</translation>
    </message>
    <message>
        <source>US Letter, four-up</source>
        <translation>US Letter, čtyři na list</translation>
    </message>
    <message>
        <source>4×6 inch label</source>
        <translation>štítek 4×6 palců</translation>
    </message>
    <message>
        <source>Each order&apos;s inserts together</source>
        <translation>Přílohy každé objednávky pohromadě</translation>
    </message>
    <message>
        <source>By kind: all notes, then all vouchers…</source>
        <translation>Podle druhu: všechny lístky, pak všechny poukazy…</translation>
    </message>
    <message>
        <source>The day these parcels are packed: the notes say it, and the vouchers and return windows count from it</source>
        <translation>Den, kdy se tyto zásilky balí: uvádějí ho lístky s poděkováním a od něj se počítá platnost poukazů i lhůty pro vrácení</translation>
    </message>
    <message>
        <source>Render  (Ctrl+R)</source>
        <translation>Vytvořit  (Ctrl+R)</translation>
    </message>
    <message>
        <source>Cancel  (Esc)</source>
        <translation>Zrušit  (Esc)</translation>
    </message>
    <message>
        <source>Save as…  (Ctrl+S)</source>
        <translation>Uložit jako…  (Ctrl+S)</translation>
    </message>
    <message>
        <source>Print  (Ctrl+P)</source>
        <translation>Tisk  (Ctrl+P)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Objednáno</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Doprava</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Štítek</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Jazyk</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Objednávky</translation>
    </message>
    <message>
        <source>Inserts</source>
        <translation>Přílohy</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Rozvržení</translation>
    </message>
    <message>
        <source>Collate</source>
        <translation>Řazení</translation>
    </message>
    <message>
        <source>Packing day</source>
        <translation>Den balení</translation>
    </message>
    <message>
        <source>from</source>
        <translation>od</translation>
    </message>
    <message>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <source>The &apos;{field}&apos; date {text} is not a date like 2026-11-25</source>
        <translation>Datum „{field}“ {text} není datum ve tvaru 2026-11-25</translation>
    </message>
    <message>
        <source>{orders} orders × {kinds} inserts = {pages} pages</source>
        <translation>objednávky: {orders} × přílohy: {kinds} = stránky: {pages}</translation>
    </message>
    <message>
        <source>Choose at least one insert</source>
        <translation>Vyberte aspoň jednu přílohu</translation>
    </message>
    <message>
        <source>Packing day {day} has passed: it is {today} now — check the day and render again</source>
        <translation>Den balení {day} už minul: dnes je {today} — zkontrolujte den a vytvořte dávku znovu</translation>
    </message>
    <message>
        <source>{done} / {total} orders, {left} s left</source>
        <translation>{done} / {total} objednávek, zbývá {left} s</translation>
    </message>
    <message>
        <source>{done} / {total} orders</source>
        <translation>{done} / {total} objednávek</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Spouštím…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Ruším…</translation>
    </message>
    <message>
        <source>Batch {batch} for {day}: {inserts} inserts on {pages} pages — {file}</source>
        <translation>Dávka {batch} na {day}: příloh {inserts} na {pages} stránkách — {file}</translation>
    </message>
    <message>
        <source>Not rendered: {error}</source>
        <translation>Nevytvořeno: {error}</translation>
    </message>
    <message>
        <source>Cancelled: no file was written, and orders not reached got no codes</source>
        <translation>Zrušeno: žádný soubor nevznikl a objednávky, na které nedošlo, nedostaly kódy</translation>
    </message>
    <message>
        <source>Save the batch</source>
        <translation>Uložit dávku</translation>
    </message>
    <message>
        <source>Saved as {file}</source>
        <translation>Uloženo jako {file}</translation>
    </message>
    <message>
        <source>Printing on {printer}…</source>
        <translation>Tisknu na {printer}…</translation>
    </message>
    <message>
        <source>Printing failed — {error} (kept in the print queue)</source>
        <translation>Tisk selhal — {error} (zůstává v tiskové frontě)</translation>
    </message>
    <message>
        <source>Printed on {printer}</source>
        <translation>Vytištěno na {printer}</translation>
    </message>
    <message>
        <source>Not printed: {error}</source>
        <translation>Nevytištěno: {error}</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up your shop</source>
        <translation>Nastavte si obchod</translation>
    </message>
    <message>
        <source>Who looks after the shop</source>
        <translation>Kdo se o obchod stará</translation>
    </message>
    <message>
        <source>This shop has no staff yet. You become its first admin: you sign in with this badge and PIN to change the settings and add packers.</source>
        <translation>Obchod zatím nemá žádné zaměstnance. Stanete se jeho prvním správcem: touto kartou a PINem se budete přihlašovat, abyste mohli měnit nastavení a přidávat baliče.</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Vaše jméno:</translation>
    </message>
    <message>
        <source>Your badge:</source>
        <translation>Vaše karta:</translation>
    </message>
    <message>
        <source>scan it, or type e.g. A-0001</source>
        <translation>naskenujte ji nebo napište, např. A-0001</translation>
    </message>
    <message>
        <source>PIN (at least 6 digits):</source>
        <translation>PIN (aspoň 6 číslic):</translation>
    </message>
    <message>
        <source>The same PIN again:</source>
        <translation>PIN ještě jednou:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Přihlášení</translation>
    </message>
    <message>
        <source>Setting up the shop needs a manager&apos;s badge and PIN.</source>
        <translation>Nastavení obchodu vyžaduje kartu vedoucího a PIN.</translation>
    </message>
    <message>
        <source>Manager badge:</source>
        <translation>Karta vedoucího:</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <source>Your shop</source>
        <translation>Váš obchod</translation>
    </message>
    <message>
        <source>What every insert and message is signed with.</source>
        <translation>Těmito údaji je podepsaná každá příloha i zpráva.</translation>
    </message>
    <message>
        <source>Shop name:</source>
        <translation>Název obchodu:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Web:</translation>
    </message>
    <message>
        <source>The shop runs on Shopify</source>
        <translation>Obchod běží na Shopify</translation>
    </message>
    <message>
        <source>Support e-mail:</source>
        <translation>E-mail podpory:</translation>
    </message>
    <message>
        <source>Support phone:</source>
        <translation>Telefon podpory:</translation>
    </message>
    <message>
        <source>a PNG or JPEG file</source>
        <translation>soubor PNG nebo JPEG</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Vybrat…</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>Main colour:</source>
        <translation>Hlavní barva:</translation>
    </message>
    <message>
        <source>Accent colour:</source>
        <translation>Doplňková barva:</translation>
    </message>
    <message>
        <source>Where returns go</source>
        <translation>Kam chodí vrácené zásilky</translation>
    </message>
    <message>
        <source>Printed on every return label, as the address.</source>
        <translation>Tiskne se jako adresa na každý štítek pro vrácení.</translation>
    </message>
    <message>
        <source>Name or company:</source>
        <translation>Jméno nebo firma:</translation>
    </message>
    <message>
        <source>Street:</source>
        <translation>Ulice:</translation>
    </message>
    <message>
        <source>Postcode:</source>
        <translation>PSČ:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Město:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Země:</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Odkazy</translation>
    </message>
    <message>
        <source>Where the voucher&apos;s QR code, the return label and the follow-up messages send your customers.</source>
        <translation>Kam vaše zákazníky přivedou QR kód na poukazu, štítek pro vrácení a navazující zprávy.</translation>
    </message>
    <message>
        <source>Redeem a voucher:</source>
        <translation>Uplatnění poukazu:</translation>
    </message>
    <message>
        <source>Returns page:</source>
        <translation>Stránka pro vrácení:</translation>
    </message>
    <message>
        <source>Write a review:</source>
        <translation>Napsat recenzi:</translation>
    </message>
    <message>
        <source>Unsubscribe:</source>
        <translation>Odhlášení odběru:</translation>
    </message>
    <message>
        <source>Referral:</source>
        <translation>Doporučení:</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Hotovo</translation>
    </message>
    <message>
        <source>Your logo</source>
        <translation>Vaše logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Obrázky (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Filled in from your website: Shopify redeems a code at /discount/CODE. Check it.</source>
        <translation>Doplněno podle vašeho webu: Shopify uplatňuje kódy na adrese /discount/KÓD. Zkontrolujte to.</translation>
    </message>
    <message>
        <source>Not stored: {reason}</source>
        <translation>Neuloženo: {reason}</translation>
    </message>
    <message>
        <source>the two PINs differ</source>
        <translation>PINy se neshodují</translation>
    </message>
    <message>
        <source>The packaging catalogue is empty: before the first parcel, add your boxes and fillers in Settings (F11) › Packaging — the bench asks for each parcel&apos;s packaging.</source>
        <translation>Katalog obalů je prázdný: než zabalíte první balík, přidejte své krabice a výplně v Nastavení (F11) › Obaly — u balicího stolu se ke každému balíku zadává jeho obal.</translation>
    </message>
    <message>
        <source>Everything the inserts and messages need is set. Import your orders (File › Import) and scan the first one at the Pack screen.</source>
        <translation>Vše, co přílohy a zprávy potřebují, je nastavené. Naimportujte objednávky (Soubor › Importovat) a první z nich naskenujte na obrazovce Balení.</translation>
    </message>
    <message>
        <source>Stored. Still to set, in Settings (F11) — until then these are not printed or sent:</source>
        <translation>Uloženo. V Nastavení (F11) ještě zbývá doplnit — do té doby se tohle nebude tisknout ani posílat:</translation>
    </message>
</context>
<context>
    <name>FollowUpRulesPage</name>
    <message>
        <source>packing</source>
        <translation>zabalení</translation>
    </message>
    <message>
        <source>expected delivery</source>
        <translation>očekávané doručení</translation>
    </message>
    <message>
        <source>the voucher&apos;s expiry</source>
        <translation>konec platnosti poukazu</translation>
    </message>
    <message>
        <source>running out</source>
        <translation>dojde zboží</translation>
    </message>
    <message>
        <source>the first order&apos;s anniversary</source>
        <translation>výročí první objednávky</translation>
    </message>
    <message>
        <source>the customer&apos;s birthday</source>
        <translation>narozeniny zákazníka</translation>
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
        <translation>Navazující zpráva</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Zapnuto</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dny</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Posláno jako</translation>
    </message>
    <message>
        <source>Given up after (days)</source>
        <translation>Vzdát po (dnech)</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Pokusy</translation>
    </message>
    <message>
        <source>Only when (e.g. !is_gift, language=cs)</source>
        <translation>Jen když (např. !is_gift, language=cs)</translation>
    </message>
    <message>
        <source>Days count from the moment under After (a minus: that many days before it). Marketing follow-ups go only to customers who agreed to them.</source>
        <translation>Dny se počítají od okamžiku ve sloupci Od (s minusem: tolik dní před ním). Marketingové zprávy dostanou jen zákazníci, kteří s nimi souhlasili.</translation>
    </message>
    <message>
        <source>Save  (Ctrl+S)</source>
        <translation>Uložit  (Ctrl+S)</translation>
    </message>
    <message>
        <source>Back to the shipped rules</source>
        <translation>Zpět na výchozí pravidla</translation>
    </message>
    <message>
        <source>marketing</source>
        <translation>marketing</translation>
    </message>
    <message>
        <source>service</source>
        <translation>služba</translation>
    </message>
    <message>
        <source>{rule} on</source>
        <translation>{rule} zapnuto</translation>
    </message>
    <message>
        <source>Saved: the next parcels packed follow these rules</source>
        <translation>Uloženo: další zabalené balíky se budou řídit těmito pravidly</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>Nic se nezměnilo</translation>
    </message>
</context>
<context>
    <name>InsertTextsPage</name>
    <message>
        <source>Thank-you note</source>
        <translation>Děkovný lístek</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Slevový poukaz</translation>
    </message>
    <message>
        <source>Return label</source>
        <translation>Štítek pro vrácení</translation>
    </message>
    <message>
        <source>Packing slip</source>
        <translation>Dodací list</translation>
    </message>
    <message>
        <source>Save  (Ctrl+S)</source>
        <translation>Uložit  (Ctrl+S)</translation>
    </message>
    <message>
        <source>Back to the shipped text</source>
        <translation>Zpět na výchozí text</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Příloha</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Jazyk</translation>
    </message>
    <message>
        <source>The shop&apos;s own text</source>
        <translation>Vlastní text obchodu</translation>
    </message>
    <message>
        <source>The shipped text</source>
        <translation>Výchozí text</translation>
    </message>
    <message>
        <source>Not right yet — the preview shows the text in use: {problem}</source>
        <translation>Ještě to není v pořádku — náhled ukazuje používaný text: {problem}</translation>
    </message>
    <message>
        <source>The preview could not be drawn: {error}</source>
        <translation>Náhled se nepodařilo vykreslit: {error}</translation>
    </message>
    <message>
        <source>Checking the text against every kind of parcel…</source>
        <translation>Kontroluji text u všech druhů zásilek…</translation>
    </message>
    <message>
        <source>Saved: every station prints it from now on</source>
        <translation>Uloženo: od teď ho tisknou všechny stanice</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>Nic se nezměnilo</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pack  (F1)</source>
        <extracomment>the smallest bench monitor packstation is laid out for: every screen stays usable at this size</extracomment>
        <translation>Balení  (F1)</translation>
    </message>
    <message>
        <source>Orders  (F2)</source>
        <translation>Objednávky  (F2)</translation>
    </message>
    <message>
        <source>Outbox  (F3)</source>
        <translation>K odeslání  (F3)</translation>
    </message>
    <message>
        <source>Batch print  (F5)</source>
        <translation>Hromadný tisk  (F5)</translation>
    </message>
    <message>
        <source>Manager  (F12)</source>
        <translation>Vedoucí  (F12)</translation>
    </message>
    <message>
        <source>Print queue  (F10)</source>
        <translation>Tisková fronta  (F10)</translation>
    </message>
    <message>
        <source>Settings  (F11)</source>
        <translation>Nastavení  (F11)</translation>
    </message>
    <message>
        <source>Database: {database}</source>
        <translation>Databáze: {database}</translation>
    </message>
    <message>
        <source>Still owed, not printed: {reason}</source>
        <translation>Stále čeká na tisk: {reason}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Soubor</translation>
    </message>
    <message>
        <source>&amp;Import orders or products…</source>
        <translation>&amp;Importovat objednávky nebo produkty…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Ukončit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Zobrazení</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>&amp;Větší písmo</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>&amp;Menší písmo</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Vysoký kontrast</translation>
    </message>
    <message>
        <source>Text at {scale:.0%}, high contrast</source>
        <translation>Písmo na {scale:.0%}, vysoký kontrast</translation>
    </message>
    <message>
        <source>Text at {scale:.0%}</source>
        <translation>Písmo na {scale:.0%}</translation>
    </message>
    <message>
        <source>Print queue: {failed} failed  (F10)</source>
        <translation>Tisková fronta: selhalo {failed}  (F10)</translation>
    </message>
    <message>
        <source>{order}: printing failed — {error} (kept in the print queue)</source>
        <translation>{order}: tisk selhal — {error} (zůstává v tiskové frontě)</translation>
    </message>
    <message>
        <source>{order}: inserts printed</source>
        <translation>{order}: přílohy vytištěny</translation>
    </message>
    <message>
        <source>{order}: printing the inserts…</source>
        <translation>{order}: tisknu přílohy…</translation>
    </message>
    <message>
        <source>{order}: printing failed — {error}</source>
        <translation>{order}: tisk selhal — {error}</translation>
    </message>
    <message>
        <source>Import orders or products</source>
        <translation>Import objednávek nebo produktů</translation>
    </message>
    <message>
        <source>Shop exports (*.csv *.json);;All files (*)</source>
        <translation>Exporty z e-shopu (*.csv *.json);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Importuji {file}…</translation>
    </message>
    <message>
        <source>Imported {file}: {created} new, {updated} updated, {rejected} rows rejected</source>
        <translation>Importováno {file}: nové {created}, změněné {updated}, odmítnuté řádky {rejected}</translation>
    </message>
    <message>
        <source>Import finished with problems</source>
        <translation>Import skončil s problémy</translation>
    </message>
    <message>
        <source>Import failed: nothing was imported</source>
        <translation>Import selhal: nic nebylo importováno</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Nic nebylo importováno</translation>
    </message>
</context>
<context>
    <name>ManagerApproval</name>
    <message>
        <source>Scan or type your manager badge</source>
        <translation>Naskenujte nebo napište svou kartu vedoucího</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Badge:</source>
        <translation>Karta:</translation>
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
        <translation>Naskenujte nebo napište svou kartu vedoucího</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Přihlásit</translation>
    </message>
    <message>
        <source>Not signed in: {reason}</source>
        <translation>Nepřihlášeno: {reason}</translation>
    </message>
</context>
<context>
    <name>ManagerView</name>
    <message>
        <source>The manager&apos;s figures need a manager&apos;s badge and PIN.</source>
        <translation>Čísla pro vedoucí vyžadují kartu vedoucího a PIN.</translation>
    </message>
    <message>
        <source>Signed in: {name}</source>
        <translation>Přihlášen(a): {name}</translation>
    </message>
    <message>
        <source>by packer</source>
        <translation>podle baliče</translation>
    </message>
    <message>
        <source>by station</source>
        <translation>podle stanice</translation>
    </message>
    <message>
        <source>by day</source>
        <translation>podle dne</translation>
    </message>
    <message>
        <source>by hour</source>
        <translation>podle hodiny</translation>
    </message>
    <message>
        <source>Refresh  (F5)</source>
        <translation>Obnovit  (F5)</translation>
    </message>
    <message>
        <source>CSV…  (Ctrl+E)</source>
        <translation>CSV…  (Ctrl+E)</translation>
    </message>
    <message>
        <source>PDF report…  (Ctrl+P)</source>
        <translation>Zpráva v PDF…  (Ctrl+P)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Objednávka</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Stanice</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Začátek</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Sekundy</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Kusy</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Skupina</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Objednávky</translation>
    </message>
    <message>
        <source>Orders/h</source>
        <translation>Objednávky/h</translation>
    </message>
    <message>
        <source>Median s</source>
        <translation>Medián s</translation>
    </message>
    <message>
        <source>P90 s</source>
        <translation>P90 s</translation>
    </message>
    <message>
        <source>Wrong/100</source>
        <translation>Chybné/100</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Odložené</translation>
    </message>
    <message>
        <source>Plastic-free</source>
        <translation>Bez plastu</translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation>Chybné</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Double-click a packer to see their pack events</source>
        <translation>Dvojklikem na baliče zobrazíte jeho balení</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Počítám…</translation>
    </message>
    <message>
        <source>The figures could not be counted: {error}</source>
        <translation>Čísla se nepodařilo spočítat: {error}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{orders}&lt;/b&gt; orders, {items} items, &lt;b&gt;{per_hour}&lt;/b&gt; orders an hour; pack time median &lt;b&gt;{median} s&lt;/b&gt;, 90th percentile {p90} s (single-item {single} s, multi-item {multi} s)</source>
        <translation>Objednávky: &lt;b&gt;{orders}&lt;/b&gt;, kusy: {items}, &lt;b&gt;{per_hour}&lt;/b&gt; objednávek za hodinu; medián doby balení &lt;b&gt;{median} s&lt;/b&gt;, 90. percentil {p90} s (jeden kus {single} s, více kusů {multi} s)</translation>
    </message>
    <message>
        <source>Accuracy: &lt;b&gt;{wrong}&lt;/b&gt; wrong scans per 100 items, {over} over-scans, {manual} manual confirmations, {short} short ships; holds: {holds}</source>
        <translation>Přesnost: &lt;b&gt;{wrong}&lt;/b&gt; chybných skenů na 100 kusů, nadbytečné skeny: {over}, ruční potvrzení: {manual}, neúplné zásilky: {short}; odložené: {holds}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>žádné</translation>
    </message>
    <message>
        <source>Eco: &lt;b&gt;{plastic_free}&lt;/b&gt; plastic-free, {recycled} % recycled content, {avoided} kg plastic avoided, {co2e} kg CO2e</source>
        <translation>Ekologie: &lt;b&gt;{plastic_free}&lt;/b&gt; bez plastu, {recycled} % recyklovaného materiálu, ušetřeno {avoided} kg plastu, {co2e} kg CO2e</translation>
    </message>
    <message>
        <source>Inserts at the bench {bench}, in batches {batches}; vouchers {issued} issued, {redeemed} redeemed ({rate}); returns {returned} of {labels} labels; follow-ups sent {sent}, failed {failed}</source>
        <translation>Přílohy u stolu {bench}, v dávkách {batches}; poukazy vydané {issued}, uplatněné {redeemed} ({rate}); vrácení {returned} z {labels} štítků; navazující zprávy odeslané {sent}, neúspěšné {failed}</translation>
    </message>
    <message>
        <source>Orders per hour of the day</source>
        <translation>Objednávky podle hodiny dne</translation>
    </message>
    <message>
        <source>Orders per packer</source>
        <translation>Objednávky podle baliče</translation>
    </message>
    <message>
        <source>Plastic-free share by day (%)</source>
        <translation>Podíl bez plastu podle dne (%)</translation>
    </message>
    <message>
        <source>Save the table</source>
        <translation>Uložit tabulku</translation>
    </message>
    <message>
        <source>{file}: cannot be written ({error})</source>
        <translation>{file}: nelze zapsat ({error})</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>Uloženo: {file}</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Uložit zprávu</translation>
    </message>
    <message>
        <source>The report could not be written: {error}</source>
        <translation>Zprávu se nepodařilo zapsat: {error}</translation>
    </message>
    <message>
        <source>{packer}: loading…</source>
        <translation>{packer}: načítám…</translation>
    </message>
    <message>
        <source>{packer}: pack events: {count} (newest first)</source>
        <translation>{packer}: balení: {count} (nejnovější nahoře)</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>objednávky</translation>
    </message>
    <message>
        <source>day of the period</source>
        <translation>den období</translation>
    </message>
</context>
<context>
    <name>OrderListView</name>
    <message>
        <source>Search order number, name or e-mail  (Ctrl+F)</source>
        <translation>Hledat číslo objednávky, jméno nebo e-mail  (Ctrl+F)</translation>
    </message>
    <message>
        <source>All statuses ({count})</source>
        <translation>Všechny stavy ({count})</translation>
    </message>
    <message>
        <source>Orders: {count}</source>
        <translation>Objednávky: {count}</translation>
    </message>
    <message>
        <source>Orders: {count} — scroll for more</source>
        <translation>Objednávky: {count} — posuňte pro další</translation>
    </message>
</context>
<context>
    <name>OrderTableModel</name>
    <message>
        <source>Order</source>
        <translation>Objednávka</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Vytvořeno</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Zákazník</translation>
    </message>
    <message>
        <source>Lang</source>
        <translation>Jazyk</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Země</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Kusy</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Doprava</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Příznaky</translation>
    </message>
    <message>
        <source>gift</source>
        <translation>dárek</translation>
    </message>
    <message>
        <source>has a note</source>
        <translation>má poznámku</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Dárek</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Poznámka</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termín</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Pravidlo</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Komu</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Předmět</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Pokusy</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Poslední chyba</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>ve frontě</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>odesílá se</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>odesláno</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>selhalo</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>zrušeno</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>přeskočeno</translation>
    </message>
    <message>
        <source>thank you</source>
        <translation>poděkování</translation>
    </message>
    <message>
        <source>review request</source>
        <translation>žádost o recenzi</translation>
    </message>
    <message>
        <source>replenishment</source>
        <translation>doplnění zásob</translation>
    </message>
    <message>
        <source>goes well with</source>
        <translation>hodí se k tomu</translation>
    </message>
    <message>
        <source>loyalty</source>
        <translation>věrnost</translation>
    </message>
    <message>
        <source>care tips</source>
        <translation>tipy na péči</translation>
    </message>
    <message>
        <source>shipped text message</source>
        <translation>SMS o odeslání</translation>
    </message>
    <message>
        <source>voucher reminder</source>
        <translation>připomínka poukazu</translation>
    </message>
    <message>
        <source>anniversary</source>
        <translation>výročí</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>narozeniny</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Všechny stavy</translation>
    </message>
    <message>
        <source>All follow-ups</source>
        <translation>Všechny navazující zprávy</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Číslo objednávky</translation>
    </message>
    <message>
        <source>Cancel message</source>
        <translation>Zrušit zprávu</translation>
    </message>
    <message>
        <source>Send again now</source>
        <translation>Odeslat znovu hned</translation>
    </message>
    <message>
        <source>Messages: {count}</source>
        <translation>Zprávy: {count}</translation>
    </message>
    <message>
        <source>Choose a message to see it as the customer will.</source>
        <translation>Vyberte zprávu a uvidíte ji tak, jak ji uvidí zákazník.</translation>
    </message>
    <message>
        <source>Text message to {recipient}</source>
        <translation>SMS pro {recipient}</translation>
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
        <translation>ZABALENO</translation>
    </message>
    <message>
        <source>WRONG ITEM</source>
        <translation>ŠPATNÉ ZBOŽÍ</translation>
    </message>
    <message>
        <source>TOO MANY</source>
        <translation>PŘÍLIŠ MNOHO</translation>
    </message>
    <message>
        <source>UNKNOWN CODE</source>
        <translation>NEZNÁMÝ KÓD</translation>
    </message>
    <message>
        <source>NOT NOW</source>
        <translation>TEĎ NE</translation>
    </message>
    <message>
        <source>KEPT — NO DATABASE</source>
        <translation>ULOŽENO — BEZ DATABÁZE</translation>
    </message>
    <message>
        <source>Enter</source>
        <extracomment>every key of the bench and what it does, as the key-hint bar shows them</extracomment>
        <translation>Enter</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>dokončit</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>odložit</translation>
    </message>
    <message>
        <source>short ship</source>
        <translation>odeslat neúplnou</translation>
    </message>
    <message>
        <source>take over</source>
        <translation>převzít</translation>
    </message>
    <message>
        <source>reprint</source>
        <translation>znovu vytisknout</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>vrátit zpět</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>put back</source>
        <translation>vrátit do seznamu</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>{station}: scan your badge to start</source>
        <translation>{station}: začněte naskenováním své karty</translation>
    </message>
    <message>
        <source>{order}: follow-ups not queued yet — {problem}</source>
        <translation>{order}: navazující zprávy zatím nejsou ve frontě — {problem}</translation>
    </message>
    <message>
        <source>Station {station}</source>
        <translation>Stanice {station}</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Zboží</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>Zabaleno</translation>
    </message>
    <message>
        <source> g</source>
        <translation> g</translation>
    </message>
    <message>
        <source>weight…</source>
        <translation>hmotnost…</translation>
    </message>
    <message>
        <source>Damaged label? Type the code here and press Enter</source>
        <translation>Poškozený štítek? Napište kód sem a stiskněte Enter</translation>
    </message>
    <message>
        <source>SHIPPING</source>
        <translation>DOPRAVA</translation>
    </message>
    <message>
        <source>PACKAGING</source>
        <translation>OBAL</translation>
    </message>
    <message>
        <source>PARCEL</source>
        <translation>ZÁSILKA</translation>
    </message>
    <message>
        <source>TRACKING</source>
        <translation>SLEDOVÁNÍ</translation>
    </message>
    <message>
        <source>SAMPLE</source>
        <translation>VZOREK</translation>
    </message>
    <message>
        <source>WEIGHT</source>
        <translation>HMOTNOST</translation>
    </message>
    <message>
        <source>Put back</source>
        <translation>Vrátit do seznamu</translation>
    </message>
    <message>
        <source>Put {order} back on the list? What was scanned is dropped.</source>
        <translation>Vrátit {order} do seznamu? Naskenované položky se zahodí.</translation>
    </message>
    <message>
        <source>Keep packing</source>
        <translation>Pokračovat v balení</translation>
    </message>
    <message>
        <source>Manager sign-in</source>
        <translation>Přihlášení vedoucího</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <source>Manager approval</source>
        <translation>Schválení vedoucím</translation>
    </message>
    <message>
        <source>Scan or type the manager&apos;s badge, then the PIN:</source>
        <translation>Naskenujte nebo napište kartu vedoucího, pak PIN:</translation>
    </message>
    <message>
        <source>Missing item</source>
        <translation>Chybí položka</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Poškozeno</translation>
    </message>
    <message>
        <source>Address problem</source>
        <translation>Problém s adresou</translation>
    </message>
    <message>
        <source>Hold the order</source>
        <translation>Odložit objednávku</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Proč?</translation>
    </message>
    <message>
        <source>All inserts</source>
        <translation>Všechny přílohy</translation>
    </message>
    <message>
        <source>Thank-you note</source>
        <translation>Děkovný lístek</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Slevový poukaz</translation>
    </message>
    <message>
        <source>Return label</source>
        <translation>Štítek pro vrácení</translation>
    </message>
    <message>
        <source>Packing slip</source>
        <translation>Dodací list</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Znovu vytisknout</translation>
    </message>
    <message>
        <source>Which insert?</source>
        <translation>Kterou přílohu?</translation>
    </message>
    <message>
        <source>Take over an order</source>
        <translation>Převzít objednávku</translation>
    </message>
    <message>
        <source>Order number:</source>
        <translation>Číslo objednávky:</translation>
    </message>
    <message>
        <source>nobody signed in</source>
        <translation>nikdo není přihlášen</translation>
    </message>
    <message>
        <source>Scan an order</source>
        <translation>Naskenujte objednávku</translation>
    </message>
    <message>
        <source>Scan your badge</source>
        <translation>Naskenujte svou kartu</translation>
    </message>
    <message>
        <source>GIFT — no prices in the parcel.</source>
        <translation>DÁREK — v balíku žádné ceny.</translation>
    </message>
    <message>
        <source>read</source>
        <translation>přečteno</translation>
    </message>
    <message>
        <source>scan OK when read</source>
        <translation>po přečtení naskenujte OK</translation>
    </message>
    <message>
        <source>NOTE ({state}): {note}</source>
        <translation>POZNÁMKA ({state}): {note}</translation>
    </message>
    <message>
        <source>scan the box, mailer, fill, tape</source>
        <translation>naskenujte krabici, obálku, výplň, pásku</translation>
    </message>
    <message>
        <source>plastic-free</source>
        <translation>bez plastu</translation>
    </message>
    <message>
        <source>contains plastic</source>
        <translation>obsahuje plast</translation>
    </message>
    <message>
        <source>{verdict} · {recycled}% recycled</source>
        <translation>{verdict} · {recycled} % recyklovaného materiálu</translation>
    </message>
    <message>
        <source>scan the carrier label</source>
        <translation>naskenujte štítek dopravce</translation>
    </message>
    <message>
        <source>added: {samples}</source>
        <translation>přidáno: {samples}</translation>
    </message>
    <message>
        <source>offer {sample} ({sku})</source>
        <translation>nabídněte {sample} ({sku})</translation>
    </message>
</context>
<context>
    <name>PackagingPage</name>
    <message>
        <source>box</source>
        <translation>krabice</translation>
    </message>
    <message>
        <source>mailer</source>
        <translation>obálka</translation>
    </message>
    <message>
        <source>void fill</source>
        <translation>výplň</translation>
    </message>
    <message>
        <source>tape</source>
        <translation>páska</translation>
    </message>
    <message>
        <source>wrap</source>
        <translation>obal</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kód</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Název</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Druh</translation>
    </message>
    <message>
        <source>Weight g</source>
        <translation>Hmotnost g</translation>
    </message>
    <message>
        <source>Plastic g</source>
        <translation>Plast g</translation>
    </message>
    <message>
        <source>Recycled %</source>
        <translation>Recyklováno %</translation>
    </message>
    <message>
        <source>CO2e g</source>
        <translation>CO2e g</translation>
    </message>
    <message>
        <source>Disposal texts</source>
        <translation>Texty k likvidaci</translation>
    </message>
    <message>
        <source>recyclable</source>
        <translation>recyklovatelné</translation>
    </message>
    <message>
        <source>home compostable</source>
        <translation>kompostovatelné doma</translation>
    </message>
    <message>
        <source>Code (scanned at the bench)</source>
        <translation>Kód (skenuje se u stolu)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Rozměr</translation>
    </message>
    <message>
        <source>Weight (g)</source>
        <translation>Hmotnost (g)</translation>
    </message>
    <message>
        <source>Plastic (g)</source>
        <translation>Plast (g)</translation>
    </message>
    <message>
        <source>Recycled content (%)</source>
        <translation>Recyklovaný podíl (%)</translation>
    </message>
    <message>
        <source>CO2e (g)</source>
        <translation>CO2e (g)</translation>
    </message>
    <message>
        <source>How to dispose of it ({language})</source>
        <translation>Jak obal vyhodit ({language})</translation>
    </message>
    <message>
        <source>Save packaging  (Ctrl+S)</source>
        <translation>Uložit obal  (Ctrl+S)</translation>
    </message>
    <message>
        <source>New packaging</source>
        <translation>Nový obal</translation>
    </message>
</context>
<context>
    <name>PrintQueueView</name>
    <message>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Zařazeno</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Stanice</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Objednávka</translation>
    </message>
    <message>
        <source>Inserts</source>
        <translation>Přílohy</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Tiskárna</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Pokusy</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Co se pokazilo</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>čeká</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>vytištěno</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>selhalo</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>zrušeno</translation>
    </message>
    <message>
        <source>Only jobs that have not printed</source>
        <translation>Jen úlohy, které se nevytiskly</translation>
    </message>
    <message>
        <source>Print again  (Ctrl+R)</source>
        <translation>Vytisknout znovu  (Ctrl+R)</translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation>Zrušit úlohu</translation>
    </message>
    <message>
        <source>The print queue cannot be read: the database is unreachable ({error})</source>
        <translation>Tiskovou frontu nelze načíst: databáze je nedostupná ({error})</translation>
    </message>
    <message>
        <source>{waiting} waiting, {failed} of them failed</source>
        <translation>čeká: {waiting}, z toho selhalo: {failed}</translation>
    </message>
    <message>
        <source>Nothing waiting</source>
        <translation>Nic nečeká</translation>
    </message>
    <message>
        <source>Printing {count} again…</source>
        <translation>Znovu tisknu: {count}…</translation>
    </message>
</context>
<context>
    <name>PrintersPage</name>
    <message>
        <source>Thank-you note</source>
        <translation>Děkovný lístek</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Slevový poukaz</translation>
    </message>
    <message>
        <source>Return label</source>
        <translation>Štítek pro vrácení</translation>
    </message>
    <message>
        <source>Packing slip</source>
        <translation>Dodací list</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Dávky</translation>
    </message>
    <message>
        <source>none</source>
        <translation>žádné</translation>
    </message>
    <message>
        <source>A printer is folder:PATH, cups:QUEUE, raw:HOST:9100 (ZPL for a thermal printer) or qt:NAME. An empty cell uses the first row, then the print folder. Printers this computer knows: {known}</source>
        <translation>Tiskárna je folder:CESTA, cups:FRONTA, raw:HOST:9100 (ZPL pro termotiskárnu) nebo qt:NÁZEV. Prázdná buňka použije první řádek, pak tiskovou složku. Tiskárny, které tento počítač zná: {known}</translation>
    </message>
    <message>
        <source>Save  (Ctrl+S)</source>
        <translation>Uložit  (Ctrl+S)</translation>
    </message>
    <message>
        <source>a bench that has not started yet, e.g. Bench 4</source>
        <translation>stanice, která ještě neběžela, např. Bench 4</translation>
    </message>
    <message>
        <source>Add a station</source>
        <translation>Přidat stanici</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Stanice</translation>
    </message>
    <message>
        <source>Every station</source>
        <translation>Všechny stanice</translation>
    </message>
    <message>
        <source>Not added: {station}</source>
        <translation>Nepřidáno: {station}</translation>
    </message>
    <message>
        <source>{station} added: set its printers, then save</source>
        <translation>{station} přidána: nastavte její tiskárny a uložte</translation>
    </message>
</context>
<context>
    <name>ProductNamesPage</name>
    <message>
        <source>Find a product by SKU or name</source>
        <translation>Najít produkt podle SKU nebo názvu</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Shop&apos;s name</source>
        <translation>Název v obchodě</translation>
    </message>
    <message>
        <source>Named in</source>
        <translation>Názvy v jazycích</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Jazyk</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Název</translation>
    </message>
    <message>
        <source>Save names  (Ctrl+S)</source>
        <translation>Uložit názvy  (Ctrl+S)</translation>
    </message>
    <message>
        <source>Names of {name} ({sku})</source>
        <translation>Názvy produktu {name} ({sku})</translation>
    </message>
    <message>
        <source>Choose a product to name it in the customers&apos; languages.</source>
        <translation>Vyberte produkt a pojmenujte ho v jazycích zákazníků.</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Save  (Ctrl+S)</source>
        <translation>Uložit  (Ctrl+S)</translation>
    </message>
    <message>
        <source>{field}: not JSON ({error})</source>
        <translation>{field}: není JSON ({error})</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Neuloženo: {reason}</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Neuloženo: {reason}</translation>
    </message>
    <message>
        <source>Saved: {fields}</source>
        <translation>Uloženo: {fields}</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>Nic se nezměnilo</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Shop name</source>
        <translation>Název obchodu</translation>
    </message>
    <message>
        <source>Voice (warm, playful, calm)</source>
        <translation>Tón (vřelý, hravý, klidný)</translation>
    </message>
    <message>
        <source>Support e-mail</source>
        <translation>E-mail podpory</translation>
    </message>
    <message>
        <source>Support phone</source>
        <translation>Telefon podpory</translation>
    </message>
    <message>
        <source>Chat link</source>
        <translation>Odkaz na chat</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Main colour (#RRGGBB)</source>
        <translation>Hlavní barva (#RRGGBB)</translation>
    </message>
    <message>
        <source>Accent colour (#RRGGBB)</source>
        <translation>Doplňková barva (#RRGGBB)</translation>
    </message>
    <message>
        <source>Logo file</source>
        <translation>Soubor s logem</translation>
    </message>
    <message>
        <source>Return address (lines separated by |)</source>
        <translation>Adresa pro vrácení (řádky oddělené |)</translation>
    </message>
    <message>
        <source>The settings are for managers: scan your badge, type your PIN.</source>
        <translation>Nastavení je pro vedoucí: naskenujte kartu a napište PIN.</translation>
    </message>
    <message>
        <source>Shop &amp;&amp; brand</source>
        <translation>Obchod a značka</translation>
    </message>
    <message>
        <source>Insert texts</source>
        <translation>Texty příloh</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Navazující zprávy</translation>
    </message>
    <message>
        <source>Packaging</source>
        <translation>Obaly</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkty</translation>
    </message>
    <message>
        <source>Staff &amp;&amp; badges</source>
        <translation>Zaměstnanci a karty</translation>
    </message>
    <message>
        <source>This station</source>
        <translation>Tato stanice</translation>
    </message>
    <message>
        <source>send a test e-mail to…</source>
        <translation>poslat zkušební e-mail na…</translation>
    </message>
    <message>
        <source>SMTP password for this test (not stored)</source>
        <translation>Heslo SMTP pro tento test (neukládá se)</translation>
    </message>
    <message>
        <source>Send test e-mail</source>
        <translation>Poslat zkušební e-mail</translation>
    </message>
    <message>
        <source>or a test text to +420…</source>
        <translation>nebo zkušební SMS na +420…</translation>
    </message>
    <message>
        <source>Send test text</source>
        <translation>Poslat zkušební SMS</translation>
    </message>
    <message>
        <source>Sending to {recipient}…</source>
        <translation>Odesílám na {recipient}…</translation>
    </message>
    <message>
        <source>Sending a text to {recipient}…</source>
        <translation>Odesílám SMS na {recipient}…</translation>
    </message>
    <message>
        <source>Not sent: {error}</source>
        <translation>Neodesláno: {error}</translation>
    </message>
    <message>
        <source>Staff language of this station</source>
        <translation>Jazyk obsluhy této stanice</translation>
    </message>
    <message>
        <source>Save the language</source>
        <translation>Uložit jazyk</translation>
    </message>
    <message>
        <source>The window speaks the chosen language from its next start.</source>
        <translation>Okno bude mluvit zvoleným jazykem od příštího spuštění.</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>Nic se nezměnilo</translation>
    </message>
    <message>
        <source>Saved: {language}. Start packstation again to use it.</source>
        <translation>Uloženo: {language}. Spusťte packstation znovu, aby se projevil.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Jméno</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Karta</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktivní</translation>
    </message>
    <message>
        <source>Badge, e.g. P-1005</source>
        <translation>Karta, např. P-1005</translation>
    </message>
    <message>
        <source>PIN (managers: 6 digits or more)</source>
        <translation>PIN (vedoucí: aspoň 6 číslic)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Přidat</translation>
    </message>
    <message>
        <source>Retire badge</source>
        <translation>Vyřadit kartu</translation>
    </message>
    <message>
        <source>Unlock badge</source>
        <translation>Odemknout kartu</translation>
    </message>
    <message>
        <source>Badge cards (PDF)…</source>
        <translation>Karty zaměstnanců (PDF)…</translation>
    </message>
    <message>
        <source>packer</source>
        <translation>balič</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>vedoucí</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>správce</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ano</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>vyřazen</translation>
    </message>
    <message>
        <source>locked: too many wrong PINs</source>
        <translation>zamčeno: příliš mnoho špatných PINů</translation>
    </message>
    <message>
        <source>Added {name} ({badge})</source>
        <translation>Přidán(a) {name} ({badge})</translation>
    </message>
    <message>
        <source>Not added: {reason}</source>
        <translation>Nepřidáno: {reason}</translation>
    </message>
    <message>
        <source>Not retired: {reason}</source>
        <translation>Nevyřazeno: {reason}</translation>
    </message>
    <message>
        <source>Unlocked {name} ({badge})</source>
        <translation>Odemčeno: {name} ({badge})</translation>
    </message>
    <message>
        <source>{name} ({badge}) was not locked</source>
        <translation>{name} ({badge}): karta nebyla zamčená</translation>
    </message>
    <message>
        <source>Not unlocked: {reason}</source>
        <translation>Neodemčeno: {reason}</translation>
    </message>
    <message>
        <source>Select the badges to unlock first</source>
        <translation>Nejdřív vyberte karty, které chcete odemknout</translation>
    </message>
    <message>
        <source>Badge cards</source>
        <translation>Karty zaměstnanců</translation>
    </message>
    <message>
        <source>Badge cards: {count}, in {file}</source>
        <translation>Karty zaměstnanců: {count}, v souboru {file}</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>Print: {inserts}</source>
        <translation>Tisk: {inserts}</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>Unpaid</source>
        <translation>Nezaplaceno</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Připraveno</translation>
    </message>
    <message>
        <source>Packing</source>
        <translation>Balí se</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>Zabaleno</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Odloženo</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Zrušeno</translation>
    </message>
</context>
</TS>

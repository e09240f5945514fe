<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro_RO">
<context>
    <name></name>
    <message>
        <source>missing item</source>
        <translation>articol lipsă</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>deteriorat</translation>
    </message>
    <message>
        <source>address problem</source>
        <translation>problemă de adresă</translation>
    </message>
    <message>
        <source>Reprinting the inserts of {order}</source>
        <translation>Se retipăresc materialele comenzii {order}</translation>
    </message>
    <message>
        <source>Reprinting the thank-you note of {order}</source>
        <translation>Se retipărește biletul de mulțumire al comenzii {order}</translation>
    </message>
    <message>
        <source>Reprinting the voucher of {order}</source>
        <translation>Se retipărește voucherul comenzii {order}</translation>
    </message>
    <message>
        <source>Reprinting the return label of {order}</source>
        <translation>Se retipărește eticheta de retur a comenzii {order}</translation>
    </message>
    <message>
        <source>Reprinting the packing slip of {order}</source>
        <translation>Se retipărește avizul de însoțire al comenzii {order}</translation>
    </message>
    <message>
        <source>{order} is not paid yet: do not pack it</source>
        <translation>{order} nu este plătită încă: nu o împachetați</translation>
    </message>
    <message>
        <source>{order} was cancelled: do not pack it</source>
        <translation>{order} a fost anulată: nu o împachetați</translation>
    </message>
    <message>
        <source>{order} is already packed at {station} on {when:%Y-%m-%d %H:%M}</source>
        <translation>{order} este deja împachetată la {station}, pe {when:%Y-%m-%d %H:%M}</translation>
    </message>
    <message>
        <source>{order} is already packed</source>
        <translation>{order} este deja împachetată</translation>
    </message>
    <message>
        <source>{order} is being packed elsewhere</source>
        <translation>{order} se împachetează în altă parte</translation>
    </message>
    <message>
        <source>{order} is being packed by {packer} at {station} since {since:%H:%M} — stale: a manager can take it over</source>
        <translation>{order} este împachetată de {packer} la {station} din {since:%H:%M} — abandonată: un manager o poate prelua</translation>
    </message>
    <message>
        <source>{order} is being packed by {packer} at {station} since {since:%H:%M}</source>
        <translation>{order} este împachetată de {packer} la {station} din {since:%H:%M}</translation>
    </message>
    <message>
        <source>Sign in first</source>
        <translation>Mai întâi autentificați-vă</translation>
    </message>
    <message>
        <source>{order} has no open session to take over</source>
        <translation>{order} nu are o sesiune deschisă de preluat</translation>
    </message>
    <message>
        <source>{order} is still being packed at {station}: its lease runs until {until:%H:%M}</source>
        <translation>{order} încă se împachetează la {station}: rezervarea expiră la {until:%H:%M}</translation>
    </message>
    <message>
        <source>{order} taken over from the stale session (approved by {manager})</source>
        <translation>{order} preluată din sesiunea abandonată (aprobat de {manager})</translation>
    </message>
    <message>
        <source>Held: {reason} ({packer}, {when:%d.%m. %H:%M}) — carried on where it stopped</source>
        <translation>Suspendată: {reason} ({packer}, {when:%d.%m. %H:%M}) — se continuă de unde a rămas</translation>
    </message>
    <message>
        <source>Resumed {order} where it was: {done} of {total} items in</source>
        <translation>{order} reluată de unde a rămas: {done} din {total} articole puse</translation>
    </message>
    <message>
        <source>Two codes in one scan: scan them one at a time</source>
        <translation>Două coduri într-o singură scanare: scanați-le pe rând</translation>
    </message>
    <message>
        <source>Not a barcode: {length} characters at once (at most {most}) — scan again</source>
        <translation>Nu este un cod de bare: {length} caractere deodată (cel mult {most}) — scanați din nou</translation>
    </message>
    <message>
        <source>Database unreachable — {code} kept (scans waiting: {waiting}); retrying, carry on</source>
        <translation>Baza de date nu răspunde — {code} păstrat (scanări în așteptare: {waiting}); reîncerc, continuați</translation>
    </message>
    <message>
        <source>Database reachable again</source>
        <translation>Baza de date răspunde din nou</translation>
    </message>
    <message>
        <source>Database back, kept scans sent — {message}</source>
        <translation>Baza de date a revenit, scanările păstrate au fost trimise — {message}</translation>
    </message>
    <message>
        <source>Nobody has the badge {badge!r}</source>
        <translation>Nimeni nu are ecusonul {badge!r}</translation>
    </message>
    <message>
        <source>{name}: a manager&apos;s badge needs the PIN too</source>
        <translation>{name}: ecusonul de manager are nevoie și de PIN</translation>
    </message>
    <message>
        <source>Hello {name} — scan an order</source>
        <translation>Bună, {name} — scanați o comandă</translation>
    </message>
    <message>
        <source>Badge {badge!r} is not a manager&apos;s</source>
        <translation>Ecusonul {badge!r} nu este al unui manager</translation>
    </message>
    <message>
        <source>Wrong PIN for {name}</source>
        <translation>PIN greșit pentru {name}</translation>
    </message>
    <message>
        <source>Empty scan</source>
        <translation>Scanare goală</translation>
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
        <translation>adăugați ambalajele necesare, apoi scanați eticheta curierului (sau COMPLETE)</translation>
    </message>
    <message>
        <source>add any packaging, then scan the next order (or COMPLETE)</source>
        <translation>adăugați ambalajele necesare, apoi scanați comanda următoare (sau COMPLETE)</translation>
    </message>
    <message>
        <source>add any packaging, then scan the carrier label or the next order</source>
        <translation>adăugați ambalajele necesare, apoi scanați eticheta curierului sau comanda următoare</translation>
    </message>
    <message>
        <source>add any packaging, then scan COMPLETE</source>
        <translation>adăugați ambalajele necesare, apoi scanați COMPLETE</translation>
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
        <translation>Scanerul a trimis ceva ilizibil ({code}): scanați din nou</translation>
    </message>
    <message>
        <source>Not held: carry on packing</source>
        <translation>Nesuspendată: continuați împachetarea</translation>
    </message>
    <message>
        <source>Hold: scan the reason (missing item, damaged, address problem), or OK to carry on</source>
        <translation>Suspendare: scanați motivul (articol lipsă, deteriorat, problemă de adresă) sau OK pentru a continua</translation>
    </message>
    <message>
        <source>Acknowledge the error first: scan OK or press Enter</source>
        <translation>Mai întâi confirmați eroarea: scanați OK sau apăsați Enter</translation>
    </message>
    <message>
        <source>Scan a hold reason from the bench sheet (or CANCEL)</source>
        <translation>Scanați un motiv de suspendare de pe fișa de lucru (sau CANCEL)</translation>
    </message>
    <message>
        <source>No order {code}: scan an order number or a packing slip</source>
        <translation>Nu există comanda {code}: scanați un număr de comandă sau un aviz de însoțire</translation>
    </message>
    <message>
        <source>Too many: {item} — the order has {quantity}</source>
        <translation>Prea multe: {item} — comanda are {quantity}</translation>
    </message>
    <message>
        <source>{item} {scanned}/{quantity}</source>
        <translation>{item} {scanned}/{quantity}</translation>
    </message>
    <message>
        <source>Sample added: {item}</source>
        <translation>Mostră adăugată: {item}</translation>
    </message>
    <message>
        <source>Wrong item: {item} is not in {order}</source>
        <translation>Articol greșit: {item} nu este în {order}</translation>
    </message>
    <message>
        <source>Finish, hold or cancel {order} before opening another order</source>
        <translation>Terminați, suspendați sau anulați {order} înainte de a deschide altă comandă</translation>
    </message>
    <message>
        <source>Tracking {code} ({carrier})</source>
        <translation>Urmărire {code} ({carrier})</translation>
    </message>
    <message>
        <source>Not signed in: {reason}</source>
        <translation>Neautentificat: {reason}</translation>
    </message>
    <message>
        <source>Not approved: {reason}</source>
        <translation>Neaprobat: {reason}</translation>
    </message>
    <message>
        <source>Unknown code {code}</source>
        <translation>Cod necunoscut {code}</translation>
    </message>
    <message>
        <source>Packaging: {packaging} — parcel plastic-free, {recycled}% recycled</source>
        <translation>Ambalaj: {packaging} — colet fără plastic, {recycled}% reciclat</translation>
    </message>
    <message>
        <source>Packaging: {packaging} — parcel contains plastic, {recycled}% recycled</source>
        <translation>Ambalaj: {packaging} — coletul conține plastic, {recycled}% reciclat</translation>
    </message>
    <message>
        <source>{message} — all items in: scan the packaging</source>
        <translation>{message} — toate articolele sunt puse: scanați ambalajul</translation>
    </message>
    <message>
        <source>{message} — read the note, then scan OK</source>
        <translation>{message} — citiți nota, apoi scanați OK</translation>
    </message>
    <message>
        <source>Error acknowledged</source>
        <translation>Eroare confirmată</translation>
    </message>
    <message>
        <source>Note acknowledged</source>
        <translation>Notă confirmată</translation>
    </message>
    <message>
        <source>Nothing to acknowledge</source>
        <translation>Nimic de confirmat</translation>
    </message>
    <message>
        <source>{code}: open an order first</source>
        <translation>{code}: mai întâi deschideți o comandă</translation>
    </message>
    <message>
        <source>{order} put back on the list</source>
        <translation>{order} pusă înapoi în listă</translation>
    </message>
    <message>
        <source>Short ship needs a manager: badge and PIN</source>
        <translation>Livrarea incompletă are nevoie de un manager: ecuson și PIN</translation>
    </message>
    <message>
        <source>{code}: open or pack an order first</source>
        <translation>{code}: mai întâi deschideți sau împachetați o comandă</translation>
    </message>
    <message>
        <source>{item} ({count} missing)</source>
        <translation>{item} (lipsesc {count})</translation>
    </message>
    <message>
        <source>Not complete: {missing}</source>
        <translation>Incompletă: {missing}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Read the order&apos;s note and scan OK first</source>
        <translation>Mai întâi citiți nota comenzii și scanați OK</translation>
    </message>
    <message>
        <source>Scan the packaging first</source>
        <translation>Mai întâi scanați ambalajul</translation>
    </message>
    <message>
        <source>{order} packed — well done</source>
        <translation>{order} împachetată — bravo</translation>
    </message>
    <message>
        <source>{message} (follow-ups not queued yet: {problem})</source>
        <translation>{message} (mesajele ulterioare nu sunt încă în coadă: {problem})</translation>
    </message>
    <message>
        <source>No order is open</source>
        <translation>Nicio comandă nu este deschisă</translation>
    </message>
    <message>
        <source>{order} held: {reason}</source>
        <translation>{order} suspendată: {reason}</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nimic de anulat</translation>
    </message>
    <message>
        <source>Undone: {item} — now {scanned}/{quantity}</source>
        <translation>Anulat: {item} — acum {scanned}/{quantity}</translation>
    </message>
    <message>
        <source>Undone: packaging {packaging} — {left} left in the parcel</source>
        <translation>Anulat: ambalajul {packaging} — ambalaje rămase în colet: {left}</translation>
    </message>
    <message>
        <source>Undone: tracking number {code}</source>
        <translation>Anulat: numărul de urmărire {code}</translation>
    </message>
    <message>
        <source>Undone: sample {code}</source>
        <translation>Anulat: mostra {code}</translation>
    </message>
    <message>
        <source>{grams} g is not a parcel&apos;s weight (1 g to 70 kg)</source>
        <extracomment>what a parcel may weigh, in grams: the bench&apos;s and the command line&apos;s --weight alike</extracomment>
        <translation>{grams} g nu este greutatea unui colet (1 g până la 70 kg)</translation>
    </message>
    <message>
        <source>Weight {kilograms:.2f} kg</source>
        <translation>Greutate {kilograms:.2f} kg</translation>
    </message>
    <message>
        <source>{message} — scan OK or press Enter</source>
        <translation>{message} — scanați OK sau apăsați Enter</translation>
    </message>
    <message>
        <source>thank-you note</source>
        <extracomment>what the bench calls each insert kind when it speaks of one (a refusal, the preprinted list)</extracomment>
        <translation>bilet de mulțumire</translation>
    </message>
    <message>
        <source>voucher</source>
        <translation>voucher</translation>
    </message>
    <message>
        <source>return label</source>
        <translation>etichetă de retur</translation>
    </message>
    <message>
        <source>packing slip</source>
        <translation>aviz de însoțire</translation>
    </message>
    <message>
        <source>{order} for {name} — items: {count}</source>
        <translation>{order} pentru {name} — articole: {count}</translation>
    </message>
    <message>
        <source>GIFT: no prices in the parcel</source>
        <translation>CADOU: fără prețuri în colet</translation>
    </message>
    <message>
        <source>read the NOTE and scan OK</source>
        <translation>citiți NOTA și scanați OK</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>pre-printed {inserts}: put them in</source>
        <translation>pretipărite: {inserts} — puneți-le în colet</translation>
    </message>
    <message>
        <source>Vouchers &amp; returns</source>
        <translation>Vouchere și retururi</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Livrare</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Trimitere</translation>
    </message>
    <message>
        <source>Printers</source>
        <translation>Imprimante</translation>
    </message>
    <message>
        <source>Voucher code prefix</source>
        <translation>Prefixul codului de voucher</translation>
    </message>
    <message>
        <source>The letters every voucher code starts with, as in VA-K7QM-3XPA-R.</source>
        <translation>Literele cu care începe fiecare cod de voucher, ca în VA-K7QM-3XPA-R.</translation>
    </message>
    <message>
        <source>Percent off</source>
        <translation>Reducere procentuală</translation>
    </message>
    <message>
        <source>The voucher&apos;s discount in percent; 0 gives the amount off per currency instead.</source>
        <translation>Reducerea voucherului în procente; 0 acordă în schimb suma fixă pe monedă.</translation>
    </message>
    <message>
        <source>Amount off per currency, when percent is 0 (JSON)</source>
        <translation>Reducere fixă pe monedă, când procentul este 0 (JSON)</translation>
    </message>
    <message>
        <source>Currency and amount, like {example}; used only while the percent off is 0.</source>
        <translation>Moneda și suma, de exemplu {example}; se folosește doar cât timp procentul de reducere este 0.</translation>
    </message>
    <message>
        <source>Minimum spend per currency (JSON)</source>
        <translation>Valoare minimă a comenzii pe monedă (JSON)</translation>
    </message>
    <message>
        <source>The order value a voucher needs, per currency; empty for the shipped amounts.</source>
        <translation>Valoarea comenzii de care are nevoie un voucher, pe monedă; gol pentru sumele implicite.</translation>
    </message>
    <message>
        <source>Valid for (days)</source>
        <translation>Valabil (zile)</translation>
    </message>
    <message>
        <source>Days from packing until the voucher in the parcel expires.</source>
        <translation>Zile de la împachetare până la expirarea voucherului din colet.</translation>
    </message>
    <message>
        <source>Redeem link (with {code})</source>
        <translation>Link de folosire (cu {code})</translation>
    </message>
    <message>
        <source>The shop&apos;s link that applies the voucher; {code} becomes the voucher code.</source>
        <translation>Linkul magazinului care aplică voucherul; {code} devine codul voucherului.</translation>
    </message>
    <message>
        <source>RMA prefix</source>
        <translation>Prefix RMA</translation>
    </message>
    <message>
        <source>The letters every return number starts with.</source>
        <translation>Literele cu care începe fiecare număr de retur.</translation>
    </message>
    <message>
        <source>Return window (days from delivery)</source>
        <translation>Termen de retur (zile de la livrare)</translation>
    </message>
    <message>
        <source>How long the customer may send the parcel back; printed on the return label.</source>
        <translation>Cât timp poate clientul trimite coletul înapoi; se tipărește pe eticheta de retur.</translation>
    </message>
    <message>
        <source>Returns portal link (with {rma})</source>
        <translation>Link către portalul de retur (cu {rma})</translation>
    </message>
    <message>
        <source>Printed on the return label; {rma} becomes the return number.</source>
        <translation>Se tipărește pe eticheta de retur; {rma} devine numărul returului.</translation>
    </message>
    <message>
        <source>Working days in transit, by shipping method (JSON)</source>
        <translation>Zile lucrătoare de transport, după metoda de livrare (JSON)</translation>
    </message>
    <message>
        <source>A word of the shipping method and its working days to the door; {default} for every other method. The estimated delivery is counted from these.</source>
        <translation>Un cuvânt din metoda de livrare și zilele lucrătoare până la ușă; {default} pentru orice altă metodă. Din ele se calculează livrarea estimată.</translation>
    </message>
    <message>
        <source>Days when no parcel moves (JSON list of dates)</source>
        <translation>Zile în care coletele nu circulă (listă JSON de date)</translation>
    </message>
    <message>
        <source>Dates like {example}, left out when the working days in transit are counted.</source>
        <translation>Date precum {example}, sărite la numărarea zilelor lucrătoare de transport.</translation>
    </message>
    <message>
        <source>Tracking link per carrier (JSON, with {number})</source>
        <translation>Link de urmărire pe curier (JSON, cu {number})</translation>
    </message>
    <message>
        <source>Every carrier packstation knows already links its own tracking page. Set one here only to use another page: the carrier as your shop writes it and the link; {number} becomes the parcel&apos;s tracking number.</source>
        <translation>Fiecare curier pe care packstation îl cunoaște are deja legătura către propria pagină de urmărire. Setați aici una doar dacă doriți altă pagină: curierul, așa cum îl scrie magazinul dumneavoastră, și legătura; {number} devine numărul de urmărire al coletului.</translation>
    </message>
    <message>
        <source>SMTP server (smtp://user@host:587?starttls=1)</source>
        <translation>Server SMTP (smtp://user@host:587?starttls=1)</translation>
    </message>
    <message>
        <source>Where the follow-up e-mails are sent through. Its password is never stored here: it goes in {variable} or the OS keyring.</source>
        <translation>Serverul prin care pleacă e-mailurile ulterioare. Parola lui nu se păstrează niciodată aici: se pune în {variable} sau în depozitul de chei al sistemului.</translation>
    </message>
    <message>
        <source>SMS webhook</source>
        <translation>Webhook SMS</translation>
    </message>
    <message>
        <source>Each text message is posted here; while it is empty no texts are queued. Its token is never stored here: it goes in {variable} or the OS keyring.</source>
        <translation>Fiecare SMS este trimis aici; cât timp e gol, nu se pune niciun SMS la coadă. Tokenul lui nu se păstrează niciodată aici: se pune în {variable} sau în depozitul de chei al sistemului.</translation>
    </message>
    <message>
        <source>No texts between (21:00-08:00)</source>
        <translation>Fără SMS între (21:00-08:00)</translation>
    </message>
    <message>
        <source>In the recipient&apos;s own time zone; a text due then waits until the morning.</source>
        <translation>În fusul orar al destinatarului; un SMS programat atunci așteaptă până dimineața.</translation>
    </message>
    <message>
        <source>Hours between marketing messages</source>
        <translation>Ore între mesajele de marketing</translation>
    </message>
    <message>
        <source>A customer gets no more than one marketing message in this many hours.</source>
        <translation>Un client primește cel mult un mesaj de marketing în atâtea ore.</translation>
    </message>
    <message>
        <source>Review link (with {order})</source>
        <translation>Link de recenzie (cu {order})</translation>
    </message>
    <message>
        <source>The review request links here; {order} becomes the order number.</source>
        <translation>Cererea de recenzie trimite aici; {order} devine numărul comenzii.</translation>
    </message>
    <message>
        <source>Unsubscribe link (with {token})</source>
        <translation>Link de dezabonare (cu {token})</translation>
    </message>
    <message>
        <source>In every marketing message; {token} becomes the customer&apos;s own random link token, which the shop&apos;s unsubscribe page hands to `packstation unsubscribe`.</source>
        <translation>În fiecare mesaj de marketing; {token} devine cheia aleatorie a linkului, proprie fiecărui client, pe care pagina de dezabonare a magazinului o transmite comenzii `packstation unsubscribe`.</translation>
    </message>
    <message>
        <source>Referral link (with {token})</source>
        <translation>Link de recomandare (cu {token})</translation>
    </message>
    <message>
        <source>In the referral invitation; {token} becomes the customer&apos;s own random link token.</source>
        <translation>În invitația de recomandare; {token} devine cheia aleatorie a linkului, proprie fiecărui client.</translation>
    </message>
    <message>
        <source>Referral invitation from order</source>
        <translation>Invitație de recomandare începând cu comanda</translation>
    </message>
    <message>
        <source>A customer is invited to refer friends from this order of theirs on.</source>
        <translation>Clientul este invitat să recomande prieteni începând cu această comandă a sa.</translation>
    </message>
    <message>
        <source>the tracking scan or the next order</source>
        <translation>scanarea numărului de urmărire sau comanda următoare</translation>
    </message>
    <message>
        <source>the carrier label&apos;s tracking scan</source>
        <translation>scanarea numărului de urmărire de pe eticheta curierului</translation>
    </message>
    <message>
        <source>the next order&apos;s scan</source>
        <translation>scanarea comenzii următoare</translation>
    </message>
    <message>
        <source>COMPLETE only (F9)</source>
        <translation>doar COMPLETE (F9)</translation>
    </message>
    <message>
        <source>A ready parcel closes on</source>
        <translation>Un colet gata se închide la</translation>
    </message>
    <message>
        <source>Besides COMPLETE (F9), what closes a parcel whose items and packaging are all in. Never the first packaging scan.</source>
        <translation>Ce închide, pe lângă COMPLETE (F9), un colet cu toate articolele și ambalajele puse. Niciodată prima scanare a unui ambalaj.</translation>
    </message>
    <message>
        <source>Packaging must be scanned</source>
        <translation>Ambalajul trebuie scanat</translation>
    </message>
    <message>
        <source>An order cannot be completed before its packaging is scanned.</source>
        <translation>O comandă nu poate fi finalizată înainte ca ambalajul ei să fie scanat.</translation>
    </message>
    <message>
        <source>Printer for each station and insert</source>
        <translation>Imprimanta pentru fiecare stație și material</translation>
    </message>
    <message>
        <source>Which printer each station uses for each insert and for batches; the first row is every station&apos;s default.</source>
        <translation>Ce imprimantă folosește fiecare stație pentru fiecare material și pentru loturi; primul rând este implicit pentru toate stațiile.</translation>
    </message>
    <message>
        <source>A6, one per page</source>
        <translation>A6, câte una pe pagină</translation>
    </message>
    <message>
        <source>A4, four-up with cut marks</source>
        <translation>A4, câte patru cu semne de tăiere</translation>
    </message>
    <message>
        <source>US Letter, four-up</source>
        <translation>US Letter, câte patru</translation>
    </message>
    <message>
        <source>4×6 inch label</source>
        <translation>etichetă 4×6 inch</translation>
    </message>
    <message>
        <source>Page format at the bench</source>
        <translation>Formatul paginii la masă</translation>
    </message>
    <message>
        <source>The page the inserts are printed on when an order is packed.</source>
        <translation>Pagina pe care se tipăresc materialele când o comandă este împachetată.</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minut</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n secundă</numerusform>
            <numerusform>%n secunde</numerusform>
            <numerusform>%n de secunde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n oră</numerusform>
            <numerusform>%n ore</numerusform>
            <numerusform>%n de ore</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minut</numerusform>
            <numerusform>%n minute</numerusform>
            <numerusform>%n de minute</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}&apos;s badge is locked after {count} wrong PINs: a manager or admin must unlock it (Settings › Staff &amp; badges, or {command})</source>
        <translation>{name} are ecusonul blocat după {count} PIN-uri greșite: trebuie deblocat de un manager sau un administrator (Setări › Personal și ecusoane sau {command})</translation>
    </message>
    <message>
        <source>too many wrong PINs for {name}: try again in {wait}</source>
        <translation>prea multe PIN-uri greșite pentru {name}: încercați din nou peste {wait}</translation>
    </message>
    <message>
        <source>too many wrong PINs at {station}: try again in {wait}</source>
        <translation>prea multe PIN-uri greșite la {station}: încercați din nou peste {wait}</translation>
    </message>
    <message>
        <source>wrong PIN for {name}, {count} in a row: the badge is locked until a manager or admin unlocks it (Settings › Staff &amp; badges, or {command})</source>
        <translation>PIN greșit pentru {name}, de {count} ori la rând: ecusonul rămâne blocat până îl deblochează un manager sau un administrator (Setări › Personal și ecusoane sau {command})</translation>
    </message>
    <message>
        <source>wrong PIN for {name}; too many wrong PINs at {station}: try again in {wait}</source>
        <translation>PIN greșit pentru {name}; prea multe PIN-uri greșite la {station}: încercați din nou peste {wait}</translation>
    </message>
    <message>
        <source>wrong PIN for {name}, {count} in a row: try again in {wait}</source>
        <translation>PIN greșit pentru {name} ({count} la rând): încercați din nou peste {wait}</translation>
    </message>
    <message>
        <source>wrong PIN for {name}</source>
        <translation>PIN greșit pentru {name}</translation>
    </message>
    <message>
        <source>{what} is not set — {window}, or `packstation setup {flags}`</source>
        <extracomment>{what} is what is missing (&quot;the shop&apos;s name&quot;), {window} where it is set, {flags} the command&apos;s options</extracomment>
        <translation>Lipsește {what} — {window} sau `packstation setup {flags}`</translation>
    </message>
    <message>
        <source>Settings › Shop &amp; brand</source>
        <translation>Setări › Magazin și brand</translation>
    </message>
    <message>
        <source>Settings › Vouchers &amp; returns</source>
        <translation>Setări › Vouchere și retururi</translation>
    </message>
    <message>
        <source>Settings › Sending</source>
        <translation>Setări › Trimitere</translation>
    </message>
    <message>
        <source>every message</source>
        <translation>toate mesajele</translation>
    </message>
    <message>
        <source>the shop&apos;s name</source>
        <translation>numele magazinului</translation>
    </message>
    <message>
        <source>the support e-mail</source>
        <translation>adresa de e-mail pentru asistență</translation>
    </message>
    <message>
        <source>the return address</source>
        <translation>adresa de retur</translation>
    </message>
    <message>
        <source>the link where a voucher is redeemed</source>
        <translation>linkul pentru folosirea voucherului</translation>
    </message>
    <message>
        <source>the link of the returns page</source>
        <translation>linkul paginii de retururi</translation>
    </message>
    <message>
        <source>the link where a customer writes a review</source>
        <translation>linkul pentru scrierea unei recenzii</translation>
    </message>
    <message>
        <source>review request</source>
        <translation>cerere de recenzie</translation>
    </message>
    <message>
        <source>the unsubscribe link</source>
        <translation>linkul de dezabonare</translation>
    </message>
    <message>
        <source>every marketing message</source>
        <translation>toate mesajele de marketing</translation>
    </message>
    <message>
        <source>the referral link</source>
        <translation>linkul de recomandare</translation>
    </message>
    <message>
        <source>loyalty invitation</source>
        <translation>invitație la programul de fidelitate</translation>
    </message>
</context>
<context>
    <name>BatchView</name>
    <message>
        <source>Thank-you note</source>
        <translation>Bilet de mulțumire</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <source>Return label</source>
        <translation>Etichetă de retur</translation>
    </message>
    <message>
        <source>Packing slip</source>
        <translation>Aviz de însoțire</translation>
    </message>
    <message>
        <source>Ready, not yet packed</source>
        <translation>Gata, încă neîmpachetate</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Noi</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Suspendate</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>Împachetate</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Orice stare</translation>
    </message>
    <message>
        <source>from YYYY-MM-DD</source>
        <translation>de la AAAA-LL-ZZ</translation>
    </message>
    <message>
        <source>to YYYY-MM-DD</source>
        <translation>până la AAAA-LL-ZZ</translation>
    </message>
    <message>
        <source>part of the shipping method</source>
        <translation>o parte din metoda de livrare</translation>
    </message>
    <message>
        <source>an order tag</source>
        <translation>o etichetă a comenzii</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Orice limbă</translation>
    </message>
    <message>
        <source>Only orders not yet pre-printed</source>
        <translation>Doar comenzile încă netipărite în avans</translation>
    </message>
    <message>
        <source>Or scan order numbers here, one per line</source>
        <translation>Sau scanați aici numere de comandă, câte unul pe rând</translation>
    </message>
    <message>
        <source>A6, one per page</source>
        <translation>A6, câte una pe pagină</translation>
    </message>
    <message>
        <source>A4, four-up with cut marks</source>
        <translation>A4, câte patru cu semne de tăiere</translation>
    </message>
    <message>
        <source>US Letter, four-up</source>
        <translation>US Letter, câte patru</translation>
    </message>
    <message>
        <source>4×6 inch label</source>
        <translation>etichetă 4×6 inch</translation>
    </message>
    <message>
        <source>Each order&apos;s inserts together</source>
        <translation>Materialele fiecărei comenzi împreună</translation>
    </message>
    <message>
        <source>By kind: all notes, then all vouchers…</source>
        <translation>După tip: toate biletele, apoi toate voucherele…</translation>
    </message>
    <message>
        <source>The day these parcels are packed: the notes say it, and the vouchers and return windows count from it</source>
        <translation>Ziua în care se ambalează aceste colete: apare pe bilețelele de mulțumire și de la ea se numără valabilitatea voucherelor și termenele de retur</translation>
    </message>
    <message>
        <source>Render  (Ctrl+R)</source>
        <translation>Generează  (Ctrl+R)</translation>
    </message>
    <message>
        <source>Cancel  (Esc)</source>
        <translation>Anulează  (Esc)</translation>
    </message>
    <message>
        <source>Save as…  (Ctrl+S)</source>
        <translation>Salvează ca…  (Ctrl+S)</translation>
    </message>
    <message>
        <source>Print  (Ctrl+P)</source>
        <translation>Tipărește  (Ctrl+P)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Comandate</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Livrare</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etichetă</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Limbă</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Comenzi</translation>
    </message>
    <message>
        <source>Inserts</source>
        <translation>Materiale</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Aranjare</translation>
    </message>
    <message>
        <source>Collate</source>
        <translation>Ordonare</translation>
    </message>
    <message>
        <source>Packing day</source>
        <translation>Ziua ambalării</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de la</translation>
    </message>
    <message>
        <source>to</source>
        <translation>până la</translation>
    </message>
    <message>
        <source>The &apos;{field}&apos; date {text} is not a date like 2026-11-25</source>
        <translation>Data „{field}” {text} nu este o dată de forma 2026-11-25</translation>
    </message>
    <message>
        <source>{orders} orders × {kinds} inserts = {pages} pages</source>
        <translation>comenzi: {orders} × materiale: {kinds} = pagini: {pages}</translation>
    </message>
    <message>
        <source>Choose at least one insert</source>
        <translation>Alegeți cel puțin un material</translation>
    </message>
    <message>
        <source>Packing day {day} has passed: it is {today} now — check the day and render again</source>
        <translation>Ziua de ambalare {day} a trecut: acum este {today} — verificați ziua și generați din nou</translation>
    </message>
    <message>
        <source>{done} / {total} orders, {left} s left</source>
        <translation>{done} / {total} comenzi, mai rămân {left} s</translation>
    </message>
    <message>
        <source>{done} / {total} orders</source>
        <translation>{done} / {total} comenzi</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Pornire…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Se anulează…</translation>
    </message>
    <message>
        <source>Batch {batch} for {day}: {inserts} inserts on {pages} pages — {file}</source>
        <translation>Lotul {batch} pentru {day}: {inserts} materiale pe {pages} pagini — {file}</translation>
    </message>
    <message>
        <source>Not rendered: {error}</source>
        <translation>Negenerat: {error}</translation>
    </message>
    <message>
        <source>Cancelled: no file was written, and orders not reached got no codes</source>
        <translation>Anulat: nu s-a scris niciun fișier, iar comenzile neatinse nu au primit coduri</translation>
    </message>
    <message>
        <source>Save the batch</source>
        <translation>Salvați lotul</translation>
    </message>
    <message>
        <source>Saved as {file}</source>
        <translation>Salvat ca {file}</translation>
    </message>
    <message>
        <source>Printing on {printer}…</source>
        <translation>Se tipărește la {printer}…</translation>
    </message>
    <message>
        <source>Printing failed — {error} (kept in the print queue)</source>
        <translation>Tipărirea a eșuat — {error} (păstrată în coada de tipărire)</translation>
    </message>
    <message>
        <source>Printed on {printer}</source>
        <translation>Tipărit la {printer}</translation>
    </message>
    <message>
        <source>Not printed: {error}</source>
        <translation>Netipărit: {error}</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up your shop</source>
        <translation>Configurați magazinul</translation>
    </message>
    <message>
        <source>Who looks after the shop</source>
        <translation>Cine se ocupă de magazin</translation>
    </message>
    <message>
        <source>This shop has no staff yet. You become its first admin: you sign in with this badge and PIN to change the settings and add packers.</source>
        <translation>Magazinul nu are încă personal. Deveniți primul lui administrator: cu acest ecuson și acest PIN vă autentificați ca să schimbați setările și să adăugați ambalatori.</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Numele dvs.:</translation>
    </message>
    <message>
        <source>Your badge:</source>
        <translation>Ecusonul dvs.:</translation>
    </message>
    <message>
        <source>scan it, or type e.g. A-0001</source>
        <translation>scanați-l sau tastați-l, de ex. A-0001</translation>
    </message>
    <message>
        <source>PIN (at least 6 digits):</source>
        <translation>PIN (cel puțin 6 cifre):</translation>
    </message>
    <message>
        <source>The same PIN again:</source>
        <translation>Repetați PIN-ul:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Autentificare</translation>
    </message>
    <message>
        <source>Setting up the shop needs a manager&apos;s badge and PIN.</source>
        <translation>Configurarea magazinului cere ecusonul și PIN-ul unui manager.</translation>
    </message>
    <message>
        <source>Manager badge:</source>
        <translation>Ecuson de manager:</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <source>Your shop</source>
        <translation>Magazinul dvs.</translation>
    </message>
    <message>
        <source>What every insert and message is signed with.</source>
        <translation>Datele cu care se semnează fiecare material și fiecare mesaj.</translation>
    </message>
    <message>
        <source>Shop name:</source>
        <translation>Numele magazinului:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Site web:</translation>
    </message>
    <message>
        <source>The shop runs on Shopify</source>
        <translation>Magazinul folosește Shopify</translation>
    </message>
    <message>
        <source>Support e-mail:</source>
        <translation>E-mail de asistență:</translation>
    </message>
    <message>
        <source>Support phone:</source>
        <translation>Telefon de asistență:</translation>
    </message>
    <message>
        <source>a PNG or JPEG file</source>
        <translation>un fișier PNG sau JPEG</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Alegeți…</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Siglă:</translation>
    </message>
    <message>
        <source>Main colour:</source>
        <translation>Culoarea principală:</translation>
    </message>
    <message>
        <source>Accent colour:</source>
        <translation>Culoarea de accent:</translation>
    </message>
    <message>
        <source>Where returns go</source>
        <translation>Unde ajung retururile</translation>
    </message>
    <message>
        <source>Printed on every return label, as the address.</source>
        <translation>Se tipărește ca adresă pe fiecare etichetă de retur.</translation>
    </message>
    <message>
        <source>Name or company:</source>
        <translation>Nume sau firmă:</translation>
    </message>
    <message>
        <source>Street:</source>
        <translation>Stradă:</translation>
    </message>
    <message>
        <source>Postcode:</source>
        <translation>Cod poștal:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Oraș:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Țară:</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Linkuri</translation>
    </message>
    <message>
        <source>Where the voucher&apos;s QR code, the return label and the follow-up messages send your customers.</source>
        <translation>Unde ajung clienții dvs. din codul QR de pe voucher, de pe eticheta de retur și din mesajele ulterioare.</translation>
    </message>
    <message>
        <source>Redeem a voucher:</source>
        <translation>Folosirea voucherului:</translation>
    </message>
    <message>
        <source>Returns page:</source>
        <translation>Pagina de retururi:</translation>
    </message>
    <message>
        <source>Write a review:</source>
        <translation>Scrierea unei recenzii:</translation>
    </message>
    <message>
        <source>Unsubscribe:</source>
        <translation>Dezabonare:</translation>
    </message>
    <message>
        <source>Referral:</source>
        <translation>Recomandare:</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Gata</translation>
    </message>
    <message>
        <source>Your logo</source>
        <translation>Sigla dvs.</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imagini (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Filled in from your website: Shopify redeems a code at /discount/CODE. Check it.</source>
        <translation>Completat după site-ul dvs.: Shopify aplică un cod la /discount/COD. Verificați.</translation>
    </message>
    <message>
        <source>Not stored: {reason}</source>
        <translation>Nesalvat: {reason}</translation>
    </message>
    <message>
        <source>the two PINs differ</source>
        <translation>cele două PIN-uri diferă</translation>
    </message>
    <message>
        <source>The packaging catalogue is empty: before the first parcel, add your boxes and fillers in Settings (F11) › Packaging — the bench asks for each parcel&apos;s packaging.</source>
        <translation>Catalogul de ambalaje este gol: înainte de primul colet, adăugați cutiile și materialele de umplere în Setări (F11) › Ambalaje — la masa de ambalare se cere ambalajul fiecărui colet.</translation>
    </message>
    <message>
        <source>Everything the inserts and messages need is set. Import your orders (File › Import) and scan the first one at the Pack screen.</source>
        <translation>Tot ce le trebuie materialelor și mesajelor este setat. Importați comenzile (Fișier › Import) și scanați-o pe prima în ecranul Împachetare.</translation>
    </message>
    <message>
        <source>Stored. Still to set, in Settings (F11) — until then these are not printed or sent:</source>
        <translation>Salvat. Mai sunt de setat, în Setări (F11) — până atunci acestea nu se tipăresc și nu se trimit:</translation>
    </message>
</context>
<context>
    <name>FollowUpRulesPage</name>
    <message>
        <source>packing</source>
        <translation>împachetare</translation>
    </message>
    <message>
        <source>expected delivery</source>
        <translation>livrarea estimată</translation>
    </message>
    <message>
        <source>the voucher&apos;s expiry</source>
        <translation>expirarea voucherului</translation>
    </message>
    <message>
        <source>running out</source>
        <translation>terminarea produsului</translation>
    </message>
    <message>
        <source>the first order&apos;s anniversary</source>
        <translation>aniversarea primei comenzi</translation>
    </message>
    <message>
        <source>the customer&apos;s birthday</source>
        <translation>ziua de naștere a clientului</translation>
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
        <translation>Mesaj ulterior</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activ</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Zile</translation>
    </message>
    <message>
        <source>After</source>
        <translation>După</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Trimis prin</translation>
    </message>
    <message>
        <source>Given up after (days)</source>
        <translation>Se renunță după (zile)</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Încercări</translation>
    </message>
    <message>
        <source>Only when (e.g. !is_gift, language=cs)</source>
        <translation>Doar când (de ex. !is_gift, language=cs)</translation>
    </message>
    <message>
        <source>Days count from the moment under After (a minus: that many days before it). Marketing follow-ups go only to customers who agreed to them.</source>
        <translation>Zilele se numără de la momentul din coloana După (cu minus: cu atâtea zile înainte). Mesajele de marketing ajung doar la clienții care au fost de acord.</translation>
    </message>
    <message>
        <source>Save  (Ctrl+S)</source>
        <translation>Salvează  (Ctrl+S)</translation>
    </message>
    <message>
        <source>Back to the shipped rules</source>
        <translation>Înapoi la regulile implicite</translation>
    </message>
    <message>
        <source>marketing</source>
        <translation>marketing</translation>
    </message>
    <message>
        <source>service</source>
        <translation>serviciu</translation>
    </message>
    <message>
        <source>{rule} on</source>
        <translation>{rule} activ</translation>
    </message>
    <message>
        <source>Saved: the next parcels packed follow these rules</source>
        <translation>Salvat: următoarele colete împachetate urmează aceste reguli</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>Nimic nu s-a schimbat</translation>
    </message>
</context>
<context>
    <name>InsertTextsPage</name>
    <message>
        <source>Thank-you note</source>
        <translation>Bilet de mulțumire</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <source>Return label</source>
        <translation>Etichetă de retur</translation>
    </message>
    <message>
        <source>Packing slip</source>
        <translation>Aviz de însoțire</translation>
    </message>
    <message>
        <source>Save  (Ctrl+S)</source>
        <translation>Salvează  (Ctrl+S)</translation>
    </message>
    <message>
        <source>Back to the shipped text</source>
        <translation>Înapoi la textul implicit</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Limbă</translation>
    </message>
    <message>
        <source>The shop&apos;s own text</source>
        <translation>Textul propriu al magazinului</translation>
    </message>
    <message>
        <source>The shipped text</source>
        <translation>Textul implicit</translation>
    </message>
    <message>
        <source>Not right yet — the preview shows the text in use: {problem}</source>
        <translation>Încă nu e corect — previzualizarea arată textul folosit acum: {problem}</translation>
    </message>
    <message>
        <source>The preview could not be drawn: {error}</source>
        <translation>Previzualizarea nu a putut fi desenată: {error}</translation>
    </message>
    <message>
        <source>Checking the text against every kind of parcel…</source>
        <translation>Verific textul pentru fiecare fel de colet…</translation>
    </message>
    <message>
        <source>Saved: every station prints it from now on</source>
        <translation>Salvat: de acum îl tipăresc toate stațiile</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>Nimic nu s-a schimbat</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pack  (F1)</source>
        <extracomment>the smallest bench monitor packstation is laid out for: every screen stays usable at this size</extracomment>
        <translation>Împachetare  (F1)</translation>
    </message>
    <message>
        <source>Orders  (F2)</source>
        <translation>Comenzi  (F2)</translation>
    </message>
    <message>
        <source>Outbox  (F3)</source>
        <translation>Mesaje de trimis  (F3)</translation>
    </message>
    <message>
        <source>Batch print  (F5)</source>
        <translation>Tipărire în lot  (F5)</translation>
    </message>
    <message>
        <source>Manager  (F12)</source>
        <translation>Manager  (F12)</translation>
    </message>
    <message>
        <source>Print queue  (F10)</source>
        <translation>Coada de tipărire  (F10)</translation>
    </message>
    <message>
        <source>Settings  (F11)</source>
        <translation>Setări  (F11)</translation>
    </message>
    <message>
        <source>Database: {database}</source>
        <translation>Baza de date: {database}</translation>
    </message>
    <message>
        <source>Still owed, not printed: {reason}</source>
        <translation>Încă așteaptă tipărirea: {reason}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fișier</translation>
    </message>
    <message>
        <source>&amp;Import orders or products…</source>
        <translation>&amp;Importă comenzi sau produse…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Ieșire</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vizualizare</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Text mai &amp;mare</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Text mai m&amp;ic</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Contrast ridicat</translation>
    </message>
    <message>
        <source>Text at {scale:.0%}, high contrast</source>
        <translation>Text la {scale:.0%}, contrast ridicat</translation>
    </message>
    <message>
        <source>Text at {scale:.0%}</source>
        <translation>Text la {scale:.0%}</translation>
    </message>
    <message>
        <source>Print queue: {failed} failed  (F10)</source>
        <translation>Coada de tipărire: {failed} eșuate  (F10)</translation>
    </message>
    <message>
        <source>{order}: printing failed — {error} (kept in the print queue)</source>
        <translation>{order}: tipărirea a eșuat — {error} (păstrată în coada de tipărire)</translation>
    </message>
    <message>
        <source>{order}: inserts printed</source>
        <translation>{order}: materialele au fost tipărite</translation>
    </message>
    <message>
        <source>{order}: printing the inserts…</source>
        <translation>{order}: se tipăresc materialele…</translation>
    </message>
    <message>
        <source>{order}: printing failed — {error}</source>
        <translation>{order}: tipărirea a eșuat — {error}</translation>
    </message>
    <message>
        <source>Import orders or products</source>
        <translation>Import de comenzi sau produse</translation>
    </message>
    <message>
        <source>Shop exports (*.csv *.json);;All files (*)</source>
        <translation>Exporturi din magazin (*.csv *.json);;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Se importă {file}…</translation>
    </message>
    <message>
        <source>Imported {file}: {created} new, {updated} updated, {rejected} rows rejected</source>
        <translation>Importat {file}: {created} noi, {updated} actualizate, {rejected} rânduri respinse</translation>
    </message>
    <message>
        <source>Import finished with problems</source>
        <translation>Importul s-a încheiat cu probleme</translation>
    </message>
    <message>
        <source>Import failed: nothing was imported</source>
        <translation>Importul a eșuat: nu s-a importat nimic</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Nu s-a importat nimic</translation>
    </message>
</context>
<context>
    <name>ManagerApproval</name>
    <message>
        <source>Scan or type your manager badge</source>
        <translation>Scanați sau tastați ecusonul de manager</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Badge:</source>
        <translation>Ecuson:</translation>
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
        <translation>Scanați sau tastați ecusonul de manager</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Autentificare</translation>
    </message>
    <message>
        <source>Not signed in: {reason}</source>
        <translation>Neautentificat: {reason}</translation>
    </message>
</context>
<context>
    <name>ManagerView</name>
    <message>
        <source>The manager&apos;s figures need a manager&apos;s badge and PIN.</source>
        <translation>Cifrele managerului cer ecusonul și PIN-ul unui manager.</translation>
    </message>
    <message>
        <source>Signed in: {name}</source>
        <translation>Autentificat: {name}</translation>
    </message>
    <message>
        <source>by packer</source>
        <translation>pe ambalator</translation>
    </message>
    <message>
        <source>by station</source>
        <translation>pe stație</translation>
    </message>
    <message>
        <source>by day</source>
        <translation>pe zi</translation>
    </message>
    <message>
        <source>by hour</source>
        <translation>pe oră</translation>
    </message>
    <message>
        <source>Refresh  (F5)</source>
        <translation>Reîmprospătează  (F5)</translation>
    </message>
    <message>
        <source>CSV…  (Ctrl+E)</source>
        <translation>CSV…  (Ctrl+E)</translation>
    </message>
    <message>
        <source>PDF report…  (Ctrl+P)</source>
        <translation>Raport PDF…  (Ctrl+P)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De la</translation>
    </message>
    <message>
        <source>to</source>
        <translation>până la</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Comandă</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Stație</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Început</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Secunde</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articole</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grup</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Comenzi</translation>
    </message>
    <message>
        <source>Orders/h</source>
        <translation>Comenzi/h</translation>
    </message>
    <message>
        <source>Median s</source>
        <translation>Mediana s</translation>
    </message>
    <message>
        <source>P90 s</source>
        <translation>P90 s</translation>
    </message>
    <message>
        <source>Wrong/100</source>
        <translation>Greșite/100</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Suspendări</translation>
    </message>
    <message>
        <source>Plastic-free</source>
        <translation>Fără plastic</translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation>Greșite</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Double-click a packer to see their pack events</source>
        <translation>Faceți dublu clic pe un ambalator pentru a-i vedea împachetările</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Se numără…</translation>
    </message>
    <message>
        <source>The figures could not be counted: {error}</source>
        <translation>Cifrele nu au putut fi calculate: {error}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{orders}&lt;/b&gt; orders, {items} items, &lt;b&gt;{per_hour}&lt;/b&gt; orders an hour; pack time median &lt;b&gt;{median} s&lt;/b&gt;, 90th percentile {p90} s (single-item {single} s, multi-item {multi} s)</source>
        <translation>&lt;b&gt;{orders}&lt;/b&gt; comenzi, {items} articole, &lt;b&gt;{per_hour}&lt;/b&gt; comenzi pe oră; timp median de împachetare &lt;b&gt;{median} s&lt;/b&gt;, percentila 90: {p90} s (un articol {single} s, mai multe articole {multi} s)</translation>
    </message>
    <message>
        <source>Accuracy: &lt;b&gt;{wrong}&lt;/b&gt; wrong scans per 100 items, {over} over-scans, {manual} manual confirmations, {short} short ships; holds: {holds}</source>
        <translation>Precizie: &lt;b&gt;{wrong}&lt;/b&gt; scanări greșite la 100 de articole, {over} scanări în plus, {manual} confirmări manuale, {short} livrări incomplete; suspendări: {holds}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>niciuna</translation>
    </message>
    <message>
        <source>Eco: &lt;b&gt;{plastic_free}&lt;/b&gt; plastic-free, {recycled} % recycled content, {avoided} kg plastic avoided, {co2e} kg CO2e</source>
        <translation>Eco: &lt;b&gt;{plastic_free}&lt;/b&gt; fără plastic, {recycled} % conținut reciclat, {avoided} kg de plastic evitat, {co2e} kg CO2e</translation>
    </message>
    <message>
        <source>Inserts at the bench {bench}, in batches {batches}; vouchers {issued} issued, {redeemed} redeemed ({rate}); returns {returned} of {labels} labels; follow-ups sent {sent}, failed {failed}</source>
        <translation>Materiale la masă {bench}, în loturi {batches}; vouchere emise {issued}, folosite {redeemed} ({rate}); retururi {returned} din {labels} etichete; mesaje ulterioare trimise {sent}, eșuate {failed}</translation>
    </message>
    <message>
        <source>Orders per hour of the day</source>
        <translation>Comenzi pe ora din zi</translation>
    </message>
    <message>
        <source>Orders per packer</source>
        <translation>Comenzi pe ambalator</translation>
    </message>
    <message>
        <source>Plastic-free share by day (%)</source>
        <translation>Ponderea fără plastic pe zi (%)</translation>
    </message>
    <message>
        <source>Save the table</source>
        <translation>Salvați tabelul</translation>
    </message>
    <message>
        <source>{file}: cannot be written ({error})</source>
        <translation>{file}: nu poate fi scris ({error})</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>Salvat: {file}</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Salvați raportul</translation>
    </message>
    <message>
        <source>The report could not be written: {error}</source>
        <translation>Raportul nu a putut fi scris: {error}</translation>
    </message>
    <message>
        <source>{packer}: loading…</source>
        <translation>{packer}: se încarcă…</translation>
    </message>
    <message>
        <source>{packer}: pack events: {count} (newest first)</source>
        <translation>{packer}: împachetări: {count} (cele mai noi primele)</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>comenzi</translation>
    </message>
    <message>
        <source>day of the period</source>
        <translation>ziua din perioadă</translation>
    </message>
</context>
<context>
    <name>OrderListView</name>
    <message>
        <source>Search order number, name or e-mail  (Ctrl+F)</source>
        <translation>Căutați număr de comandă, nume sau e-mail  (Ctrl+F)</translation>
    </message>
    <message>
        <source>All statuses ({count})</source>
        <translation>Toate stările ({count})</translation>
    </message>
    <message>
        <source>Orders: {count}</source>
        <translation>Comenzi: {count}</translation>
    </message>
    <message>
        <source>Orders: {count} — scroll for more</source>
        <translation>Comenzi: {count} — derulați pentru mai multe</translation>
    </message>
</context>
<context>
    <name>OrderTableModel</name>
    <message>
        <source>Order</source>
        <translation>Comandă</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creată</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Lang</source>
        <translation>Limbă</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Țară</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articole</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Livrare</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Marcaje</translation>
    </message>
    <message>
        <source>gift</source>
        <translation>cadou</translation>
    </message>
    <message>
        <source>has a note</source>
        <translation>are o notă</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Cadou</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notă</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Programat</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regulă</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Către</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subiect</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Încercări</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Ultima eroare</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>în coadă</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>se trimite</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>trimis</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>eșuat</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>anulat</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omis</translation>
    </message>
    <message>
        <source>thank you</source>
        <translation>mulțumire</translation>
    </message>
    <message>
        <source>review request</source>
        <translation>cerere de recenzie</translation>
    </message>
    <message>
        <source>replenishment</source>
        <translation>reaprovizionare</translation>
    </message>
    <message>
        <source>goes well with</source>
        <translation>se potrivește cu</translation>
    </message>
    <message>
        <source>loyalty</source>
        <translation>fidelitate</translation>
    </message>
    <message>
        <source>care tips</source>
        <translation>sfaturi de îngrijire</translation>
    </message>
    <message>
        <source>shipped text message</source>
        <translation>SMS de expediere</translation>
    </message>
    <message>
        <source>voucher reminder</source>
        <translation>memento voucher</translation>
    </message>
    <message>
        <source>anniversary</source>
        <translation>aniversare</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>zi de naștere</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Toate stările</translation>
    </message>
    <message>
        <source>All follow-ups</source>
        <translation>Toate mesajele ulterioare</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Număr de comandă</translation>
    </message>
    <message>
        <source>Cancel message</source>
        <translation>Anulează mesajul</translation>
    </message>
    <message>
        <source>Send again now</source>
        <translation>Retrimite acum</translation>
    </message>
    <message>
        <source>Messages: {count}</source>
        <translation>Mesaje: {count}</translation>
    </message>
    <message>
        <source>Choose a message to see it as the customer will.</source>
        <translation>Alegeți un mesaj pentru a-l vedea așa cum îl va vedea clientul.</translation>
    </message>
    <message>
        <source>Text message to {recipient}</source>
        <translation>SMS către {recipient}</translation>
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
        <translation>ÎMPACHETAT</translation>
    </message>
    <message>
        <source>WRONG ITEM</source>
        <translation>ARTICOL GREȘIT</translation>
    </message>
    <message>
        <source>TOO MANY</source>
        <translation>PREA MULTE</translation>
    </message>
    <message>
        <source>UNKNOWN CODE</source>
        <translation>COD NECUNOSCUT</translation>
    </message>
    <message>
        <source>NOT NOW</source>
        <translation>NU ACUM</translation>
    </message>
    <message>
        <source>KEPT — NO DATABASE</source>
        <translation>PĂSTRAT — FĂRĂ BAZĂ DE DATE</translation>
    </message>
    <message>
        <source>Enter</source>
        <extracomment>every key of the bench and what it does, as the key-hint bar shows them</extracomment>
        <translation>Enter</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>finalizează</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>suspendă</translation>
    </message>
    <message>
        <source>short ship</source>
        <translation>livrează incomplet</translation>
    </message>
    <message>
        <source>take over</source>
        <translation>preia</translation>
    </message>
    <message>
        <source>reprint</source>
        <translation>retipărește</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>anulează</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>put back</source>
        <translation>pune înapoi</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>{station}: scan your badge to start</source>
        <translation>{station}: scanați ecusonul pentru a începe</translation>
    </message>
    <message>
        <source>{order}: follow-ups not queued yet — {problem}</source>
        <translation>{order}: mesajele ulterioare nu sunt încă în coadă — {problem}</translation>
    </message>
    <message>
        <source>Station {station}</source>
        <translation>Stația {station}</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Articol</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>Pus</translation>
    </message>
    <message>
        <source> g</source>
        <translation> g</translation>
    </message>
    <message>
        <source>weight…</source>
        <translation>greutate…</translation>
    </message>
    <message>
        <source>Damaged label? Type the code here and press Enter</source>
        <translation>Etichetă deteriorată? Tastați codul aici și apăsați Enter</translation>
    </message>
    <message>
        <source>SHIPPING</source>
        <translation>LIVRARE</translation>
    </message>
    <message>
        <source>PACKAGING</source>
        <translation>AMBALAJ</translation>
    </message>
    <message>
        <source>PARCEL</source>
        <translation>COLET</translation>
    </message>
    <message>
        <source>TRACKING</source>
        <translation>URMĂRIRE</translation>
    </message>
    <message>
        <source>SAMPLE</source>
        <translation>MOSTRĂ</translation>
    </message>
    <message>
        <source>WEIGHT</source>
        <translation>GREUTATE</translation>
    </message>
    <message>
        <source>Put back</source>
        <translation>Pune înapoi</translation>
    </message>
    <message>
        <source>Put {order} back on the list? What was scanned is dropped.</source>
        <translation>Puneți {order} înapoi în listă? Ce s-a scanat se pierde.</translation>
    </message>
    <message>
        <source>Keep packing</source>
        <translation>Continuă împachetarea</translation>
    </message>
    <message>
        <source>Manager sign-in</source>
        <translation>Autentificare manager</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <source>Manager approval</source>
        <translation>Aprobare manager</translation>
    </message>
    <message>
        <source>Scan or type the manager&apos;s badge, then the PIN:</source>
        <translation>Scanați sau tastați ecusonul managerului, apoi PIN-ul:</translation>
    </message>
    <message>
        <source>Missing item</source>
        <translation>Articol lipsă</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Deteriorat</translation>
    </message>
    <message>
        <source>Address problem</source>
        <translation>Problemă de adresă</translation>
    </message>
    <message>
        <source>Hold the order</source>
        <translation>Suspendați comanda</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>De ce?</translation>
    </message>
    <message>
        <source>All inserts</source>
        <translation>Toate materialele</translation>
    </message>
    <message>
        <source>Thank-you note</source>
        <translation>Bilet de mulțumire</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <source>Return label</source>
        <translation>Etichetă de retur</translation>
    </message>
    <message>
        <source>Packing slip</source>
        <translation>Aviz de însoțire</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Retipărire</translation>
    </message>
    <message>
        <source>Which insert?</source>
        <translation>Ce material?</translation>
    </message>
    <message>
        <source>Take over an order</source>
        <translation>Preluați o comandă</translation>
    </message>
    <message>
        <source>Order number:</source>
        <translation>Număr de comandă:</translation>
    </message>
    <message>
        <source>nobody signed in</source>
        <translation>nimeni autentificat</translation>
    </message>
    <message>
        <source>Scan an order</source>
        <translation>Scanați o comandă</translation>
    </message>
    <message>
        <source>Scan your badge</source>
        <translation>Scanați-vă ecusonul</translation>
    </message>
    <message>
        <source>GIFT — no prices in the parcel.</source>
        <translation>CADOU — fără prețuri în colet.</translation>
    </message>
    <message>
        <source>read</source>
        <translation>citită</translation>
    </message>
    <message>
        <source>scan OK when read</source>
        <translation>scanați OK după citire</translation>
    </message>
    <message>
        <source>NOTE ({state}): {note}</source>
        <translation>NOTĂ ({state}): {note}</translation>
    </message>
    <message>
        <source>scan the box, mailer, fill, tape</source>
        <translation>scanați cutia, plicul, umplutura, banda</translation>
    </message>
    <message>
        <source>plastic-free</source>
        <translation>fără plastic</translation>
    </message>
    <message>
        <source>contains plastic</source>
        <translation>conține plastic</translation>
    </message>
    <message>
        <source>{verdict} · {recycled}% recycled</source>
        <translation>{verdict} · {recycled}% reciclat</translation>
    </message>
    <message>
        <source>scan the carrier label</source>
        <translation>scanați eticheta curierului</translation>
    </message>
    <message>
        <source>added: {samples}</source>
        <translation>adăugat: {samples}</translation>
    </message>
    <message>
        <source>offer {sample} ({sku})</source>
        <translation>oferiți {sample} ({sku})</translation>
    </message>
</context>
<context>
    <name>PackagingPage</name>
    <message>
        <source>box</source>
        <translation>cutie</translation>
    </message>
    <message>
        <source>mailer</source>
        <translation>plic</translation>
    </message>
    <message>
        <source>void fill</source>
        <translation>umplutură</translation>
    </message>
    <message>
        <source>tape</source>
        <translation>bandă</translation>
    </message>
    <message>
        <source>wrap</source>
        <translation>învelitoare</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Cod</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Weight g</source>
        <translation>Greutate g</translation>
    </message>
    <message>
        <source>Plastic g</source>
        <translation>Plastic g</translation>
    </message>
    <message>
        <source>Recycled %</source>
        <translation>Reciclat %</translation>
    </message>
    <message>
        <source>CO2e g</source>
        <translation>CO2e g</translation>
    </message>
    <message>
        <source>Disposal texts</source>
        <translation>Texte de eliminare</translation>
    </message>
    <message>
        <source>recyclable</source>
        <translation>reciclabil</translation>
    </message>
    <message>
        <source>home compostable</source>
        <translation>compostabil acasă</translation>
    </message>
    <message>
        <source>Code (scanned at the bench)</source>
        <translation>Cod (scanat la masă)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensiune</translation>
    </message>
    <message>
        <source>Weight (g)</source>
        <translation>Greutate (g)</translation>
    </message>
    <message>
        <source>Plastic (g)</source>
        <translation>Plastic (g)</translation>
    </message>
    <message>
        <source>Recycled content (%)</source>
        <translation>Conținut reciclat (%)</translation>
    </message>
    <message>
        <source>CO2e (g)</source>
        <translation>CO2e (g)</translation>
    </message>
    <message>
        <source>How to dispose of it ({language})</source>
        <translation>Cum se aruncă ({language})</translation>
    </message>
    <message>
        <source>Save packaging  (Ctrl+S)</source>
        <translation>Salvează ambalajul  (Ctrl+S)</translation>
    </message>
    <message>
        <source>New packaging</source>
        <translation>Ambalaj nou</translation>
    </message>
</context>
<context>
    <name>PrintQueueView</name>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Pus în coadă</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Stație</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Comandă</translation>
    </message>
    <message>
        <source>Inserts</source>
        <translation>Materiale</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Imprimantă</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Încercări</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Ce nu a mers</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>în așteptare</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>tipărit</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>eșuat</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>anulat</translation>
    </message>
    <message>
        <source>Only jobs that have not printed</source>
        <translation>Doar lucrările netipărite</translation>
    </message>
    <message>
        <source>Print again  (Ctrl+R)</source>
        <translation>Tipărește din nou  (Ctrl+R)</translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation>Anulează lucrarea</translation>
    </message>
    <message>
        <source>The print queue cannot be read: the database is unreachable ({error})</source>
        <translation>Coada de tipărire nu poate fi citită: baza de date nu răspunde ({error})</translation>
    </message>
    <message>
        <source>{waiting} waiting, {failed} of them failed</source>
        <translation>{waiting} în așteptare, dintre care {failed} eșuate</translation>
    </message>
    <message>
        <source>Nothing waiting</source>
        <translation>Nimic în așteptare</translation>
    </message>
    <message>
        <source>Printing {count} again…</source>
        <translation>Se retipăresc: {count}…</translation>
    </message>
</context>
<context>
    <name>PrintersPage</name>
    <message>
        <source>Thank-you note</source>
        <translation>Bilet de mulțumire</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <source>Return label</source>
        <translation>Etichetă de retur</translation>
    </message>
    <message>
        <source>Packing slip</source>
        <translation>Aviz de însoțire</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Loturi</translation>
    </message>
    <message>
        <source>none</source>
        <translation>niciuna</translation>
    </message>
    <message>
        <source>A printer is folder:PATH, cups:QUEUE, raw:HOST:9100 (ZPL for a thermal printer) or qt:NAME. An empty cell uses the first row, then the print folder. Printers this computer knows: {known}</source>
        <translation>O imprimantă este folder:CALE, cups:COADĂ, raw:HOST:9100 (ZPL pentru o imprimantă termică) sau qt:NUME. O celulă goală folosește primul rând, apoi dosarul de tipărire. Imprimante cunoscute de acest computer: {known}</translation>
    </message>
    <message>
        <source>Save  (Ctrl+S)</source>
        <translation>Salvează  (Ctrl+S)</translation>
    </message>
    <message>
        <source>a bench that has not started yet, e.g. Bench 4</source>
        <translation>o stație care nu a pornit încă, de ex. Bench 4</translation>
    </message>
    <message>
        <source>Add a station</source>
        <translation>Adaugă o stație</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Stație</translation>
    </message>
    <message>
        <source>Every station</source>
        <translation>Toate stațiile</translation>
    </message>
    <message>
        <source>Not added: {station}</source>
        <translation>Neadăugat: {station}</translation>
    </message>
    <message>
        <source>{station} added: set its printers, then save</source>
        <translation>{station} adăugată: setați-i imprimantele, apoi salvați</translation>
    </message>
</context>
<context>
    <name>ProductNamesPage</name>
    <message>
        <source>Find a product by SKU or name</source>
        <translation>Caută un produs după SKU sau denumire</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Shop&apos;s name</source>
        <translation>Denumirea din magazin</translation>
    </message>
    <message>
        <source>Named in</source>
        <translation>Denumiri în</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Limbă</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Denumire</translation>
    </message>
    <message>
        <source>Save names  (Ctrl+S)</source>
        <translation>Salvează denumirile  (Ctrl+S)</translation>
    </message>
    <message>
        <source>Names of {name} ({sku})</source>
        <translation>Denumirile produsului {name} ({sku})</translation>
    </message>
    <message>
        <source>Choose a product to name it in the customers&apos; languages.</source>
        <translation>Alege un produs ca să-i dai denumiri în limbile clienților.</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Save  (Ctrl+S)</source>
        <translation>Salvează  (Ctrl+S)</translation>
    </message>
    <message>
        <source>{field}: not JSON ({error})</source>
        <translation>{field}: nu este JSON ({error})</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Nesalvat: {reason}</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Nesalvat: {reason}</translation>
    </message>
    <message>
        <source>Saved: {fields}</source>
        <translation>Salvat: {fields}</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>Nimic nu s-a schimbat</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Shop name</source>
        <translation>Numele magazinului</translation>
    </message>
    <message>
        <source>Voice (warm, playful, calm)</source>
        <translation>Ton (cald, jucăuș, calm)</translation>
    </message>
    <message>
        <source>Support e-mail</source>
        <translation>E-mail de asistență</translation>
    </message>
    <message>
        <source>Support phone</source>
        <translation>Telefon de asistență</translation>
    </message>
    <message>
        <source>Chat link</source>
        <translation>Link de chat</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Main colour (#RRGGBB)</source>
        <translation>Culoarea principală (#RRGGBB)</translation>
    </message>
    <message>
        <source>Accent colour (#RRGGBB)</source>
        <translation>Culoarea de accent (#RRGGBB)</translation>
    </message>
    <message>
        <source>Logo file</source>
        <translation>Fișierul siglei</translation>
    </message>
    <message>
        <source>Return address (lines separated by |)</source>
        <translation>Adresa de retur (rânduri separate prin |)</translation>
    </message>
    <message>
        <source>The settings are for managers: scan your badge, type your PIN.</source>
        <translation>Setările sunt pentru manageri: scanați ecusonul, tastați PIN-ul.</translation>
    </message>
    <message>
        <source>Shop &amp;&amp; brand</source>
        <translation>Magazin și brand</translation>
    </message>
    <message>
        <source>Insert texts</source>
        <translation>Textele materialelor</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Mesaje ulterioare</translation>
    </message>
    <message>
        <source>Packaging</source>
        <translation>Ambalaje</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produse</translation>
    </message>
    <message>
        <source>Staff &amp;&amp; badges</source>
        <translation>Personal și ecusoane</translation>
    </message>
    <message>
        <source>This station</source>
        <translation>Această stație</translation>
    </message>
    <message>
        <source>send a test e-mail to…</source>
        <translation>trimiteți un e-mail de test către…</translation>
    </message>
    <message>
        <source>SMTP password for this test (not stored)</source>
        <translation>Parola SMTP pentru acest test (nu se salvează)</translation>
    </message>
    <message>
        <source>Send test e-mail</source>
        <translation>Trimite e-mail de test</translation>
    </message>
    <message>
        <source>or a test text to +420…</source>
        <translation>sau un SMS de test către +40…</translation>
    </message>
    <message>
        <source>Send test text</source>
        <translation>Trimite SMS de test</translation>
    </message>
    <message>
        <source>Sending to {recipient}…</source>
        <translation>Se trimite către {recipient}…</translation>
    </message>
    <message>
        <source>Sending a text to {recipient}…</source>
        <translation>Se trimite un SMS către {recipient}…</translation>
    </message>
    <message>
        <source>Not sent: {error}</source>
        <translation>Netrimis: {error}</translation>
    </message>
    <message>
        <source>Staff language of this station</source>
        <translation>Limba personalului la această stație</translation>
    </message>
    <message>
        <source>Save the language</source>
        <translation>Salvați limba</translation>
    </message>
    <message>
        <source>The window speaks the chosen language from its next start.</source>
        <translation>Fereastra va folosi limba aleasă de la următoarea pornire.</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>Nimic nu s-a schimbat</translation>
    </message>
    <message>
        <source>Saved: {language}. Start packstation again to use it.</source>
        <translation>Salvat: {language}. Porniți din nou packstation pentru a o folosi.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Ecuson</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activ</translation>
    </message>
    <message>
        <source>Badge, e.g. P-1005</source>
        <translation>Ecuson, de ex. P-1005</translation>
    </message>
    <message>
        <source>PIN (managers: 6 digits or more)</source>
        <translation>PIN (manageri: cel puțin 6 cifre)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adaugă</translation>
    </message>
    <message>
        <source>Retire badge</source>
        <translation>Retrage ecusonul</translation>
    </message>
    <message>
        <source>Unlock badge</source>
        <translation>Deblochează ecusonul</translation>
    </message>
    <message>
        <source>Badge cards (PDF)…</source>
        <translation>Carduri de ecuson (PDF)…</translation>
    </message>
    <message>
        <source>packer</source>
        <translation>ambalator</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>manager</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>da</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>retras</translation>
    </message>
    <message>
        <source>locked: too many wrong PINs</source>
        <translation>blocat: prea multe PIN-uri greșite</translation>
    </message>
    <message>
        <source>Added {name} ({badge})</source>
        <translation>Adăugat: {name} ({badge})</translation>
    </message>
    <message>
        <source>Not added: {reason}</source>
        <translation>Neadăugat: {reason}</translation>
    </message>
    <message>
        <source>Not retired: {reason}</source>
        <translation>Neretras: {reason}</translation>
    </message>
    <message>
        <source>Unlocked {name} ({badge})</source>
        <translation>Deblocat: {name} ({badge})</translation>
    </message>
    <message>
        <source>{name} ({badge}) was not locked</source>
        <translation>{name} ({badge}): ecusonul nu era blocat</translation>
    </message>
    <message>
        <source>Not unlocked: {reason}</source>
        <translation>Nedeblocat: {reason}</translation>
    </message>
    <message>
        <source>Select the badges to unlock first</source>
        <translation>Mai întâi selectați ecusoanele de deblocat</translation>
    </message>
    <message>
        <source>Badge cards</source>
        <translation>Carduri de ecuson</translation>
    </message>
    <message>
        <source>Badge cards: {count}, in {file}</source>
        <translation>Carduri de ecuson: {count}, în {file}</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>Print: {inserts}</source>
        <translation>Tipărire: {inserts}</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>Unpaid</source>
        <translation>Neplătită</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Gata</translation>
    </message>
    <message>
        <source>Packing</source>
        <translation>În împachetare</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>Împachetată</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Suspendată</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulată</translation>
    </message>
</context>
</TS>

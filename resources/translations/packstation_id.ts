<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name></name>
    <message>
        <source>missing item</source>
        <translation>barang kurang</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>rusak</translation>
    </message>
    <message>
        <source>address problem</source>
        <translation>masalah alamat</translation>
    </message>
    <message>
        <source>Reprinting the inserts of {order}</source>
        <translation>Mencetak ulang sisipan pesanan {order}</translation>
    </message>
    <message>
        <source>Reprinting the thank-you note of {order}</source>
        <translation>Mencetak ulang kartu terima kasih pesanan {order}</translation>
    </message>
    <message>
        <source>Reprinting the voucher of {order}</source>
        <translation>Mencetak ulang voucher pesanan {order}</translation>
    </message>
    <message>
        <source>Reprinting the return label of {order}</source>
        <translation>Mencetak ulang label retur pesanan {order}</translation>
    </message>
    <message>
        <source>Reprinting the packing slip of {order}</source>
        <translation>Mencetak ulang slip pengepakan pesanan {order}</translation>
    </message>
    <message>
        <source>{order} is not paid yet: do not pack it</source>
        <translation>{order} belum dibayar: jangan dikemas</translation>
    </message>
    <message>
        <source>{order} was cancelled: do not pack it</source>
        <translation>{order} dibatalkan: jangan dikemas</translation>
    </message>
    <message>
        <source>{order} is already packed at {station} on {when:%Y-%m-%d %H:%M}</source>
        <translation>{order} sudah dikemas di {station} pada {when:%Y-%m-%d %H:%M}</translation>
    </message>
    <message>
        <source>{order} is already packed</source>
        <translation>{order} sudah dikemas</translation>
    </message>
    <message>
        <source>{order} is being packed elsewhere</source>
        <translation>{order} sedang dikemas di tempat lain</translation>
    </message>
    <message>
        <source>{order} is being packed by {packer} at {station} since {since:%H:%M} — stale: a manager can take it over</source>
        <translation>{order} sedang dikemas oleh {packer} di {station} sejak {since:%H:%M} — terbengkalai: manajer bisa mengambil alih</translation>
    </message>
    <message>
        <source>{order} is being packed by {packer} at {station} since {since:%H:%M}</source>
        <translation>{order} sedang dikemas oleh {packer} di {station} sejak {since:%H:%M}</translation>
    </message>
    <message>
        <source>Sign in first</source>
        <translation>Masuk terlebih dahulu</translation>
    </message>
    <message>
        <source>{order} has no open session to take over</source>
        <translation>{order} tidak punya sesi terbuka untuk diambil alih</translation>
    </message>
    <message>
        <source>{order} is still being packed at {station}: its lease runs until {until:%H:%M}</source>
        <translation>{order} masih dikemas di {station}: pemesanannya berlaku sampai {until:%H:%M}</translation>
    </message>
    <message>
        <source>{order} taken over from the stale session (approved by {manager})</source>
        <translation>{order} diambil alih dari sesi terbengkalai (disetujui oleh {manager})</translation>
    </message>
    <message>
        <source>Held: {reason} ({packer}, {when:%d.%m. %H:%M}) — carried on where it stopped</source>
        <translation>Ditunda: {reason} ({packer}, {when:%d.%m. %H:%M}) — dilanjutkan dari posisi terakhir</translation>
    </message>
    <message>
        <source>Resumed {order} where it was: {done} of {total} items in</source>
        <translation>{order} dilanjutkan dari posisi terakhir: {done} dari {total} barang sudah masuk</translation>
    </message>
    <message>
        <source>Two codes in one scan: scan them one at a time</source>
        <translation>Dua kode dalam satu pindaian: pindai satu per satu</translation>
    </message>
    <message>
        <source>Not a barcode: {length} characters at once (at most {most}) — scan again</source>
        <translation>Bukan barcode: {length} karakter sekaligus (paling banyak {most}) — pindai lagi</translation>
    </message>
    <message>
        <source>Database unreachable — {code} kept (scans waiting: {waiting}); retrying, carry on</source>
        <translation>Database tidak terjangkau — {code} disimpan (pindaian menunggu: {waiting}); mencoba lagi, lanjutkan saja</translation>
    </message>
    <message>
        <source>Database reachable again</source>
        <translation>Database terjangkau lagi</translation>
    </message>
    <message>
        <source>Database back, kept scans sent — {message}</source>
        <translation>Database kembali, pindaian yang disimpan sudah dikirim — {message}</translation>
    </message>
    <message>
        <source>Nobody has the badge {badge!r}</source>
        <translation>Tidak ada yang memegang lencana {badge!r}</translation>
    </message>
    <message>
        <source>{name}: a manager&apos;s badge needs the PIN too</source>
        <translation>{name}: lencana manajer juga perlu PIN</translation>
    </message>
    <message>
        <source>Hello {name} — scan an order</source>
        <translation>Halo {name} — pindai pesanan</translation>
    </message>
    <message>
        <source>Badge {badge!r} is not a manager&apos;s</source>
        <translation>Lencana {badge!r} bukan milik manajer</translation>
    </message>
    <message>
        <source>Wrong PIN for {name}</source>
        <translation>PIN salah untuk {name}</translation>
    </message>
    <message>
        <source>Empty scan</source>
        <translation>Pindaian kosong</translation>
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
        <translation>tambahkan kemasan yang diperlukan, lalu pindai label kurir (atau COMPLETE)</translation>
    </message>
    <message>
        <source>add any packaging, then scan the next order (or COMPLETE)</source>
        <translation>tambahkan kemasan yang diperlukan, lalu pindai pesanan berikutnya (atau COMPLETE)</translation>
    </message>
    <message>
        <source>add any packaging, then scan the carrier label or the next order</source>
        <translation>tambahkan kemasan yang diperlukan, lalu pindai label kurir atau pesanan berikutnya</translation>
    </message>
    <message>
        <source>add any packaging, then scan COMPLETE</source>
        <translation>tambahkan kemasan yang diperlukan, lalu pindai COMPLETE</translation>
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
        <translation>Pemindai mengirim sesuatu yang tidak terbaca ({code}): pindai lagi</translation>
    </message>
    <message>
        <source>Not held: carry on packing</source>
        <translation>Tidak ditunda: lanjutkan mengemas</translation>
    </message>
    <message>
        <source>Hold: scan the reason (missing item, damaged, address problem), or OK to carry on</source>
        <translation>Tunda: pindai alasannya (barang kurang, rusak, masalah alamat), atau OK untuk lanjut</translation>
    </message>
    <message>
        <source>Acknowledge the error first: scan OK or press Enter</source>
        <translation>Konfirmasi kesalahan dulu: pindai OK atau tekan Enter</translation>
    </message>
    <message>
        <source>Scan a hold reason from the bench sheet (or CANCEL)</source>
        <translation>Pindai alasan penundaan dari lembar meja (atau CANCEL)</translation>
    </message>
    <message>
        <source>No order {code}: scan an order number or a packing slip</source>
        <translation>Tidak ada pesanan {code}: pindai nomor pesanan atau slip pengepakan</translation>
    </message>
    <message>
        <source>Too many: {item} — the order has {quantity}</source>
        <translation>Terlalu banyak: {item} — pesanan berisi {quantity}</translation>
    </message>
    <message>
        <source>{item} {scanned}/{quantity}</source>
        <translation>{item} {scanned}/{quantity}</translation>
    </message>
    <message>
        <source>Sample added: {item}</source>
        <translation>Sampel ditambahkan: {item}</translation>
    </message>
    <message>
        <source>Wrong item: {item} is not in {order}</source>
        <translation>Barang salah: {item} tidak ada di {order}</translation>
    </message>
    <message>
        <source>Finish, hold or cancel {order} before opening another order</source>
        <translation>Selesaikan, tunda, atau batalkan {order} sebelum membuka pesanan lain</translation>
    </message>
    <message>
        <source>Tracking {code} ({carrier})</source>
        <translation>Pelacakan {code} ({carrier})</translation>
    </message>
    <message>
        <source>Not signed in: {reason}</source>
        <translation>Belum masuk: {reason}</translation>
    </message>
    <message>
        <source>Not approved: {reason}</source>
        <translation>Tidak disetujui: {reason}</translation>
    </message>
    <message>
        <source>Unknown code {code}</source>
        <translation>Kode tidak dikenal {code}</translation>
    </message>
    <message>
        <source>Packaging: {packaging} — parcel plastic-free, {recycled}% recycled</source>
        <translation>Kemasan: {packaging} — paket bebas plastik, {recycled}% daur ulang</translation>
    </message>
    <message>
        <source>Packaging: {packaging} — parcel contains plastic, {recycled}% recycled</source>
        <translation>Kemasan: {packaging} — paket mengandung plastik, {recycled}% daur ulang</translation>
    </message>
    <message>
        <source>{message} — all items in: scan the packaging</source>
        <translation>{message} — semua barang masuk: pindai kemasannya</translation>
    </message>
    <message>
        <source>{message} — read the note, then scan OK</source>
        <translation>{message} — baca catatannya, lalu pindai OK</translation>
    </message>
    <message>
        <source>Error acknowledged</source>
        <translation>Kesalahan dikonfirmasi</translation>
    </message>
    <message>
        <source>Note acknowledged</source>
        <translation>Catatan dikonfirmasi</translation>
    </message>
    <message>
        <source>Nothing to acknowledge</source>
        <translation>Tidak ada yang perlu dikonfirmasi</translation>
    </message>
    <message>
        <source>{code}: open an order first</source>
        <translation>{code}: buka pesanan dulu</translation>
    </message>
    <message>
        <source>{order} put back on the list</source>
        <translation>{order} dikembalikan ke daftar</translation>
    </message>
    <message>
        <source>Short ship needs a manager: badge and PIN</source>
        <translation>Pengiriman kurang perlu manajer: lencana dan PIN</translation>
    </message>
    <message>
        <source>{code}: open or pack an order first</source>
        <translation>{code}: buka atau kemas pesanan dulu</translation>
    </message>
    <message>
        <source>{item} ({count} missing)</source>
        <translation>{item} (kurang {count})</translation>
    </message>
    <message>
        <source>Not complete: {missing}</source>
        <translation>Belum lengkap: {missing}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Read the order&apos;s note and scan OK first</source>
        <translation>Baca catatan pesanan dan pindai OK dulu</translation>
    </message>
    <message>
        <source>Scan the packaging first</source>
        <translation>Pindai kemasannya dulu</translation>
    </message>
    <message>
        <source>{order} packed — well done</source>
        <translation>{order} selesai dikemas — kerja bagus</translation>
    </message>
    <message>
        <source>{message} (follow-ups not queued yet: {problem})</source>
        <translation>{message} (pesan lanjutan belum diantrekan: {problem})</translation>
    </message>
    <message>
        <source>No order is open</source>
        <translation>Tidak ada pesanan yang terbuka</translation>
    </message>
    <message>
        <source>{order} held: {reason}</source>
        <translation>{order} ditunda: {reason}</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Tidak ada yang bisa dibatalkan</translation>
    </message>
    <message>
        <source>Undone: {item} — now {scanned}/{quantity}</source>
        <translation>Dibatalkan: {item} — sekarang {scanned}/{quantity}</translation>
    </message>
    <message>
        <source>Undone: packaging {packaging} — {left} left in the parcel</source>
        <translation>Dibatalkan: kemasan {packaging} — sisa di paket: {left}</translation>
    </message>
    <message>
        <source>Undone: tracking number {code}</source>
        <translation>Dibatalkan: nomor pelacakan {code}</translation>
    </message>
    <message>
        <source>Undone: sample {code}</source>
        <translation>Dibatalkan: sampel {code}</translation>
    </message>
    <message>
        <source>{grams} g is not a parcel&apos;s weight (1 g to 70 kg)</source>
        <extracomment>what a parcel may weigh, in grams: the bench&apos;s and the command line&apos;s --weight alike</extracomment>
        <translation>{grams} g bukan berat paket (1 g sampai 70 kg)</translation>
    </message>
    <message>
        <source>Weight {kilograms:.2f} kg</source>
        <translation>Berat {kilograms:.2f} kg</translation>
    </message>
    <message>
        <source>{message} — scan OK or press Enter</source>
        <translation>{message} — pindai OK atau tekan Enter</translation>
    </message>
    <message>
        <source>thank-you note</source>
        <extracomment>what the bench calls each insert kind when it speaks of one (a refusal, the preprinted list)</extracomment>
        <translation>kartu terima kasih</translation>
    </message>
    <message>
        <source>voucher</source>
        <translation>voucher</translation>
    </message>
    <message>
        <source>return label</source>
        <translation>label retur</translation>
    </message>
    <message>
        <source>packing slip</source>
        <translation>slip pengepakan</translation>
    </message>
    <message>
        <source>{order} for {name} — items: {count}</source>
        <translation>{order} untuk {name} — barang: {count}</translation>
    </message>
    <message>
        <source>GIFT: no prices in the parcel</source>
        <translation>HADIAH: tanpa harga di dalam paket</translation>
    </message>
    <message>
        <source>read the NOTE and scan OK</source>
        <translation>baca CATATAN dan pindai OK</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>pre-printed {inserts}: put them in</source>
        <translation>sudah dicetak: {inserts} — masukkan ke paket</translation>
    </message>
    <message>
        <source>Vouchers &amp; returns</source>
        <translation>Voucher &amp; retur</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Pengiriman</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Pengiriman pesan</translation>
    </message>
    <message>
        <source>Printers</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Voucher code prefix</source>
        <translation>Awalan kode voucher</translation>
    </message>
    <message>
        <source>The letters every voucher code starts with, as in VA-K7QM-3XPA-R.</source>
        <translation>Huruf awal setiap kode voucher, seperti pada VA-K7QM-3XPA-R.</translation>
    </message>
    <message>
        <source>Percent off</source>
        <translation>Potongan persen</translation>
    </message>
    <message>
        <source>The voucher&apos;s discount in percent; 0 gives the amount off per currency instead.</source>
        <translation>Diskon voucher dalam persen; 0 memberi potongan nominal per mata uang sebagai gantinya.</translation>
    </message>
    <message>
        <source>Amount off per currency, when percent is 0 (JSON)</source>
        <translation>Potongan nominal per mata uang, bila persen 0 (JSON)</translation>
    </message>
    <message>
        <source>Currency and amount, like {example}; used only while the percent off is 0.</source>
        <translation>Mata uang dan nominal, seperti {example}; hanya dipakai selama diskon persen bernilai 0.</translation>
    </message>
    <message>
        <source>Minimum spend per currency (JSON)</source>
        <translation>Belanja minimum per mata uang (JSON)</translation>
    </message>
    <message>
        <source>The order value a voucher needs, per currency; empty for the shipped amounts.</source>
        <translation>Nilai pesanan yang diperlukan voucher, per mata uang; kosongkan untuk nilai bawaan.</translation>
    </message>
    <message>
        <source>Valid for (days)</source>
        <translation>Berlaku (hari)</translation>
    </message>
    <message>
        <source>Days from packing until the voucher in the parcel expires.</source>
        <translation>Jumlah hari sejak dikemas hingga voucher di dalam paket kedaluwarsa.</translation>
    </message>
    <message>
        <source>Redeem link (with {code})</source>
        <translation>Tautan penukaran (dengan {code})</translation>
    </message>
    <message>
        <source>The shop&apos;s link that applies the voucher; {code} becomes the voucher code.</source>
        <translation>Tautan toko yang menerapkan voucher; {code} diganti dengan kode voucher.</translation>
    </message>
    <message>
        <source>RMA prefix</source>
        <translation>Awalan RMA</translation>
    </message>
    <message>
        <source>The letters every return number starts with.</source>
        <translation>Huruf awal setiap nomor retur.</translation>
    </message>
    <message>
        <source>Return window (days from delivery)</source>
        <translation>Batas retur (hari sejak diterima)</translation>
    </message>
    <message>
        <source>How long the customer may send the parcel back; printed on the return label.</source>
        <translation>Berapa lama pelanggan boleh mengirim balik paketnya; dicetak pada label retur.</translation>
    </message>
    <message>
        <source>Returns portal link (with {rma})</source>
        <translation>Tautan portal retur (dengan {rma})</translation>
    </message>
    <message>
        <source>Printed on the return label; {rma} becomes the return number.</source>
        <translation>Dicetak pada label retur; {rma} diganti dengan nomor retur.</translation>
    </message>
    <message>
        <source>Working days in transit, by shipping method (JSON)</source>
        <translation>Hari kerja dalam perjalanan, per metode pengiriman (JSON)</translation>
    </message>
    <message>
        <source>A word of the shipping method and its working days to the door; {default} for every other method. The estimated delivery is counted from these.</source>
        <translation>Kata dari metode pengiriman dan hari kerjanya sampai ke pintu; {default} untuk metode lainnya. Perkiraan tiba dihitung dari sini.</translation>
    </message>
    <message>
        <source>Days when no parcel moves (JSON list of dates)</source>
        <translation>Hari paket tidak dikirim (daftar tanggal JSON)</translation>
    </message>
    <message>
        <source>Dates like {example}, left out when the working days in transit are counted.</source>
        <translation>Tanggal seperti {example}, dilewati saat hari kerja dalam perjalanan dihitung.</translation>
    </message>
    <message>
        <source>Tracking link per carrier (JSON, with {number})</source>
        <translation>Tautan pelacakan per kurir (JSON, dengan {number})</translation>
    </message>
    <message>
        <source>Every carrier packstation knows already links its own tracking page. Set one here only to use another page: the carrier as your shop writes it and the link; {number} becomes the parcel&apos;s tracking number.</source>
        <translation>Setiap kurir yang dikenal packstation sudah menautkan halaman pelacakannya sendiri. Atur di sini hanya jika Anda ingin memakai halaman lain: nama kurir seperti yang ditulis toko Anda dan tautannya; {number} diganti dengan nomor pelacakan paket.</translation>
    </message>
    <message>
        <source>SMTP server (smtp://user@host:587?starttls=1)</source>
        <translation>Server SMTP (smtp://user@host:587?starttls=1)</translation>
    </message>
    <message>
        <source>Where the follow-up e-mails are sent through. Its password is never stored here: it goes in {variable} or the OS keyring.</source>
        <translation>Server tempat e-mail lanjutan dikirim. Kata sandinya tidak pernah disimpan di sini: simpan di {variable} atau keyring sistem.</translation>
    </message>
    <message>
        <source>SMS webhook</source>
        <translation>Webhook SMS</translation>
    </message>
    <message>
        <source>Each text message is posted here; while it is empty no texts are queued. Its token is never stored here: it goes in {variable} or the OS keyring.</source>
        <translation>Setiap SMS dikirim ke sini; selama kosong, tidak ada SMS yang diantrekan. Tokennya tidak pernah disimpan di sini: simpan di {variable} atau keyring sistem.</translation>
    </message>
    <message>
        <source>No texts between (21:00-08:00)</source>
        <translation>Tanpa SMS antara (21:00-08:00)</translation>
    </message>
    <message>
        <source>In the recipient&apos;s own time zone; a text due then waits until the morning.</source>
        <translation>Menurut zona waktu penerima; SMS yang jatuh pada jam itu menunggu sampai pagi.</translation>
    </message>
    <message>
        <source>Hours between marketing messages</source>
        <translation>Jam antar pesan pemasaran</translation>
    </message>
    <message>
        <source>A customer gets no more than one marketing message in this many hours.</source>
        <translation>Pelanggan menerima paling banyak satu pesan pemasaran dalam sekian jam ini.</translation>
    </message>
    <message>
        <source>Review link (with {order})</source>
        <translation>Tautan ulasan (dengan {order})</translation>
    </message>
    <message>
        <source>The review request links here; {order} becomes the order number.</source>
        <translation>Permintaan ulasan menaut ke sini; {order} diganti dengan nomor pesanan.</translation>
    </message>
    <message>
        <source>Unsubscribe link (with {token})</source>
        <translation>Tautan berhenti langganan (dengan {token})</translation>
    </message>
    <message>
        <source>In every marketing message; {token} becomes the customer&apos;s own random link token, which the shop&apos;s unsubscribe page hands to `packstation unsubscribe`.</source>
        <translation>Ada di setiap pesan pemasaran; {token} diganti dengan kunci tautan acak milik masing-masing pelanggan, yang diteruskan halaman berhenti langganan toko ke perintah `packstation unsubscribe`.</translation>
    </message>
    <message>
        <source>Referral link (with {token})</source>
        <translation>Tautan referal (dengan {token})</translation>
    </message>
    <message>
        <source>In the referral invitation; {token} becomes the customer&apos;s own random link token.</source>
        <translation>Ada di undangan referal; {token} diganti dengan kunci tautan acak milik masing-masing pelanggan.</translation>
    </message>
    <message>
        <source>Referral invitation from order</source>
        <translation>Undangan referal mulai dari pesanan ke-</translation>
    </message>
    <message>
        <source>A customer is invited to refer friends from this order of theirs on.</source>
        <translation>Pelanggan diundang mengajak teman mulai dari pesanan dengan nomor urut ini.</translation>
    </message>
    <message>
        <source>the tracking scan or the next order</source>
        <translation>pindaian nomor pelacakan atau pesanan berikutnya</translation>
    </message>
    <message>
        <source>the carrier label&apos;s tracking scan</source>
        <translation>pindaian nomor pelacakan dari label kurir</translation>
    </message>
    <message>
        <source>the next order&apos;s scan</source>
        <translation>pindaian pesanan berikutnya</translation>
    </message>
    <message>
        <source>COMPLETE only (F9)</source>
        <translation>hanya COMPLETE (F9)</translation>
    </message>
    <message>
        <source>A ready parcel closes on</source>
        <translation>Paket siap ditutup dengan</translation>
    </message>
    <message>
        <source>Besides COMPLETE (F9), what closes a parcel whose items and packaging are all in. Never the first packaging scan.</source>
        <translation>Selain COMPLETE (F9), yang menutup paket yang semua barang dan kemasannya sudah masuk. Tidak pernah pindaian kemasan pertama.</translation>
    </message>
    <message>
        <source>Packaging must be scanned</source>
        <translation>Kemasan wajib dipindai</translation>
    </message>
    <message>
        <source>An order cannot be completed before its packaging is scanned.</source>
        <translation>Pesanan tidak dapat diselesaikan sebelum kemasannya dipindai.</translation>
    </message>
    <message>
        <source>Printer for each station and insert</source>
        <translation>Printer untuk setiap stasiun dan sisipan</translation>
    </message>
    <message>
        <source>Which printer each station uses for each insert and for batches; the first row is every station&apos;s default.</source>
        <translation>Printer yang dipakai setiap stasiun untuk setiap sisipan dan untuk batch; baris pertama berlaku bawaan untuk semua stasiun.</translation>
    </message>
    <message>
        <source>A6, one per page</source>
        <translation>A6, satu per halaman</translation>
    </message>
    <message>
        <source>A4, four-up with cut marks</source>
        <translation>A4, empat per halaman dengan tanda potong</translation>
    </message>
    <message>
        <source>US Letter, four-up</source>
        <translation>US Letter, empat per halaman</translation>
    </message>
    <message>
        <source>4×6 inch label</source>
        <translation>label 4×6 inci</translation>
    </message>
    <message>
        <source>Page format at the bench</source>
        <translation>Format halaman di meja</translation>
    </message>
    <message>
        <source>The page the inserts are printed on when an order is packed.</source>
        <translation>Halaman tempat sisipan dicetak saat pesanan dikemas.</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 menit</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n detik</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n jam</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n menit</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}&apos;s badge is locked after {count} wrong PINs: a manager or admin must unlock it (Settings › Staff &amp; badges, or {command})</source>
        <translation>Lencana {name} dikunci setelah {count} kali PIN salah: manajer atau admin harus membukanya (Pengaturan › Staf &amp; lencana, atau {command})</translation>
    </message>
    <message>
        <source>too many wrong PINs for {name}: try again in {wait}</source>
        <translation>terlalu banyak PIN salah untuk {name}: coba lagi setelah {wait}</translation>
    </message>
    <message>
        <source>too many wrong PINs at {station}: try again in {wait}</source>
        <translation>terlalu banyak PIN salah di {station}: coba lagi setelah {wait}</translation>
    </message>
    <message>
        <source>wrong PIN for {name}, {count} in a row: the badge is locked until a manager or admin unlocks it (Settings › Staff &amp; badges, or {command})</source>
        <translation>PIN salah untuk {name}, {count} kali berturut-turut: lencana dikunci sampai manajer atau admin membukanya (Pengaturan › Staf &amp; lencana, atau {command})</translation>
    </message>
    <message>
        <source>wrong PIN for {name}; too many wrong PINs at {station}: try again in {wait}</source>
        <translation>PIN salah untuk {name}; terlalu banyak PIN salah di {station}: coba lagi setelah {wait}</translation>
    </message>
    <message>
        <source>wrong PIN for {name}, {count} in a row: try again in {wait}</source>
        <translation>PIN salah untuk {name}, {count} kali berturut-turut: coba lagi setelah {wait}</translation>
    </message>
    <message>
        <source>wrong PIN for {name}</source>
        <translation>PIN salah untuk {name}</translation>
    </message>
    <message>
        <source>{what} is not set — {window}, or `packstation setup {flags}`</source>
        <extracomment>{what} is what is missing (&quot;the shop&apos;s name&quot;), {window} where it is set, {flags} the command&apos;s options</extracomment>
        <translation>Belum diatur: {what} — {window}, atau `packstation setup {flags}`</translation>
    </message>
    <message>
        <source>Settings › Shop &amp; brand</source>
        <translation>Pengaturan › Toko &amp; merek</translation>
    </message>
    <message>
        <source>Settings › Vouchers &amp; returns</source>
        <translation>Pengaturan › Voucher &amp; retur</translation>
    </message>
    <message>
        <source>Settings › Sending</source>
        <translation>Pengaturan › Pengiriman pesan</translation>
    </message>
    <message>
        <source>every message</source>
        <translation>semua pesan</translation>
    </message>
    <message>
        <source>the shop&apos;s name</source>
        <translation>nama toko</translation>
    </message>
    <message>
        <source>the support e-mail</source>
        <translation>e-mail dukungan</translation>
    </message>
    <message>
        <source>the return address</source>
        <translation>alamat retur</translation>
    </message>
    <message>
        <source>the link where a voucher is redeemed</source>
        <translation>tautan untuk memakai voucher</translation>
    </message>
    <message>
        <source>the link of the returns page</source>
        <translation>tautan halaman retur</translation>
    </message>
    <message>
        <source>the link where a customer writes a review</source>
        <translation>tautan untuk menulis ulasan</translation>
    </message>
    <message>
        <source>review request</source>
        <translation>permintaan ulasan</translation>
    </message>
    <message>
        <source>the unsubscribe link</source>
        <translation>tautan berhenti berlangganan</translation>
    </message>
    <message>
        <source>every marketing message</source>
        <translation>semua pesan pemasaran</translation>
    </message>
    <message>
        <source>the referral link</source>
        <translation>tautan referal</translation>
    </message>
    <message>
        <source>loyalty invitation</source>
        <translation>undangan program loyalitas</translation>
    </message>
</context>
<context>
    <name>BatchView</name>
    <message>
        <source>Thank-you note</source>
        <translation>Kartu terima kasih</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <source>Return label</source>
        <translation>Label retur</translation>
    </message>
    <message>
        <source>Packing slip</source>
        <translation>Slip pengepakan</translation>
    </message>
    <message>
        <source>Ready, not yet packed</source>
        <translation>Siap, belum dikemas</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Ditunda</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>Sudah dikemas</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Status apa pun</translation>
    </message>
    <message>
        <source>from YYYY-MM-DD</source>
        <translation>dari TTTT-BB-HH</translation>
    </message>
    <message>
        <source>to YYYY-MM-DD</source>
        <translation>sampai TTTT-BB-HH</translation>
    </message>
    <message>
        <source>part of the shipping method</source>
        <translation>bagian dari metode pengiriman</translation>
    </message>
    <message>
        <source>an order tag</source>
        <translation>tag pesanan</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Bahasa apa pun</translation>
    </message>
    <message>
        <source>Only orders not yet pre-printed</source>
        <translation>Hanya pesanan yang belum dicetak sebelumnya</translation>
    </message>
    <message>
        <source>Or scan order numbers here, one per line</source>
        <translation>Atau pindai nomor pesanan di sini, satu per baris</translation>
    </message>
    <message>
        <source>A6, one per page</source>
        <translation>A6, satu per halaman</translation>
    </message>
    <message>
        <source>A4, four-up with cut marks</source>
        <translation>A4, empat per halaman dengan tanda potong</translation>
    </message>
    <message>
        <source>US Letter, four-up</source>
        <translation>US Letter, empat per halaman</translation>
    </message>
    <message>
        <source>4×6 inch label</source>
        <translation>label 4×6 inci</translation>
    </message>
    <message>
        <source>Each order&apos;s inserts together</source>
        <translation>Sisipan tiap pesanan dikelompokkan</translation>
    </message>
    <message>
        <source>By kind: all notes, then all vouchers…</source>
        <translation>Per jenis: semua kartu, lalu semua voucher…</translation>
    </message>
    <message>
        <source>The day these parcels are packed: the notes say it, and the vouchers and return windows count from it</source>
        <translation>Hari paket-paket ini dikemas: tertulis di kartu terima kasih, dan masa berlaku voucher serta batas waktu pengembalian dihitung dari hari itu</translation>
    </message>
    <message>
        <source>Render  (Ctrl+R)</source>
        <translation>Buat  (Ctrl+R)</translation>
    </message>
    <message>
        <source>Cancel  (Esc)</source>
        <translation>Batal  (Esc)</translation>
    </message>
    <message>
        <source>Save as…  (Ctrl+S)</source>
        <translation>Simpan sebagai…  (Ctrl+S)</translation>
    </message>
    <message>
        <source>Print  (Ctrl+P)</source>
        <translation>Cetak  (Ctrl+P)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Dipesan</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Pengiriman</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Inserts</source>
        <translation>Sisipan</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Tata letak</translation>
    </message>
    <message>
        <source>Collate</source>
        <translation>Urutan</translation>
    </message>
    <message>
        <source>Packing day</source>
        <translation>Hari pengemasan</translation>
    </message>
    <message>
        <source>from</source>
        <translation>dari</translation>
    </message>
    <message>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <source>The &apos;{field}&apos; date {text} is not a date like 2026-11-25</source>
        <translation>Tanggal &apos;{field}&apos; {text} bukan tanggal seperti 2026-11-25</translation>
    </message>
    <message>
        <source>{orders} orders × {kinds} inserts = {pages} pages</source>
        <translation>{orders} pesanan × {kinds} sisipan = {pages} halaman</translation>
    </message>
    <message>
        <source>Choose at least one insert</source>
        <translation>Pilih setidaknya satu sisipan</translation>
    </message>
    <message>
        <source>Packing day {day} has passed: it is {today} now — check the day and render again</source>
        <translation>Hari pengemasan {day} sudah lewat: sekarang {today} — periksa harinya lalu buat ulang</translation>
    </message>
    <message>
        <source>{done} / {total} orders, {left} s left</source>
        <translation>{done} / {total} pesanan, sisa {left} dtk</translation>
    </message>
    <message>
        <source>{done} / {total} orders</source>
        <translation>{done} / {total} pesanan</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Memulai…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Membatalkan…</translation>
    </message>
    <message>
        <source>Batch {batch} for {day}: {inserts} inserts on {pages} pages — {file}</source>
        <translation>Batch {batch} untuk {day}: {inserts} sisipan di {pages} halaman — {file}</translation>
    </message>
    <message>
        <source>Not rendered: {error}</source>
        <translation>Tidak dibuat: {error}</translation>
    </message>
    <message>
        <source>Cancelled: no file was written, and orders not reached got no codes</source>
        <translation>Dibatalkan: tidak ada file yang ditulis, dan pesanan yang belum tercapai tidak mendapat kode</translation>
    </message>
    <message>
        <source>Save the batch</source>
        <translation>Simpan batch</translation>
    </message>
    <message>
        <source>Saved as {file}</source>
        <translation>Disimpan sebagai {file}</translation>
    </message>
    <message>
        <source>Printing on {printer}…</source>
        <translation>Mencetak di {printer}…</translation>
    </message>
    <message>
        <source>Printing failed — {error} (kept in the print queue)</source>
        <translation>Gagal mencetak — {error} (disimpan di antrean cetak)</translation>
    </message>
    <message>
        <source>Printed on {printer}</source>
        <translation>Dicetak di {printer}</translation>
    </message>
    <message>
        <source>Not printed: {error}</source>
        <translation>Tidak dicetak: {error}</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up your shop</source>
        <translation>Siapkan toko Anda</translation>
    </message>
    <message>
        <source>Who looks after the shop</source>
        <translation>Siapa yang mengelola toko</translation>
    </message>
    <message>
        <source>This shop has no staff yet. You become its first admin: you sign in with this badge and PIN to change the settings and add packers.</source>
        <translation>Toko ini belum punya staf. Anda menjadi admin pertamanya: dengan lencana dan PIN ini Anda masuk untuk mengubah pengaturan dan menambahkan pengemas.</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Nama Anda:</translation>
    </message>
    <message>
        <source>Your badge:</source>
        <translation>Lencana Anda:</translation>
    </message>
    <message>
        <source>scan it, or type e.g. A-0001</source>
        <translation>pindai, atau ketik mis. A-0001</translation>
    </message>
    <message>
        <source>PIN (at least 6 digits):</source>
        <translation>PIN (minimal 6 angka):</translation>
    </message>
    <message>
        <source>The same PIN again:</source>
        <translation>Ulangi PIN:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Setting up the shop needs a manager&apos;s badge and PIN.</source>
        <translation>Untuk menyiapkan toko, diperlukan lencana dan PIN manajer.</translation>
    </message>
    <message>
        <source>Manager badge:</source>
        <translation>Lencana manajer:</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <source>Your shop</source>
        <translation>Toko Anda</translation>
    </message>
    <message>
        <source>What every insert and message is signed with.</source>
        <translation>Identitas yang tercantum di setiap sisipan dan pesan.</translation>
    </message>
    <message>
        <source>Shop name:</source>
        <translation>Nama toko:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Situs web:</translation>
    </message>
    <message>
        <source>The shop runs on Shopify</source>
        <translation>Toko memakai Shopify</translation>
    </message>
    <message>
        <source>Support e-mail:</source>
        <translation>Email dukungan:</translation>
    </message>
    <message>
        <source>Support phone:</source>
        <translation>Telepon dukungan:</translation>
    </message>
    <message>
        <source>a PNG or JPEG file</source>
        <translation>berkas PNG atau JPEG</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>Main colour:</source>
        <translation>Warna utama:</translation>
    </message>
    <message>
        <source>Accent colour:</source>
        <translation>Warna aksen:</translation>
    </message>
    <message>
        <source>Where returns go</source>
        <translation>Tujuan retur</translation>
    </message>
    <message>
        <source>Printed on every return label, as the address.</source>
        <translation>Dicetak sebagai alamat di setiap label retur.</translation>
    </message>
    <message>
        <source>Name or company:</source>
        <translation>Nama atau perusahaan:</translation>
    </message>
    <message>
        <source>Street:</source>
        <translation>Jalan:</translation>
    </message>
    <message>
        <source>Postcode:</source>
        <translation>Kode pos:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Kota:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Negara:</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Tautan</translation>
    </message>
    <message>
        <source>Where the voucher&apos;s QR code, the return label and the follow-up messages send your customers.</source>
        <translation>Ke mana kode QR voucher, label retur, dan pesan lanjutan mengarahkan pelanggan Anda.</translation>
    </message>
    <message>
        <source>Redeem a voucher:</source>
        <translation>Tukar voucher:</translation>
    </message>
    <message>
        <source>Returns page:</source>
        <translation>Halaman retur:</translation>
    </message>
    <message>
        <source>Write a review:</source>
        <translation>Tulis ulasan:</translation>
    </message>
    <message>
        <source>Unsubscribe:</source>
        <translation>Berhenti langganan:</translation>
    </message>
    <message>
        <source>Referral:</source>
        <translation>Referal:</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Your logo</source>
        <translation>Logo Anda</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Gambar (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Filled in from your website: Shopify redeems a code at /discount/CODE. Check it.</source>
        <translation>Diisi dari situs web Anda: Shopify menukarkan kode di /discount/KODE. Periksa kembali.</translation>
    </message>
    <message>
        <source>Not stored: {reason}</source>
        <translation>Tidak disimpan: {reason}</translation>
    </message>
    <message>
        <source>the two PINs differ</source>
        <translation>kedua PIN tidak sama</translation>
    </message>
    <message>
        <source>The packaging catalogue is empty: before the first parcel, add your boxes and fillers in Settings (F11) › Packaging — the bench asks for each parcel&apos;s packaging.</source>
        <translation>Katalog kemasan masih kosong: sebelum paket pertama, tambahkan kardus dan bahan pengisi Anda di Pengaturan (F11) › Kemasan — meja pengemasan meminta kemasan setiap paket.</translation>
    </message>
    <message>
        <source>Everything the inserts and messages need is set. Import your orders (File › Import) and scan the first one at the Pack screen.</source>
        <translation>Semua yang dibutuhkan sisipan dan pesan sudah diatur. Impor pesanan Anda (Berkas › Impor), lalu pindai pesanan pertama di layar Kemas.</translation>
    </message>
    <message>
        <source>Stored. Still to set, in Settings (F11) — until then these are not printed or sent:</source>
        <translation>Tersimpan. Masih perlu diatur di Pengaturan (F11) — sampai saat itu, yang berikut tidak dicetak atau dikirim:</translation>
    </message>
</context>
<context>
    <name>FollowUpRulesPage</name>
    <message>
        <source>packing</source>
        <translation>pengemasan</translation>
    </message>
    <message>
        <source>expected delivery</source>
        <translation>perkiraan tiba</translation>
    </message>
    <message>
        <source>the voucher&apos;s expiry</source>
        <translation>masa berlaku voucher habis</translation>
    </message>
    <message>
        <source>running out</source>
        <translation>barang hampir habis</translation>
    </message>
    <message>
        <source>the first order&apos;s anniversary</source>
        <translation>hari jadi pesanan pertama</translation>
    </message>
    <message>
        <source>the customer&apos;s birthday</source>
        <translation>ulang tahun pelanggan</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>email</translation>
    </message>
    <message>
        <source>text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Pesan lanjutan</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Hari</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Setelah</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Dikirim lewat</translation>
    </message>
    <message>
        <source>Given up after (days)</source>
        <translation>Berhenti setelah (hari)</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Percobaan</translation>
    </message>
    <message>
        <source>Only when (e.g. !is_gift, language=cs)</source>
        <translation>Hanya jika (mis. !is_gift, language=cs)</translation>
    </message>
    <message>
        <source>Days count from the moment under After (a minus: that many days before it). Marketing follow-ups go only to customers who agreed to them.</source>
        <translation>Hari dihitung dari saat di kolom Setelah (minus: sekian hari sebelumnya). Pesan pemasaran hanya dikirim ke pelanggan yang menyetujuinya.</translation>
    </message>
    <message>
        <source>Save  (Ctrl+S)</source>
        <translation>Simpan  (Ctrl+S)</translation>
    </message>
    <message>
        <source>Back to the shipped rules</source>
        <translation>Kembali ke aturan bawaan</translation>
    </message>
    <message>
        <source>marketing</source>
        <translation>pemasaran</translation>
    </message>
    <message>
        <source>service</source>
        <translation>layanan</translation>
    </message>
    <message>
        <source>{rule} on</source>
        <translation>{rule} aktif</translation>
    </message>
    <message>
        <source>Saved: the next parcels packed follow these rules</source>
        <translation>Tersimpan: paket berikutnya yang dikemas mengikuti aturan ini</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>Tidak ada yang berubah</translation>
    </message>
</context>
<context>
    <name>InsertTextsPage</name>
    <message>
        <source>Thank-you note</source>
        <translation>Kartu terima kasih</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <source>Return label</source>
        <translation>Label retur</translation>
    </message>
    <message>
        <source>Packing slip</source>
        <translation>Slip pengepakan</translation>
    </message>
    <message>
        <source>Save  (Ctrl+S)</source>
        <translation>Simpan  (Ctrl+S)</translation>
    </message>
    <message>
        <source>Back to the shipped text</source>
        <translation>Kembali ke teks bawaan</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Sisipan</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>The shop&apos;s own text</source>
        <translation>Teks milik toko</translation>
    </message>
    <message>
        <source>The shipped text</source>
        <translation>Teks bawaan</translation>
    </message>
    <message>
        <source>Not right yet — the preview shows the text in use: {problem}</source>
        <translation>Belum benar — pratinjau menampilkan teks yang sedang dipakai: {problem}</translation>
    </message>
    <message>
        <source>The preview could not be drawn: {error}</source>
        <translation>Pratinjau tidak dapat digambar: {error}</translation>
    </message>
    <message>
        <source>Checking the text against every kind of parcel…</source>
        <translation>Memeriksa teks untuk setiap jenis paket…</translation>
    </message>
    <message>
        <source>Saved: every station prints it from now on</source>
        <translation>Tersimpan: semua stasiun mencetaknya mulai sekarang</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>Tidak ada yang berubah</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pack  (F1)</source>
        <extracomment>the smallest bench monitor packstation is laid out for: every screen stays usable at this size</extracomment>
        <translation>Kemas  (F1)</translation>
    </message>
    <message>
        <source>Orders  (F2)</source>
        <translation>Pesanan  (F2)</translation>
    </message>
    <message>
        <source>Outbox  (F3)</source>
        <translation>Kotak keluar  (F3)</translation>
    </message>
    <message>
        <source>Batch print  (F5)</source>
        <translation>Cetak batch  (F5)</translation>
    </message>
    <message>
        <source>Manager  (F12)</source>
        <translation>Manajer  (F12)</translation>
    </message>
    <message>
        <source>Print queue  (F10)</source>
        <translation>Antrean cetak  (F10)</translation>
    </message>
    <message>
        <source>Settings  (F11)</source>
        <translation>Pengaturan  (F11)</translation>
    </message>
    <message>
        <source>Database: {database}</source>
        <translation>Database: {database}</translation>
    </message>
    <message>
        <source>Still owed, not printed: {reason}</source>
        <translation>Masih tertunda, belum dicetak: {reason}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Import orders or products…</source>
        <translation>&amp;Impor pesanan atau produk…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Teks lebih &amp;besar</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Teks lebih &amp;kecil</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Kontras tinggi</translation>
    </message>
    <message>
        <source>Text at {scale:.0%}, high contrast</source>
        <translation>Teks {scale:.0%}, kontras tinggi</translation>
    </message>
    <message>
        <source>Text at {scale:.0%}</source>
        <translation>Teks {scale:.0%}</translation>
    </message>
    <message>
        <source>Print queue: {failed} failed  (F10)</source>
        <translation>Antrean cetak: {failed} gagal  (F10)</translation>
    </message>
    <message>
        <source>{order}: printing failed — {error} (kept in the print queue)</source>
        <translation>{order}: gagal mencetak — {error} (disimpan di antrean cetak)</translation>
    </message>
    <message>
        <source>{order}: inserts printed</source>
        <translation>{order}: sisipan sudah dicetak</translation>
    </message>
    <message>
        <source>{order}: printing the inserts…</source>
        <translation>{order}: mencetak sisipan…</translation>
    </message>
    <message>
        <source>{order}: printing failed — {error}</source>
        <translation>{order}: gagal mencetak — {error}</translation>
    </message>
    <message>
        <source>Import orders or products</source>
        <translation>Impor pesanan atau produk</translation>
    </message>
    <message>
        <source>Shop exports (*.csv *.json);;All files (*)</source>
        <translation>Ekspor toko (*.csv *.json);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Mengimpor {file}…</translation>
    </message>
    <message>
        <source>Imported {file}: {created} new, {updated} updated, {rejected} rows rejected</source>
        <translation>Diimpor {file}: {created} baru, {updated} diperbarui, {rejected} baris ditolak</translation>
    </message>
    <message>
        <source>Import finished with problems</source>
        <translation>Impor selesai dengan masalah</translation>
    </message>
    <message>
        <source>Import failed: nothing was imported</source>
        <translation>Impor gagal: tidak ada yang diimpor</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Tidak ada yang diimpor</translation>
    </message>
</context>
<context>
    <name>ManagerApproval</name>
    <message>
        <source>Scan or type your manager badge</source>
        <translation>Pindai atau ketik lencana manajer Anda</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Badge:</source>
        <translation>Lencana:</translation>
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
        <translation>Pindai atau ketik lencana manajer Anda</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Not signed in: {reason}</source>
        <translation>Belum masuk: {reason}</translation>
    </message>
</context>
<context>
    <name>ManagerView</name>
    <message>
        <source>The manager&apos;s figures need a manager&apos;s badge and PIN.</source>
        <translation>Angka manajer memerlukan lencana dan PIN manajer.</translation>
    </message>
    <message>
        <source>Signed in: {name}</source>
        <translation>Masuk sebagai: {name}</translation>
    </message>
    <message>
        <source>by packer</source>
        <translation>per pengemas</translation>
    </message>
    <message>
        <source>by station</source>
        <translation>per stasiun</translation>
    </message>
    <message>
        <source>by day</source>
        <translation>per hari</translation>
    </message>
    <message>
        <source>by hour</source>
        <translation>per jam</translation>
    </message>
    <message>
        <source>Refresh  (F5)</source>
        <translation>Segarkan  (F5)</translation>
    </message>
    <message>
        <source>CSV…  (Ctrl+E)</source>
        <translation>CSV…  (Ctrl+E)</translation>
    </message>
    <message>
        <source>PDF report…  (Ctrl+P)</source>
        <translation>Laporan PDF…  (Ctrl+P)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Stasiun</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Detik</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Barang</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Orders/h</source>
        <translation>Pesanan/jam</translation>
    </message>
    <message>
        <source>Median s</source>
        <translation>Median dtk</translation>
    </message>
    <message>
        <source>P90 s</source>
        <translation>P90 dtk</translation>
    </message>
    <message>
        <source>Wrong/100</source>
        <translation>Salah/100</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Ditunda</translation>
    </message>
    <message>
        <source>Plastic-free</source>
        <translation>Bebas plastik</translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation>Salah</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Double-click a packer to see their pack events</source>
        <translation>Klik dua kali pada pengemas untuk melihat riwayat kemasnya</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Menghitung…</translation>
    </message>
    <message>
        <source>The figures could not be counted: {error}</source>
        <translation>Angka tidak dapat dihitung: {error}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{orders}&lt;/b&gt; orders, {items} items, &lt;b&gt;{per_hour}&lt;/b&gt; orders an hour; pack time median &lt;b&gt;{median} s&lt;/b&gt;, 90th percentile {p90} s (single-item {single} s, multi-item {multi} s)</source>
        <translation>&lt;b&gt;{orders}&lt;/b&gt; pesanan, {items} barang, &lt;b&gt;{per_hour}&lt;/b&gt; pesanan per jam; median waktu kemas &lt;b&gt;{median} dtk&lt;/b&gt;, persentil ke-90 {p90} dtk (satu barang {single} dtk, banyak barang {multi} dtk)</translation>
    </message>
    <message>
        <source>Accuracy: &lt;b&gt;{wrong}&lt;/b&gt; wrong scans per 100 items, {over} over-scans, {manual} manual confirmations, {short} short ships; holds: {holds}</source>
        <translation>Ketepatan: &lt;b&gt;{wrong}&lt;/b&gt; pindaian salah per 100 barang, {over} pindaian berlebih, {manual} konfirmasi manual, {short} pengiriman kurang; ditunda: {holds}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>Eco: &lt;b&gt;{plastic_free}&lt;/b&gt; plastic-free, {recycled} % recycled content, {avoided} kg plastic avoided, {co2e} kg CO2e</source>
        <translation>Ramah lingkungan: &lt;b&gt;{plastic_free}&lt;/b&gt; bebas plastik, {recycled} % bahan daur ulang, {avoided} kg plastik terhindarkan, {co2e} kg CO2e</translation>
    </message>
    <message>
        <source>Inserts at the bench {bench}, in batches {batches}; vouchers {issued} issued, {redeemed} redeemed ({rate}); returns {returned} of {labels} labels; follow-ups sent {sent}, failed {failed}</source>
        <translation>Sisipan di meja {bench}, dalam batch {batches}; voucher diterbitkan {issued}, dipakai {redeemed} ({rate}); retur {returned} dari {labels} label; pesan lanjutan terkirim {sent}, gagal {failed}</translation>
    </message>
    <message>
        <source>Orders per hour of the day</source>
        <translation>Pesanan per jam dalam sehari</translation>
    </message>
    <message>
        <source>Orders per packer</source>
        <translation>Pesanan per pengemas</translation>
    </message>
    <message>
        <source>Plastic-free share by day (%)</source>
        <translation>Porsi bebas plastik per hari (%)</translation>
    </message>
    <message>
        <source>Save the table</source>
        <translation>Simpan tabel</translation>
    </message>
    <message>
        <source>{file}: cannot be written ({error})</source>
        <translation>{file}: tidak dapat ditulis ({error})</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>Tersimpan: {file}</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Simpan laporan</translation>
    </message>
    <message>
        <source>The report could not be written: {error}</source>
        <translation>Laporan tidak dapat ditulis: {error}</translation>
    </message>
    <message>
        <source>{packer}: loading…</source>
        <translation>{packer}: memuat…</translation>
    </message>
    <message>
        <source>{packer}: pack events: {count} (newest first)</source>
        <translation>{packer}: riwayat kemas: {count} (terbaru di atas)</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>pesanan</translation>
    </message>
    <message>
        <source>day of the period</source>
        <translation>hari dalam periode</translation>
    </message>
</context>
<context>
    <name>OrderListView</name>
    <message>
        <source>Search order number, name or e-mail  (Ctrl+F)</source>
        <translation>Cari nomor pesanan, nama, atau email  (Ctrl+F)</translation>
    </message>
    <message>
        <source>All statuses ({count})</source>
        <translation>Semua status ({count})</translation>
    </message>
    <message>
        <source>Orders: {count}</source>
        <translation>Pesanan: {count}</translation>
    </message>
    <message>
        <source>Orders: {count} — scroll for more</source>
        <translation>Pesanan: {count} — gulir untuk melihat lainnya</translation>
    </message>
</context>
<context>
    <name>OrderTableModel</name>
    <message>
        <source>Order</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Lang</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Barang</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Pengiriman</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Penanda</translation>
    </message>
    <message>
        <source>gift</source>
        <translation>hadiah</translation>
    </message>
    <message>
        <source>has a note</source>
        <translation>ada catatan</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Hadiah</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Jadwal</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Aturan</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Kepada</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjek</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Percobaan</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Kesalahan terakhir</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>dalam antrean</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>sedang dikirim</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>terkirim</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>gagal</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>dilewati</translation>
    </message>
    <message>
        <source>thank you</source>
        <translation>terima kasih</translation>
    </message>
    <message>
        <source>review request</source>
        <translation>permintaan ulasan</translation>
    </message>
    <message>
        <source>replenishment</source>
        <translation>isi ulang</translation>
    </message>
    <message>
        <source>goes well with</source>
        <translation>cocok dengan</translation>
    </message>
    <message>
        <source>loyalty</source>
        <translation>loyalitas</translation>
    </message>
    <message>
        <source>care tips</source>
        <translation>tips perawatan</translation>
    </message>
    <message>
        <source>shipped text message</source>
        <translation>SMS pengiriman</translation>
    </message>
    <message>
        <source>voucher reminder</source>
        <translation>pengingat voucher</translation>
    </message>
    <message>
        <source>anniversary</source>
        <translation>hari jadi</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>ulang tahun</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>All follow-ups</source>
        <translation>Semua pesan lanjutan</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Nomor pesanan</translation>
    </message>
    <message>
        <source>Cancel message</source>
        <translation>Batalkan pesan</translation>
    </message>
    <message>
        <source>Send again now</source>
        <translation>Kirim ulang sekarang</translation>
    </message>
    <message>
        <source>Messages: {count}</source>
        <translation>Pesan: {count}</translation>
    </message>
    <message>
        <source>Choose a message to see it as the customer will.</source>
        <translation>Pilih pesan untuk melihatnya seperti yang akan dilihat pelanggan.</translation>
    </message>
    <message>
        <source>Text message to {recipient}</source>
        <translation>SMS ke {recipient}</translation>
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
        <translation>TERKEMAS</translation>
    </message>
    <message>
        <source>WRONG ITEM</source>
        <translation>BARANG SALAH</translation>
    </message>
    <message>
        <source>TOO MANY</source>
        <translation>TERLALU BANYAK</translation>
    </message>
    <message>
        <source>UNKNOWN CODE</source>
        <translation>KODE TIDAK DIKENAL</translation>
    </message>
    <message>
        <source>NOT NOW</source>
        <translation>JANGAN SEKARANG</translation>
    </message>
    <message>
        <source>KEPT — NO DATABASE</source>
        <translation>DISIMPAN — TANPA DATABASE</translation>
    </message>
    <message>
        <source>Enter</source>
        <extracomment>every key of the bench and what it does, as the key-hint bar shows them</extracomment>
        <translation>Enter</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>selesai</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>tunda</translation>
    </message>
    <message>
        <source>short ship</source>
        <translation>kirim kurang</translation>
    </message>
    <message>
        <source>take over</source>
        <translation>ambil alih</translation>
    </message>
    <message>
        <source>reprint</source>
        <translation>cetak ulang</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>batalkan</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>put back</source>
        <translation>kembalikan</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>{station}: scan your badge to start</source>
        <translation>{station}: pindai lencana Anda untuk mulai</translation>
    </message>
    <message>
        <source>{order}: follow-ups not queued yet — {problem}</source>
        <translation>{order}: pesan lanjutan belum diantrekan — {problem}</translation>
    </message>
    <message>
        <source>Station {station}</source>
        <translation>Stasiun {station}</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Barang</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source> g</source>
        <translation> g</translation>
    </message>
    <message>
        <source>weight…</source>
        <translation>berat…</translation>
    </message>
    <message>
        <source>Damaged label? Type the code here and press Enter</source>
        <translation>Label rusak? Ketik kodenya di sini lalu tekan Enter</translation>
    </message>
    <message>
        <source>SHIPPING</source>
        <translation>PENGIRIMAN</translation>
    </message>
    <message>
        <source>PACKAGING</source>
        <translation>KEMASAN</translation>
    </message>
    <message>
        <source>PARCEL</source>
        <translation>PAKET</translation>
    </message>
    <message>
        <source>TRACKING</source>
        <translation>PELACAKAN</translation>
    </message>
    <message>
        <source>SAMPLE</source>
        <translation>SAMPEL</translation>
    </message>
    <message>
        <source>WEIGHT</source>
        <translation>BERAT</translation>
    </message>
    <message>
        <source>Put back</source>
        <translation>Kembalikan ke daftar</translation>
    </message>
    <message>
        <source>Put {order} back on the list? What was scanned is dropped.</source>
        <translation>Kembalikan {order} ke daftar? Hasil pindaian akan dihapus.</translation>
    </message>
    <message>
        <source>Keep packing</source>
        <translation>Lanjut mengemas</translation>
    </message>
    <message>
        <source>Manager sign-in</source>
        <translation>Masuk manajer</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <source>Manager approval</source>
        <translation>Persetujuan manajer</translation>
    </message>
    <message>
        <source>Scan or type the manager&apos;s badge, then the PIN:</source>
        <translation>Pindai atau ketik lencana manajer, lalu PIN:</translation>
    </message>
    <message>
        <source>Missing item</source>
        <translation>Barang kurang</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Rusak</translation>
    </message>
    <message>
        <source>Address problem</source>
        <translation>Masalah alamat</translation>
    </message>
    <message>
        <source>Hold the order</source>
        <translation>Tunda pesanan</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Kenapa?</translation>
    </message>
    <message>
        <source>All inserts</source>
        <translation>Semua sisipan</translation>
    </message>
    <message>
        <source>Thank-you note</source>
        <translation>Kartu terima kasih</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <source>Return label</source>
        <translation>Label retur</translation>
    </message>
    <message>
        <source>Packing slip</source>
        <translation>Slip pengepakan</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Cetak ulang</translation>
    </message>
    <message>
        <source>Which insert?</source>
        <translation>Sisipan yang mana?</translation>
    </message>
    <message>
        <source>Take over an order</source>
        <translation>Ambil alih pesanan</translation>
    </message>
    <message>
        <source>Order number:</source>
        <translation>Nomor pesanan:</translation>
    </message>
    <message>
        <source>nobody signed in</source>
        <translation>belum ada yang masuk</translation>
    </message>
    <message>
        <source>Scan an order</source>
        <translation>Pindai pesanan</translation>
    </message>
    <message>
        <source>Scan your badge</source>
        <translation>Pindai lencana Anda</translation>
    </message>
    <message>
        <source>GIFT — no prices in the parcel.</source>
        <translation>HADIAH — tanpa harga di dalam paket.</translation>
    </message>
    <message>
        <source>read</source>
        <translation>sudah dibaca</translation>
    </message>
    <message>
        <source>scan OK when read</source>
        <translation>pindai OK setelah dibaca</translation>
    </message>
    <message>
        <source>NOTE ({state}): {note}</source>
        <translation>CATATAN ({state}): {note}</translation>
    </message>
    <message>
        <source>scan the box, mailer, fill, tape</source>
        <translation>pindai kardus, amplop, pengisi, lakban</translation>
    </message>
    <message>
        <source>plastic-free</source>
        <translation>bebas plastik</translation>
    </message>
    <message>
        <source>contains plastic</source>
        <translation>mengandung plastik</translation>
    </message>
    <message>
        <source>{verdict} · {recycled}% recycled</source>
        <translation>{verdict} · {recycled}% daur ulang</translation>
    </message>
    <message>
        <source>scan the carrier label</source>
        <translation>pindai label kurir</translation>
    </message>
    <message>
        <source>added: {samples}</source>
        <translation>ditambahkan: {samples}</translation>
    </message>
    <message>
        <source>offer {sample} ({sku})</source>
        <translation>tawarkan {sample} ({sku})</translation>
    </message>
</context>
<context>
    <name>PackagingPage</name>
    <message>
        <source>box</source>
        <translation>kardus</translation>
    </message>
    <message>
        <source>mailer</source>
        <translation>amplop</translation>
    </message>
    <message>
        <source>void fill</source>
        <translation>pengisi</translation>
    </message>
    <message>
        <source>tape</source>
        <translation>lakban</translation>
    </message>
    <message>
        <source>wrap</source>
        <translation>pembungkus</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Weight g</source>
        <translation>Berat g</translation>
    </message>
    <message>
        <source>Plastic g</source>
        <translation>Plastik g</translation>
    </message>
    <message>
        <source>Recycled %</source>
        <translation>Daur ulang %</translation>
    </message>
    <message>
        <source>CO2e g</source>
        <translation>CO2e g</translation>
    </message>
    <message>
        <source>Disposal texts</source>
        <translation>Teks pembuangan</translation>
    </message>
    <message>
        <source>recyclable</source>
        <translation>dapat didaur ulang</translation>
    </message>
    <message>
        <source>home compostable</source>
        <translation>bisa dikompos di rumah</translation>
    </message>
    <message>
        <source>Code (scanned at the bench)</source>
        <translation>Kode (dipindai di meja)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Weight (g)</source>
        <translation>Berat (g)</translation>
    </message>
    <message>
        <source>Plastic (g)</source>
        <translation>Plastik (g)</translation>
    </message>
    <message>
        <source>Recycled content (%)</source>
        <translation>Kandungan daur ulang (%)</translation>
    </message>
    <message>
        <source>CO2e (g)</source>
        <translation>CO2e (g)</translation>
    </message>
    <message>
        <source>How to dispose of it ({language})</source>
        <translation>Cara membuangnya ({language})</translation>
    </message>
    <message>
        <source>Save packaging  (Ctrl+S)</source>
        <translation>Simpan kemasan  (Ctrl+S)</translation>
    </message>
    <message>
        <source>New packaging</source>
        <translation>Kemasan baru</translation>
    </message>
</context>
<context>
    <name>PrintQueueView</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Diantrekan</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Stasiun</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Inserts</source>
        <translation>Sisipan</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Percobaan</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Apa yang salah</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>menunggu</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>tercetak</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>gagal</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <source>Only jobs that have not printed</source>
        <translation>Hanya tugas yang belum tercetak</translation>
    </message>
    <message>
        <source>Print again  (Ctrl+R)</source>
        <translation>Cetak lagi  (Ctrl+R)</translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation>Batalkan tugas</translation>
    </message>
    <message>
        <source>The print queue cannot be read: the database is unreachable ({error})</source>
        <translation>Antrean cetak tidak dapat dibaca: database tidak terjangkau ({error})</translation>
    </message>
    <message>
        <source>{waiting} waiting, {failed} of them failed</source>
        <translation>{waiting} menunggu, {failed} di antaranya gagal</translation>
    </message>
    <message>
        <source>Nothing waiting</source>
        <translation>Tidak ada yang menunggu</translation>
    </message>
    <message>
        <source>Printing {count} again…</source>
        <translation>Mencetak ulang: {count}…</translation>
    </message>
</context>
<context>
    <name>PrintersPage</name>
    <message>
        <source>Thank-you note</source>
        <translation>Kartu terima kasih</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <source>Return label</source>
        <translation>Label retur</translation>
    </message>
    <message>
        <source>Packing slip</source>
        <translation>Slip pengepakan</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>A printer is folder:PATH, cups:QUEUE, raw:HOST:9100 (ZPL for a thermal printer) or qt:NAME. An empty cell uses the first row, then the print folder. Printers this computer knows: {known}</source>
        <translation>Printer ditulis folder:PATH, cups:ANTREAN, raw:HOST:9100 (ZPL untuk printer termal) atau qt:NAMA. Sel kosong memakai baris pertama, lalu folder cetak. Printer yang dikenal komputer ini: {known}</translation>
    </message>
    <message>
        <source>Save  (Ctrl+S)</source>
        <translation>Simpan  (Ctrl+S)</translation>
    </message>
    <message>
        <source>a bench that has not started yet, e.g. Bench 4</source>
        <translation>stasiun yang belum pernah dibuka, mis. Bench 4</translation>
    </message>
    <message>
        <source>Add a station</source>
        <translation>Tambah stasiun</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Stasiun</translation>
    </message>
    <message>
        <source>Every station</source>
        <translation>Semua stasiun</translation>
    </message>
    <message>
        <source>Not added: {station}</source>
        <translation>Tidak ditambahkan: {station}</translation>
    </message>
    <message>
        <source>{station} added: set its printers, then save</source>
        <translation>{station} ditambahkan: atur printernya, lalu simpan</translation>
    </message>
</context>
<context>
    <name>ProductNamesPage</name>
    <message>
        <source>Find a product by SKU or name</source>
        <translation>Cari produk berdasarkan SKU atau nama</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Shop&apos;s name</source>
        <translation>Nama di toko</translation>
    </message>
    <message>
        <source>Named in</source>
        <translation>Bernama dalam</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Save names  (Ctrl+S)</source>
        <translation>Simpan nama  (Ctrl+S)</translation>
    </message>
    <message>
        <source>Names of {name} ({sku})</source>
        <translation>Nama {name} ({sku})</translation>
    </message>
    <message>
        <source>Choose a product to name it in the customers&apos; languages.</source>
        <translation>Pilih produk untuk menamainya dalam bahasa pelanggan.</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Save  (Ctrl+S)</source>
        <translation>Simpan  (Ctrl+S)</translation>
    </message>
    <message>
        <source>{field}: not JSON ({error})</source>
        <translation>{field}: bukan JSON ({error})</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Tidak disimpan: {reason}</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Tidak disimpan: {reason}</translation>
    </message>
    <message>
        <source>Saved: {fields}</source>
        <translation>Tersimpan: {fields}</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>Tidak ada yang berubah</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Shop name</source>
        <translation>Nama toko</translation>
    </message>
    <message>
        <source>Voice (warm, playful, calm)</source>
        <translation>Gaya bahasa (hangat, ceria, tenang)</translation>
    </message>
    <message>
        <source>Support e-mail</source>
        <translation>Email dukungan</translation>
    </message>
    <message>
        <source>Support phone</source>
        <translation>Telepon dukungan</translation>
    </message>
    <message>
        <source>Chat link</source>
        <translation>Tautan obrolan</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Situs web</translation>
    </message>
    <message>
        <source>Main colour (#RRGGBB)</source>
        <translation>Warna utama (#RRGGBB)</translation>
    </message>
    <message>
        <source>Accent colour (#RRGGBB)</source>
        <translation>Warna aksen (#RRGGBB)</translation>
    </message>
    <message>
        <source>Logo file</source>
        <translation>Berkas logo</translation>
    </message>
    <message>
        <source>Return address (lines separated by |)</source>
        <translation>Alamat retur (baris dipisah dengan |)</translation>
    </message>
    <message>
        <source>The settings are for managers: scan your badge, type your PIN.</source>
        <translation>Pengaturan khusus manajer: pindai lencana, ketik PIN Anda.</translation>
    </message>
    <message>
        <source>Shop &amp;&amp; brand</source>
        <translation>Toko &amp;&amp; merek</translation>
    </message>
    <message>
        <source>Insert texts</source>
        <translation>Teks sisipan</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Pesan lanjutan</translation>
    </message>
    <message>
        <source>Packaging</source>
        <translation>Kemasan</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Staff &amp;&amp; badges</source>
        <translation>Staf &amp;&amp; lencana</translation>
    </message>
    <message>
        <source>This station</source>
        <translation>Stasiun ini</translation>
    </message>
    <message>
        <source>send a test e-mail to…</source>
        <translation>kirim email uji ke…</translation>
    </message>
    <message>
        <source>SMTP password for this test (not stored)</source>
        <translation>Kata sandi SMTP untuk uji ini (tidak disimpan)</translation>
    </message>
    <message>
        <source>Send test e-mail</source>
        <translation>Kirim email uji</translation>
    </message>
    <message>
        <source>or a test text to +420…</source>
        <translation>atau SMS uji ke +62…</translation>
    </message>
    <message>
        <source>Send test text</source>
        <translation>Kirim SMS uji</translation>
    </message>
    <message>
        <source>Sending to {recipient}…</source>
        <translation>Mengirim ke {recipient}…</translation>
    </message>
    <message>
        <source>Sending a text to {recipient}…</source>
        <translation>Mengirim SMS ke {recipient}…</translation>
    </message>
    <message>
        <source>Not sent: {error}</source>
        <translation>Tidak terkirim: {error}</translation>
    </message>
    <message>
        <source>Staff language of this station</source>
        <translation>Bahasa staf di stasiun ini</translation>
    </message>
    <message>
        <source>Save the language</source>
        <translation>Simpan bahasa</translation>
    </message>
    <message>
        <source>The window speaks the chosen language from its next start.</source>
        <translation>Jendela memakai bahasa pilihan mulai dibuka berikutnya.</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>Tidak ada yang berubah</translation>
    </message>
    <message>
        <source>Saved: {language}. Start packstation again to use it.</source>
        <translation>Tersimpan: {language}. Buka ulang packstation untuk memakainya.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Lencana</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Badge, e.g. P-1005</source>
        <translation>Lencana, mis. P-1005</translation>
    </message>
    <message>
        <source>PIN (managers: 6 digits or more)</source>
        <translation>PIN (manajer: minimal 6 angka)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <source>Retire badge</source>
        <translation>Nonaktifkan lencana</translation>
    </message>
    <message>
        <source>Unlock badge</source>
        <translation>Buka kunci lencana</translation>
    </message>
    <message>
        <source>Badge cards (PDF)…</source>
        <translation>Kartu lencana (PDF)…</translation>
    </message>
    <message>
        <source>packer</source>
        <translation>pengemas</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>manajer</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>admin</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>nonaktif</translation>
    </message>
    <message>
        <source>locked: too many wrong PINs</source>
        <translation>terkunci: terlalu banyak PIN salah</translation>
    </message>
    <message>
        <source>Added {name} ({badge})</source>
        <translation>Ditambahkan {name} ({badge})</translation>
    </message>
    <message>
        <source>Not added: {reason}</source>
        <translation>Tidak ditambahkan: {reason}</translation>
    </message>
    <message>
        <source>Not retired: {reason}</source>
        <translation>Tidak dinonaktifkan: {reason}</translation>
    </message>
    <message>
        <source>Unlocked {name} ({badge})</source>
        <translation>Kunci dibuka: {name} ({badge})</translation>
    </message>
    <message>
        <source>{name} ({badge}) was not locked</source>
        <translation>{name} ({badge}): lencana tidak terkunci</translation>
    </message>
    <message>
        <source>Not unlocked: {reason}</source>
        <translation>Kunci tidak dibuka: {reason}</translation>
    </message>
    <message>
        <source>Select the badges to unlock first</source>
        <translation>Pilih dulu lencana yang ingin dibuka kuncinya</translation>
    </message>
    <message>
        <source>Badge cards</source>
        <translation>Kartu lencana</translation>
    </message>
    <message>
        <source>Badge cards: {count}, in {file}</source>
        <translation>Kartu lencana: {count}, di {file}</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>Print: {inserts}</source>
        <translation>Cetak: {inserts}</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>Unpaid</source>
        <translation>Belum dibayar</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Siap</translation>
    </message>
    <message>
        <source>Packing</source>
        <translation>Sedang dikemas</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>Terkemas</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Ditunda</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
</context>
</TS>

"""The demo shop's customers: native names, addresses, carriers and words in six languages."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Place:
    street: str
    city: str
    zip: str
    country: str
    province: str | None = None


@dataclass(frozen=True)
class Locale:
    language: str
    currency: str
    rate: float  # price in this currency for 1 EUR, rounded as shops do
    names: tuple[str, ...]
    places: tuple[Place, ...]
    shipping: tuple[str, ...]
    gift_messages: tuple[str, ...]
    notes: tuple[str, ...]
    email_domain: str


LOCALES: tuple[Locale, ...] = (
    Locale(
        "cs",
        "CZK",
        25.0,
        (
            "Jiří Dvořák",
            "Tereza Růžičková",
            "Lukáš Černý",
            "Kateřina Křížová",
            "Tomáš Šťastný",
            "Veronika Procházková",
            "Ondřej Hrubý",
            "Markéta Novotná",
            "Ing. Petr Kořínek",
            "Zuzana Bílá",
            "Vojtěch Řezníček",
            "Anežka Čermáková",
        ),
        (
            Place("Vinohradská 1233/12", "Praha 2", "120 00", "CZ"),
            Place("Křižíkova 488/48", "Praha 8", "186 00", "CZ"),
            Place("Husova 5", "Brno", "602 00", "CZ"),
            Place("Nádražní 210", "Ostrava", "702 00", "CZ"),
            Place("Palackého třída 7", "Plzeň", "301 00", "CZ"),
            Place("Lannova tř. 63/41", "České Budějovice", "370 01", "CZ"),
            Place("Dolní náměstí 28", "Olomouc", "779 00", "CZ"),
            Place("Mírové náměstí 3097/37", "Ústí nad Labem", "400 01", "CZ"),
        ),
        ("Zásilkovna", "PPL Parcel", "Česká pošta — Balík Do ruky"),
        (
            "Všechno nejlepší k narozeninám, ať ti to voní celý rok! Tvoje Bára",
            "Díky, že jsi vždycky po ruce. S láskou, Ondra",
            "Veselé Vánoce a klidné svátky přeje Hanka",
        ),
        (
            "Prosím bez plastové výplně.",
            "Křehké — hrnek pečlivě zabalte.",
            "Nechte prosím u sousedů v č. 14.",
        ),
        "seznam.cz",
    ),
    Locale(
        "ro",
        "RON",
        5.0,
        (
            "Ștefan Popescu",
            "Ioana Țurcanu",
            "Mihai Ionescu",
            "Andreea Dumitrescu",
            "Răzvan Stănescu",
            "Alexandra Constantinescu",
            "Bogdan Munteanu",
            "Cătălina Moraru",
            "Tudor Vlădescu",
            "Ana-Maria Gheorghiță",
            "Șerban Țepeș",
            "Irina Bălănescu",
        ),
        (
            Place("Strada Ștefan cel Mare 14", "București", "020121", "RO", "Sector 2"),
            Place("Bulevardul Unirii 22, bl. 4A, ap. 12", "București", "030167", "RO", "Sector 3"),
            Place("Strada Mihai Eminescu 8", "Cluj-Napoca", "400001", "RO", "Cluj"),
            Place("Strada Lăpușneanu 15", "Iași", "700028", "RO", "Iași"),
            Place("Piața Victoriei 4", "Timișoara", "300001", "RO", "Timiș"),
            Place("Strada Republicii 30", "Brașov", "500030", "RO", "Brașov"),
            Place("Strada Mircea cel Bătrân 97", "Constanța", "900001", "RO", "Constanța"),
            Place("Bulevardul Ștefan cel Mare și Sfânt 126", "Chișinău", "MD-2001", "MD"),
        ),
        ("Fan Courier", "Sameday Easybox", "Cargus"),
        (
            "La mulți ani! Să te bucuri de fiecare picătură. Cu drag, Irina",
            "Mulțumesc că ești mereu alături de mine. Te îmbrățișez, Mihai",
            "Crăciun fericit! Familia Popescu",
        ),
        ("Vă rog fără folie cu bule.", "Este un cadou — fără bon în colet.", "Sunați înainte de livrare."),
        "yahoo.ro",
    ),
    Locale(
        "uk",
        "UAH",
        45.0,
        (
            "Євгенія Ґедз",
            "Олексій Ґудзь",
            "Ірина Шевченко",
            "Андрій Їжак",
            "Юлія Бондаренко",
            "Тарас Коваль",
            "Софія Мельничук",
            "Богдан Литвиненко",
            "Ілля Кравчук",
            "Оксана Поліщук",
            "Єлизавета Ґалаґан",
            "Ївга Іваненко",
        ),
        (
            Place("вул. Хрещатик, 22, кв. 5", "Київ", "01001", "UA"),
            Place("вул. Січових Стрільців, 15", "Львів", "79000", "UA"),
            Place("просп. Свободи, 28", "Львів", "79007", "UA"),
            Place("вул. Дерибасівська, 10", "Одеса", "65026", "UA"),
            Place("вул. Сумська, 37", "Харків", "61022", "UA"),
            Place("просп. Яворницького, 52", "Дніпро", "49000", "UA"),
            Place("вул. Незалежності, 9", "Івано-Франківськ", "76018", "UA"),
            Place("вул. Євгена Коновальця, 36", "Київ", "01133", "UA"),
        ),
        ("Нова пошта — відділення", "Нова пошта — кур'єр", "Укрпошта"),
        (
            "З днем народження! Нехай кожен ранок буде затишним. Обіймаю, Їра",
            "Дякую, що ти поруч. З любов'ю, Єва",
            "Щасливого Різдва та теплих свят! Ґудзі",
        ),
        ("Будь ласка, без пластикового наповнювача.", "Обережно, скло!", "Зателефонуйте перед доставкою."),
        "ukr.net",
    ),
    Locale(
        "ar",
        "SAR",
        4.0,
        (
            "محمد العتيبي",
            "فاطمة الزهراء الحربي",
            "أحمد القحطاني",
            "نورة الشمري",
            "خالد المنصوري",
            "ريم الشامسي",
            "عبد الرحمن السديري",
            "مريم حسن",
            "عمر الخطيب",
            "سارة النجار",
            "يوسف بن علي",
            "ليلى الدوسري",
        ),
        (
            Place("شارع الملك فهد، حي العليا، مبنى 4312", "الرياض", "12211", "SA"),
            Place("طريق الأمير سلطان 7789", "جدة", "23435", "SA"),
            Place("شارع الشيخ زايد، برج 21، شقة 1405", "دبي", "00000", "AE"),
            Place("شارع التحرير 15", "القاهرة", "11511", "EG"),
            Place("شارع الرينبو 7، جبل عمّان", "عمّان", "11181", "JO"),
            Place("شارع محمد الخامس 45", "الدار البيضاء", "20000", "MA"),
            Place("طريق الملك عبد العزيز 2231", "الدمام", "32241", "SA"),
            Place("شارع الكورنيش، فيلا 12", "أبوظبي", "00000", "AE"),
        ),
        ("Aramex", "SMSA Express", "DHL Express"),
        (
            "كل عام وأنتِ بخير! أتمنى أن يسعدك هذا الصندوق. مع حبي، سارة",
            "شكرًا لأنك دائمًا بجانبي. أخوك أحمد",
            "عيد مبارك وكل عام وأنتم بخير! عائلة الخطيب",
        ),
        (
            "يرجى عدم استخدام البلاستيك في التغليف.",
            "هدية — يرجى عدم وضع الفاتورة داخل الطرد.",
            "يرجى الاتصال قبل التوصيل.",
        ),
        "gmail.com",
    ),
    Locale(
        "id",
        "IDR",
        17000.0,
        (
            "Budi Santoso",
            "Ayu Wulandari",
            "Rizky Pratama",
            "Putri Maharani",
            "Agus Setiawan",
            "Indah Permatasari",
            "Wahyu Hidayat",
            "Nur Aini",
            "Sri Rahayu",
            "I Made Wirawan",
            "Suharti",
            "Dimas Saputra",
        ),
        (
            Place("Jl. Merdeka No. 12", "Bandung", "40111", "ID", "Jawa Barat"),
            Place("Jl. Malioboro No. 56", "Yogyakarta", "55213", "ID", "DI Yogyakarta"),
            Place("Jl. Jend. Sudirman Kav. 52-53", "Jakarta Selatan", "12190", "ID", "DKI Jakarta"),
            Place("Jl. Raya Ubud No. 8", "Gianyar", "80571", "ID", "Bali"),
            Place("Jl. Pemuda No. 33", "Surabaya", "60271", "ID", "Jawa Timur"),
            Place("Jl. Gatot Subroto No. 101", "Medan", "20112", "ID", "Sumatera Utara"),
            Place("Jl. Pandanaran No. 21", "Semarang", "50241", "ID", "Jawa Tengah"),
            Place("Jl. Somba Opu No. 77", "Makassar", "90111", "ID", "Sulawesi Selatan"),
        ),
        ("JNE REG", "J&T Express", "SiCepat BEST"),
        (
            "Selamat ulang tahun! Semoga harimu selalu wangi. Peluk, Ayu",
            "Terima kasih sudah selalu ada. Salam sayang, Dimas",
            "Selamat Hari Raya, mohon maaf lahir dan batin. Keluarga Santoso",
        ),
        ("Mohon tanpa bubble wrap.", "Hadiah — jangan sertakan nota.", "Titip di pos satpam."),
        "gmail.com",
    ),
    Locale(
        "en",
        "GBP",
        0.85,
        (
            "Emily Carter",
            "James O'Connor",
            "Olivia Bennett",
            "Harry Whitfield",
            "Grace Thompson",
            "Daniel Hughes",
            "Chloe Patel",
            "Samuel Brooks",
            "Siobhán Ní Bhriain",
            "Benjamin Okafor",
            "Charlotte Fairweather-Montgomery",
            "Noah Williams",
        ),
        (
            Place("14 Mill Lane", "Bristol", "BS1 4DJ", "GB"),
            Place("27 King's Road", "London", "SW3 4RP", "GB"),
            Place("8 Harbour Street", "Whitstable", "CT5 1AJ", "GB"),
            Place("Flat 3, 19 Leith Walk", "Edinburgh", "EH6 8LN", "GB"),
            Place("42 Grafton Street", "Dublin 2", "D02 X285", "IE"),
            Place("221 Elm Street, Apt 4B", "Portland", "97205", "US", "OR"),
            Place("75 Beacon Hill Road", "Boston", "02108", "US", "MA"),
            Place("3 Castle Row", "York", "YO1 7HH", "GB"),
        ),
        ("Royal Mail Tracked 48", "DPD Next Day", "Evri Standard"),
        (
            "Happy birthday! Something lovely for your morning routine. Love, Kate",
            "Thank you for everything this year. Sam x",
            "Merry Christmas from all of us at number 14!",
        ),
        (
            "Please no plastic packaging.",
            "Fragile — wrap the mug well.",
            "Leave in the porch if nobody answers.",
        ),
        "outlook.com",
    ),
)

#: Customers who live in one country and read in another language (a Ukrainian in Prague,
#: an Arabic speaker in Bucharest): the inserts must follow the language, not the address.
EXPATS: tuple[tuple[str, Place], ...] = (
    ("uk", Place("Vinohradská 1233/12", "Praha 2", "120 00", "CZ")),
    ("ar", Place("Strada Ștefan cel Mare 14", "București", "020121", "RO", "Sector 2")),
    ("cs", Place("27 King's Road", "London", "SW3 4RP", "GB")),
    ("ro", Place("вул. Хрещатик, 22, кв. 5", "Київ", "01001", "UA")),
)

CURRENCY_BY_COUNTRY = {
    "MD": "MDL",
    "AE": "AED",
    "EG": "EGP",
    "JO": "JOD",
    "MA": "MAD",
    "IE": "EUR",
    "US": "USD",
}
RATE_BY_CURRENCY = {"MDL": 19.0, "AED": 4.0, "EGP": 52.0, "JOD": 0.77, "MAD": 10.8, "EUR": 1.0, "USD": 1.08}

STAFF: tuple[tuple[str, str, str, str | None], ...] = (
    # name, badge, role, PIN (managers and admins)
    ("Jana Veselá", "P-1001", "packer", None),
    ("Ion Popa", "P-1002", "packer", None),
    ("Oksana Melnyk", "P-1003", "packer", None),
    ("Rizky Pratama", "P-1004", "packer", None),
    ("Marek Hájek", "M-2001", "manager", "4321"),
    ("Admin", "A-9001", "admin", "9001"),
)

STATIONS: tuple[str, ...] = ("Bench 1", "Bench 2", "Bench 3")

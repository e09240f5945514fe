"""The demo shop's brand, packaging materials (with real-world eco facts) and products.

Eco figures are typical published values for each material: corrugated board about
0.9 kg CO2e per kg, LDPE film about 2.5 kg CO2e per kg, a reused box none at all.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from packstation.demo.product_names import names_of

BRAND: dict[str, Any] = {
    "name": "Verde Atelier",
    "voice": "warm",
    "support_email": "hello@verde-atelier.example",
    "support_phone": "+420 228 881 234",
    "support_chat_url": "https://verde-atelier.example/chat",
    "website": "https://verde-atelier.example",
    "primary_color": "#2F5D50",
    "accent_color": "#E9B44C",
    "logo_path": "resources/brand/logo.png",
    "return_address": "Verde Atelier s.r.o. — Returns\nSkladová 12\n250 01 Brandýs nad Labem\nCZ",
}

_FLATTEN_BOX = {
    "en": "Flatten the box and put it in paper recycling.",
    "cs": "Krabici rozložte a vhoďte do tříděného papíru.",
    "ro": "Pliază cutia și pune-o la colectarea separată pentru hârtie și carton.",
    "uk": "Розкладіть коробку та віднесіть її до контейнера для паперу й картону.",
    "ar": "افرد الصندوق وضعه في حاوية إعادة تدوير الورق والكرتون.",
    "id": "Lipat kardusnya hingga rata, lalu buang ke tempat daur ulang kertas.",
}

PACKAGING: list[dict[str, Any]] = [
    {"code": "BOX-S", "name": "Recycled cardboard box S", "kind": "box", "size": "20×15×10 cm",
     "weight_grams": 120, "recycled_content_pct": 90, "recyclable": True, "home_compostable": False,
     "plastic_grams": 0, "co2e_grams": 110, "disposal": _FLATTEN_BOX},
    {"code": "BOX-M", "name": "Recycled cardboard box M", "kind": "box", "size": "30×20×15 cm",
     "weight_grams": 220, "recycled_content_pct": 90, "recyclable": True, "home_compostable": False,
     "plastic_grams": 0, "co2e_grams": 200, "disposal": _FLATTEN_BOX},
    {"code": "BOX-L", "name": "Recycled cardboard box L", "kind": "box", "size": "40×30×20 cm",
     "weight_grams": 380, "recycled_content_pct": 85, "recyclable": True, "home_compostable": False,
     "plastic_grams": 0, "co2e_grams": 340, "disposal": _FLATTEN_BOX},
    {"code": "BOX-REUSED", "name": "Reused supplier box", "kind": "box", "size": "varies",
     "weight_grams": 250, "recycled_content_pct": 100, "recyclable": True, "home_compostable": False,
     "plastic_grams": 0, "co2e_grams": 0, "disposal": {
         "en": "This box is on its second life: use it again, or flatten it for paper recycling.",
         "cs": "Tahle krabice už slouží podruhé: použijte ji znovu, nebo ji rozložte do tříděného papíru.",
         "ro": "Cutia aceasta e deja la a doua viață: refolosește-o sau pliaz-o pentru reciclarea hârtiei.",
         "uk": "Ця коробка вже служить удруге: використайте її знову або розкладіть і здайте як папір.",
         "ar": "هذا الصندوق في حياته الثانية: أعد استخدامه أو افرده وضعه في حاوية إعادة تدوير الورق.",
         "id": "Kardus ini sudah dipakai ulang: gunakan lagi, atau lipat dan buang ke daur ulang kertas.",
     }},
    {"code": "FILL-PAPER", "name": "Recycled paper void fill", "kind": "void_fill", "size": "50 g",
     "weight_grams": 50, "recycled_content_pct": 100, "recyclable": True, "home_compostable": True,
     "plastic_grams": 0, "co2e_grams": 40, "disposal": {
         "en": "Reuse the paper, or put it in paper recycling or your compost.",
         "cs": "Papír použijte znovu, nebo ho dejte do tříděného papíru či na kompost.",
         "ro": "Refolosește hârtia sau pune-o la reciclarea hârtiei ori în compost.",
         "uk": "Використайте папір ще раз або здайте його на переробку чи в компост.",
         "ar": "أعد استخدام الورق، أو ضعه في حاوية إعادة تدوير الورق أو في السماد المنزلي.",
         "id": "Pakai ulang kertasnya, atau buang ke daur ulang kertas atau kompos.",
     }},
    {"code": "TAPE-KRAFT", "name": "Kraft paper tape", "kind": "tape", "size": "50 mm",
     "weight_grams": 8, "recycled_content_pct": 0, "recyclable": True, "home_compostable": True,
     "plastic_grams": 0, "co2e_grams": 10, "disposal": {
         "en": "Leave the paper tape on the box: it is recycled with it.",
         "cs": "Papírovou pásku nechte na krabici, recykluje se spolu s ní.",
         "ro": "Lasă banda de hârtie pe cutie: se reciclează împreună cu ea.",
         "uk": "Паперову стрічку можна не знімати: вона переробляється разом із коробкою.",
         "ar": "اترك الشريط الورقي على الصندوق، فهو يُعاد تدويره معه.",
         "id": "Biarkan selotip kertas menempel pada kardus: ikut didaur ulang bersamanya.",
     }},
    {"code": "MAILER-COMPOST", "name": "Home-compostable mailer", "kind": "mailer", "size": "32×40 cm",
     "weight_grams": 25, "recycled_content_pct": 0, "recyclable": False, "home_compostable": True,
     "plastic_grams": 0, "co2e_grams": 60, "disposal": {
         "en": "Cut the mailer up and add it to your home compost; it breaks down in about six months. "
               "Please keep it out of plastic recycling.",
         "cs": "Obálku nastříhejte a dejte na domácí kompost, rozloží se zhruba za šest měsíců. "
               "Do plastů ji prosím nevhazujte.",
         "ro": "Taie plicul în bucăți și pune-l în compostul de acasă; se descompune în circa șase luni. "
               "Te rugăm să nu-l arunci la plastic.",
         "uk": "Поріжте конверт і покладіть у домашній компост: він розкладеться приблизно за пів року. "
               "Будь ласка, не викидайте його до пластику.",
         "ar": "قطّع الظرف وضعه في السماد المنزلي، فهو يتحلل في نحو ستة أشهر. "
               "يُرجى عدم وضعه مع البلاستيك المُعاد تدويره.",
         "id": "Gunting amplopnya dan masukkan ke kompos rumah; terurai dalam sekitar enam bulan. "
               "Mohon jangan dibuang ke daur ulang plastik.",
     }},
    {"code": "AIR-PILLOWS", "name": "Plastic air pillows", "kind": "void_fill", "size": "5 pillows",
     "weight_grams": 12, "recycled_content_pct": 0, "recyclable": True, "home_compostable": False,
     "plastic_grams": 12, "co2e_grams": 30, "disposal": {
         "en": "Pop the air pillows and take them to a soft-plastic (film) collection point.",
         "cs": "Polštářky propíchněte a odneste do sběru měkkých plastů a fólií.",
         "ro": "Dezumflă pernuțele și du-le la un punct de colectare pentru folie de plastic.",
         "uk": "Проколіть повітряні подушки й віднесіть до пункту збору поліетиленової плівки.",
         "ar": "أفرغ الوسائد الهوائية من الهواء وسلّمها إلى نقطة جمع الأكياس والأغشية البلاستيكية.",
         "id": "Kempeskan bantalan udara, lalu bawa ke tempat pengumpulan plastik film.",
     }},
    {"code": "BUBBLE-WRAP", "name": "Bubble wrap", "kind": "wrap", "size": "50×50 cm",
     "weight_grams": 20, "recycled_content_pct": 0, "recyclable": True, "home_compostable": False,
     "plastic_grams": 20, "co2e_grams": 50, "disposal": {
         "en": "Keep the bubble wrap for your next parcel, or take it to a soft-plastic collection point.",
         "cs": "Bublinkovou fólii si schovejte na další balík, nebo ji odneste do sběru fólií.",
         "ro": "Păstrează folia cu bule pentru următorul colet sau du-o la colectarea foliei de plastic.",
         "uk": "Збережіть бульбашкову плівку для наступної посилки або здайте її до пункту збору плівки.",
         "ar": "احتفظ بالغلاف الفقاعي لطردك القادم، أو سلّمه إلى نقطة جمع الأغشية البلاستيكية.",
         "id": "Simpan plastik gelembung untuk paket berikutnya, atau bawa ke tempat pengumpulan plastik film.",
     }},
    {"code": "WRAP-TISSUE", "name": "Recycled tissue paper", "kind": "wrap", "size": "50×70 cm",
     "weight_grams": 6, "recycled_content_pct": 100, "recyclable": True, "home_compostable": True,
     "plastic_grams": 0, "co2e_grams": 5, "disposal": {
         "en": "The tissue paper goes into paper recycling or your compost.",
         "cs": "Hedvábný papír patří do tříděného papíru nebo na kompost.",
         "ro": "Hârtia de mătase merge la reciclarea hârtiei sau în compost.",
         "uk": "Тонкий папір можна здати на переробку паперу або покласти в компост.",
         "ar": "ورق التغليف الرقيق يوضع في حاوية إعادة تدوير الورق أو في السماد المنزلي.",
         "id": "Kertas tisu pembungkus bisa didaur ulang bersama kertas atau dijadikan kompos.",
     }},
]  # fmt: skip


NAMES: dict[str, dict[str, str]] = {
    "BOX-S": {"en": "a small recycled cardboard box", "cs": "malá krabice z recyklované lepenky",
              "ro": "o cutie mică din carton reciclat", "uk": "невелика коробка з переробленого картону",
              "ar": "صندوق صغير من الكرتون المعاد تدويره", "id": "kardus kecil dari karton daur ulang"},
    "BOX-M": {"en": "a recycled cardboard box", "cs": "krabice z recyklované lepenky",
              "ro": "o cutie din carton reciclat", "uk": "коробка з переробленого картону",
              "ar": "صندوق من الكرتون المعاد تدويره", "id": "kardus dari karton daur ulang"},
    "BOX-L": {"en": "a large recycled cardboard box", "cs": "velká krabice z recyklované lepenky",
              "ro": "o cutie mare din carton reciclat", "uk": "велика коробка з переробленого картону",
              "ar": "صندوق كبير من الكرتون المعاد تدويره", "id": "kardus besar dari karton daur ulang"},
    "BOX-REUSED": {"en": "a reused box", "cs": "znovu použitá krabice", "ro": "o cutie refolosită",
                   "uk": "повторно використана коробка", "ar": "صندوق مُعاد استخدامه", "id": "kardus pakai ulang"},
    "FILL-PAPER": {"en": "recycled paper filling", "cs": "výplň z recyklovaného papíru",
                   "ro": "umplutură din hârtie reciclată", "uk": "наповнювач із переробленого паперу",
                   "ar": "حشوة من الورق المعاد تدويره", "id": "pengisi kertas daur ulang"},
    "TAPE-KRAFT": {"en": "paper tape", "cs": "papírová páska", "ro": "bandă de hârtie", "uk": "паперова стрічка",
                   "ar": "شريط ورقي", "id": "selotip kertas"},
    "MAILER-COMPOST": {"en": "a home-compostable mailer", "cs": "obálka kompostovatelná doma",
                       "ro": "un plic compostabil acasă", "uk": "конверт, що компостується вдома",
                       "ar": "ظرف قابل للتحلل في السماد المنزلي", "id": "amplop yang bisa dikompos di rumah"},
    "AIR-PILLOWS": {"en": "plastic air pillows", "cs": "plastové vzduchové polštářky",
                    "ro": "perne de aer din plastic", "uk": "пластикові повітряні подушки",
                    "ar": "وسائد هوائية بلاستيكية", "id": "bantalan udara plastik"},
    "BUBBLE-WRAP": {"en": "bubble wrap", "cs": "bublinková fólie", "ro": "folie cu bule",
                    "uk": "бульбашкова плівка", "ar": "غلاف فقاعي", "id": "plastik gelembung"},
    "WRAP-TISSUE": {"en": "recycled tissue paper", "cs": "recyklovaný hedvábný papír",
                    "ro": "hârtie de mătase reciclată", "uk": "перероблений тонкий папір",
                    "ar": "ورق تغليف رقيق معاد تدويره", "id": "kertas tisu daur ulang"},
}  # fmt: skip
for _material in PACKAGING:
    _material["names"] = NAMES[_material["code"]]


@dataclass
class DemoProduct:
    sku: str
    name: str
    price_eur: str
    days_of_use: int | None = None
    care: str | None = None
    links: list[str] = field(default_factory=list)
    sample: bool = False  # a free sample the bench may add to a parcel
    names: dict[str, str] = field(default_factory=dict)  # language -> name (product_names.py)


PRODUCTS: list[DemoProduct] = [
    DemoProduct(
        "SKN-CLEANSE", "Gentle oat face cleanser 150 ml", "18.90", 60, links=["SKN-SERUM", "ACC-KONJAC"]
    ),
    DemoProduct("SKN-SERUM", "Rosehip hydrating serum 30 ml", "29.00", 45, links=["SKN-DAYCREAM"]),
    DemoProduct("SKN-DAYCREAM", "Calendula day cream 50 ml", "24.50", 60, links=["SKN-SERUM", "SKN-LIPBALM"]),
    DemoProduct("SKN-MASK", "Green clay face mask 100 g", "16.00", 30, links=["SKN-CLEANSE"]),
    DemoProduct("SKN-LIPBALM", "Beeswax lip balm", "6.90", 90, links=["SKN-HANDCREAM"]),
    DemoProduct("SKN-HANDCREAM", "Shea hand cream 75 ml", "11.50", 40, links=["SKN-LIPBALM"]),
    DemoProduct("BDY-LOTION", "Lavender body lotion 200 ml", "19.90", 50, links=["BTH-SALTS"]),
    DemoProduct("BDY-DEO", "Baking-soda-free deodorant balm", "12.90", 60),
    DemoProduct("HAIR-SHAMPOO", "Nettle shampoo bar", "13.50", 60, links=["HAIR-COND", "HOME-SOAPDISH"]),
    DemoProduct("HAIR-COND", "Argan conditioner bar", "14.50", 75, links=["HAIR-SHAMPOO", "ACC-COMB"]),
    DemoProduct("BTH-SALTS", "Dead Sea bath salts 500 g", "15.90", 30, links=["BDY-LOTION"]),
    DemoProduct("ORL-TABS", "Mint toothpaste tablets (62)", "8.90", 60, links=["ORL-BRUSH", "ORL-SCRAPER"]),
    DemoProduct("ORL-BRUSH", "Bamboo toothbrush", "4.90", 90, links=["ORL-TABS"]),
    DemoProduct("ACC-KONJAC", "Konjac face sponge", "7.50", 60, links=["SKN-CLEANSE"]),
    DemoProduct("KIT-COFFEE", "Single-origin coffee beans 250 g", "12.90", 14, links=["KIT-MUG"]),
    DemoProduct("KIT-GREENTEA", "Loose-leaf sencha 100 g", "10.90", 30, links=["KIT-TEAPOT", "KIT-MUG"]),
    DemoProduct("KIT-HERBTEA", "Chamomile & linden herbal tea 80 g", "8.50", 30, links=["KIT-TEAPOT"]),
    DemoProduct("HOME-DISHSOAP", "Dish soap refill 1 l", "9.90", 45, links=["HOME-BRUSH"]),
    DemoProduct("HOME-LAUNDRY", "Laundry soap nuts 500 g", "11.90", 90),
    DemoProduct("HOME-CANDLE", "Soy wax candle, fig & cedar", "21.00", 40, links=["HOME-SNUFFER"]),
    DemoProduct(
        "KIT-MUG", "Hand-thrown ceramic mug", "22.00", care="ceramic", links=["KIT-COFFEE", "KIT-GREENTEA"]
    ),
    DemoProduct(
        "KIT-TEAPOT", "Enamel teapot 0.8 l", "39.00", care="enamel", links=["KIT-GREENTEA", "KIT-HERBTEA"]
    ),
    DemoProduct("TXT-TOWEL", "Washed linen towel", "34.00", care="linen", links=["TXT-APRON"]),
    DemoProduct("TXT-APRON", "Linen kitchen apron", "38.00", care="linen", links=["TXT-TOWEL"]),
    DemoProduct("TXT-TOTE", "Organic cotton tote bag", "14.00", care="cotton"),
    DemoProduct("ACC-COMB", "Pear-wood comb", "12.00", care="wood", links=["HAIR-SHAMPOO"]),
    DemoProduct("HOME-SOAPDISH", "Draining wooden soap dish", "9.50", care="wood", links=["HAIR-SHAMPOO"]),
    DemoProduct("HOME-BRUSH", "Beech dish brush", "8.90", care="wood", links=["HOME-DISHSOAP"]),
    DemoProduct("KIT-WRAPS", "Beeswax food wraps (set of 3)", "17.90", care="beeswax"),
    DemoProduct("KIT-STRAWS", "Stainless steel straw set", "9.90", care="steel"),
    DemoProduct("KIT-BOTTLE", "Glass water bottle 0.7 l", "19.00", care="glass"),
    DemoProduct("ORL-SCRAPER", "Copper tongue scraper", "10.50", care="copper", links=["ORL-TABS"]),
    DemoProduct("HOME-SNUFFER", "Brass candle snuffer", "16.50", care="brass", links=["HOME-CANDLE"]),
    DemoProduct("FIT-MAT", "Cork yoga mat", "69.00", care="cork"),
    DemoProduct("SKN-SAMPLE-SERUM", "Sample: rosehip serum 3 ml", "0.00", 7, sample=True),
    DemoProduct("KIT-SAMPLE-TEA", "Sample: chamomile tea, 2 bags", "0.00", 2, sample=True),
    DemoProduct("HAIR-SAMPLE-OIL", "Sample: argan hair oil 5 ml", "0.00", 10, sample=True),
]


for _product in PRODUCTS:
    _product.names = names_of(_product.sku, _product.name)


def ean13(number: int, prefix: str = "859") -> str:
    """A valid EAN-13 from a running number (859 is the Czech GS1 prefix)."""
    body = f"{prefix}{number:09d}"
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


def product_barcode(index: int) -> str:
    return ean13(4_512_000 + index)

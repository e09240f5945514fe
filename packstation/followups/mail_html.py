"""The HTML part of a follow-up mail, made to look like the shop: its logo (an inline `cid:`
image, so it shows without loading remote images) or its name, its colours, a button for each
link, and a footer with the shop's postal address, its support contacts and, for marketing,
the unsubscribe link. A table layout at most 600 px wide, as mail clients need; the CSS is
written once in a <style> block and inlined into each element by css-inline, since many
clients drop <style>. Right to left for Arabic, codes and numbers kept left to right.

The plain-text part stays the message itself; this module only dresses it."""

from __future__ import annotations

import html
import io
import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import urlparse

import css_inline
from PIL import Image

from packstation.inserts.text import LTR_ISLAND

#: the facts whose links become buttons, in the order a URL is looked up among them
BUTTONS: dict[str, dict[str, str]] = {
    "tracking_url": {
        "en": "Track your parcel", "cs": "Sledovat zásilku", "ro": "Urmărește coletul",
        "uk": "Відстежити посилку", "ar": "تتبّع شحنتك", "id": "Lacak paket",
    },
    "review_url": {
        "en": "Write a review", "cs": "Napsat recenzi", "ro": "Scrie o recenzie",
        "uk": "Написати відгук", "ar": "اكتب تقييمك", "id": "Tulis ulasan",
    },
    "redeem_url": {
        "en": "Use your voucher", "cs": "Uplatnit poukaz", "ro": "Folosește voucherul",
        "uk": "Використати ваучер", "ar": "استخدم القسيمة", "id": "Pakai voucher",
    },
    "referral_url": {
        "en": "Share your link", "cs": "Sdílet odkaz", "ro": "Distribuie linkul",
        "uk": "Поділитися посиланням", "ar": "شارك رابطك", "id": "Bagikan tautan",
    },
    "returns_url": {
        "en": "Return an item", "cs": "Vrátit zboží", "ro": "Returnează un produs",
        "uk": "Повернути товар", "ar": "إرجاع منتج", "id": "Kembalikan barang",
    },
    "shop_url": {
        "en": "Visit the shop", "cs": "Přejít do obchodu", "ro": "Intră în magazin",
        "uk": "Перейти до магазину", "ar": "زيارة المتجر", "id": "Kunjungi toko",
    },
}  # fmt: skip
FOOTER: dict[str, dict[str, str]] = {
    "unsubscribe_question": {
        "en": "Don't want these e-mails?", "cs": "Nechcete tyto e-maily dostávat?",
        "ro": "Nu mai vrei aceste e-mailuri?", "uk": "Не хочете отримувати такі листи?",
        "ar": "لا ترغب في هذه الرسائل؟", "id": "Tidak ingin menerima email ini?",
    },
    "unsubscribe": {
        "en": "Unsubscribe", "cs": "Odhlásit odběr", "ro": "Dezabonează-te",
        "uk": "Відписатися", "ar": "إلغاء الاشتراك", "id": "Berhenti berlangganan",
    },
    "chat": {
        "en": "Chat with us", "cs": "Napište nám do chatu", "ro": "Scrie-ne pe chat",
        "uk": "Написати в чат", "ar": "تحدّث معنا", "id": "Chat dengan kami",
    },
}  # fmt: skip
#: logo files every mail client shows inline (SVG is not one of them)
INLINE_LOGOS = {".png": "png", ".jpg": "jpeg", ".jpeg": "jpeg", ".gif": "gif"}
LOGO_PIXELS = 400  # the logo's width in the mail: twice the 200 CSS pixels it is shown at
DEFAULT_PRIMARY, DEFAULT_ACCENT = "#2F5D50", "#E9B44C"
CODES = ("voucher_code", "order_number", "tracking_number", "rma")  # kept on one line
ISLAND_ON_ONE_LINE = 24  # characters: "+420 228 881 234", "VA-K7QM-3XPA-R", "23 February 2027"

_URL = re.compile(r"https?://[^\s<>\"]+")
_COLOR = re.compile(r"#(?:[0-9a-fA-F]{3}){1,2}")
_TRAILING = re.compile(r"[\s.,;:!?)]*")

_STYLE = """
body { margin: 0; padding: 0; background-color: #F4F2EE; color: #1F2421;
       font-family: Helvetica, Arial, sans-serif; font-size: 16px; line-height: 1.5; }
table { border-collapse: collapse; }
.outer { width: 100%; background-color: #F4F2EE; }
.outer-cell { padding: 16px 8px; }
.card { width: 100%; max-width: 600px; background-color: #FFFFFF; border-radius: 8px; }
.header { padding: 24px 24px 16px; text-align: center; border-bottom: 4px solid {accent}; }
.logo { display: block; margin: 0 auto; width: 200px; max-width: 100%; height: auto; border: 0; }
.brand { margin: 0; font-size: 26px; line-height: 1.2; color: {primary}; font-weight: bold; }
.content { padding: 24px; text-align: {align}; word-wrap: break-word; overflow-wrap: anywhere; }
p { margin: 0 0 16px; }
.button { margin: 4px 0 20px; }
.button-cell { background-color: {primary}; border-radius: 6px; }
.button-link { display: inline-block; padding: 12px 24px; color: {on_primary}; font-weight: bold;
               text-decoration: none; border-radius: 6px; }
.inline-link { color: {primary}; font-weight: bold; }
.footer { padding: 16px 24px 24px; font-size: 13px; line-height: 1.5; color: #5B615D;
          text-align: {align}; border-top: 1px solid #E4E1DB; word-wrap: break-word; overflow-wrap: anywhere; }
.footer p { margin: 0 0 8px; }
.footer a { color: {primary}; }
.ltr { white-space: nowrap; }
"""


def mail_domain(support_email: str | None, website: str | None) -> str:
    """The shop's own mail domain, for Message-IDs and the logo's Content-ID: the support
    address's, else the website's host, else the project's name."""
    if support_email and "@" in support_email:
        return support_email.rsplit("@", 1)[1].strip().lower() or "packstation"
    host = urlparse(website or "").hostname
    return host or "packstation"


def logo_cid(facts: Mapping[str, Any]) -> str | None:
    """The Content-ID the HTML refers its logo to, when the brand has one a mail can carry."""
    logo = facts.get("logo")
    if not isinstance(logo, Path) or logo.suffix.lower() not in INLINE_LOGOS:
        return None
    return f"logo@{mail_domain(facts.get('support_email'), facts.get('website'))}"


CID_IMAGE = re.compile(r'src="cid:([^"]+)"')  # the HTML's inline image: its Content-ID


class Logo(NamedTuple):
    """The brand's logo as a mail carries it inline."""

    data: bytes
    subtype: str  # of image/…
    filename: str


def mail_logo(path: Path | None) -> Logo | None:
    """The logo made for a mail: at most twice its 200 px on the page wide (sharp on a phone's
    screen), a PNG in 256 colours. The shop's logo file is made for print (the demo's is
    1280 px, 36 KB): as it was, it made each mail nine times larger and the dispatcher's
    batches several times slower. Read once per file and change of it."""
    if path is None or path.suffix.lower() not in INLINE_LOGOS:
        return None
    try:
        return _made_logo(path, path.stat().st_mtime_ns)
    except OSError:  # gone since it was checked: the mail shows the logo's alt text, the name
        return None


@lru_cache(maxsize=4)
def _made_logo(path: Path, modified: int) -> Logo:
    data = path.read_bytes()
    try:
        with Image.open(io.BytesIO(data)) as opened:
            image: Image.Image = opened.convert("RGBA")
            if image.width > LOGO_PIXELS:
                height = max(1, round(image.height * LOGO_PIXELS / image.width))
                image = image.resize((LOGO_PIXELS, height), Image.Resampling.LANCZOS)
            if INLINE_LOGOS[path.suffix.lower()] == "jpeg":  # a photograph stays one
                made = io.BytesIO()
                image.convert("RGB").save(made, "JPEG", quality=85, optimize=True)
                return Logo(made.getvalue(), "jpeg", path.with_suffix(".jpg").name)
            colours = image.quantize(256, method=Image.Quantize.FASTOCTREE)
            made = io.BytesIO()
            colours.save(made, "PNG", optimize=True)
            return Logo(made.getvalue(), "png", path.with_suffix(".png").name)
    except (OSError, ValueError):  # a file Pillow cannot read goes as it is
        return Logo(data, INLINE_LOGOS[path.suffix.lower()], path.name)


def with_logo_file(page: str, logo: Path | None) -> str:
    """A mail's HTML as a screen with the logo's file at hand shows it (the outbox's preview):
    its `cid:` image pointed at the file."""
    return page if logo is None else CID_IMAGE.sub(f'src="{logo.as_uri()}"', page)


def mail_html(text: str, language: str, facts: Mapping[str, Any], unsubscribe_url: str = "") -> str:
    """The mail's HTML from its plain text (paragraphs split at blank lines) and the shop's
    facts; `unsubscribe_url` puts the unsubscribe link in the footer (marketing)."""
    rtl = language == "ar"
    primary = _color(facts.get("primary_color"), DEFAULT_PRIMARY)
    accent = _color(facts.get("accent_color"), DEFAULT_ACCENT)
    style = (
        _STYLE.replace("{primary}", primary)
        .replace("{accent}", accent)
        .replace("{on_primary}", _readable_on(primary))
        .replace("{align}", "right" if rtl else "left")
    )
    brand = html.escape(str(facts.get("brand_name", "")))
    cid = logo_cid(facts)
    header = (
        f'<img class="logo" src="cid:{cid}" alt="{brand}" width="200">'
        if cid
        else f'<h1 class="brand">{brand}</h1>'
    )
    labels = _labels(facts, language)
    codes = tuple(str(facts.get(name) or "") for name in CODES if facts.get(name))
    content = "".join(_paragraph(block, labels, rtl, codes) for block in text.split("\n\n") if block.strip())
    direction = "rtl" if rtl else "ltr"
    page = (
        f'<!DOCTYPE html><html lang="{language}" dir="{direction}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{brand}</title><style>{style}</style></head>"
        f'<body dir="{direction}"><table role="presentation" class="outer"><tr><td class="outer-cell" align="center">'
        f'<table role="presentation" class="card" dir="{direction}">'
        f'<tr><td class="header">{header}</td></tr>'
        f'<tr><td class="content">{content}</td></tr>'
        f'<tr><td class="footer">{_footer(facts, language, unsubscribe_url, rtl)}</td></tr>'
        "</table></td></tr></table></body></html>"
    )
    return str(css_inline.CSSInliner(load_remote_stylesheets=False).inline(page))


def _color(value: object, default: str) -> str:
    """A brand colour as #RGB or #RRGGBB; anything else (it goes into CSS) is the default."""
    text = str(value or "").strip()
    return text if _COLOR.fullmatch(text) else default


def _readable_on(color: str) -> str:
    """White or near-black text, whichever reads better on `color` (WCAG relative luminance)."""
    digits = color[1:] if len(color) == 7 else "".join(c * 2 for c in color[1:])
    channels = [int(digits[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    luminance = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    return "#FFFFFF" if (1.05 / (luminance + 0.05)) >= ((luminance + 0.05) / 0.05) else "#1F2421"


def _labels(facts: Mapping[str, Any], language: str) -> dict[str, str]:
    """Each link the facts hold, with the words its button says."""
    labels: dict[str, str] = {}
    for name, words in BUTTONS.items():
        url = str(facts.get(name) or "")
        if url and url not in labels:
            labels[url] = words.get(language) or words["en"]
    website = str(facts.get("website") or "")
    if website and website not in labels:
        labels[website] = BUTTONS["shop_url"].get(language) or BUTTONS["shop_url"]["en"]
    return labels


def _label_for(url: str, labels: Mapping[str, str]) -> str:
    """A link the facts do not know (a shop's own template) is named by its site."""
    return labels.get(url) or urlparse(url).hostname or url


def _island(match: re.Match[str]) -> str:
    """A left-to-right island; a short one (a code, a phone number) kept on one line, a long
    one (an address) free to wrap on a phone's narrow screen."""
    words = match.group(0)
    kept = ' class="ltr"' if len(words) <= ISLAND_ON_ONE_LINE else ""
    return f'<span dir="ltr"{kept}>{words}</span>'


def _text(piece: str, rtl: bool, codes: Sequence[str] = ()) -> str:
    escaped = html.escape(piece)
    if rtl:  # codes, phone numbers, addresses keep their order inside Arabic
        escaped = LTR_ISLAND.sub(_island, escaped)
    else:  # a code is read out or typed in whole: it never breaks at its hyphens
        for code in codes:
            escaped = escaped.replace(html.escape(code), f'<span class="ltr">{html.escape(code)}</span>')
    return escaped.replace("\n", "<br>")


def _button(url: str, label: str) -> str:
    """A link as a button: a table cell with the brand's colour, which every client draws."""
    return (
        '<table role="presentation" class="button"><tr><td class="button-cell">'
        f'<a class="button-link" href="{html.escape(url)}">{label}</a></td></tr></table>'
    )


def _paragraph(block: str, labels: Mapping[str, str], rtl: bool, codes: Sequence[str]) -> str:
    """One paragraph: a link ending it becomes a button under it, a link inside a sentence a
    link with words instead of the address."""
    block = block.strip("\n")
    pieces, buttons, last = [], [], 0
    for match in _URL.finditer(block):
        url = match.group(0).rstrip(".,;:!?)")
        end = match.start() + len(url)
        pieces.append(_text(block[last : match.start()], rtl, codes))
        label = html.escape(_label_for(url, labels))
        if _TRAILING.fullmatch(_URL.sub("", block[end:])):  # nothing but links after it
            buttons.append(_button(url, label))
        else:
            pieces.append(f'<a class="inline-link" href="{html.escape(url)}">{label}</a>')
        last = end
    if not buttons:
        pieces.append(_text(block[last:], rtl, codes))
    words = re.sub(r"(?:\s|<br>)+$", "", "".join(pieces))
    return (f"<p>{words}</p>" if words else "") + "".join(buttons)


def _footer(facts: Mapping[str, Any], language: str, unsubscribe_url: str, rtl: bool) -> str:
    """The shop's name and postal address, how to reach it, and for marketing how to stop it."""
    lines = [f"<p><strong>{html.escape(str(facts.get('brand_name', '')))}</strong>"]
    address = facts.get("return_address") or []
    if isinstance(address, str):
        address = [line.strip() for line in address.split("|")]
    if address:
        lines[0] += "<br>" + _text(", ".join(str(line) for line in address if line), rtl)
    lines[0] += "</p>"
    contacts = []
    email = str(facts.get("support_email") or "")
    if email:
        contacts.append(f'<a href="mailto:{html.escape(email)}" dir="ltr">{html.escape(email)}</a>')
    phone = str(facts.get("support_phone") or "")
    if phone:
        dial = re.sub(r"[^\d+]", "", phone)
        contacts.append(f'<a href="tel:{dial}" dir="ltr" class="ltr">{html.escape(phone)}</a>')
    chat = str(facts.get("support_chat") or "")
    if chat.startswith(("https://", "http://")):
        contacts.append(
            f'<a href="{html.escape(chat)}">{html.escape(FOOTER["chat"].get(language, FOOTER["chat"]["en"]))}</a>'
        )
    website = str(facts.get("website") or "")
    if website.startswith(("https://", "http://")):
        host = urlparse(website).hostname or website
        contacts.append(f'<a href="{html.escape(website)}" dir="ltr">{html.escape(host)}</a>')
    if contacts:
        lines.append(
            "<p>" + " · ".join(f'<span class="ltr">{contact}</span>' for contact in contacts) + "</p>"
        )
    if unsubscribe_url:
        question = FOOTER["unsubscribe_question"].get(language) or FOOTER["unsubscribe_question"]["en"]
        words = FOOTER["unsubscribe"].get(language) or FOOTER["unsubscribe"]["en"]
        lines.append(
            f'<p>{html.escape(question)} <a href="{html.escape(unsubscribe_url)}">{html.escape(words)}</a></p>'
        )
    return "".join(lines)

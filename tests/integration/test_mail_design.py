"""The shop owner's mails look like the shop: every kind of follow-up in every language goes
through the real queue, dispatcher and SMTP server, and is then opened in headless Chromium as
a mail client would show it (the logo from its inline part) and checked: its direction, no
sideways scrolling on a phone (375 px) or a desktop client (600 px), every link a clickable
button or link with words, the logo there. And the headers a mail client sorts by are right."""

from __future__ import annotations

import hashlib
import html
import io
import json
import re
import shutil
import subprocess
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from email.message import EmailMessage
from email.utils import parsedate_to_datetime
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import delete, select, update

from packstation.bootstrap import App
from packstation.core.settings import save_setting
from packstation.followups.dispatch import dispatch_once, smtp_config
from packstation.followups.messages import load_playbook
from packstation.followups.queue import queue_followups
from packstation.storage.models import Brand, Customer, MessageStatus, Order, OutboxMessage
from tests.integration.test_followups import PACKED_AT, pack
from tests.support.demo import demo_shop
from tests.support.smtp import SmtpServer

LANGUAGES = ("en", "cs", "ro", "uk", "ar", "id")
WIDTHS = (375, 600)
# the e-mails any order may earn; a birthday's and an anniversary's come on top where due
EVERY_ORDER_KINDS = {"thank_you", "review_request", "voucher_reminder", "replenishment", "complementary",
                     "loyalty", "care_tips"}  # fmt: skip
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
_URL = re.compile(r"https?://[^\s<>\"]+")


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    server = SmtpServer().start()
    yield server
    server.stop()


@pytest.fixture
def shop(app: App) -> App:
    demo_shop(app, 60)
    return app


@pytest.fixture
def one_shop(sqlite_app: App) -> App:
    """The shop on one database only: how a mail looks does not depend on which."""
    demo_shop(sqlite_app, 60)
    return sqlite_app


def every_kind_in_every_language(shop: App, smtp: SmtpServer) -> list[EmailMessage]:
    """A parcel packed at the bench for a consenting customer of each language (a tracking
    number, a voucher), then each e-mail rule of the playbook for it, its conditions set aside;
    queued, sent by the dispatcher and received by the SMTP server."""
    rules = [replace(rule, when=()) for rule in load_playbook() if rule.channel == "email"]
    with shop.sessions.begin() as session:
        save_setting(session, "marketing_gap_hours", 0)
    for language in LANGUAGES:
        order = pack(shop, language=language)
        with shop.sessions.begin() as session:
            customer = session.get(Customer, order.customer_id)
            assert customer is not None
            customer.birthday = date(1904, 12, 9)  # a birthday offer too (the year unknown)
            queue_followups(session, order.number, now=PACKED_AT, playbook=rules)
            queued = set(
                session.scalars(select(OutboxMessage.rule).where(OutboxMessage.order_id == order.id))
            )
            assert queued >= EVERY_ORDER_KINDS, (language, EVERY_ORDER_KINDS - queued)
    with shop.sessions.begin() as session:
        session.execute(delete(OutboxMessage).where(OutboxMessage.channel == "sms"))
        session.execute(update(OutboxMessage).values(scheduled_at=PACKED_AT, expires_at=None))
        count = len(list(session.scalars(select(OutboxMessage.id))))
    report = dispatch_once(
        shop.sessions, smtp_config(smtp.url), batch=200, now=PACKED_AT + timedelta(minutes=1)
    )
    assert report.sent == count, report
    return list(smtp.inbox.messages)  # type: ignore[arg-type]


def as_a_mail_client_shows_it(message: EmailMessage, folder: Path) -> str:
    """The HTML part with its `cid:` images taken from the message's own inline parts (each
    written once into `folder`)."""
    page = str(message.get_body(preferencelist=("html",)).get_content())  # type: ignore[union-attr]
    for part in message.walk():
        if part.get_content_maintype() == "image" and part["Content-ID"]:
            data = part.get_payload(decode=True)
            assert isinstance(data, bytes)
            image = folder / f"{hashlib.sha256(data).hexdigest()[:16]}.{part.get_content_subtype()}"
            image.write_bytes(data)
            page = page.replace(f"cid:{part['Content-ID'].strip('<>')}", image.as_uri())
    return page


# Runs in the page that holds every message in frames of a phone's and a desktop client's
# width; writes what it finds into the page, which Chromium hands back (--dump-dom).
CHECK = """
addEventListener('load', () => {
  const found = [];
  for (const frame of document.querySelectorAll('iframe')) {
    const doc = frame.contentDocument;
    const links = [...doc.querySelectorAll('a')].map(a => {
      a.scrollIntoView({block: 'center'});
      const box = a.getClientRects()[0];  // a link wrapped over two lines: its first line
      const hit = box && doc.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return {href: a.getAttribute('href'), text: a.innerText.trim(), visible: !!box && box.width > 0 && box.height > 0,
              clickable: !!hit && hit.closest('a') === a, rects: a.getClientRects().length};
    });
    const logo = doc.querySelector('img');
    found.push({key: frame.dataset.key, width: frame.clientWidth, dir: doc.documentElement.dir,
                direction: getComputedStyle(doc.body).direction,
                scrollWidth: doc.documentElement.scrollWidth, clientWidth: doc.documentElement.clientWidth,
                links, logo: logo ? {loaded: logo.complete && logo.naturalWidth > 0, width: logo.width} : null});
  }
  document.getElementById('found').textContent = JSON.stringify(found);
});
"""


def chromium(page: Path, profile: Path, *extra: str) -> str:
    command = [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
               "--window-size=1400,900", *extra, page.as_uri()]  # fmt: skip
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=True).stdout


@pytest.mark.skipif(CHROMIUM is None, reason="needs Chromium (Debian's chromium package; ./dev installs it)")
def test_every_mail_in_every_language_reads_well_on_a_phone_and_a_desktop(
    one_shop: App, smtp: SmtpServer, tmp_path: Path
) -> None:
    received = every_kind_in_every_language(one_shop, smtp)
    with one_shop.sessions() as session:
        kinds = {
            m.message_id: (m.language, m.rule, m.body_text) for m in session.scalars(select(OutboxMessage))
        }
    frames, expected = [], {}
    for message in received:
        language, rule, text = kinds[message["Message-ID"]]
        page = html.escape(as_a_mail_client_shows_it(message, tmp_path), quote=True)
        for width in WIDTHS:
            key = f"{language}/{rule}@{width}"
            expected[key] = (language, {url.rstrip(".,;:!?)") for url in _URL.findall(text)})
            frames.append(
                f'<iframe data-key="{key}" style="width:{width}px;height:2400px;border:0" srcdoc="{page}"></iframe>'
            )
    harness = tmp_path / "mails.html"
    harness.write_text(f'<!DOCTYPE html><meta charset="utf-8"><pre id="found"></pre>{"".join(frames)}<script>{CHECK}</script>',
                       encoding="utf-8")  # fmt: skip

    started = time.monotonic()
    dom = chromium(harness, tmp_path / "profile", "--dump-dom")
    seconds = time.monotonic() - started

    found = json.loads(html.unescape(re.search(r'<pre id="found">(.*?)</pre>', dom, re.S).group(1)))  # type: ignore[union-attr]
    assert {f["key"] for f in found} == set(expected), "every kind in every language at both widths"
    for frame in found:
        language, urls = expected[frame["key"]]
        where = frame["key"]
        assert frame["dir"] == frame["direction"] == ("rtl" if language == "ar" else "ltr"), where
        assert frame["clientWidth"] == frame["width"] and frame["scrollWidth"] <= frame["width"], (
            where,
            frame,
        )
        assert frame["logo"] and frame["logo"]["loaded"] and 0 < frame["logo"]["width"] <= 200, where
        links = frame["links"]
        assert all(link["href"].startswith(("https://", "http://", "mailto:", "tel:")) for link in links), (
            where
        )
        assert all(link["visible"] and link["clickable"] and link["text"] for link in links), (where, links)
        shown = {link["href"] for link in links}
        assert urls <= shown, (where, urls - shown)  # every link of the text, clickable in the HTML
        assert not any(link["text"].startswith("http") for link in links if link["href"] in urls), where
    assert seconds < 60, f"Chromium took {seconds:.1f} s"


def test_a_mail_says_who_it_is_for_when_it_was_written_and_where_it_comes_from(
    shop: App, smtp: SmtpServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TZ", "Asia/Jakarta")  # a station in Indonesia: UTC+7 all year
    time.tzset()
    try:
        order = pack(shop, language="uk")
        config = smtp_config(smtp.url)
        dispatch_once(shop.sessions, config, now=PACKED_AT + timedelta(minutes=1))  # the thank-you
        dispatch_once(shop.sessions, config, now=PACKED_AT + timedelta(days=15))  # the review request
    finally:
        monkeypatch.undo()
        time.tzset()
    with shop.sessions() as session:
        customer = session.scalars(select(Customer).join(Order).where(Order.id == order.id)).one()
        sent = {
            m.rule: m
            for m in session.scalars(select(OutboxMessage).where(OutboxMessage.status == MessageStatus.SENT))
        }
    thanks, review = smtp.inbox.messages

    [to] = thanks["To"].addresses  # type: ignore[attr-defined]
    assert (to.display_name, to.addr_spec) == (customer.full_name, customer.email)
    assert not customer.full_name.isascii()  # a Cyrillic name, sent as an encoded word
    written = parsedate_to_datetime(thanks["Date"])
    assert written.utcoffset() == timedelta(hours=7)  # the station's offset, not -0000
    assert written == PACKED_AT + timedelta(minutes=1)
    assert thanks["Message-ID"] == sent["thank_you"].message_id
    assert thanks["Message-ID"].endswith("@verde-atelier.example>")  # the shop's own domain
    assert "List-Unsubscribe" not in thanks

    assert review["List-Unsubscribe"].startswith("<https://verde-atelier.example/")
    assert review["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"

    for message in (thanks, review):
        types = [part.get_content_type() for part in message.walk()]
        assert types == ["multipart/alternative", "text/plain", "multipart/related", "text/html", "image/png"]
        page = str(message.get_body(preferencelist=("html",)).get_content())  # type: ignore[attr-defined]
        [logo] = [part for part in message.walk() if part.get_content_type() == "image/png"]
        assert f'src="cid:{logo["Content-ID"].strip("<>")}"' in page
        assert logo.get_content_disposition() == "inline"
        data = logo.get_payload(decode=True)
        assert isinstance(data, bytes) and len(data) < 10_000  # the print logo is 36 KB
        with Image.open(io.BytesIO(data)) as image:
            assert image.width == 400  # sharp at its 200 px on a phone's screen, and no larger
        assert message.get_body(preferencelist=("plain",)).get_content().strip()  # type: ignore[attr-defined]


def test_a_shop_without_a_logo_shows_its_name_in_its_own_colours(shop: App, smtp: SmtpServer) -> None:
    with shop.sessions.begin() as session:  # no logo; a light primary colour, a broken accent
        brand = session.get(Brand, 1)
        assert brand is not None
        brand.logo_path, brand.primary_color, brand.accent_color = None, "#F2C14E", "red;}*{x"
    pack(shop, language="cs")
    dispatch_once(shop.sessions, smtp_config(smtp.url), now=PACKED_AT + timedelta(minutes=1))

    [thanks] = smtp.inbox.messages
    kinds = [p.get_content_type() for p in thanks.walk()]
    assert kinds == ["multipart/alternative", "text/plain", "text/html"]  # no image to carry
    page = str(thanks.get_body(preferencelist=("html",)).get_content())  # type: ignore[attr-defined]
    assert "cid:" not in page
    assert re.search(r'<h1 class="brand" style="[^"]*color: #F2C14E;[^"]*">Verde Atelier</h1>', page)
    button = re.search(
        r'<td class="button-cell" style="([^"]*)"><a class="button-link" [^>]*style="([^"]*)"', page
    )
    assert button and "background-color: #F2C14E" in button.group(1)
    assert "color: #1F2421" in button.group(2)  # dark words on a light button, white on a dark one
    assert "red;}" not in page and "border-bottom: 4px solid #E9B44C" in page  # the default accent

"""A shop owner starts packstation for the first time, on a database holding only the shop's own
Shopify export (no demo): the set-up opens in the real window and is answered with the
keyboard alone — Tab from field to field, Enter for the next page — the Czech words typed on
the Czech layout, the links with their {placeholders} typed with Shift as a keyboard sends the
braces. What was stored is read back from the database; the window then carries the shop's
name."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from packstation.bootstrap import App, bootstrap
from packstation.core.settings import load_settings
from packstation.core.shop_setup import still_missing
from packstation.importers.service import import_file
from packstation.storage.models import Brand, Packer, Role
from tests.support.xserver import real_window, wait_until

pytestmark = pytest.mark.x11

EXPORT = Path(__file__).parents[1] / "data" / "shopify_orders_export.csv"
SITE = "https://lipova-dilna.example"
LINKS = {
    "voucher_redeem_url": f"{SITE}/sleva/{{code}}",
    "return_portal_url": f"{SITE}/vraceni?rma={{rma}}",
    "review_url": f"{SITE}/recenze?objednavka={{order}}",
    "unsubscribe_url": f"{SITE}/odhlasit?t={{token}}",
    "referral_url": f"{SITE}/r/{{token}}",
}


def test_a_shop_owner_sets_up_a_new_shop_at_the_real_window_with_the_keyboard_alone(tmp_path: Path) -> None:
    app = bootstrap(f"sqlite:///{tmp_path / 'shop.sqlite3'}")
    import_file(app.sessions, EXPORT)
    with real_window(app.db_url, tmp_path, title="Set up your shop") as window:
        # who looks after the shop: name, badge, the PIN twice
        window.write("Marta Dvořáková", "cz")
        window.write("\tA-0001\t482913\t482913\r")
        # the shop: name, website, (not on Shopify), support e-mail
        window.write("Lípová dílna", "cz")
        window.write(f"\t{SITE}\t\tahoj@lipova-dilna.example\r")
        # where returns go
        window.write("Lípová dílna s.r.o.\tKvětná 12", "cz")
        window.write("\t602 00\tBrno\t")
        # Č is not on the Czech layout's Shift level (the digits are): Caps Lock, then č
        window.x.keyboard("cz")
        window.key("Caps_Lock", "ccaron", "Caps_Lock")
        window.x.xdotool("type", "--delay", "20", "esko\r")
        window.x.keyboard("us")
        # the links, each with its placeholder, then Enter stores them all
        window.write("\t".join(LINKS.values()) + "\r")
        wait_until(lambda: not [key for key in left_to_set(app) if key in LINKS], timeout=30)
        window.write("\r")  # Ready: Finish
        wait_until(lambda: bool(window.x.find_window("packstation — Lípová dílna — Bench 1")), timeout=30)
        window.x.screenshot(tmp_path / "set-up.png")

    with app.sessions() as session:
        brand = session.get(Brand, 1)
        settings = load_settings(session)
        admin = session.scalars(select(Packer).where(Packer.badge == "A-0001")).one()
    left = left_to_set(app)
    assert brand is not None and (brand.name, brand.website, brand.support_email) == (
        "Lípová dílna",
        SITE,
        "ahoj@lipova-dilna.example",
    )
    assert (admin.name, admin.role) == ("Marta Dvořáková", Role.ADMIN)
    assert {key: getattr(settings, key) for key in LINKS} == LINKS
    assert brand.return_address == "Lípová dílna s.r.o.\nKvětná 12\n602 00 Brno\nČesko"
    assert not [key for key in left if key in LINKS or key.startswith("return")]
    app.close()


def left_to_set(app: App) -> list[str]:
    """What the shop still has to set before every insert prints and every message goes."""
    with app.sessions() as session:
        return [need.key for need in still_missing(session)]

"""A real shop's first day, without the demo: it imports its own Shopify export into an empty
database, is told what its inserts still need, sets it up in one command and prints its own
inserts — never the demo shop's name, address or links."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.support.pdf import page_count, page_text

EXPORT = Path(__file__).parents[1] / "data" / "shopify_orders_export.csv"
DEMO_WORDS = ("verde", "Verde Atelier", "Our shop")


def packstation(db: str, *args: str, pin: str = "", new_pin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PACKSTATION_DB": db}
    env.pop("PACKSTATION_PIN", None)
    env.pop("PACKSTATION_NEW_PIN", None)
    if pin:
        env["PACKSTATION_PIN"] = pin
    if new_pin:
        env["PACKSTATION_NEW_PIN"] = new_pin
    return subprocess.run([sys.executable, "-m", "packstation", *args], capture_output=True, text=True,
                          timeout=120, env=env)  # fmt: skip


SETUP = [
    "setup", "--admin-name", "Marta Dvořáková", "--admin-badge", "A-0001",
    "--shop-name", "Lípa & Len", "--website", "https://lipaalen.example", "--platform", "shopify",
    "--support-email", "ahoj@lipaalen.example", "--support-phone", "+420 530 000 111",
    "--return-name", "Lípa & Len s.r.o.", "--return-street", "Květná 12", "--return-postcode", "602 00",
    "--return-city", "Brno", "--return-country", "Česko",
    "--returns-url", "https://lipaalen.example/vraceni?rma={rma}",
    "--review-url", "https://lipaalen.example/recenze?order={order}",
    "--unsubscribe-url", "https://lipaalen.example/odhlasit?t={token}",
    "--referral-url", "https://lipaalen.example/doporuceni/{token}",
]  # fmt: skip


def test_a_new_shop_goes_from_its_own_export_to_its_first_insert_in_five_commands(tmp_path: Path) -> None:
    db, out = f"sqlite:///{tmp_path / 'shop.sqlite3'}", tmp_path / "first.pdf"

    imported = packstation(db, "import", str(EXPORT))  # 1: its own orders, no demo
    assert "6 new" in imported.stdout

    refused = packstation(db, "inserts", "#1009", "--out", str(out))  # 2: what is missing, said plainly
    assert refused.returncode == 2 and not out.exists()
    assert (
        "the shop's name is not set — Settings › Shop & brand, or `packstation setup --shop-name NAME`"
        in refused.stderr
    )
    assert "the return address is not set" in refused.stderr and "Traceback" not in refused.stderr
    assert (
        "the shop has not set 5 things these inserts need:\n  - the shop's name is not set" in refused.stderr
    )

    set_up = packstation(db, *SETUP, pin="482913")  # 3: everything in one go, with the first admin
    assert set_up.returncode == 0, set_up.stderr
    assert (
        "voucher_redeem_url: https://lipaalen.example/discount/{code} (the shopify pattern" in set_up.stdout
    )

    checked = packstation(db, "setup", "--check")  # 4: nothing left for the inserts; the bench has no box
    assert checked.returncode == 1 and "the packaging catalogue is empty" in checked.stdout

    printed = packstation(db, "inserts", "#1009", "--out", str(out))  # 5: the first insert
    assert printed.returncode == 0, printed.stderr
    pages = [page_text(out, i) for i in range(page_count(out))]
    assert all("Lípa & Len" in page for page in pages)
    assert "Květná 12" in pages[2] and "602 00 Brno" in pages[2]  # the return label: the shop's own address
    assert "ahoj@lipaalen.example · +420 530 000 111" in pages[0]
    assert not [word for page in pages for word in DEMO_WORDS if word.lower() in page.lower()]


def test_a_shop_without_a_window_adds_its_packer_and_its_box_and_packs_the_first_parcel(
    tmp_path: Path,
) -> None:
    """The same first day at a bench that has only the command line: the admin adds a packer and
    the shop's box, `setup --check` says the bench can pack; the admin finishes the parcel that
    waited for a box, and the new packer packs the next one."""
    db = f"sqlite:///{tmp_path / 'shop.sqlite3'}"
    packstation(db, "import", str(EXPORT))
    assert packstation(db, *SETUP, pin="482913").returncode == 0
    stuck = packstation(db, "pack", "#1009", "--packer", "A-0001", "--station", "Bench 1",
                        "--scan", "KIT-COFFEE", "--scan", "CMD-COMPLETE", pin="482913")  # fmt: skip
    assert "Scan the packaging first" in stuck.stdout + stuck.stderr  # no box to scan yet

    packer = packstation(db, "staff", "add", "Dewi Lestari", "P-1001", "--badge", "A-0001", pin="482913")
    assert packer.returncode == 0 and "added Dewi Lestari, packer, badge P-1001" in packer.stdout
    taken = packstation(db, "staff", "add", "Someone Else", "P-1001", "--badge", "A-0001", pin="482913")
    assert taken.returncode == 2 and "not added: badge 'P-1001' is already someone's" in taken.stderr
    bad_box = packstation(db, "packaging", "add", "box m", "Box M", "--badge", "A-0001", pin="482913")
    assert (
        bad_box.returncode == 2
        and "not stored: code 'box m': 2 to 40 letters, digits and dashes" in bad_box.stderr
    )
    box = packstation(db, "packaging", "add", "BOX-M", "Box M, recycled cardboard", "--recycled-pct", "90",
                      "--recyclable", "--weight-grams", "180", "--disposal", "id=Lipat kardusnya dan daur ulang.",
                      "--badge", "A-0001", pin="482913")  # fmt: skip
    assert box.returncode == 0 and box.stdout.startswith("BOX-M: stored"), box.stderr
    assert "BOX-M" in packstation(db, "packaging").stdout
    heavier = packstation(db, "packaging", "add", "BOX-M", "Box M, recycled cardboard", "--weight-grams", "200",
                          "--badge", "A-0001", pin="482913")  # fmt: skip
    assert heavier.stdout.startswith("BOX-M: stored (weight_grams)"), heavier.stdout + heavier.stderr
    listed = json.loads(packstation(db, "packaging", "--json").stdout)
    assert [(p["code"], p["recycled_pct"], p["recyclable"]) for p in listed] == [("BOX-M", 90, True)]  # kept

    manager = packstation(db, "staff", "add", "Ioana Popescu", "M-2009", "--role", "manager",
                          "--badge", "A-0001", pin="482913", new_pin="246813")  # fmt: skip
    assert manager.returncode == 0 and "added Ioana Popescu, manager, badge M-2009" in manager.stdout
    not_hers = packstation(db, "staff", "add", "Someone", "A-0002", "--role", "admin",
                           "--badge", "M-2009", pin="246813", new_pin="135790")  # fmt: skip
    assert not_hers.returncode == 1 and "an admin" in not_hers.stderr  # refused before any new PIN
    no_pin = packstation(db, "staff", "add", "Radu Ionescu", "M-2010", "--role", "manager",
                         "--badge", "A-0001", pin="482913")  # fmt: skip
    assert (
        no_pin.returncode == 2
        and "a PIN of their own: type it twice, or give it in $PACKSTATION_NEW_PIN" in no_pin.stderr
    )

    checked = packstation(db, "setup", "--check")
    assert checked.returncode == 0 and "the bench can pack" in checked.stdout
    done = packstation(db, "pack", "#1009", "--packer", "A-0001", "--station", "Bench 1",
                       "--scan", "BOX-M", "--scan", "CMD-COMPLETE", pin="482913")  # fmt: skip
    assert done.returncode == 0 and "Resumed #1009 where it was: 1 of 1 items in" in done.stdout, done.stderr
    packed = packstation(db, "pack", "#1010", "--packer", "P-1001", "--station", "Bench 2",
                         "--scan", "SKN-LIPBALM", "--scan", "BOX-M", "--scan", "CMD-COMPLETE")  # fmt: skip
    assert packed.returncode == 0, packed.stdout + packed.stderr
    shown = packstation(db, "orders", "show", "#1010")
    assert (
        shown.stdout.startswith("#1010  packed")
        and "completed  Dewi Lestari (P-1001) at Bench 2" in shown.stdout
    )


def test_a_shop_that_set_only_its_name_prints_what_it_can_and_is_told_the_rest(tmp_path: Path) -> None:
    db, out = f"sqlite:///{tmp_path / 'shop.sqlite3'}", tmp_path / "note.pdf"
    packstation(db, "import", str(EXPORT))
    made = packstation(db, "setup", "--admin-name", "Marta Dvořáková", "--admin-badge", "A-0001",
                       "--shop-name", "Lípa & Len", "--support-email", "ahoj@lipaalen.example", pin="482913")  # fmt: skip
    assert made.returncode == 1 and "the return address (for return)" in made.stdout  # set, and what is left

    note = packstation(db, "inserts", "#1009", "--kinds", "note,slip", "--out", str(out))
    assert note.returncode == 0, note.stderr
    assert (
        "ahoj@lipaalen.example" in page_text(out, 0) and " · " not in page_text(out, 0).split("ahoj")[1][:30]
    )

    label = packstation(db, "inserts", "#1009", "--kinds", "return", "--out", str(tmp_path / "label.pdf"))
    assert label.returncode == 2 and "the return address is not set" in label.stderr
    assert not (tmp_path / "label.pdf").exists()


def test_setup_refuses_a_bad_answer_and_stores_none_of_them(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'shop.sqlite3'}"
    no_admin = packstation(db, "setup", "--shop-name", "Lípa & Len")
    assert no_admin.returncode == 2 and "--admin-name and --admin-badge" in no_admin.stderr

    short_pin = packstation(db, "setup", "--admin-name", "Marta", "--admin-badge", "A-0001", pin="1234")
    assert short_pin.returncode == 2 and "at least 6 digits" in short_pin.stderr

    half_address = packstation(db, "setup", "--admin-name", "Marta", "--admin-badge", "A-0001",
                               "--shop-name", "Lípa & Len", "--return-city", "Brno", pin="482913")  # fmt: skip
    assert half_address.returncode == 2
    assert (
        "the return address needs its name" in half_address.stderr
        and "nothing was stored" in half_address.stderr
    )
    checked = packstation(db, "setup", "--check")
    assert "the shop's name" in checked.stdout  # the name given with the bad address was not stored either

    packstation(db, "setup", "--admin-name", "Marta", "--admin-badge", "A-0001", pin="482913")
    second = packstation(db, "setup", "--admin-name", "Someone", "--admin-badge", "A-0002", pin="482913")
    assert second.returncode == 1 and "has its managers already" in second.stderr
    wrong_colour = packstation(db, "setup", "--badge", "A-0001", "--primary-color", "green", pin="482913")
    assert wrong_colour.returncode == 2 and "a colour like #2F5D50" in wrong_colour.stderr

    # links as a shop owner types them in a hurry: a QR code a phone cannot open, a script
    no_scheme = packstation(db, "setup", "--badge", "A-0001", "--website", "lipaalen.example",
                            "--platform", "shopify", pin="482913")  # fmt: skip
    assert no_scheme.returncode == 2
    assert "website: a web address starts with https:// — write https://lipaalen.example" in no_scheme.stderr
    script = packstation(db, "setup", "--badge", "A-0001", "--shop-name", "Lípa & Len",
                         "--referral-url", "javascript:alert({token})", pin="482913")  # fmt: skip
    assert script.returncode == 2 and "nothing was stored" in script.stderr
    assert (
        "referral_url: a web address starting with https://, not 'javascript:alert({token})'" in script.stderr
    )
    checked = packstation(db, "setup", "--check")
    assert "the shop's name" in checked.stdout and "referral" in checked.stdout  # neither was stored


def test_a_follow_up_whose_link_the_shop_has_not_set_is_never_queued(tmp_path: Path) -> None:
    """No review request without the shop's review link, no offer without its unsubscribe link:
    never a message with another shop's link, or none."""
    from sqlalchemy import select

    from packstation.bootstrap import bootstrap
    from packstation.followups.queue import queue_followups
    from packstation.storage.models import Customer, Order

    db = f"sqlite:///{tmp_path / 'shop.sqlite3'}"
    packstation(db, "import", str(EXPORT))
    packstation(db, *[arg for arg in SETUP if not arg.startswith(("https://lipaalen.example/recenze",
                      "https://lipaalen.example/odhlasit", "https://lipaalen.example/doporuceni"))
                      and arg not in ("--review-url", "--unsubscribe-url", "--referral-url")], pin="482913")  # fmt: skip
    app = bootstrap(db)
    with app.sessions.begin() as session:
        order = session.scalars(select(Order).where(Order.number == "#1009")).one()
        session.get(Customer, order.customer_id).marketing_consent = True  # type: ignore[union-attr]
        queued = {message.rule for message in queue_followups(session, "#1009")}
    app.close()

    assert "thank_you" in queued
    assert not queued & {"review_request", "loyalty", "complementary", "replenishment", "voucher_reminder"}
    checked = packstation(db, "setup", "--check")
    assert "the link where a customer writes a review (for review request)" in checked.stdout
    assert "the unsubscribe link (for every marketing message)" in checked.stdout


def test_a_parcel_packed_before_the_return_address_was_set_gets_its_label_once_it_is(tmp_path: Path) -> None:
    """The bench packed an order while the shop had no return address: its print stays owed,
    the next start says why, and prints it once the address is set."""
    from datetime import UTC, datetime

    from packstation.bootstrap import bootstrap
    from packstation.printing.requests import owed, request_print
    from packstation.printing.service import print_waiting

    db = f"sqlite:///{tmp_path / 'shop.sqlite3'}"
    packstation(db, "import", str(EXPORT))
    packstation(db, "setup", "--admin-name", "Marta Dvořáková", "--admin-badge", "A-0001",
                "--shop-name", "Lípa & Len", "--support-email", "ahoj@lipaalen.example", pin="482913")  # fmt: skip
    app = bootstrap(db)
    with app.sessions.begin() as session:  # what completing the order at the bench leaves
        request_print(session, "#1009", "Bench 1", ["note", "return"], datetime.now(UTC))
    folders = {"spool_dir": tmp_path / "spool", "default_folder": tmp_path / "printed"}

    refused: list[str] = []
    assert print_waiting(app.sessions, "Bench 1", refused=refused, **folders) == []
    assert refused and "#1009: the return address is not set" in refused[0]
    with app.sessions() as session:
        assert len(owed(session, "Bench 1")) == 1  # still owed, not lost

    set_up = packstation(db, "setup", "--badge", "A-0001", "--return-name", "Lípa & Len s.r.o.",
                         "--return-street", "Květná 12", "--return-postcode", "602 00", "--return-city", "Brno",
                         "--return-country", "Česko", "--returns-url", "https://lipaalen.example/vraceni?rma={rma}",
                         pin="482913")  # fmt: skip
    assert set_up.returncode in (0, 1), set_up.stderr
    printed = print_waiting(app.sessions, "Bench 1", **folders)
    assert [job.order_number for job in printed] == ["#1009"]
    with app.sessions() as session:
        assert owed(session, "Bench 1") == []
    app.close()

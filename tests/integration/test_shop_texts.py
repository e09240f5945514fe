"""A manager rewrites an insert's words or the follow-up playbook in Settings: every station
prints and sends the new ones at once, a mistake is refused before it is stored (with where it
is), and going back to the shipped text is one step — each change in the audit log."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from packstation.bootstrap import App
from packstation.core.shop_files import (
    PLAYBOOK,
    ShopFileError,
    current_file,
    insert_text_path,
    restore_shipped,
    save_file,
    shipped_file,
)
from packstation.core.staff import audit_log
from packstation.followups.messages import parse_playbook, playbook_for, playbook_toml
from packstation.inserts.service import order_inserts
from packstation.storage.models import Order, Packer, ShopFile
from tests.support.demo import demo_shop
from tests.support.pdf import page_text

CZECH_NOTE = insert_text_path("note", "cs")


@pytest.fixture
def shop(app: App) -> App:
    demo_shop(app, 12)
    return app


def manager(shop: App) -> Packer:
    with shop.sessions() as session:
        return session.scalars(select(Packer).where(Packer.badge == "M-2001")).one()


def a_czech_order(shop: App) -> str:
    with shop.sessions.begin() as session:
        order = session.scalars(select(Order).order_by(Order.id)).first()
        assert order is not None
        order.customer.language = "cs"
        return order.number


def test_a_saved_headline_is_printed_by_every_station(shop: App, tmp_path: Path) -> None:
    shipped = shipped_file(CZECH_NOTE)
    mine = shipped.replace("Děkujeme, {{ greet_vocative }}!", "Ahoj {{ greet_name }}, díky moc!")
    with shop.sessions.begin() as session:
        assert save_file(session, manager(shop), CZECH_NOTE, mine, "Bench 2")
    number = a_czech_order(shop)
    order_inserts(shop.sessions, number, tmp_path / "note.pdf", kinds=["note"])
    assert "díky moc!" in page_text(tmp_path / "note.pdf", 0)
    with shop.sessions() as session:
        assert current_file(session, CZECH_NOTE) == (mine, True)
        entry = audit_log(session)[0]
    assert (entry.action, entry.subject, entry.station) == ("text changed", CZECH_NOTE, "Bench 2")


def test_a_text_that_would_not_render_is_refused_with_its_line_and_nothing_is_stored(shop: App) -> None:
    broken = shipped_file(CZECH_NOTE).replace("{{ order_number }}", "{{ order_numbr }}")
    with shop.sessions.begin() as session, pytest.raises(ShopFileError) as refused:
        save_file(session, manager(shop), CZECH_NOTE, broken)
    assert "Settings › texts/cs/note.j2, line 2" in str(refused.value) and "order_numbr" in str(refused.value)
    unclosed = shipped_file(CZECH_NOTE).replace("{% endblock %}", "", 1)
    with shop.sessions.begin() as session, pytest.raises(ShopFileError, match="line"):
        save_file(session, manager(shop), CZECH_NOTE, unclosed)
    with shop.sessions() as session:
        assert session.scalars(select(ShopFile)).all() == []


def test_a_gift_branch_is_checked_too(shop: App) -> None:
    """The mistake hides in the gift branch: a returning customer's sample would not meet it."""
    text = shipped_file(CZECH_NOTE).replace("{% if is_gift %}", "{% if is_gift %}{{ giver_name }} ", 1)
    with shop.sessions.begin() as session, pytest.raises(ShopFileError, match="giver_name"):
        save_file(session, manager(shop), CZECH_NOTE, text)


def test_back_to_the_shipped_text(shop: App, tmp_path: Path) -> None:
    mine = shipped_file(CZECH_NOTE).replace("Děkujeme", "Díky")
    with shop.sessions.begin() as session:
        save_file(session, manager(shop), CZECH_NOTE, mine)
    with shop.sessions.begin() as session:
        assert restore_shipped(session, manager(shop), CZECH_NOTE)
        assert not restore_shipped(session, manager(shop), CZECH_NOTE)
    number = a_czech_order(shop)
    order_inserts(shop.sessions, number, tmp_path / "note.pdf", kinds=["note"])
    assert "Děkujeme" in page_text(tmp_path / "note.pdf", 0)
    with shop.sessions() as session:
        assert audit_log(session)[0].action == "text restored to the shipped one"


def test_only_managers_change_texts_and_only_the_editable_ones(shop: App) -> None:
    with shop.sessions.begin() as session:
        packer = session.scalars(select(Packer).where(Packer.badge == "P-1001")).one()
        with pytest.raises(PermissionError):
            save_file(session, packer, CZECH_NOTE, "x")
        for path in ("texts/cs/../../../etc/passwd", "layouts/note.toml", "texts/de/note.j2"):
            with pytest.raises(ShopFileError, match="is not a text that can be edited"):
                save_file(session, manager(shop), path, "x")


def test_a_rule_switched_off_in_the_playbook_queues_nothing(shop: App) -> None:
    with shop.sessions() as session:
        rules = list(playbook_for(session))
    edited = [rule if rule.name != "thank_you" else type(rule)(**{**rule.__dict__, "enabled": False})
              for rule in rules]  # fmt: skip
    assert parse_playbook(playbook_toml(edited), "round trip") == edited
    with shop.sessions.begin() as session:
        save_file(session, manager(shop), PLAYBOOK, playbook_toml(edited))
    with shop.sessions() as session:
        in_use = {rule.name: rule for rule in playbook_for(session)}
    assert in_use["thank_you"].enabled is False and in_use["review_request"].enabled is True

    from packstation.followups.queue import queue_followups

    number = a_czech_order(shop)
    with shop.sessions.begin() as session:
        queued = queue_followups(session, number)
    assert "thank_you" not in {message.rule for message in queued}


def test_a_playbook_that_does_not_read_is_refused(shop: App) -> None:
    with shop.sessions.begin() as session:
        with pytest.raises(ShopFileError, match="relative_to"):
            save_file(
                session,
                manager(shop),
                PLAYBOOK,
                '[[rule]]\nname = "x"\nmarketing = false\nrelative_to = "moon"\n',
            )
        with pytest.raises(ShopFileError, match="twice"):
            save_file(session, manager(shop), PLAYBOOK, '[[rule]]\nname = "x"\nmarketing = false\n' * 2)

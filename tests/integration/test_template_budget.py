"""Template time bombs (issue 22): a text a manager saves, or one an older version stored, that
would loop a million times, build a gigabyte or work out a number of millions of digits is
stopped by the render budget inside the sandbox — refused at save with the reason, and at
printing replaced by the shipped text with a problem report. Never a hang, never MemoryError."""

from __future__ import annotations

import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from packstation.bootstrap import App
from packstation.core.render_budget import LIMITS, MAX_SIZE, OverBudget, budgeted
from packstation.core.settings import ShopSettings
from packstation.core.shop_files import ShopFileError, insert_text_path, save_file, shipped_file
from packstation.followups.messages import MessageTemplates, shipped_playbook
from packstation.inserts.sample import sample_facts
from packstation.inserts.templates import InsertTemplates
from packstation.storage.models import Brand, Order, OrderStatus, Packer, ShopFile
from tests.support.demo import demo_shop
from tests.support.pdf import page_count
from tests.support.template_bombs import BOMBS, HANG, with_bomb

PACKSTATION = [sys.executable, "-m", "packstation"]

IDS = list(BOMBS)


def note_with(bomb: str, language: str = "en") -> str:
    return with_bomb(shipped_file(insert_text_path("note", language)), bomb)


def sample(language: str) -> dict[str, object]:
    return sample_facts(language, Brand(name="Leaf & Loom"), ShopSettings()).context()


@pytest.fixture(scope="module")
def facts() -> dict[str, object]:
    return sample("en")


@pytest.mark.parametrize("name", IDS)
def test_each_bomb_is_stopped_and_the_shipped_note_prints_instead(
    name: str, facts: dict[str, object]
) -> None:
    bomb, reason = BOMBS[name]
    started = time.monotonic()

    rendered = InsertTemplates(saved={"texts/en/note.j2": note_with(bomb)}).texts("note", "en", facts)

    assert time.monotonic() - started < HANG
    assert rendered.blocks["headline"] == "Thank you, Emma!"  # the shipped note
    [problem] = rendered.problems
    assert reason in problem.message
    assert str(problem).startswith("Settings › texts/en/note.j2, line ")
    assert str(problem).endswith("the shipped default was used")


@pytest.fixture
def shop(sqlite_app: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> App:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # where `pack` saves its prints
    demo_shop(sqlite_app, 20)
    return sqlite_app


def manager(shop: App) -> Packer:
    with shop.sessions() as session:
        return session.scalars(select(Packer).where(Packer.badge == "M-2001")).one()


@pytest.mark.parametrize("name", IDS)
def test_each_bomb_is_refused_at_save_with_its_reason(shop: App, name: str) -> None:
    bomb, reason = BOMBS[name]
    path = insert_text_path("note", "cs")
    started = time.monotonic()

    with shop.sessions.begin() as session, pytest.raises(ShopFileError) as refused:
        save_file(session, manager(shop), path, note_with(bomb, "cs"))

    assert time.monotonic() - started < HANG
    assert str(refused.value).startswith("Settings › texts/cs/note.j2, line ")
    assert reason in str(refused.value)
    with shop.sessions() as session:
        assert session.get(ShopFile, path) is None


def store_as_an_older_version_did(shop: App, bodies: dict[str, str]) -> None:
    """Texts written straight into the database, unchecked, as a version before the budget
    let them in."""
    with shop.sessions.begin() as session:
        for path, body in bodies.items():
            session.merge(
                ShopFile(path=path, body=body, changed_at=datetime.now(UTC), changed_by="an older version")
            )


def bombs_in_every_language(shop: App) -> None:
    """A loop bomb in every note, a time bomb in every voucher, a gigabyte join in every slip and
    a doubling in every return label."""
    stored = {}
    for language in ("en", "cs", "ro", "uk", "ar", "id"):
        for kind, bomb in (("note", "nested loops over a million"), ("voucher", "a macro calling itself twice"),
                           ("slip", "a gigabyte joined"), ("return", "a doubling concatenation")):  # fmt: skip
            path = insert_text_path(kind, language)
            stored[path] = with_bomb(shipped_file(path), BOMBS[bomb][0])
    store_as_an_older_version_did(shop, stored)


def test_bombs_an_older_version_stored_never_hold_up_the_inserts_command(shop: App, tmp_path: Path) -> None:
    bombs_in_every_language(shop)
    out = tmp_path / "inserts.pdf"

    done = subprocess.run([*PACKSTATION, "--db", shop.db_url, "inserts", "1005", "--out", str(out)],
                          capture_output=True, text=True, timeout=60)  # fmt: skip

    assert done.returncode == 0, done.stderr
    for reason in (BOMBS["nested loops over a million"][1], BOMBS["a gigabyte joined"][1],
                   BOMBS["a doubling concatenation"][1], "this text takes more than 0.5 s to write out"):  # fmt: skip
        assert reason in done.stderr
    assert done.stderr.count("the shipped default was used") == 4
    assert "MemoryError" not in done.stderr and page_count(out) == 4


def test_bombs_an_older_version_stored_never_hold_up_packing(shop: App, tmp_path: Path) -> None:
    bombs_in_every_language(shop)
    with shop.sessions() as session:
        order = session.scalars(
            select(Order).where(Order.status == OrderStatus.READY, Order.notes.is_(None))
        ).first()
        assert order is not None
        number, items = (
            order.number,
            [line.barcode or "" for line in order.lines for _ in range(line.quantity)],
        )
    scans = [arg for code in [*items, "BOX-M", "CMD-COMPLETE"] for arg in ("--scan", code)]

    done = subprocess.run([*PACKSTATION, "--db", shop.db_url, "pack", number, "--packer", "P-1003",
                           "--station", "Bench 2", *scans], capture_output=True, text=True, timeout=90)  # fmt: skip

    assert done.returncode == 0, done.stdout + done.stderr
    assert f"{number} packed" in done.stdout
    [printed] = list((tmp_path / "data" / "packstation" / "printed").iterdir())
    assert page_count(printed) == 4
    with shop.sessions() as session:
        assert session.scalar(select(Order.status).where(Order.number == number)) is OrderStatus.PACKED


def test_a_batch_meets_a_bomb_once_and_reports_it_at_every_order(facts: dict[str, object]) -> None:
    templates = InsertTemplates(
        saved={"texts/en/note.j2": note_with(BOMBS["a macro calling itself twice"][0])}
    )

    first = templates.texts("note", "en", facts)
    started = time.monotonic()
    again = [templates.texts("note", "en", facts) for _ in range(50)]

    assert time.monotonic() - started < HANG  # not fifty times half a second
    assert first.problems[0].over_budget
    assert all(rendered.problems == first.problems for rendered in again)
    assert all(rendered.blocks == first.blocks for rendered in again)


def test_every_shipped_text_is_far_within_its_budget() -> None:
    """The budget is generous: the shipped texts use a small part of it."""
    templates = InsertTemplates()
    for language in ("en", "cs", "ro", "uk", "ar", "id"):
        context = sample(language)
        for kind in ("note", "voucher", "return", "slip"):
            env, _, _, _ = templates._sources(f"{language}/{kind}.j2")[-1]
            template = env.get_template(f"{language}/{kind}.j2")
            with budgeted() as budget:
                shared = template.new_context(context)
                written = sum(len("".join(render(shared))) for render in template.blocks.values())
            assert budget.turns <= LIMITS.loops // 100
            assert LIMITS.output - budget.room < LIMITS.output // 20
            assert written < MAX_SIZE // 20


def test_a_message_template_over_budget_is_stopped(tmp_path: Path) -> None:
    (tmp_path / "messages" / "en").mkdir(parents=True)
    (tmp_path / "messages" / "en" / "thank_you.j2").write_text(
        "{% block subject %}Thank you{% endblock %}{% block text %}" + BOMBS["loops within loops"][0]
        + "{% endblock %}", encoding="utf-8",
    )  # fmt: skip
    rule = next(rule for rule in shipped_playbook() if rule.name == "thank_you")
    started = time.monotonic()

    with pytest.raises(OverBudget, match="at most 10,000 in all"):
        MessageTemplates(tmp_path).render(rule, "en", {"first_name": "Emma"})
    assert time.monotonic() - started < HANG


def test_a_text_cannot_read_or_remove_a_file_through_the_logo(
    tmp_path: Path, facts: dict[str, object]
) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(b"\x89PNG")
    sneaky = "{% block headline %}{{ logo.read_bytes() }}{{ logo.unlink() }}{% endblock %}"

    rendered = InsertTemplates(saved={"texts/en/note.j2": sneaky}).texts(
        "note", "en", {**facts, "logo": logo}
    )

    assert "unsafe" in rendered.problems[0].message
    assert logo.exists() and rendered.blocks["headline"] == "Thank you, Emma!"


def test_a_megabyte_gift_message_still_prints_with_the_shipped_note(facts: dict[str, object]) -> None:
    """The shop's facts are not the text's doing: an imported field may hold up to 1 MiB, and
    the shipped note, the last resort, prints it (the shop's own text writing it out falls
    back to it, saying why)."""
    huge = {**facts, "is_gift": True, "gift_message": "Happy birthday! " * 65_536}
    mine = shipped_file(insert_text_path("note", "en"))

    rendered = InsertTemplates(saved={"texts/en/note.j2": mine}).texts("note", "en", huge)

    [problem] = rendered.problems
    assert "writes out more than 100,000 characters" in problem.message
    assert len(rendered.blocks["gift"]) > 2**20


def test_loops_nested_past_what_python_compiles_are_the_texts_syntax_error(facts: dict[str, object]) -> None:
    nested = (
        "{% block headline %}\n"
        + "{% for a in items %}\n" * 30
        + "x"
        + "{% endfor %}" * 30
        + "{% endblock %}"
    )

    rendered = InsertTemplates(saved={"texts/en/note.j2": nested}).texts("note", "en", facts)

    [problem] = rendered.problems
    assert problem.message == "the text nests its loops or blocks too deeply"
    assert (
        problem.line is not None and 2 <= problem.line <= 31
    )  # one of the loops, not the compiled code's line
    assert rendered.blocks["headline"] == "Thank you, Emma!"

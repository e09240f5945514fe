"""A shop edits its insert texts and layouts; a mistake never stops the bench."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from packstation.bootstrap import App
from packstation.cli.main import main
from packstation.config import cache_dir
from packstation.inserts.service import order_inserts
from packstation.inserts.templates import SHIPPED, InsertTemplates
from packstation.storage.models import Order
from tests.support.demo import demo_shop
from tests.support.pdf import page_text

ORDER = "#1006"  # an English customer's order in the demo shop


@pytest.fixture
def shop(sqlite_app: App) -> App:
    demo_shop(sqlite_app, 12)
    with sqlite_app.sessions.begin() as session:
        order = session.scalars(select(Order).where(Order.number == ORDER)).one()
        order.customer.language = "en"
        order.is_gift = False  # the note thanks its buyer (a gift's note speaks from the giver)
    return sqlite_app


def shop_templates(tmp_path: Path, files: dict[str, str]) -> Path:
    root = tmp_path / "shop_templates"
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
    return root


def test_the_shops_own_texts_win_over_the_shipped_ones(shop: App, tmp_path: Path) -> None:
    own = (
        (SHIPPED / "texts/en/note.j2")
        .read_text()
        .replace("Thank you, {{ greet_name }}!", "Cheers, {{ greet_name }}!")
    )
    root = shop_templates(tmp_path, {"texts/en/note.j2": own})

    report = order_inserts(
        shop.sessions, ORDER, tmp_path / "n.pdf", ["note"], templates=InsertTemplates(root)
    )

    assert report.problems == []
    assert "Cheers," in page_text(tmp_path / "n.pdf", 0)


def test_a_template_with_a_syntax_error_is_named_with_its_line_and_the_default_prints(
    shop: App, tmp_path: Path
) -> None:
    broken = "{% block headline %}Hello {{ greet_name }{% endblock %}\n{% block body %}\n{% if %}\n{% endblock %}\n"
    root = shop_templates(tmp_path, {"texts/en/note.j2": broken})

    report = order_inserts(
        shop.sessions, ORDER, tmp_path / "n.pdf", ["note"], templates=InsertTemplates(root)
    )

    [problem] = report.problems
    assert problem.file == root / "texts/en/note.j2" and problem.line == 1
    assert str(problem).startswith(f"{root / 'texts/en/note.j2'}, line 1: ")
    assert str(problem).endswith("the shipped default was used")
    assert "Thank you," in page_text(tmp_path / "n.pdf", 0)


def test_a_misspelt_fact_is_caught_with_its_line(shop: App, tmp_path: Path) -> None:
    root = shop_templates(
        tmp_path, {"texts/en/note.j2": "{% block headline %}\nHi\n{{ frist_name }}\n{% endblock %}\n"}
    )

    report = order_inserts(
        shop.sessions, ORDER, tmp_path / "n.pdf", ["note"], templates=InsertTemplates(root)
    )

    [problem] = report.problems
    assert problem.line == 3 and "frist_name" in problem.message


def test_the_sandbox_refuses_to_reach_into_python(shop: App, tmp_path: Path) -> None:
    sneaky = "{% block headline %}{{ greet_name.__class__.__mro__[1].__subclasses__() }}{% endblock %}\n"
    root = shop_templates(tmp_path, {"texts/en/note.j2": sneaky})

    report = order_inserts(
        shop.sessions, ORDER, tmp_path / "n.pdf", ["note"], templates=InsertTemplates(root)
    )

    [problem] = report.problems
    assert "unsafe" in problem.message or "not safely accessible" in problem.message
    assert "subclasses" not in page_text(tmp_path / "n.pdf", 0)


def test_a_text_compiled_by_an_earlier_batch_is_reused_and_an_edited_one_prints_its_new_words(
    shop: App, tmp_path: Path
) -> None:
    shipped = (SHIPPED / "texts/en/note.j2").read_text()
    root = shop_templates(tmp_path, {"texts/en/note.j2": shipped.replace("Thank you,", "Cheers,")})
    order_inserts(shop.sessions, ORDER, tmp_path / "1.pdf", ["note"], templates=InsertTemplates(root))
    compiled = set((cache_dir() / "insert-texts").iterdir())
    assert compiled  # kept for the next batch

    order_inserts(shop.sessions, ORDER, tmp_path / "2.pdf", ["note"], templates=InsertTemplates(root))
    assert set((cache_dir() / "insert-texts").iterdir()) == compiled  # the same text: nothing new
    (root / "texts/en/note.j2").write_text(shipped.replace("Thank you,", "Howdy,"), encoding="utf-8")
    order_inserts(shop.sessions, ORDER, tmp_path / "3.pdf", ["note"], templates=InsertTemplates(root))

    assert "Cheers," in page_text(tmp_path / "2.pdf", 0)
    assert "Howdy," in page_text(tmp_path / "3.pdf", 0) and "Cheers," not in page_text(tmp_path / "3.pdf", 0)


def test_a_greedy_text_is_refused_even_when_its_compiled_form_comes_from_the_cache(
    shop: App, tmp_path: Path
) -> None:
    greedy = "{% block headline %}{{ 'x' * 100000000 }}{% endblock %}\n"
    root = shop_templates(tmp_path, {"texts/en/note.j2": greedy})

    for run in ("first", "again"):  # again: compiled by the first run
        report = order_inserts(
            shop.sessions, ORDER, tmp_path / f"{run}.pdf", ["note"], templates=InsertTemplates(root)
        )
        [problem] = report.problems
        assert "too much for a text" in problem.message
        assert "Thank you," in page_text(tmp_path / f"{run}.pdf", 0)


def test_a_broken_layout_is_named_with_its_line_and_the_default_prints(shop: App, tmp_path: Path) -> None:
    root = shop_templates(
        tmp_path, {"layouts/voucher.toml": '[page]\nmargin = 9\n\n[[flow]]\nslot = "code"\nsize = twelve\n'}
    )

    report = order_inserts(
        shop.sessions, ORDER, tmp_path / "v.pdf", ["voucher"], templates=InsertTemplates(root)
    )

    [problem] = report.problems
    assert problem.file == root / "layouts/voucher.toml" and problem.line == 6
    assert "VA-" in page_text(tmp_path / "v.pdf", 0)


def test_a_layout_with_an_unknown_setting_says_which(shop: App, tmp_path: Path) -> None:
    root = shop_templates(tmp_path, {"layouts/note.toml": '[[flow]]\nslot = "headline"\nfont_size = 20\n'})

    report = order_inserts(
        shop.sessions, ORDER, tmp_path / "n.pdf", ["note"], templates=InsertTemplates(root)
    )

    assert "slot 'headline' has unknown settings: font_size" in str(report.problems[0])


def test_adding_a_language_is_adding_files(shop: App, tmp_path: Path) -> None:
    files = {
        f"texts/sk/{kind}.j2": (SHIPPED / f"texts/cs/{kind}.j2").read_text()
        for kind in ("note", "voucher", "return", "slip")
    }
    files["texts/sk/note.j2"] = files["texts/sk/note.j2"].replace("Děkujeme,", "Ďakujeme,")
    root = shop_templates(tmp_path, files)
    templates = InsertTemplates(root)

    rendered = templates.texts("note", "sk", {"greet_name": "Zuzka", "greet_vocative": "Zuzka", "order_number": "#1", "pack_date": "", "is_gift": False,
                                              "first_order": True, "order_count": 1, "brand_name": "B", "gift_message": "",
                                              "items": [], "packaging": [], "support_email": "", "support_phone": ""})  # fmt: skip
    assert rendered.blocks["headline"] == "Ďakujeme, Zuzka!"


def test_the_command_reports_template_problems_and_still_prints(
    shop: App, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = shop_templates(tmp_path, {"texts/en/slip.j2": "{% block title %}{{ oops }{% endblock %}"})
    out = tmp_path / "slip.pdf"

    assert (
        main(
            [
                "--db",
                shop.db_url,
                "inserts",
                ORDER,
                "--out",
                str(out),
                "--kinds",
                "slip",
                "--templates",
                str(root),
            ]
        )
        == 0
    )
    assert "slip.j2, line 1:" in capsys.readouterr().err
    assert "Packing slip" in page_text(out, 0)

"""Bad input, generated: whatever a scanner sends, whatever a shop's export file holds, whatever a
shop types into its insert templates — a clear message or a sensible fallback, never a crash,
never a half-written record. Property-based (hypothesis), on SQLite."""

from __future__ import annotations

import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from packstation.bench.rules import BenchError
from packstation.bench.service import Bench
from packstation.bench.view import Outcome
from packstation.bootstrap import App, bootstrap
from packstation.importers.report import UnusableFileError
from packstation.importers.service import import_file
from packstation.inserts.templates import InsertTemplates
from packstation.storage.models import Customer, Order, OrderLine, PackScan, PackSession
from tests.support.demo import demo_shop

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

#: what a keyboard wedge, a damaged label or a prankster may send
SCANS = st.one_of(
    st.text(max_size=40),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=200, max_size=3000),  # a runaway scanner
    st.sampled_from(["CMD-OK", "CMD-COMPLETE", "CMD-HOLD", "CMD-UNDO", "CMD-CANCEL", "#1001", "BOX-M", "P-1002",
                     "'; DROP TABLE pack_scan; --", "{{ 7*7 }}", "\x00\x1b[2J", "=HYPERLINK(\"x\")", "١٢٣٤"]),
)  # fmt: skip


@pytest.fixture(scope="module")
def shop() -> Iterator[App]:
    with tempfile.TemporaryDirectory() as folder:
        app = bootstrap(f"sqlite:///{Path(folder) / 'fuzz.sqlite3'}")
        demo_shop(app, 60)
        yield app
        app.close()


def counts(app: App) -> tuple[int, ...]:
    with app.sessions() as session:
        return tuple(
            int(session.scalar(select(func.count()).select_from(table)) or 0)
            for table in (Order, OrderLine, Customer, PackSession, PackScan)
        )


@FUZZ
@given(scans=st.lists(SCANS, min_size=1, max_size=12))
@example(scans=["#1001", "\ud800", "x" * 10_000, "CMD-COMPLETE"])
def test_whatever_the_scanner_sends_the_bench_answers_and_keeps_its_books(
    shop: App, scans: list[str]
) -> None:
    bench = Bench(shop.sessions, "Fuzz bench", queue_followups=lambda n: None)
    bench.scan("P-1004")
    for code in scans:
        try:
            outcome = bench.scan(code)
        except BenchError as exc:  # a refusal the screen shows as such
            assert str(exc)
            continue
        assert isinstance(outcome, Outcome) and outcome.message
        assert len(outcome.message) < 600  # a runaway scan is not echoed back whole
    with shop.sessions() as session:  # every stored scan fits its column, numbered without gaps
        if bench.record.session_id is not None:
            seqs = list(session.scalars(select(PackScan.seq).where(PackScan.session_id == bench.record.session_id)
                                        .order_by(PackScan.seq)))  # fmt: skip
            assert seqs == list(range(1, len(seqs) + 1))
        assert session.scalar(select(func.max(func.length(PackScan.code)))) or 0 <= 128
    if bench.order is not None:
        bench.scan("CMD-CANCEL")


CSV_CELLS = st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\x00"), max_size=30)


@FUZZ
@given(
    header=st.lists(st.sampled_from(["order_number", "created_at", "email", "customer_name", "sku", "quantity",
                                     "price", "currency", "Name", "Lineitem sku", "Lineitem quantity", "junk"]),
                    min_size=1, max_size=8),
    rows=st.lists(st.lists(CSV_CELLS, max_size=9), max_size=6),
)  # fmt: skip
def test_whatever_an_export_file_holds_the_import_reports_it_or_refuses_it_whole(
    shop: App, tmp_path_factory: pytest.TempPathFactory, header: list[str], rows: list[list[str]]
) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "orders.csv"
    lines = [",".join(header)] + [
        ",".join(f'"{cell.replace(chr(34), chr(34) * 2)}"' for cell in row) for row in rows
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    before = counts(shop)
    try:
        report = import_file(shop.sessions, path)
    except UnusableFileError as exc:
        assert str(exc)
        assert counts(shop) == before  # refused whole: nothing written
        return
    for problem in report.problems:
        assert problem.line >= 1 and str(problem)


@FUZZ
@given(data=st.binary(max_size=400))
@example(data=b"\xff\xfe" + "order_number\n#1\n".encode("utf-16-le"))
@example(data=b"order_number,email\n#9001,\xe9t\xe9@example.com\n")  # Latin-1, not UTF-8
def test_a_file_in_the_wrong_encoding_or_no_text_at_all_is_refused_clearly(
    shop: App, tmp_path_factory: pytest.TempPathFactory, data: bytes
) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "export.csv"
    path.write_bytes(data)
    before = counts(shop)
    try:
        import_file(shop.sessions, path)
    except UnusableFileError as exc:
        assert str(path) in str(exc) or "line" in str(exc) or "format" in str(exc)
        assert counts(shop) == before


TEMPLATE_BITS = st.sampled_from(["{{ first_name }}", "{{ order_number }}", "{% if first_order %}", "{% endif %}",
                                 "{% for item in items %}{{ item.name }}{% endfor %}", "{{ 1/0 }}", "{{ nope }}",
                                 "{{ 'x' * 100000000 }}", "{{ 9 ** 9 ** 9 }}", "{{ range(10**9) | list }}",
                                 "{{ first_name.__class__ }}", "{% block", "}}", "{#", "ünïcødé", "\x00", "\n"])  # fmt: skip


@pytest.fixture(scope="module")
def note_facts(shop: App) -> dict[str, object]:
    from packstation.core.settings import load_settings
    from packstation.inserts.gathering import gather

    with shop.sessions.begin() as session:
        return gather(session, "#1001", [], load_settings(session)).context()


@FUZZ
@given(body=st.lists(st.one_of(TEMPLATE_BITS, st.text(max_size=20)), max_size=8))
def test_whatever_a_shop_types_into_a_template_the_note_still_prints(
    tmp_path_factory: pytest.TempPathFactory, note_facts: dict[str, object], body: list[str]
) -> None:
    root = tmp_path_factory.mktemp("templates")
    (root / "texts" / "en").mkdir(parents=True)
    (root / "texts" / "en" / "note.j2").write_text(
        "{% block headline %}" + "".join(body) + "{% endblock %}", encoding="utf-8", errors="replace"
    )
    rendered = InsertTemplates(root).texts("note", "en", note_facts)

    assert rendered.blocks  # the shop's own text, or the shipped one when the shop's is broken
    assert all(len(text) < 100_000 for text in rendered.blocks.values())
    for problem in rendered.problems:
        assert problem.file.name == "note.j2" and problem.message


#: expressions a shop (or a prankster) may write, to any depth: small and huge numbers, texts,
#: ranges, facts, and everything that grows them — `~`, `*`, `**`, `+`, `%`, the filters and
#: methods that build texts or lists, and lists of lists
NUMBERS = st.one_of(st.integers(-3, 70), st.sampled_from([99, 999, 10_000, 10**5, 10**6, 10**9, 10**18]))
ATOMS = st.one_of(
    NUMBERS.map(str),
    st.sampled_from(["'x'", "'ab'", "''", "'%s-%s'", "'{:>9}'", "'\\n'", "first_name", "items", "x", "ns.v",
                     "range(10**6)", "range(1000)", "range(10**12)", "lipsum(9)", "loop.index"]),
)  # fmt: skip
GROWING_FILTERS = ["center({n})", "join({e})", "replace({e}, {e})", "indent({n})", "wordwrap({n})", "format({e})",
                   "truncate({n})", "list", "batch({n}, 'x')", "slice({n})", "sum(start=[])", "string", "upper",
                   "reverse", "unique", "length", "map('string')", "tojson", "first", "default({e})"]  # fmt: skip


def _grown(parts: st.DrawFn, inner: st.SearchStrategy[str]) -> str:
    left, right, n = parts(inner), parts(inner), parts(NUMBERS)
    form = parts(st.sampled_from(["({a} ~ {b})", "({a} * {b})", "({a} ** {b})", "({a} + {b})", "({a} % {b})",
                                  "[{a}, {b}]", "({a})|{f}", "({a}).ljust({n})", "({a}).replace({b}, {b})",
                                  "({a}).join({b})", "'{{:>{n}}}'.format({a})", "{a}[:{n}]"]))  # fmt: skip
    chosen = parts(st.sampled_from(GROWING_FILTERS)).replace("{n}", str(n)).replace("{e}", right)
    return form.replace("{a}", left).replace("{b}", right).replace("{n}", str(n)).replace("{f}", chosen)


EXPRESSIONS = st.recursive(
    ATOMS, lambda inner: st.composite(lambda parts: _grown(parts, inner))(), max_leaves=8
)


ITERABLES = st.one_of(EXPRESSIONS, st.sampled_from(["range(10**6)", "range(1000)", "range(100)", "items", "x",
                                                   "'ab' * 5000", "range(10**12)", "[x, x]", "ns.v"]))  # fmt: skip


def _statement(parts: st.DrawFn, inner: st.SearchStrategy[str]) -> str:
    body, expr, iterable = parts(inner), parts(EXPRESSIONS), parts(ITERABLES)
    form = parts(st.sampled_from(["{% for x in {i} %}{b}{% endfor %}", "{% for x in {i} %}{b}{% endfor %}",
                                  "{% set x = {e} %}{b}", "{% set ns.v = {e} %}{b}", "{% set ns.v = {i} %}{b}",
                                  "{% if {e} %}{b}{% else %}{b}{% endif %}", "{% set y %}{b}{% endset %}{{ y ~ y }}",
                                  "{% filter upper %}{b}{% endfilter %}",
                                  "{% macro m(n) %}{b}{% if n %}{{ m(n - 1) }}{{ m(n - 1) }}{% endif %}{% endmacro %}{{ m({e}) }}",
                                  "{b}{b}"]))  # fmt: skip
    return form.replace("{e}", expr).replace("{i}", iterable).replace("{b}", body)


STATEMENTS = st.recursive(EXPRESSIONS.map(lambda e: "{{ " + e + " }}"),
                          lambda inner: st.composite(lambda parts: _statement(parts, inner))(), max_leaves=6)  # fmt: skip
HANG = 5.0  # seconds: no render comes near it (its budget is half a second); a hang would


@settings(FUZZ, max_examples=150)
@given(body=STATEMENTS)
@example(body="{% for i in range(10**6) %}{% for j in range(10**6) %}{{ j }}{% endfor %}{% endfor %}")
@example(body="{{ ('x' * 10**9)|center }}{{ 'x'|center(10**9) }}")
@example(body="{{ range(100000)|join('x' * 10000) }}")
@example(body="{{ 9 ** 9 ** 9 ** 9 ** 9 }}")
@example(body="{% set x = 'ab' %}" + "{% set x = x ~ x %}" * 40 + "{{ x }}")
@example(body="{{ (0)|truncate(0) }}")  # Jinja2 asserts here: found by this test on 2026-12-04
def test_whatever_loops_and_sizes_a_shop_writes_the_render_keeps_to_its_budget(
    note_facts: dict[str, object], body: str
) -> None:
    """Every render of a generated text ends within its budget or is refused — never a hang,
    never MemoryError (which no render error catches: it would fail this test)."""
    from packstation.core.render_budget import LIMITS

    text = "{% block headline %}{% set ns = namespace(v='ab') %}{% set x = 'x' %}" + body + "{% endblock %}"
    started = time.monotonic()

    rendered = InsertTemplates(saved={"texts/en/note.j2": text}).texts("note", "en", note_facts)

    assert time.monotonic() - started < HANG
    assert rendered.blocks  # the shop's text within its budget, or the shipped one
    assert sum(len(block) for block in rendered.blocks.values()) <= LIMITS.output
    for problem in rendered.problems:
        assert str(problem.file) == "Settings › texts/en/note.j2" and problem.message

"""What the render budget (core/render_budget.py) costs a real order: the four shipped texts of
an order (note, voucher, return label, packing slip) in each language, written out by the
budgeted sandbox against Jinja2's own sandbox with the same settings (the baseline: no budget),
and the difference set against the whole order's inserts drawn as PDF.

`python -m benchmarks.run render_budget [-- --orders N]`
"""

from __future__ import annotations

import argparse
import io
import time
import timeit
from collections.abc import Callable
from typing import Any

from jinja2 import DictLoader, StrictUndefined
from jinja2.sandbox import ImmutableSandboxedEnvironment

from packstation.core.languages import SHIPPED_LANGUAGES
from packstation.core.render_budget import budgeted
from packstation.core.sandbox import ShopSandbox
from packstation.core.settings import ShopSettings
from packstation.inserts.formats import PAGE_FORMATS
from packstation.inserts.pages import render_document
from packstation.inserts.sample import sample_facts
from packstation.inserts.templates import SHIPPED, InsertTemplates
from packstation.storage.models import Brand
from packstation.vocabulary import INSERT_KINDS

TEXTS = {f"{language}/{kind}.j2": (SHIPPED / "texts" / language / f"{kind}.j2").read_text(encoding="utf-8")
         for language in SHIPPED_LANGUAGES for kind in INSERT_KINDS}  # fmt: skip


def environment(kind: type[ImmutableSandboxedEnvironment]) -> ImmutableSandboxedEnvironment:
    return kind(loader=DictLoader(TEXTS), undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                autoescape=False, auto_reload=False)  # fmt: skip


def writer(
    env: ImmutableSandboxedEnvironment, facts: dict[str, dict[str, Any]], budget: bool
) -> Callable[[], None]:
    """One order in each language: every block of its four texts written out."""

    def write() -> None:
        for language, context in facts.items():
            for kind in INSERT_KINDS:
                template = env.get_template(f"{language}/{kind}.j2")
                if budget:
                    with budgeted():
                        shared = template.new_context(context)
                        [("".join(render(shared))) for render in template.blocks.values()]
                else:
                    shared = template.new_context(context)
                    [("".join(render(shared))) for render in template.blocks.values()]

    return write


def best_of(work: Callable[[], None], number: int) -> float:
    """Processor seconds for one call (what the other processes of a busy machine take is not
    counted): the best of seven rounds."""
    return min(timeit.repeat(work, number=number, repeat=7, timer=time.process_time)) / number


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="bench_render_budget")
    parser.add_argument("--orders", type=int, default=300, help="orders written out per round")
    args = parser.parse_args(argv)
    brand = Brand(name="Leaf & Loom")
    facts = {
        language: sample_facts(language, brand, ShopSettings()).context() for language in SHIPPED_LANGUAGES
    }
    plain = writer(environment(ImmutableSandboxedEnvironment), facts, budget=False)
    budgeted_texts = writer(environment(ShopSandbox), facts, budget=True)
    plain(), budgeted_texts()  # compiled once, before the clock
    languages = len(facts)
    before = best_of(plain, args.orders // languages) / languages
    after = best_of(budgeted_texts, args.orders // languages) / languages

    links = ShopSettings(voucher_redeem_url="https://leaf.example/discount/{code}",
                         return_portal_url="https://leaf.example/returns/{rma}")  # fmt: skip
    templates, english = InsertTemplates(), sample_facts("en", brand, links)
    whole = best_of(lambda: render_document([(kind, english) for kind in INSERT_KINDS], io.BytesIO(),
                                            PAGE_FORMATS["a6"], templates), max(args.orders // 30, 3))  # fmt: skip
    print("render budget: the four texts of one order, written out")
    print(f"  Jinja2's sandbox, no budget   {before * 1e6:8.1f} µs")
    print(f"  packstation's, under budget   {after * 1e6:8.1f} µs   (+{(after - before) * 1e6:.1f} µs)")
    print(
        f"  the order's inserts as PDF    {whole * 1e3:8.2f} ms   (the budget: {(after - before) / whole:.1%} of it)"
    )

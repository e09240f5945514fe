"""Drawing a wave's chunks of orders into parts — PDF files that are joined into the batch's
document in order (wave.py). Both the batch's own process and its helper processes draw here.

This module imports no database code, so a helper forked before the database code was loaded
never loads it: it draws from the facts it is handed. And it loads the drawing code (reportlab,
the fonts) only when it first draws, so that the batch's own process hands its helpers their
first chunks before it spends a fifth of a second loading what it needs to draw its own."""

from __future__ import annotations

import io
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from packstation.core.languages import SHIPPED_LANGUAGES
from packstation.core.progress import Progress
from packstation.inserts.facts import InsertFacts, load_locales
from packstation.inserts.formats import PAGE_FORMATS, RenderReport
from packstation.inserts.templates import InsertTemplates, Recipe

if TYPE_CHECKING:
    from packstation.inserts.pages import DocumentWriter

TITLE = "packstation batch"

Groups = list[tuple[int, list[str]]]  # (kind's place in the document, kinds drawn into that part)
Drawn = dict[tuple[int, int, int], str]  # (kind's place, first chunk, last chunk) -> part file


def _inserts(
    facts: list[InsertFacts], kinds: list[str], tracker: Progress | None
) -> Iterator[tuple[str, InsertFacts]]:
    for order in facts:
        if tracker is not None:
            tracker.check()  # a cancel stops the drawing too
        order.write_out()  # gathered for a wave, its prices and days are written here
        for kind in kinds:
            yield kind, order


class OpenParts:
    """The parts a process is drawing into (one per group), holding consecutive chunks."""

    def __init__(
        self, groups: Groups, page: str, templates: InsertTemplates, folder: str, tracker: Progress
    ) -> None:
        self.groups, self.page, self.templates, self.folder, self.tracker = (
            groups,
            page,
            templates,
            folder,
            tracker,
        )
        self.writers: list[tuple[int, DocumentWriter, str]] = []
        self.first = self.last = -1
        self.orders = 0

    def draw(self, facts: list[InsertFacts], index: int) -> None:
        from packstation.inserts.pages import DocumentWriter

        if not self.writers:
            self.first = index
            for place, _ in self.groups:
                part = str(Path(self.folder) / f"{place:02d}-{index:05d}.pdf")
                self.writers.append(
                    (place, DocumentWriter(part, PAGE_FORMATS[self.page], self.templates, TITLE), part)
                )
        for (_, kinds), (_, writer, _) in zip(self.groups, self.writers, strict=True):
            writer.draw(_inserts(facts, kinds, self.tracker))
        self.last = index
        self.orders += len(facts)

    def close(self) -> tuple[Drawn, RenderReport]:
        """Finish the open parts (if any): their files, keyed for the assembly, and report."""
        drawn: Drawn = {}
        report = RenderReport()
        for place, writer, part in self.writers:
            report.add(writer.finish())
            drawn[(place, self.first, self.last)] = part
        self.writers, self.orders = [], 0
        return drawn, report


@dataclass(frozen=True)
class ChunkJob:
    """A chunk handed to a helper: its orders' facts and where to draw them."""

    facts: list[InsertFacts]
    groups: Groups
    page: str
    templates: Recipe
    folder: str
    index: int


_made: dict[Recipe, InsertTemplates] = {}  # a helper's templates, made once per batch's recipe


def draw_chunk(job: ChunkJob) -> tuple[Drawn, RenderReport]:
    """In a helper: draw one chunk, into parts of its own (one per group) — unless the batch's
    process took it back first (then nothing)."""
    if not claim(job.folder, job.index):
        return {}, RenderReport()
    parts = OpenParts(job.groups, job.page, templates_for(job.templates), job.folder, Progress())
    parts.draw(job.facts, job.index)
    return parts.close()


def claim(folder: str, index: int) -> bool:
    """Whether this process is the one to draw chunk `index`: the first to ask is. A chunk
    handed to a helper waits in the helper's queue, where it cannot be recalled; at the end of
    a wave the batch's process claims the ones no helper has begun and draws them itself."""
    try:
        os.close(os.open(os.path.join(folder, f"claim-{index:05d}"), os.O_CREAT | os.O_EXCL | os.O_WRONLY))
    except FileExistsError:
        return False
    return True


def templates_for(recipe: Recipe) -> InsertTemplates:
    templates = _made.get(recipe)
    if templates is None:
        _made.clear()  # a helper serves one batch
        templates = _made[recipe] = InsertTemplates.from_recipe(recipe)
    return templates


def hand_down(recipe: Recipe, templates: InsertTemplates | None) -> None:
    """The templates helpers forked from now on find ready for `recipe` (None: forget them)."""
    _made.clear()
    if templates is not None:
        _made[recipe] = templates


def load_drawing() -> None:
    """Load the drawing code (reportlab and what draws with it)."""
    import packstation.inserts.pages  # noqa: F401


def get_ready(recipe: Recipe, kinds: Sequence[str]) -> None:
    """A helper's first jobs, while the batch's process gathers the first chunks' facts: load
    the fonts and the locales' data (for the prices and days it writes out) and read the texts;
    then (`draw_samples`) draw a sample parcel in every language,
    nowhere — so that the helper's first chunk is drawn at full speed, its fonts' subsets made
    and its paragraphs measured."""
    from packstation.inserts import text

    text.register_fonts()
    load_locales(SHIPPED_LANGUAGES)
    templates_for(recipe).load(kinds, SHIPPED_LANGUAGES)


def draw_samples(recipe: Recipe, kinds: Sequence[str], page: str, samples: list[InsertFacts]) -> None:
    from packstation.inserts.pages import render_document

    inserts = ((kind, sample) for sample in samples for kind in kinds)
    render_document(inserts, io.BytesIO(), PAGE_FORMATS[page], templates_for(recipe))

"""The inserts' words and layouts, as files a shop edits without touching code.

`print_templates/texts/<language>/<insert>.j2` holds an insert's texts as Jinja2 blocks,
rendered in Jinja2's sandbox; `print_templates/layouts/<insert>.toml` says where each block
goes, in which font, size and colour. The texts a manager saved in Settings (stored in the
database, the same for every station) win over a shop's templates folder, which wins over the
shipped files — unless one is broken: then the problem is reported with its file and line, and
the next one prints instead, so the bench never stops for a typo. Each render has a budget
(core/render_budget.py): a text that would take too long or grow too big to print is stopped
and reported the same way, and not tried again by the same templates (a batch meets it once).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from packstation.config import cache_folder
from packstation.paths import ROOT

if TYPE_CHECKING:
    from jinja2 import BaseLoader, BytecodeCache, Template
    from sqlalchemy.orm import Session

    from packstation.core.render_budget import Limits
    from packstation.core.sandbox import ShopSandbox

# Jinja2 is loaded when a text is first read, not with this module: a batch's own process
# makes its templates and hands out its first chunks before it reads a text itself — 30 to
# 50 ms sooner than if it had loaded Jinja2 first, while its helpers waited.

SHIPPED = ROOT / "print_templates"
Recipe = tuple[str | None, tuple[tuple[str, str], ...]]  # what InsertTemplates are made from, as plain data
SETTINGS_SOURCE = "Settings"  # where texts saved in the Settings screen are said to come from


@dataclass(frozen=True)
class TemplateProblem:
    file: Path | str  # a file, or "Settings › texts/cs/note.j2" for a text saved in Settings
    line: int | None
    message: str
    over_budget: bool = False  # the text was stopped: too slow or too big to print

    def __str__(self) -> str:
        where = f"{self.file}, line {self.line}" if self.line else str(self.file)
        return f"{where}: {self.message} — the shipped default was used"


@dataclass(frozen=True)
class Slot:
    """One piece of an insert's layout (see print_templates/layouts/README.md)."""

    name: str
    kind: str = "text"
    block: str = ""
    style: str = "sans"
    size: float = 10.0
    min_size: float = 0.0
    color: str = "ink"
    align: str = "start"
    max_height: float = 20.0  # mm
    space_after: float = 2.0  # mm
    value: str = ""  # the fact a barcode or QR code encodes
    when: str = ""  # a fact that must be true (or false, written "!fact") for the slot to print
    height: float = 12.0  # mm, barcodes and logos
    width: float = 0.0  # mm, QR codes and logos; 0 = as wide as the page allows
    qr: str = ""  # text slots: a fact to show as a QR code beside the text (width = its side)


@dataclass(frozen=True)
class Layout:
    margin: float
    flow: tuple[Slot, ...]
    footer: tuple[Slot, ...]


@dataclass
class Rendered:
    blocks: dict[str, str]
    problems: list[TemplateProblem] = field(default_factory=list)


def _error_line(exc: BaseException, filename: str, template: Template | None) -> int | None:
    """The template line of an error: given for syntax errors; for errors while rendering,
    found from the compiled template's frame in the traceback."""
    from jinja2 import TemplateSyntaxError

    if isinstance(exc, TemplateSyntaxError):
        return exc.lineno
    tb = exc.__traceback__
    line = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == filename and template is not None:
            line = template.get_corresponding_lineno(tb.tb_lineno)
        tb = tb.tb_next
    return line


class InsertTemplates:
    """Texts and layouts, looked up in the shop's folder first and the shipped one last."""

    def __init__(self, custom: Path | None = None, saved: Mapping[str, str] | None = None) -> None:
        """`custom`: a shop's templates folder; `saved`: texts saved in Settings, by their path
        under print_templates/ (texts/cs/note.j2)."""
        self.roots = [root for root in (custom, SHIPPED) if root is not None]
        self.saved = {path.removeprefix("texts/"): body for path, body in (saved or {}).items()
                      if path.startswith("texts/")}  # fmt: skip
        self._sandboxes: tuple[dict[Path, ShopSandbox], ShopSandbox] | None = None
        self._layouts: dict[str, tuple[Layout, list[TemplateProblem]]] = {}
        self._found: dict[str, list[tuple[ShopSandbox, Path | str, str, Limits]]] = {}
        self._over_budget: dict[Path | str, TemplateProblem] = {}  # texts stopped once: not run again

    def recipe(self) -> Recipe:
        """What these templates are made from, as plain data another process can make them
        from again (`from_recipe`): the shop's folder and the texts saved in Settings."""
        custom = str(self.roots[0]) if len(self.roots) > 1 else None
        return custom, tuple(sorted((f"texts/{path}", body) for path, body in self.saved.items()))

    @classmethod
    def from_recipe(cls, recipe: Recipe) -> InsertTemplates:
        custom, saved = recipe
        return cls(Path(custom) if custom else None, saved=dict(saved))

    def load(self, kinds: Sequence[str], languages: Sequence[str]) -> None:
        """Read (or compile) these texts and layouts now rather than at their first insert."""
        for kind in kinds:
            self.layout(kind)
            for language in languages:
                for env, _, _, _ in self._sources(f"{language}/{kind}.j2"):
                    with suppress(*_text_errors()):  # reported, with its line, when an insert asks for it
                        env.get_template(f"{language}/{kind}.j2")

    def texts(self, kind: str, language: str, context: dict[str, Any]) -> Rendered:
        """Every block of `kind` in `language`, from the first source whose text renders."""
        from packstation.core.render_budget import budgeted

        problems: list[TemplateProblem] = []
        name = f"{language}/{kind}.j2"
        for env, path, filename, limits in self._sources(name):
            if path in self._over_budget:
                problems.append(self._over_budget[path])
                continue
            template = None
            try:
                template = env.get_template(name)
                with budgeted(limits):
                    shared = template.new_context(context)  # blocks only read it: one for all
                    blocks = {
                        block: _tidy("".join(render(shared))) for block, render in template.blocks.items()
                    }
            except _text_errors() as exc:  # (looked up only when a text fails)
                problem = _problem(exc, path, filename, template)
                if problem.over_budget:
                    self._over_budget[path] = problem
                problems.append(problem)
                continue
            return Rendered(blocks, problems)
        raise FileNotFoundError(
            f"no texts for the {kind} in {language!r} under {', '.join(map(str, self.roots))}"
        )

    def _sources(self, name: str) -> list[tuple[ShopSandbox, Path | str, str, Limits]]:
        """Where the text `name` may come from, first choice first, with the render budget it
        gets (the shipped texts, the last resort, a wider one: see render_budget.SHIPPED_LIMITS):
        looked up once per name (a batch asks for the same few texts thousands of times)."""
        found = self._found.get(name)
        if found is None:
            from packstation.core.render_budget import LIMITS, SHIPPED_LIMITS

            folders, saved = self._environments()
            found = self._found[name] = [
                (folders[root], root / "texts" / name, str(root / "texts" / name),
                 SHIPPED_LIMITS if root == SHIPPED else LIMITS)
                for root in self.roots
                if (root / "texts" / name).is_file()
            ]  # fmt: skip
            if name in self.saved:
                found.insert(0, (saved, f"{SETTINGS_SOURCE} › texts/{name}", "<template>", LIMITS))
        return found

    def _environments(self) -> tuple[dict[Path, ShopSandbox], ShopSandbox]:
        """The sandboxes the texts are read in: one per folder, one for the texts saved in
        Settings — made when the first text is read."""
        if self._sandboxes is None:
            from jinja2 import DictLoader, FileSystemLoader

            folders = {root: _sandbox(FileSystemLoader(str(root / "texts"))) for root in self.roots}
            self._sandboxes = folders, _sandbox(DictLoader(self.saved))
        return self._sandboxes

    def layout(self, kind: str) -> tuple[Layout, list[TemplateProblem]]:
        if kind not in self._layouts:
            self._layouts[kind] = self._load_layout(kind)
        return self._layouts[kind]

    def _load_layout(self, kind: str) -> tuple[Layout, list[TemplateProblem]]:
        problems: list[TemplateProblem] = []
        for root in self.roots:
            path = root / "layouts" / f"{kind}.toml"
            if not path.is_file():
                continue
            try:
                return parse_layout(path), problems
            except (tomllib.TOMLDecodeError, LayoutError) as exc:
                match = re.search(r"line (\d+)", str(exc))
                problems.append(TemplateProblem(path, int(match.group(1)) if match else None, str(exc)))
        raise FileNotFoundError(f"no layout for the {kind} under {', '.join(map(str, self.roots))}")


def _problem(
    exc: BaseException, path: Path | str, filename: str, template: Template | None
) -> TemplateProblem:
    from jinja2 import TemplateError

    from packstation.core.render_budget import OverBudget

    if isinstance(exc, RecursionError):
        message = "the text nests too deeply, or calls itself (a macro, an include) without end"
    else:
        message = (exc.message if isinstance(exc, TemplateError) else None) or f"{type(exc).__name__}: {exc}"
    return TemplateProblem(path, _error_line(exc, filename, template), message, isinstance(exc, OverBudget))


@lru_cache(maxsize=1)
def _text_errors() -> tuple[type[BaseException], ...]:
    """What reading or rendering a text may raise: Jinja2's errors and the sandbox's."""
    from jinja2 import TemplateError

    from packstation.core.sandbox import RENDER_ERRORS

    return (TemplateError, *RENDER_ERRORS)


def _sandbox(loader: BaseLoader) -> ShopSandbox:
    """A template is read once per InsertTemplates (each print or batch makes its own): no
    asking the file system at every insert whether it changed."""
    from jinja2 import StrictUndefined

    from packstation.core.sandbox import ShopSandbox

    return ShopSandbox(loader=loader, undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                       autoescape=False, auto_reload=False, bytecode_cache=_compiled())  # fmt: skip


@lru_cache(maxsize=1)
def _compiled() -> BytecodeCache | None:
    """Insert texts compiled before, kept in the user's cache folder: compiling the eighteen
    texts of a wave is a tenth of a second that every batch (and each of its helper processes)
    spent before drawing its first page. Jinja2 recompiles a text whose source changed (the
    cache is checked against it), and the files are only ever written by this sandbox (their
    names say so, and which form of its compiled code they hold: one compiled before the render
    budget counts nothing), whose compiled code differs from an unsandboxed one's. Without a writable
    cache folder, texts are compiled each time as before."""
    from jinja2 import FileSystemBytecodeCache

    from packstation.core.sandbox import ShopSandbox
    from packstation.core.sandbox_codegen import COMPILED_FORM

    folder = cache_folder("insert-texts")
    if folder is None:
        return None
    return FileSystemBytecodeCache(str(folder), pattern=f"{ShopSandbox.__name__}-{COMPILED_FORM}-%s.cache")


class LayoutError(ValueError):
    pass


_SLOT_FIELDS = set(Slot.__dataclass_fields__) - {"name"}


def parse_layout(path: Path) -> Layout:
    data = tomllib.loads(path.read_text(encoding="utf-8"))

    def slots(section: str) -> tuple[Slot, ...]:
        out = []
        for index, entry in enumerate(data.get(section, [])):
            unknown = set(entry) - _SLOT_FIELDS - {"slot"}
            if "slot" not in entry:
                raise LayoutError(f"[[{section}]] number {index + 1} has no 'slot' name")
            if unknown:
                raise LayoutError(
                    f"slot {entry['slot']!r} has unknown settings: {', '.join(sorted(unknown))}"
                )
            settings = {k: v for k, v in entry.items() if k != "slot"}
            settings.setdefault("block", entry["slot"])
            try:
                out.append(Slot(name=entry["slot"], **settings))
            except TypeError as exc:
                raise LayoutError(f"slot {entry['slot']!r}: {exc}") from exc
        return tuple(out)

    margin = data.get("page", {}).get("margin", 9)
    if not isinstance(margin, int | float) or not 0 <= margin <= 30:
        raise LayoutError(f"[page] margin must be a number of millimetres from 0 to 30, not {margin!r}")
    return Layout(margin=float(margin), flow=slots("flow"), footer=slots("footer"))


def _tidy(text: str) -> str:
    """Blocks as written in a template file: trimmed, single blank lines between paragraphs."""
    lines = [line.strip() for line in text.strip().splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines))


def templates_in_use(session: Session, custom: Path | None = None) -> InsertTemplates:
    """What every station prints with: the texts saved in Settings first, then `custom` (a
    shop's templates folder), then the shipped ones."""
    from packstation.core.shop_files import saved_files

    return InsertTemplates(custom, saved=saved_files(session, "texts/"))

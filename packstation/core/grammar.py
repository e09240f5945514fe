"""Counts in the customer's language, by CLDR's plural rules (babel), for every text a shop
edits: `{{ item_count|plural(one="produs", few="produse", other="de produse") }}` writes
"1 produs", "2 produse", "20 de produse" in a Romanian text.

Each language names its own forms (CLDR's categories for whole numbers): English and most
others one/other; Czech one/few/other; Ukrainian one/few/many; Romanian one/few/other; Arabic
zero/one/two/few/many/other; Indonesian other alone. A form the text leaves out falls back to
`other`. The number is written before the form ("5 produse"), unless the forms place it
themselves: when any form has a `#`, every form is the whole phrase, the number where `#`
stands, and a form without one has no figure at all (Arabic says "قطعتان", two pieces, and
"قطعة واحدة", one piece: `one="قطعة واحدة", two="قطعتان", few="# قطع", other="# قطعة"`).

The language is the one the text is written in: the folder of its template (`cs/note.j2`),
else the `language` fact."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from babel import Locale, UnknownLocaleError
from babel.numbers import format_decimal
from jinja2 import pass_context
from jinja2.runtime import Context

CATEGORIES = ("zero", "one", "two", "few", "many", "other")


@lru_cache(maxsize=64)
def _locale(language: str) -> Locale:
    try:
        return Locale.parse(language.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en")


def plural_category(count: int, language: str) -> str:
    """CLDR's plural category of `count` in `language`: one, few, many, …"""
    return str(_locale(language).plural_form(abs(count)))


def needed_forms(language: str) -> tuple[str, ...]:
    """The categories whole numbers take in `language`, in CLDR's order (always with other)."""
    tags = _locale(language).plural_form.tags | {"other"}
    return tuple(tag for tag in CATEGORIES if tag in tags)


def counted(count: int, language: str, forms: dict[str, str]) -> str:
    """`count` with the form its plural category takes (see the module's docstring)."""
    if "other" not in forms:
        raise ValueError("plural: give at least the form other=… (and the language's one=, few=, …)")
    unknown = set(forms) - set(CATEGORIES)
    if unknown:
        raise ValueError(
            f"plural: {', '.join(sorted(unknown))} is not a CLDR category ({', '.join(CATEGORIES)})"
        )
    number = int(count)
    form = forms.get(plural_category(number, language), forms["other"])
    written = str(format_decimal(number, locale=_locale(language)))
    placed = any("#" in text for text in forms.values())
    return form.replace("#", written) if placed else f"{written} {form}"


def text_language(context: Context) -> str:
    """The language a text is written in: its template's folder, else the `language` fact."""
    folder = (context.name or "").replace("\\", "/").split("/")[0]
    if folder and "." not in folder:
        return folder
    return str(context.get("language") or "en")


@pass_context
def plural_filter(context: Context, count: Any, **forms: str) -> str:
    """The Jinja filter `plural`: `{{ n|plural(one="item", other="items") }}`."""
    return counted(int(count), text_language(context), forms)

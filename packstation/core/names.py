"""People's names and product codes as the bench reads them: the name a note greets, and whether
a number scanned or imported is a valid GTIN (EAN-8, UPC-A, EAN-13, GTIN-14), and a first name
in the vocative that Czech and Ukrainian greetings call it in (docs/names.md)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from packstation.paths import resource

_COMPOUND_STARTS = {"عبد", "abd", "abdul", "abdel"}  # Abd al-Rahman: one name in two words


def first_name_of(full_name: str) -> str:
    """The name to greet: the first word that is not a title such as Ing. or Dr.; Arabic
    compounds such as عبد الرحمن stay whole."""
    words = [w for w in full_name.split() if not w.endswith(".")]
    if not words:
        return full_name.strip()[:100]
    if words[0].casefold() in _COMPOUND_STARTS and len(words) > 2:
        return " ".join(words[:2])[:100]
    return words[0][:100]


def gtin_check_ok(digits: str) -> bool:
    body, check = digits[:-1], int(digits[-1])
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return (10 - total % 10) % 10 == check


#: Names are called in the vocative in these languages' greetings ("Dobrý den, Lukáši").
VOCATIVE_LANGUAGES = ("cs", "uk")
_APOSTROPHES = str.maketrans("", "", "'’ʼ")  # inside Ukrainian names: Мар'яна, Дар'я


def vocative(name: str, language: str) -> str:
    """`name` as a greeting calls it in `language`: the vocative in Czech (vokativ) and
    Ukrainian (shevchenko), as written in every other language. A name the language's first
    names do not include (docs/names.md) — Xiaoling or Kevin-Jürgen in a Czech order, a
    Latin-script name in a Ukrainian one, initials — is left as written: a wrong ending reads
    worse than none. A compound (Jana-Marie) is called in each part, or left whole when one
    part is unknown; capitals stay where they were written (ANNA → ANNO)."""
    if language not in VOCATIVE_LANGUAGES:
        return name
    return _vocative(name, language)


@lru_cache(maxsize=65536)
def _vocative(name: str, language: str) -> str:
    """Cached: a shop's customers share their first names, and a batch greets thousands
    (a new name costs tens of microseconds in Czech, about a millisecond in Ukrainian)."""
    parts = name.strip().split("-")
    called = [_called(part, language) for part in parts]
    if any(word is None for word in called):
        return name
    return "-".join(_as_written(part, str(word)) for part, word in zip(parts, called, strict=True))


def _called(word: str, language: str) -> str | None:
    """One name's vocative in lower case, or None when it is not a first name known there."""
    if len(word) < 2 or not word.translate(_APOSTROPHES).isalpha():
        return None
    return _czech(word.casefold()) if language == "cs" else _ukrainian(word.casefold())


def _czech(word: str) -> str | None:
    gender = _first_names("cs", "sk").get(word)
    if gender is None:
        return None
    from vokativ import vokativ as czech_vocative  # type: ignore[import-untyped]

    return str(czech_vocative(word, woman={"m": False, "w": True}.get(gender), last_name=False))


def _ukrainian(word: str) -> str | None:
    gender = _first_names("uk").get(word) or _dictionary_name(word)
    if gender is None:
        return None
    import shevchenko  # type: ignore[import-untyped]

    found = shevchenko.detect_gender({"givenName": word})["gender"]  # its own lists first
    chosen = found.value if found is not None else "feminine" if gender == "w" else "masculine"
    called = shevchenko.in_vocative({"givenName": word, "gender": chosen}).get("givenName")
    return called.casefold() if called else None


@lru_cache(maxsize=4)
def _first_names(*languages: str) -> dict[str, str]:
    """The first names known in the languages' countries, in lower case, with their gender:
    "m", "w", or "" where a name is given to both. Faker's person providers list the names as
    they stand in the register; `resources/names/<language>_more.tsv`, where there is one,
    adds the everyday short forms and foreign names customers sign with (Honza, Katka, Kevin)."""
    from importlib import import_module

    country = {"cs": "cs_CZ", "sk": "sk_SK", "uk": "uk_UA"}
    known: dict[str, str] = {}

    def add(written: str, gender: str) -> None:
        word = written.casefold()
        known[word] = gender if known.get(word, gender) == gender else ""

    for language in languages:
        provider = import_module(f"faker.providers.person.{country[language]}").Provider
        for gender, names in (("m", provider.first_names_male), ("w", provider.first_names_female)):
            for written in names:
                add(written, gender)
        for written, gender in _kept_names(language):
            add(written, gender)
    return known


def _kept_names(language: str) -> list[tuple[str, str]]:
    """The kept list's (name, gender) rows: "m", "w", or "" for a name both bear."""
    path = resource("names", f"{language}_more.tsv")
    if not path.exists():
        return []
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        written, _, bearers = line.partition("\t")
        if bearers not in ("m", "w", "mw") or not written.isalpha():
            raise ValueError(f"{path.name} line {number}: expected a name, a tab and m, w or mw")
        rows.append((written, "" if bearers == "mw" else bearers))
    return rows


def _dictionary_name(word: str) -> str | None:
    """The gender pymorphy3's Ukrainian dictionary gives `word` as a first name in the
    nominative ("m", "w", "" for both), or None when it has no such first name."""
    genders = {
        "m" if "masc" in parse.tag else "w"
        for parse in _ukrainian_dictionary().parse(word)
        if "Name" in parse.tag and "nomn" in parse.tag and parse.normal_form == word
        and {"masc", "femn"} & parse.tag.grammemes
    }  # fmt: skip
    return None if not genders else genders.pop() if len(genders) == 1 else ""


@lru_cache(maxsize=1)
def _ukrainian_dictionary() -> Any:
    """The dictionary named by its package, not looked up among the installed packages'
    entry points (which an installer's bundle does not carry)."""
    import pymorphy3  # type: ignore[import-untyped]
    import pymorphy3_dicts_uk  # type: ignore[import-untyped]

    return pymorphy3.MorphAnalyzer(path=pymorphy3_dicts_uk.get_path(), lang="uk")


def _as_written(written: str, called: str) -> str:
    """`called` with the capitals of `written`: all capitals stay so, else letter by letter."""
    if written.isupper():
        return called.upper()
    shared = [c.upper() if w.isupper() else c for w, c in zip(written, called, strict=False)]
    return "".join(shared) + called[len(written) :]

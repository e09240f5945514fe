"""Names in the vocative: each candidate library's accuracy on the name lists kept in tests
(tests/data/vocative_cs.tsv, vocative_uk.tsv), and what `core.names.vocative` costs a call.

Candidates: vokativ (Czech); shevchenko and pymorphy3 with its Ukrainian dictionary
(Ukrainian), each asked the plain way its documentation shows, its own guess of the gender
included. Then packstation's `vocative` (the chosen library behind the known-names check) on
the same lists and on names it must leave as written. Figures: docs/names.md.
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

LISTS = Path(__file__).resolve().parents[1] / "tests" / "data"
#: names a greeting must leave as written: foreign to the language, initials, Latin script
UNKNOWN = {
    "cs": ["Xiaoling", "Kevin-Jürgen", "Siobhán", "Nguyen", "J.", "Олена", "Aoife", "Oluwaseun"],
    "uk": ["Xiaoling", "Olena", "Сяолін", "Й.", "Lukáš", "Оувен", "Сіобан"],
}


_FIRST_CALL = """
import sys, time
start = time.perf_counter()
from packstation.core.names import vocative
imported = time.perf_counter()
vocative(sys.argv[1], sys.argv[2])
print(time.perf_counter() - start, imported - start)
"""


def name_list(language: str, kind: str = "") -> list[tuple[str, str]]:
    """The (name, vocative) pairs of `language`'s list; kind "unseen" names the list of names
    no list packstation keeps was written from (vocative_cs_unseen.tsv)."""
    path = LISTS / f"vocative_{language}{'_' + kind if kind else ''}.tsv"
    lines = path.read_text(encoding="utf-8").splitlines()
    return [
        (name, called) for name, called in (line.split("\t") for line in lines if line and line[0] != "#")
    ]


def accuracy(call: Callable[[str], str], pairs: list[tuple[str, str]]) -> tuple[float, list[str]]:
    misses = [f"{name}: {call(name)} (not {called})" for name, called in pairs if call(name) != called]
    return 1 - len(misses) / len(pairs), misses


def _capitalised(word: str) -> str:
    return word[:1].upper() + word[1:]


def by_vokativ(name: str) -> str:
    from vokativ import vokativ

    return _capitalised(vokativ(name, last_name=False))


def by_shevchenko(name: str) -> str:
    import shevchenko

    gender = shevchenko.detect_gender({"givenName": name})["gender"]
    if gender is None:
        return name
    return str(shevchenko.in_vocative({"givenName": name, "gender": gender.value})["givenName"])


_MORPH = []


def by_pymorphy3(name: str) -> str:
    if not _MORPH:
        import pymorphy3

        _MORPH.append(pymorphy3.MorphAnalyzer(lang="uk"))
    for parse in _MORPH[0].parse(name):
        if "Name" in parse.tag and "nomn" in parse.tag:
            called = parse.inflect({"voct"})
            return _capitalised(called.word) if called else name
    return name


def main(argv: list[str]) -> None:
    from packstation.core.names import vocative

    candidates = {
        "cs": {"vokativ": by_vokativ},
        "uk": {"shevchenko": by_shevchenko, "pymorphy3": by_pymorphy3},
    }
    for language, libraries in candidates.items():
        pairs = name_list(language)
        print(f"{language}: {len(pairs)} names")
        for label, call in [
            *libraries.items(),
            ("packstation vocative", lambda n, lg=language: vocative(n, lg)),
        ]:
            share, misses = accuracy(call, pairs)
            kept = sum(call(name) == name for name in UNKNOWN[language])
            print(f"  {label:22} {share:6.1%} right; unknown names kept {kept}/{len(UNKNOWN[language])}")
            for miss in misses:
                print(f"      {miss}")
    unseen = name_list("cs", "unseen")
    greeted = [(vocative(name, "cs"), name, called) for name, called in unseen]
    right = sum(got == called for got, _, called in greeted)
    kept = sum(got == name != called for got, name, called in greeted)
    print(f"cs, {len(unseen)} names no kept list was written from: {right} right, {kept} as written, "
          f"{len(unseen) - right - kept} wrong")  # fmt: skip
    from packstation.core import names

    for language in ("cs", "uk"):
        pairs = name_list(language)
        loading = subprocess.run(
            [sys.executable, "-c", _FIRST_CALL, pairs[0][0], language],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        names._vocative.cache_clear()
        start = time.perf_counter()
        for name, _ in pairs:
            vocative(name, language)
        new = (time.perf_counter() - start) / len(pairs)
        rounds = 100_000
        start = time.perf_counter()
        for i in range(rounds):
            vocative(pairs[i % len(pairs)][0], language)
        seen = (time.perf_counter() - start) / rounds
        print(f"{language}: first call in a process {float(loading[0]) * 1000:.0f} ms "
              f"(import {float(loading[1]) * 1000:.0f} ms); a new name {new * 1e6:.0f} µs; "
              f"a name seen before {seen * 1e6:.2f} µs")  # fmt: skip


if __name__ == "__main__":
    main(sys.argv[1:])

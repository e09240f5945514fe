"""The carriers packstation knows, read from `resources/carriers.toml`: which carrier a shop's
word or a scanned number means, the carrier's name in the customer's language and the page
that tracks the parcel. The bench and the follow-ups both ask this table; the shop's
`tracking_urls` setting overrides a carrier's link."""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import quote

from packstation.paths import resource

TABLE = resource("carriers.toml")
NUMBER = "{number}"
_FIELDS = {"name", "names", "aliases", "patterns", "url", "urls", "unconfirmed"}


class CarrierTableError(ValueError):
    """The carrier table cannot be used; the message names the carrier and the field."""


def fold(text: str) -> str:
    """A name as shops vary it: case, accents and spacing left out ("Poșta Română" and
    "posta romana" are the same word)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.replace("-", " ").split())


@dataclass(frozen=True)
class Carrier:
    key: str
    name: str
    names: Mapping[str, str] = field(default_factory=dict)
    aliases: tuple[str, ...] = ()
    patterns: tuple[re.Pattern[str], ...] = ()
    url: str = ""
    urls: Mapping[str, str] = field(default_factory=dict)
    unconfirmed: str = ""

    def name_in(self, language: str) -> str:
        """The name as the customer's language writes it (`uk-UA` reads the `uk` name)."""
        return self.names.get(language.split("-")[0].lower(), self.name)

    def link_template(self, language: str = "") -> str:
        return self.urls.get(language.split("-")[0].lower(), self.url)

    def matches(self, number: str) -> bool:
        return any(pattern.match(number) for pattern in self.patterns)

    def words(self) -> set[str]:
        """Everything that names this carrier, folded."""
        return {
            fold(word)
            for word in (self.key.replace("_", " "), self.name, *self.names.values(), *self.aliases)
        }


class Carriers:
    """The table in its file's order."""

    def __init__(self, entries: Iterable[Carrier]) -> None:
        self.entries = tuple(entries)
        self._by_word: dict[str, Carrier] = {}
        for carrier in self.entries:
            for word in carrier.words():
                other = self._by_word.setdefault(word, carrier)
                if other is not carrier:
                    raise CarrierTableError(
                        f"carrier {carrier.key!r}, field 'aliases': {word!r} already names {other.key!r}"
                    )
        # longest first, so "DHL Express" is found in a method before a shorter word could be
        self._in_text = [
            (re.compile(rf"(?<!\w){re.escape(word)}(?!\w)"), carrier)
            for word, carrier in sorted(self._by_word.items(), key=lambda item: -len(item[0]))
        ]

    def __iter__(self) -> Iterator[Carrier]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def get(self, key: str) -> Carrier:
        return next(carrier for carrier in self.entries if carrier.key == key)

    def named(self, text: str | None) -> Carrier | None:
        """The carrier a shop's or the bench's word names exactly ("PPL CZ", "Нова пошта")."""
        return self._by_word.get(fold(text)) if text else None

    def in_text(self, text: str | None) -> Carrier | None:
        """The carrier a shipping method mentions ("Česká pošta — Balík Do ruky", "JNE REG")."""
        if not text:
            return None
        folded = fold(text)
        return self._by_word.get(folded) or next(
            (carrier for pattern, carrier in self._in_text if pattern.search(folded)), None
        )

    def by_shape(self, number: str) -> list[Carrier]:
        """The carriers whose tracking numbers look like `number`, in the table's order."""
        value = number.strip().upper()
        return [carrier for carrier in self.entries if carrier.matches(value)]


def _strings(key: str, field_name: str, value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(item, str) and item.strip() for item in value):
        raise CarrierTableError(f"carrier {key!r}, field {field_name!r}: a list of texts, not {value!r}")
    return tuple(value)


def _per_language(key: str, field_name: str, value: Any) -> dict[str, str]:
    if not isinstance(value, dict) or not all(
        isinstance(text, str) and text.strip() for text in value.values()
    ):
        raise CarrierTableError(f"carrier {key!r}, field {field_name!r}: a text per language, not {value!r}")
    return {str(language): text for language, text in value.items()}


def _link(key: str, field_name: str, template: str) -> str:
    if NUMBER not in template:
        raise CarrierTableError(
            f"carrier {key!r}, field {field_name!r}: the link has no {NUMBER}: {template!r}"
        )
    if not template.startswith("https://"):
        raise CarrierTableError(f"carrier {key!r}, field {field_name!r}: the link must start with https://")
    try:
        template.format(number="0")
    except (KeyError, IndexError, ValueError) as exc:
        raise CarrierTableError(
            f"carrier {key!r}, field {field_name!r}: {NUMBER} is the only placeholder a link takes ({exc})"
        ) from None
    return template


def _pattern(key: str, text: str) -> re.Pattern[str]:
    try:
        return re.compile(text)
    except re.error as exc:
        raise CarrierTableError(
            f"carrier {key!r}, field 'patterns': {text!r} is not a regular expression ({exc})"
        ) from None


def _carrier(key: str, data: Any) -> Carrier:
    if not isinstance(data, dict):
        raise CarrierTableError(f"carrier {key!r}: a table of fields, not {data!r}")
    unknown = set(data) - _FIELDS
    if unknown:
        raise CarrierTableError(f"carrier {key!r}, field {sorted(unknown)[0]!r}: not a field of a carrier")
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        raise CarrierTableError(f"carrier {key!r}, field 'name': missing")
    url = data.get("url", "")
    unconfirmed = data.get("unconfirmed", "")
    if not url and not unconfirmed:
        raise CarrierTableError(f"carrier {key!r}, field 'url': missing (or say why in 'unconfirmed')")
    urls = _per_language(key, "urls", data.get("urls", {}))
    return Carrier(
        key=key,
        name=name,
        names=_per_language(key, "names", data.get("names", {})),
        aliases=_strings(key, "aliases", data.get("aliases", [])),
        patterns=tuple(_pattern(key, text) for text in _strings(key, "patterns", data.get("patterns", []))),
        url=_link(key, "url", url) if url else "",
        urls={language: _link(key, f"urls.{language}", text) for language, text in urls.items()},
        unconfirmed=str(unconfirmed),
    )


def parse_carriers(text: str, source: str = "carriers.toml") -> Carriers:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise CarrierTableError(f"{source}: {exc}") from None
    table = data.get("carriers")
    if not isinstance(table, dict) or not table:
        raise CarrierTableError(f"{source}: no [carriers.<key>] tables")
    try:
        return Carriers(_carrier(key, entry) for key, entry in table.items())
    except CarrierTableError as exc:
        raise CarrierTableError(f"{source}: {exc}") from None


def load_carriers(path: Path = TABLE) -> Carriers:
    return parse_carriers(path.read_text(encoding="utf-8"), path.name)


@cache
def carriers() -> Carriers:
    """The shipped table, read once."""
    return load_carriers()


@dataclass(frozen=True)
class Tracking:
    """A parcel's tracking as the customer reads it."""

    carrier: str  # the carrier's name in the customer's language, or the shop's word for it
    url: str  # empty where neither the shop nor the table has a link


def tracking_for(
    number: str,
    carrier: str | None,
    language: str,
    overrides: Mapping[str, str] | None = None,
    table: Carriers | None = None,
) -> Tracking:
    """The carrier's name and link for a tracking number: the carrier the bench recorded, or
    (when it is unknown) the one carrier whose numbers look like this one; the shop's own
    link for that carrier first, then the table's."""
    known = table or carriers()
    raw = (carrier or "").strip()
    entry = known.named(raw)
    if entry is None and number:
        shaped = known.by_shape(number)
        entry = shaped[0] if len(shaped) == 1 else None
    template = ""
    for word, link in (overrides or {}).items():
        if (entry is not None and known.named(word) is entry) or (raw and fold(word) == fold(raw)):
            template = link
            break
    if not template and entry is not None:
        template = entry.link_template(language)
    url = template.replace(NUMBER, quote(number, safe="")) if number and template else ""
    return Tracking(carrier=entry.name_in(language) if entry else raw, url=url)

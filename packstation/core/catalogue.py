"""The packaging catalogue a manager keeps in Settings: each box, mailer, fill and tape the
benches scan, with the eco facts the inserts, follow-ups and the manager's figures quote.
Every value is checked before anything is stored; every change is audited."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from packstation.core.languages import SHIPPED_LANGUAGES
from packstation.core.settings import load_settings
from packstation.core.staff import audit, require
from packstation.storage.models import Packaging, PackagingKind, Packer, Role

CODE = re.compile(r"^[A-Z0-9][A-Z0-9-]{1,39}$")  # what is printed as its barcode on the bench sheet
LIMITS = {  # field -> (lowest, highest)
    "weight_grams": (0, 20_000),
    "recycled_content_pct": (0, 100),
    "plastic_grams": (0, 20_000),
    "co2e_grams": (0, 100_000),
}
MAX_TEXT = 500


@dataclass
class PackagingEntry:
    """One packaging as the Settings form edits it."""

    code: str
    name: str
    kind: str = PackagingKind.BOX.value
    size: str = ""
    weight_grams: int = 0
    recycled_content_pct: int = 0
    recyclable: bool = False
    home_compostable: bool = False
    plastic_grams: int = 0
    co2e_grams: int = 0
    disposal: dict[str, str] = field(default_factory=dict)  # language -> how to dispose of it

    @classmethod
    def of(cls, packaging: Packaging) -> PackagingEntry:
        return cls(packaging.code, packaging.name, packaging.kind.value, packaging.size or "", packaging.weight_grams,
                   packaging.recycled_content_pct, packaging.recyclable, packaging.home_compostable,
                   packaging.plastic_grams, packaging.co2e_grams, dict(packaging.disposal or {}))  # fmt: skip


def packaging_missing(session: Session) -> bool:
    """Is the catalogue still empty while completing an order asks for its packaging? Then no
    bench can complete its first order (the set-up says so, in the window and `setup --check`)."""
    return (
        bool(load_settings(session).bench_require_packaging)
        and session.scalar(select(Packaging.id).limit(1)) is None
    )


def catalogue(session: Session) -> list[PackagingEntry]:
    return [
        PackagingEntry.of(p)
        for p in session.scalars(select(Packaging).order_by(Packaging.kind, Packaging.code))
    ]


def checked(entry: PackagingEntry) -> PackagingEntry:
    """The entry tidied, or a ValueError naming the field that is wrong."""
    code, name = entry.code.strip().upper(), " ".join(entry.name.split())
    if not CODE.match(code):
        raise ValueError(
            f"code {entry.code!r}: 2 to 40 letters, digits and dashes (it is scanned at the bench)"
        )
    if not name or len(name) > 120:
        raise ValueError(f"{code}: the name must have 1 to 120 characters")
    if entry.kind not in {kind.value for kind in PackagingKind}:
        raise ValueError(
            f"{code}: kind {entry.kind!r} is not one of {', '.join(k.value for k in PackagingKind)}"
        )
    for name_of_field, (low, high) in LIMITS.items():
        value = getattr(entry, name_of_field)
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            raise ValueError(
                f"{code}: {name_of_field} must be a whole number from {low} to {high}, not {value!r}"
            )
    if entry.plastic_grams > entry.weight_grams:
        raise ValueError(
            f"{code}: {entry.plastic_grams} g of plastic in a packaging of {entry.weight_grams} g"
        )
    disposal = {}
    for language, text in entry.disposal.items():
        if language not in SHIPPED_LANGUAGES:
            raise ValueError(f"{code}: disposal in {language!r}, which is not a language the inserts speak")
        tidy = " ".join(str(text).split())
        if len(tidy) > MAX_TEXT or any(ord(c) < 32 for c in tidy):
            raise ValueError(
                f"{code}: the {language} disposal text must be one line of at most {MAX_TEXT} characters"
            )
        if tidy:
            disposal[language] = tidy
    size = " ".join(entry.size.split())[:60]
    return PackagingEntry(code, name, entry.kind, size, entry.weight_grams, entry.recycled_content_pct,
                          bool(entry.recyclable), bool(entry.home_compostable), entry.plastic_grams,
                          entry.co2e_grams, disposal)  # fmt: skip


def save_packaging(session: Session, actor: Packer, entry: PackagingEntry, station: str = "") -> list[str]:
    """Add the packaging, or change the one with its code; returns the fields that changed."""
    require(actor, Role.MANAGER, "change the packaging catalogue")
    good = checked(entry)
    row = session.scalars(select(Packaging).where(Packaging.code == good.code)).first()
    before: dict[str, Any] = vars(PackagingEntry.of(row)) if row is not None else {}
    after = vars(good)
    changed = [name for name, value in after.items() if before.get(name) != value]
    if not changed:
        return []
    if row is None:
        row = Packaging(code=good.code, names={})
        session.add(row)
    for name in changed:
        setattr(row, name, PackagingKind(good.kind) if name == "kind" else after[name])
    audit(session, actor, "packaging added" if not before else "packaging changed", good.code, station,
          changed={name: after[name] for name in changed if name != "disposal"})  # fmt: skip
    return changed

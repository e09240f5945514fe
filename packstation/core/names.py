"""People's names and product codes as the bench reads them: the name a note greets, and whether
a number scanned or imported is a valid GTIN (EAN-8, UPC-A, EAN-13, GTIN-14)."""

from __future__ import annotations

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

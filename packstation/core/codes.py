"""Voucher codes and RMA numbers a customer can read aloud and type without mistakes.

The alphabet leaves out look-alikes (0/O, 1/I/L) and U (read as V); codes come from `secrets`,
are grouped for reading (`VA-K7QM-3XPA-R`) and end in a check character, so a mistyped or
misscanned code is caught before it is looked up.
"""

from __future__ import annotations

import secrets

ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"
BODY_LENGTH = 8


class CodeError(ValueError):
    """A typed or scanned code that cannot be one of ours; the message says why."""


def check_character(body: str) -> str:
    """Luhn mod N over the alphabet: catches every single wrong character, and every swap of
    two neighbours but one (the first and last letters of the alphabet, 2 and Z)."""
    n = len(ALPHABET)
    total, factor = 0, 2
    for char in reversed(body):
        addend = factor * ALPHABET.index(char)
        total += addend // n + addend % n
        factor = 1 if factor == 2 else 2
    return ALPHABET[(n - total % n) % n]


def new_code(prefix: str) -> str:
    body = "".join(secrets.choice(ALPHABET) for _ in range(BODY_LENGTH))
    return format_code(prefix, body + check_character(body))


def format_code(prefix: str, chars: str) -> str:
    groups = [chars[0:4], chars[4:8], chars[8:]]
    return "-".join([p for p in (prefix,) if p] + groups)


def parse_code(typed: str, prefix: str) -> str:
    """The canonical code for what a person typed or a scanner sent; CodeError if it cannot be
    one: wrong prefix, wrong length, a character we never use, or a wrong check character."""
    raw = "".join(ch for ch in typed.upper() if ch.isalnum())
    wanted = prefix.upper()
    if wanted:
        if not raw.startswith(wanted):
            raise CodeError(f"{typed!r} does not start with {prefix}-")
        raw = raw[len(wanted) :]
    if len(raw) != BODY_LENGTH + 1:
        raise CodeError(f"{typed!r} has {len(raw)} characters after the prefix; a code has {BODY_LENGTH + 1}")
    strange = sorted({ch for ch in raw if ch not in ALPHABET})
    if strange:
        raise CodeError(f"{typed!r} contains {', '.join(strange)}, which no code of ours has")
    body, check = raw[:-1], raw[-1]
    if check_character(body) != check:
        raise CodeError(f"{typed!r} is not a valid code: a character is wrong or two are swapped")
    return format_code(prefix, raw)

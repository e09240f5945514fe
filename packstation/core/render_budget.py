"""What one render of a shop's text may spend: processor time, loop turns, characters written,
and the size of anything it builds. The sandbox (core/sandbox.py) counts against the budget
while a text is written out and stops it with OverBudget, a SecurityError like the sandbox's
other refusals, so a text over budget is refused when it is saved and, saved by an older
version, falls back to the shipped default with a problem report — never hangs the bench.

The limits are far above any real text (a note is a few thousand characters, loops over a
parcel's few items, and is written out in a fraction of a millisecond) and far below what
would hold up a station. Counting is cheap: a counter per loop turn and per piece written,
and the clock read once every 16 of those."""

from __future__ import annotations

import math
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from jinja2.exceptions import SecurityError
from jinja2.utils import Namespace


@dataclass(frozen=True)
class Limits:
    """What one render may spend."""

    seconds: float = 0.5  # processor time (the thread's own, not the wall clock's)
    loops: int = 10_000  # loop turns, every loop counted together
    output: int = 100_000  # characters written, into the blocks and into variables and macros
    size: int = 100_000  # characters (or items) of any one value the text builds


LIMITS = Limits()  # every text a shop writes, in Settings or in its templates folder
#: the texts shipped with packstation, the last resort when a shop's text fails: ours, and
#: tested well within LIMITS (test_template_budget.py); these wider ones only keep a shop's own
#: facts (an imported field may hold up to 1 MiB) from failing them too
SHIPPED_LIMITS = Limits(seconds=5.0, loops=100_000, output=16 * 2**20, size=16 * 2**20)
MAX_SIZE = LIMITS.size  # no render's limit is smaller: what is within it needs no more asking
MAX_DIGITS = 1_000  # digits of a whole number
_MAX_BITS = MAX_DIGITS * math.log2(10) + 1
_CLOCK_EVERY = 16  # steps between two readings of the clock (each step is a bounded one)


class OverBudget(SecurityError):
    """A text that would take too long or grow too big to print; the message says why."""

    @classmethod
    def slow(cls, limits: Limits, why: str = "") -> OverBudget:
        said = f"this text takes more than {limits.seconds:g} s to write out"
        return cls(f"{said}: {why}" if why else said)

    @classmethod
    def big(cls, why: str) -> OverBudget:
        return cls(f"this text grows too big to print: {why}")


class Budget:
    """One render's account, kept in a context variable while the render runs (each thread
    has its own: the Settings preview and the save check run beside each other)."""

    __slots__ = ("_deadline", "limits", "room", "steps", "turns")

    def __init__(self, limits: Limits = LIMITS) -> None:
        self.limits = limits
        self.turns = 0
        self.room = limits.output  # characters it may still write
        self.steps = _CLOCK_EVERY  # steps left before the clock is read again
        self._deadline = time.thread_time() + limits.seconds

    def tick(self) -> None:
        """One step done; every so often, the clock is asked whether time is up."""
        self.steps -= 1
        if not self.steps:
            self.settle()

    def settle(self) -> None:
        """Time is up, or the render wrote more than it may? (The sandbox counts the steps
        and characters itself where that is the one thing a step does: `written`.)"""
        if self.room < 0:
            raise OverBudget.big(
                f"it writes out more than {self.limits.output:,} characters (a note is a few thousand)"
            )
        if self.steps <= 0:
            self.steps = _CLOCK_EVERY
            if time.thread_time() > self._deadline:
                raise OverBudget.slow(self.limits)

    def loop(self, length: int | None) -> None:
        """A loop starts that will turn `length` times (None: not known beforehand)."""
        if length is not None and self.turns + length > self.limits.loops:
            raise OverBudget.slow(self.limits, loop_words(length, self.turns, self.limits))

    def turn(self) -> None:
        self.turns += 1
        if self.turns > self.limits.loops:
            raise OverBudget.slow(self.limits, f"its loops run more than {self.limits.loops:,} times in all")
        self.tick()

    def wrote(self, characters: int) -> None:
        self.room -= characters
        self.steps -= 1
        if self.room < 0 or not self.steps:
            self.settle()


def loop_words(length: int, before: int, limits: Limits) -> str:
    if length > limits.loops or not before:
        return f"a loop runs {length:,} times (at most {limits.loops:,})"
    return (
        f"a loop runs {length:,} times after its loops ran {before:,} times (at most {limits.loops:,} in all)"
    )


_ACTIVE: ContextVar[Budget | None] = ContextVar("render_budget", default=None)


#: the budget of the render running in this thread, if one is (the context variable's own
#: method: asked at every step of a render)
active = _ACTIVE.get


@contextmanager
def budgeted(limits: Limits = LIMITS) -> Iterator[Budget]:
    """Run a render under a budget of its own."""
    budget = Budget(limits)
    token = _ACTIVE.set(budget)
    try:
        yield budget
    finally:
        _ACTIVE.reset(token)


def range_length(numbers: range) -> int:
    """len() of a range however long (len() itself overflows past the machine's word)."""
    span = numbers.stop - numbers.start
    step = numbers.step
    return max(0, (span + step - (1 if step > 0 else -1)) // step)


def refuse_bits(bits: int, what: str) -> None:
    """Refuse, before it is worked out, a whole number of about `bits` bits past the digits
    a text may write (`9 ** 64 ** 64` would take minutes)."""
    if bits > _MAX_BITS:
        raise OverBudget.big(f"{what} makes a number of more than {MAX_DIGITS:,} digits")


_SEQUENCES = (list, tuple, set, frozenset)
_DICT_VIEWS: tuple[type, ...] = (type({}.keys()), type({}.values()), type({}.items()))


def weight(value: Any, limit: int) -> int:
    """About how many characters `value` makes when written out, counted until past `limit`:
    a text its length, a whole number its digits, a list one for itself and the weight of
    each item (each time it is held: a list holding another twice writes it out twice).
    Asked of every argument of every filter: the plain kinds are told by their exact type
    first, the slower isinstance only for what is left."""
    kind = type(value)
    if kind is str:
        return len(value)
    if kind is int:
        return 1 + int(value.bit_length()) * 3 // 10
    total = 0
    stack = [value]
    while stack and total <= limit:
        item = stack.pop()
        kind = type(item)
        if kind is str or kind is bytes:
            total += len(item)
        elif kind is list or kind is tuple:
            total += 1 + len(item)
            stack.extend(item)
        elif kind is dict:
            total += 1 + 2 * len(item)
            stack.extend(item.keys())
            stack.extend(item.values())
        elif kind is int:
            total += 1 + item.bit_length() * 3 // 10
        elif kind is range:
            total += range_length(item)
        elif kind is Namespace:  # what a template's namespace() holds: printed whole
            total += 1
            stack.append(object.__getattribute__(item, "_Namespace__attrs"))
        elif kind in _DICT_VIEWS:
            stack.append(item.mapping)
        elif isinstance(item, str | bytes):  # Markup
            total += len(item)
        elif isinstance(item, _SEQUENCES):
            total += 1 + len(item)
            stack.extend(item)
        elif isinstance(item, dict):
            total += 1 + 2 * len(item)
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, int) and not isinstance(item, bool):
            total += 1 + int(item).bit_length() * 3 // 10
        else:  # a number, None, a fact's object, a generator: written out short
            total += 1
    return total


def size_allowed() -> int:
    """The size any one value may have in the render running (MAX_SIZE outside one)."""
    budget = _ACTIVE.get()
    return MAX_SIZE if budget is None else budget.limits.size


def check_size(value: Any, what: str) -> Any:
    """`value`, if it is no bigger than a text may build; else OverBudget naming `what`."""
    kind = type(value)
    if kind is str or isinstance(value, str):
        if len(value) <= MAX_SIZE or len(value) <= size_allowed():
            return value
        raise OverBudget.big(f"{what} makes {len(value):,} characters (at most {size_allowed():,})")
    if kind is float or kind is bool or value is None:
        return value
    if isinstance(value, int):
        refuse_bits(value.bit_length(), what)
        return value
    allowed = size_allowed()
    if weight(value, allowed) > allowed:
        raise OverBudget.big(f"{what} makes more than {allowed:,} characters and items")
    return value


def refuse_beyond(estimate: int, what: str, unit: str = "characters") -> None:
    """Refuse, before it is built, what would make about `estimate` characters or items."""
    if estimate > MAX_SIZE and estimate > size_allowed():
        raise OverBudget.big(f"{what} would make {estimate:,} {unit} (at most {size_allowed():,})")


def check_range(value: Any, what: str) -> None:
    """A range handed to a filter or a call: it is gone through whole there."""
    if type(value) is range:
        refuse_beyond(range_length(value), what, "numbers")

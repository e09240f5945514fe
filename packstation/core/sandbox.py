"""The sandbox every text a shop can edit is rendered in: Jinja2's own (no reaching into
Python from a template), with a budget for each render (core/render_budget.py: time, loop
turns, characters written, the size of anything built), so a slip like `{{ 'x' * 100000000 }}`,
`{{ 9 ** 9 ** 9 }}` or loops within loops is refused instead of eating the station's memory
and time. The budget is kept inside the sandbox: the compiled text hands each loop, each piece
it writes and each value it builds to this environment (core/sandbox_codegen.py), and every
filter, method and operator is checked before it builds (core/sandbox_guards.py)."""

from __future__ import annotations

import operator
import re
import warnings
from collections.abc import Iterator
from pathlib import PurePath
from typing import Any

from jinja2.exceptions import SecurityError, TemplateSyntaxError
from jinja2.filters import FILTERS
from jinja2.runtime import Context, LoopContext, markup_join, str_join
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.utils import generate_lorem_ipsum

from packstation.core.grammar import plural_filter
from packstation.core.render_budget import (
    LIMITS,
    Budget,
    OverBudget,
    active,
    check_range,
    check_size,
    loop_words,
    range_length,
    refuse_beyond,
    refuse_bits,
)
from packstation.core.sandbox_codegen import BudgetedCodeGenerator
from packstation.core.sandbox_guards import (
    check_method,
    check_printf,
    guarded_filter,
    guarded_format,
    guarded_lipsum,
)

MAX_REPEAT = 10_000  # characters or items a `*` may build
MAX_EXPONENT = 64

#: what rendering a broken template may raise besides Jinja2's own errors: arithmetic on the
#: wrong facts, a missing key, a filter given what it cannot use (`{{ 0|wordwrap }}`), a sandbox
#: limit or a budget (OverBudget is a SecurityError), macros or includes calling themselves
#: without end (RecursionError) — each becomes a problem report, never a crash
RENDER_ERRORS = (
    ArithmeticError,
    AttributeError,
    LookupError,
    TypeError,
    ValueError,
    SecurityError,
    RuntimeError,
)


class _Filters(dict[str, Any]):
    """The sandbox's filters, each checked (sandbox_guards.guarded_filter) — those added later
    too, as MessageTemplates adds its own."""

    def __setitem__(self, name: str, func: Any) -> None:
        super().__setitem__(name, guarded_filter(name, func))


class _Turns:
    """A loop's iterable, counting each turn against the render's budget."""

    __slots__ = ("_budget", "_items", "_length")

    def __init__(self, iterable: Any, budget: Budget, length: int | None) -> None:
        self._items = iter(iterable)
        self._budget, self._length = budget, length

    def __len__(self) -> int:  # what loop.length and loop.last read
        if self._length is None:
            raise TypeError("this loop's length is not known beforehand")
        return self._length

    def __iter__(self) -> Iterator[Any]:
        return self

    def __next__(self) -> Any:
        item = next(self._items)
        self._budget.turn()
        return item


def _length(iterable: Any) -> int | None:
    if isinstance(iterable, range):
        return range_length(iterable)
    try:
        return len(iterable)
    except TypeError:
        return None


def _template_line(code: str, code_line: int) -> int:
    """The text's line of a line of its compiled code (from the `debug_info` Jinja2 writes)."""
    found = re.search(r"^debug_info = '([\d=&]*)'$", code, re.MULTILINE)
    pairs = [
        tuple(map(int, pair.split("="))) for pair in (found.group(1).split("&") if found else []) if pair
    ]
    before = [(at, line) for line, at in pairs if at <= code_line]
    return max(before)[1] if before else 1


def _range(*args: Any) -> range:
    """A range of any length: it costs nothing until it is gone through, and going through it
    is counted (a loop) or measured (a filter, a call)."""
    return range(*args)


class ShopSandbox(ImmutableSandboxedEnvironment):
    code_generator_class = BudgetedCodeGenerator
    intercepted_binops = frozenset(["*", "**", "+", "%"])

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["optimized"] = False  # nothing folded at compile time (see sandbox_codegen)
        super().__init__(*args, **kwargs)
        self.filters = _Filters()
        for name, func in FILTERS.items():
            self.filters[name] = func
        self.filters["plural"] = plural_filter  # counts by CLDR's plural rules (core/grammar.py)
        self.globals["range"] = _range
        self.globals["lipsum"] = guarded_lipsum(generate_lorem_ipsum)

    def _compile(self, source: str, filename: str) -> Any:
        """Python's compiler warns of what it sees cannot work (`5[:3]`): a text's mistakes are
        reported when it renders, with their line, not printed on the console. What it cannot
        compile at all (loops nested past twenty deep) is the text's syntax error, not a crash."""
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", SyntaxWarning)
            try:
                return super()._compile(source, filename)
            except (SyntaxError, RecursionError) as exc:
                line = _template_line(source, getattr(exc, "lineno", None) or 0)
                raise TemplateSyntaxError("the text nests its loops or blocks too deeply", line) from None

    # -- the budget's doors (called by the compiled text) -------------------------------------------

    def looped(self, iterable: Any) -> Any:
        """What a `for` goes through: refused at once when it is longer than the loops may turn,
        counted turn by turn otherwise."""
        length = _length(iterable)
        budget = active()
        if budget is None:
            if length is not None and length > LIMITS.loops:
                raise OverBudget.slow(LIMITS, loop_words(length, 0, LIMITS))
            return iterable
        budget.loop(length)
        return _Turns(iterable, budget, length)

    def written(self, text: str) -> str:
        """What a block, a `{% filter %}` or a `{% call %}` hands on (Budget.wrote, inlined)."""
        budget = active()
        if budget is not None:
            budget.room -= len(text)
            budget.steps -= 1
            if budget.room < 0 or not budget.steps:
                budget.settle()
        return text

    def wrote_out(self, parts: tuple[str, ...]) -> str:
        """One stretch of a text, its words and values together (see sandbox_codegen): the
        most frequent step of any render, so Budget.wrote is inlined here too."""
        text = "".join(parts)
        budget = active()
        if budget is not None:
            budget.room -= len(text)
            budget.steps -= 1
            if budget.room < 0 or not budget.steps:
                budget.settle()
        return text

    def joined(self, parts: tuple[Any, ...], escaped: bool) -> str:
        """`a ~ b ~ c`, measured before it is joined (each part is no bigger than a text may
        build, but a doubling `{% set x = x ~ x %}` must stop)."""
        budget = active()
        if budget is not None:
            budget.tick()
        if escaped:
            return check_size(markup_join(parts), "~")  # type: ignore[no-any-return]
        texts = [part if isinstance(part, str) else str(part) for part in parts]
        refuse_beyond(sum(map(len, texts)), "~")
        return str_join(texts)

    def built(self, value: Any) -> Any:
        """A list, tuple or dict the text writes down: `{% set x = [x, x] %}` doubles too."""
        budget = active()
        if budget is not None:
            budget.tick()
        return check_size(value, "a list")

    def spread(self, value: Any) -> Any:
        """What `f(*values)` spreads: measured before Python makes a tuple of it."""
        return check_size(value, "*")

    # -- calls and operators -----------------------------------------------------------------------

    def call(__self, __context: Context, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805
        budget = active()
        if budget is not None:
            budget.tick()  # a macro calling itself twice over never loops, but it ticks
        if isinstance(__obj, LoopContext) and args:  # a recursive loop's next level
            args = (__self.looped(args[0]), *args[1:])
        for value in (*args, *kwargs.values()):  # only a range is unmeasured (see guarded_filter)
            if type(value) is range:
                check_range(value, "a call")
        args = check_method(__obj, args, kwargs)
        result = super().call(__context, __obj, *args, **kwargs)
        if isinstance(result, range):  # costs nothing until it is gone through (see _range)
            return result
        return check_size(result, getattr(__obj, "__name__", "a call"))

    def call_binop(self, context: Context, op: str, left: Any, right: Any) -> Any:
        budget = active()
        if budget is not None:
            budget.tick()
        if op == "**":
            if isinstance(right, int | float) and abs(right) > MAX_EXPONENT:
                raise SecurityError(f"a power of {right} is more than a text needs (at most {MAX_EXPONENT})")
            if isinstance(left, int) and isinstance(right, int) and right > 0:
                refuse_bits(left.bit_length() * right, "a power")
            return check_size(operator.pow(left, right), "a power")
        if op == "+":
            return check_size(operator.add(left, right), "+")
        if op == "%":
            if isinstance(left, str):
                check_printf(left, right)
            return check_size(operator.mod(left, right), "a % format")
        sized, times = (left, right) if isinstance(left, str | list | tuple) else (right, left)
        if (
            isinstance(sized, str | list | tuple)
            and isinstance(times, int)
            and len(sized) * times > MAX_REPEAT
        ):
            raise SecurityError(f"repeating {len(sized)} characters {times} times is too much for a text")
        if isinstance(left, int) and isinstance(right, int):
            refuse_bits(left.bit_length() + right.bit_length(), "*")
        return check_size(operator.mul(left, right), "*")

    def wrap_str_format(self, value: Any) -> Any:
        method = super().wrap_str_format(value)
        if method is None:
            return None
        return guarded_format(value.__self__, method, value.__name__ == "format_map")

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        """No file is read or removed from a text: a fact that is a path (the logo) prints as
        itself, and nothing of it can be called."""
        if isinstance(obj, PurePath):
            return False
        return bool(super().is_safe_attribute(obj, attr, value))

"""The sandbox every text a shop can edit is rendered in: Jinja2's own (no reaching into
Python from a template), with limits on what a template may build, so a slip like
`{{ 'x' * 100000000 }}` or `{{ 9 ** 9 ** 9 }}` is refused instead of eating the station's
memory and time."""

from __future__ import annotations

import operator
from typing import Any

from jinja2.exceptions import SecurityError
from jinja2.runtime import Context
from jinja2.sandbox import ImmutableSandboxedEnvironment

MAX_REPEAT = 10_000  # characters or items a `*` may build
MAX_EXPONENT = 64

#: what rendering a broken template may raise besides Jinja2's own errors: arithmetic on the
#: wrong facts, a missing key, a sandbox limit — each becomes a problem report, never a crash
RENDER_ERRORS = (ArithmeticError, LookupError, TypeError, ValueError, SecurityError)


class ShopSandbox(ImmutableSandboxedEnvironment):
    intercepted_binops = frozenset(["*", "**"])

    def call_binop(self, context: Context, op: str, left: Any, right: Any) -> Any:
        if op == "**":
            if isinstance(right, int | float) and abs(right) > MAX_EXPONENT:
                raise SecurityError(f"a power of {right} is more than a text needs (at most {MAX_EXPONENT})")
            return operator.pow(left, right)
        sized, times = (left, right) if isinstance(left, str | list | tuple) else (right, left)
        if (
            isinstance(sized, str | list | tuple)
            and isinstance(times, int)
            and len(sized) * times > MAX_REPEAT
        ):
            raise SecurityError(f"repeating {len(sized)} characters {times} times is too much for a text")
        return operator.mul(left, right)

"""The checks a shop's text meets before the sandbox builds something for it: whatever would
come out bigger than a text may be (core/render_budget.py) is refused before a byte of it is
made. Sizes that only show afterwards are checked on the result; these are the filters,
methods and operators whose one call could make a billion characters out of a short text
(`'x'|center(10**9)`, `'%999999999d'|format(1)`, `','.join(...)` with a long separator)."""

from __future__ import annotations

import functools
import re
import string
from collections.abc import Callable, Mapping
from typing import Any

from packstation.core.render_budget import (
    MAX_SIZE,
    OverBudget,
    active,
    check_range,
    check_size,
    refuse_beyond,
    size_allowed,
    weight,
)

Check = Callable[..., tuple[tuple[Any, ...], dict[str, Any]] | None]


def _weight(value: Any) -> int:
    return weight(value, size_allowed())


def _text(value: Any) -> str:
    return value if isinstance(value, str) else str(value)


def _items(value: Any) -> list[Any] | Any:
    """A one-pass iterable (what map or select hand on) as a list, to be measured before it
    is used; anything else as it is."""
    if type(value) in _MEASURABLE or isinstance(value, str):
        return value
    try:
        return list(value)
    except TypeError:  # not iterable: the filter says so in its own words
        return value


_MEASURABLE = frozenset({str, bytes, list, tuple, dict, set, frozenset, range})


def _width(value: Any, what: str) -> None:
    if isinstance(value, int) and not isinstance(value, bool):
        refuse_beyond(value, what)


# -- the filters -----------------------------------------------------------------------------------
# Each check takes the filter's arguments (without the context Jinja hands some of them) and
# returns the arguments to call it with when it had to read a one-pass iterable, else None.


def _center(value: Any = "", width: Any = 80, *_: Any, **__: Any) -> None:
    _width(width, "center")


def _indent(s: Any = "", width: Any = 4, *_: Any, **__: Any) -> None:
    text = _text(s)
    step = len(width) if isinstance(width, str) else width if isinstance(width, int) else 0
    refuse_beyond(len(text) + (text.count("\n") + 1) * max(step, 0), "indent")


def _wordwrap(s: Any = "", width: Any = 79, break_long_words: Any = True, wrapstring: Any = None,
              *_: Any, **__: Any) -> None:  # fmt: skip
    text = _text(s)
    if isinstance(width, int) and width > 0:
        lines = len(text) // width + text.count("\n") + 1
        refuse_beyond(lines, "wordwrap", "lines")
        refuse_beyond(len(text) + lines * len(_text(wrapstring or "\n")), "wordwrap")


def replace_estimate(text: Any, old: Any, new: Any, count: Any = None) -> int:
    """How long `text.replace(old, new, count)` comes out (texts or bytes alike)."""
    times = text.count(old) if old else len(text) + 1
    if isinstance(count, int) and count >= 0:
        times = min(times, count)
    return len(text) + times * (len(new) - len(old))


def _replace(s: Any = "", old: Any = "", new: Any = "", count: Any = None, *_: Any, **__: Any) -> None:
    refuse_beyond(replace_estimate(_text(s), _text(old), _text(new), count), "replace")


def joined_estimate(items: Any, separator: Any) -> int:
    count = len(items) if hasattr(items, "__len__") else 0
    return _weight(items) + max(count - 1, 0) * len(_text(separator))


def _join(value: Any = (), d: Any = "", *rest: Any, **kwargs: Any) -> tuple[tuple[Any, ...], dict[str, Any]]:
    items = _items(value)
    refuse_beyond(joined_estimate(items, d), "join")
    return (items, d, *rest), kwargs


def _format(value: Any = "", *args: Any, **kwargs: Any) -> None:
    check_printf(_text(value), kwargs or args)


def _batch(value: Any = (), linecount: Any = 1, fill_with: Any = None, *_: Any, **__: Any) -> None:
    if fill_with is not None:
        _width(linecount, "batch")


def _truncate(s: Any = "", length: Any = 255, killwords: Any = False, end: Any = "...",
              *_: Any, **__: Any) -> None:  # fmt: skip
    """Jinja2 asserts the length holds the ending (an AssertionError no render error catches):
    said as the text's mistake instead."""
    if isinstance(length, int) and isinstance(end, str) and length < len(end):
        raise ValueError(f"truncate({length}) is shorter than its ending {end!r}: give {len(end)} or more")


def _slice(value: Any = (), slices: Any = 1, *_: Any, **__: Any) -> None:
    _width(slices, "slice")


def _sum(iterable: Any = (), attribute: Any = None, start: Any = 0,
         *rest: Any, **kwargs: Any) -> tuple[tuple[Any, ...], dict[str, Any]] | None:  # fmt: skip
    if isinstance(start, int | float):  # numbers: nothing grows
        return None
    items = _items(iterable)  # adding up lists or texts copies each sum again: count × size
    refuse_beyond((len(items) if hasattr(items, "__len__") else 1) * _weight(items), "sum")
    return (items, attribute, start, *rest), kwargs


def _urlize(value: Any = "", trim_url_limit: Any = None, nofollow: Any = False, target: Any = None,
            rel: Any = None, *_: Any, **__: Any) -> None:  # fmt: skip
    text = _text(value)
    extra = sum(len(_text(part)) for part in (target, rel) if part)
    refuse_beyond(3 * len(text) + (text.count(" ") + text.count("\n") + 1) * (80 + extra), "urlize")


def _tojson(value: Any = None, indent: Any = None, *_: Any, **__: Any) -> None:
    step = len(indent) if isinstance(indent, str) else indent if isinstance(indent, int) else 0
    refuse_beyond(_weight(value) * (4 + max(step, 0)), "tojson")


def _pprint(value: Any = None, *_: Any, **__: Any) -> None:
    refuse_beyond(_weight(value) * 10, "pprint")


FILTER_CHECKS: dict[str, Check] = {
    "center": _center, "indent": _indent, "wordwrap": _wordwrap, "replace": _replace, "join": _join,
    "format": _format, "batch": _batch, "slice": _slice, "sum": _sum, "urlize": _urlize,
    "tojson": _tojson, "pprint": _pprint, "truncate": _truncate,
}  # fmt: skip


#: filters whose result is a part, a count or a new order of what they are given: nothing to
#: measure afterwards (every value a text holds was measured when it was made; the filters
#: that make something new are measured on what they make)
SELECTING = frozenset({"attr", "count", "default", "first", "last", "length", "list", "map", "max", "min",
                       "random", "reject", "rejectattr", "reverse", "safe", "select", "selectattr", "sort",
                       "trim", "unique", "wordcount"})  # fmt: skip


def guarded_filter(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
    """`func` with its arguments checked before it runs and its result after. Of the arguments,
    only a range needs measuring: it is the one value a text holds unmeasured (it costs nothing
    until it is gone through, and a filter goes through it)."""
    passes = getattr(func, "jinja_pass_arg", None) is not None  # context, eval context or environment
    check = FILTER_CHECKS.get(name)
    selecting = name in SELECTING

    @functools.wraps(func)  # keeps jinja_pass_arg: Jinja reads it when it compiles a text
    def guarded(*args: Any, **kwargs: Any) -> Any:
        budget = active()
        if budget is not None:
            budget.tick()
        lead, values = (args[:1], args[1:]) if passes else ((), args)
        for value in values:
            if type(value) is range:
                check_range(value, name)
        for value in kwargs.values():
            if type(value) is range:
                check_range(value, name)
        if check is not None:
            try:
                changed = check(*values, **kwargs)
            except TypeError:  # arguments the filter itself will refuse, in its own words
                changed = None
            if changed is not None:
                values, kwargs = changed
        result = func(*lead, *values, **kwargs)
        return result if selecting else check_size(result, name)

    return guarded


# -- the methods of texts and numbers --------------------------------------------------------------

_PLAIN_VALUES = (str, bytes, int, float, list, tuple, dict, set, frozenset, range)


def check_method(method: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[Any, ...]:
    """The arguments of a call to a method of a text, a number or a list, checked: `'x'.ljust(
    10**9)` and `(1).to_bytes(10**9)` are refused, as is any whole number past what a text
    may build given to such a method; returns the arguments to call it with."""
    owner = getattr(method, "__self__", None)
    if not isinstance(owner, _PLAIN_VALUES) or isinstance(owner, type):
        return args
    name = getattr(method, "__name__", "")
    for value in (*args, *kwargs.values()):
        if isinstance(value, int) and not isinstance(value, bool) and value > MAX_SIZE:
            raise OverBudget.big(f"{name} is given {value:,} (at most {MAX_SIZE:,})")
    if isinstance(owner, str | bytes):
        if name == "join" and args:
            items = _items(args[0])
            refuse_beyond(joined_estimate(items, owner), "join")
            return (items, *args[1:])
        if name == "replace" and len(args) >= 2:
            text, old, new = (owner, args[0], args[1])
            if isinstance(old, type(owner)) and isinstance(new, type(owner)):
                refuse_beyond(replace_estimate(text, old, new, args[2] if len(args) > 2 else None), "replace")
        elif name == "expandtabs":
            size = args[0] if args else kwargs.get("tabsize", 8)
            tabs = owner.count(b"\t") if isinstance(owner, bytes) else owner.count("\t")
            if isinstance(size, int):
                refuse_beyond(len(owner) + tabs * size, "expandtabs")
        elif name == "translate" and args and isinstance(args[0], Mapping):
            longest = max((len(v) for v in args[0].values() if isinstance(v, str)), default=1)
            refuse_beyond(len(owner) * longest, "translate")
    return args


# -- printf-style and str.format ----------------------------------------------------------------------

_PRINTF = re.compile(r"%(?:\(([^)]*)\))?[-#0 +]*(\*|\d+)?(?:\.(\*|\d+))?[hlL]?(.)", re.DOTALL)


def _number(digits: str) -> int:
    return int(digits) if len(digits) < 10 else 10**10


def check_printf(fmt: str, values: Any) -> None:
    """Refuse `fmt % values` when it would write out more than a text may hold: widths and
    precisions are written out in full (`%999999999d`), and each value at least in its size."""
    items = values if isinstance(values, tuple) else (values,)
    mapping = values if isinstance(values, Mapping) else None
    total, position = len(fmt), 0
    for match in _PRINTF.finditer(fmt):
        key, width, precision, conversion = match.groups()
        if conversion == "%":
            continue
        sizes = [0]
        for part in (width, precision):
            if part == "*":
                given = items[position] if position < len(items) else 0
                position += 1
                sizes.append(given if isinstance(given, int) else 0)
            elif part:
                sizes.append(_number(part))
        if key is not None and mapping is not None:
            value = mapping.get(key)
        else:
            value = items[position] if position < len(items) else None
            position += 1
        total += max(*sizes, _weight(value))
        refuse_beyond(total, "a % format")


def check_str_format(fmt: str, args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> None:
    """The same for `'{:>999999999}'.format(x)`: every field written out at its width and at
    least at the size of its value; a width taken from an argument counts as that argument."""
    total, automatic = len(fmt), 0
    widest_given = max((v for v in (*args, *kwargs.values()) if isinstance(v, int) and not isinstance(v, bool)),
                       default=0)  # fmt: skip
    for _, field, spec, _ in string.Formatter().parse(fmt):
        if field is None:
            continue
        head = re.split(r"[.\[]", field, maxsplit=1)[0]
        if head == "":
            value = args[automatic] if automatic < len(args) else None
            automatic += 1
        elif head.isdigit():
            value = args[int(head)] if int(head) < len(args) else None
        else:
            value = kwargs.get(head)
        sizes = [_number(d) for d in re.findall(r"\d+", spec or "")]
        if spec and "{" in spec:
            sizes.append(widest_given)
        total += max(0, *sizes, _weight(value))
        refuse_beyond(total, "format")


def guarded_format(fmt: str, method: Callable[..., str], mapping: bool) -> Callable[..., str]:
    """The sandbox's own str.format (or format_map) of `fmt`, checked before it writes."""

    @functools.wraps(method)
    def checked(*args: Any, **kwargs: Any) -> str:
        given = args[0] if mapping and args and isinstance(args[0], Mapping) else kwargs
        check_str_format(fmt, () if mapping else args, given)
        return check_size(method(*args, **kwargs), "format")  # type: ignore[no-any-return]

    return checked


# -- the globals ----------------------------------------------------------------------------------------


def guarded_lipsum(func: Callable[..., str]) -> Callable[..., str]:
    @functools.wraps(func)
    def lipsum(n: int = 5, html: bool = True, min: int = 20, max: int = 100) -> str:
        words = n * max if isinstance(n, int) and isinstance(max, int) else 0
        refuse_beyond(words * 12, "lipsum")
        return func(n, html, min, max)

    return lipsum

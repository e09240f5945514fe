"""How a shop setting is declared: once, as a field of `ShopSettings` (core/settings.py) made by
`declare()`, with its type (the field's annotation), its default, its rule (a range, a pattern,
a list of choices, a placeholder a link must hold, or a check of its own), its label and help
in the staff's words, and the group of the Settings screen it is edited in.

Everything else reads the declarations `declarations()` builds: the checks before a value is
stored (core/admin.py), the Settings screen's forms, and `packstation settings`. They cannot
disagree, and a setting is added with one entry. A declaration that contradicts itself — a
default its own rule refuses, a range on text — stops the import instead of reaching a bench.

The messages of a refused value are English, as the command line prints them and the screen
shows them; the labels and help are `Words`, which the window says in the staff language."""

from __future__ import annotations

import copy
import enum
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import MISSING, dataclass, field, fields
from typing import Any, get_args, get_origin, get_type_hints
from urllib.parse import urlsplit

from packstation.core.wording import Words, tr

# a setting's own check beyond its type and rule: (name, value) -> None, or ValueError
Check = Callable[[str, Any], None]
KINDS: dict[type, str] = {bool: "true or false", int: "a whole number", str: "text",
                          dict: "a mapping (JSON)", list: "a list (JSON)"}  # fmt: skip
_DECLARED = "packstation.setting"
# the checks an adapter adds to a setting it reads, with its own parser (a printer target, an
# SMTP link): added when the app is wired (bootstrap.py), so the core names no adapter
_ADDED_CHECKS: dict[str, Check] = {}


def add_check(setting: str, check: Check) -> None:
    """`check` runs on a value of `setting` that is not empty, after the setting's own check.
    Adding it again replaces it."""
    _ADDED_CHECKS[setting] = check


class SettingsGroup(enum.StrEnum):
    """Where on the Settings screen a setting is edited, in the order of its tabs."""

    VOUCHERS = "vouchers"
    DELIVERY = "delivery"
    SENDING = "sending"
    PRINTERS = "printers"

    @property
    def heading(self) -> Words:
        return _HEADINGS[self]


_HEADINGS = {
    SettingsGroup.VOUCHERS: tr("Vouchers & returns"),
    SettingsGroup.DELIVERY: tr("Delivery"),
    SettingsGroup.SENDING: tr("Sending"),
    SettingsGroup.PRINTERS: tr("Printers"),
}


class DeclarationError(TypeError):
    """A setting declared against itself: found when the package is imported."""


@dataclass(frozen=True)
class _Rule:
    """What `declare()` is told; the name and type come from the field it makes."""

    default: Any
    label: Words
    help: Words
    group: SettingsGroup
    low: int | None = None
    high: int | None = None
    choices: Mapping[str, Words] = field(default_factory=dict)
    pattern: str = ""
    says: str = ""
    placeholder: str = ""
    check: Check | None = None


@dataclass(frozen=True, eq=False)
class Declaration:
    """One shop setting, as `declare()` and its field say: everything the checks, the Settings
    screen and the command line need to know about it."""

    name: str
    kind: type  # bool, int, str, dict or list: how it is stored and edited
    optional: bool  # None may be stored: it means the default
    default: Any
    label: Words
    help: Words
    group: SettingsGroup
    low: int | None = None  # with high: the range of a whole number, both ends included
    high: int | None = None
    choices: Mapping[str, Words] = field(default_factory=dict)  # value -> its words on screen
    pattern: str = ""  # a regular expression the whole text matches
    says: str = ""  # the pattern in words: "1 to 6 capital letters or digits"
    placeholder: str = ""  # what a link must contain, like {code}
    check: Check | None = None  # run on a value that is not empty, after all but the placeholder

    def checked(self, value: Any) -> Any:
        """The value as the setting stores it; ValueError saying, by name, what is wrong."""
        name = self.name
        if self.optional and value is None:
            return None
        if self.kind is bool and not isinstance(value, bool):
            raise ValueError(f"{name}: true or false, not {value!r}")
        if self.kind is int and (isinstance(value, bool) or not isinstance(value, int)):
            raise ValueError(f"{name}: a whole number, not {value!r}")
        if self.kind is str and not isinstance(value, str):
            raise ValueError(f"{name}: text, not {value!r}")
        if self.kind in (dict, list) and not isinstance(value, self.kind):
            raise ValueError(f"{name}: {KINDS[self.kind]}, not {value!r}")
        if self.low is not None and self.high is not None and not self.low <= value <= self.high:
            raise ValueError(f"{name}: {value} is outside {self.low}–{self.high}")
        if self.pattern and not re.fullmatch(self.pattern, value):
            raise ValueError(f"{name}: {self.says}, not {value!r}")
        if self.choices and value not in self.choices:
            raise ValueError(f"{name}: {_one_of(list(self.choices))}, not {value!r}")
        if self.check is not None and value:  # before the placeholder: it may say what to write instead
            self.check(name, value)
        if name in _ADDED_CHECKS and value:
            _ADDED_CHECKS[name](name, value)
        if self.placeholder and value:
            value = value.strip()  # what goes into a QR code, an href, a List-Unsubscribe header
            check_web_address(name, value)
            if self.placeholder not in value:
                raise ValueError(f"{name}: the link must contain {self.placeholder}")
        return value

    def takes(self) -> str:
        """What the setting takes, in a few English words, for `packstation settings list`."""
        if self.low is not None:
            said = f"a whole number, {self.low}–{self.high}"
        elif self.choices:
            said = _one_of(list(self.choices))
        elif self.pattern:
            said = f"text, {self.says}"
        elif self.placeholder:
            said = f"a link with {self.placeholder}"
        else:
            said = KINDS[self.kind]
        return f"{said}; null for the default" if self.optional else said

    def from_text(self, text: str) -> Any:
        """The value a command line means by `text`: JSON (`45`, `true`, `{"EUR": 5}`, `null`),
        and for text settings the text as it is unless it is a quoted JSON string."""
        try:
            value = json.loads(text)
        except json.JSONDecodeError:
            return text
        if self.kind is str and not isinstance(value, str) and not (self.optional and value is None):
            return text  # `settings set rma_prefix 2024` means the text 2024
        return value


def declare(
    default: Any,
    *,
    label: Words,
    help: Words,
    group: SettingsGroup,
    low: int | None = None,
    high: int | None = None,
    choices: Mapping[str, Words] | None = None,
    pattern: str = "",
    says: str = "",
    placeholder: str = "",
    check: Check | None = None,
) -> Any:
    """A field of the shop's settings with everything about it; the annotation gives its type.
    A mapping or list default is copied for every `ShopSettings`, never shared."""
    chosen = {str(value): words for value, words in (choices or {}).items()}  # an enum member: its value
    rule = _Rule(default, label, help, group, low, high, chosen, pattern, says, placeholder, check)
    metadata = {_DECLARED: rule}
    if isinstance(default, dict | list):
        return field(default_factory=lambda: copy.deepcopy(default), metadata=metadata)
    return field(default=default, metadata=metadata)


def declarations(settings: type) -> tuple[Declaration, ...]:
    """Every field of the dataclass `settings` as a Declaration, in the order of its fields;
    DeclarationError for a field not made by `declare()` or a rule that contradicts itself."""
    hints = get_type_hints(settings)
    found = []
    for each in fields(settings):
        rule = each.metadata.get(_DECLARED)
        if not isinstance(rule, _Rule):
            raise DeclarationError(f"{settings.__name__}.{each.name} is not made by declare()")
        if each.default is MISSING and each.default_factory is MISSING:  # pragma: no cover
            raise DeclarationError(f"{each.name} has no default")
        kind, optional = _kind_of(each.name, hints[each.name])
        declaration = Declaration(each.name, kind, optional, rule.default, rule.label, rule.help, rule.group,
                                  rule.low, rule.high, rule.choices, rule.pattern, rule.says, rule.placeholder,
                                  rule.check)  # fmt: skip
        _consistent(declaration)
        found.append(declaration)
    return tuple(found)


def _kind_of(name: str, wanted: Any) -> tuple[type, bool]:
    kind, optional = get_origin(wanted) or wanted, False
    if type(None) in get_args(wanted):
        others = [a for a in get_args(wanted) if a is not type(None)]
        kind, optional = get_origin(others[0]) or others[0], True
    if kind not in KINDS:
        raise DeclarationError(f"{name}: a setting is {', '.join(k.__name__ for k in KINDS)}, not {wanted}")
    return kind, optional


def _consistent(declaration: Declaration) -> None:
    name, kind = declaration.name, declaration.kind
    if (declaration.low is None) != (declaration.high is None):
        raise DeclarationError(f"{name}: a range needs both ends")
    if declaration.low is not None and (kind is not int or declaration.low > declaration.high):  # type: ignore[operator]
        raise DeclarationError(f"{name}: a range is for a whole number, lowest first")
    if kind is not str and (declaration.choices or declaration.pattern or declaration.placeholder):
        raise DeclarationError(f"{name}: choices, patterns and placeholders are for text")
    if bool(declaration.pattern) != bool(declaration.says):
        raise DeclarationError(f"{name}: a pattern is said in words (says=...)")
    try:
        declaration.checked(declaration.default)
    except ValueError as exc:
        raise DeclarationError(f"{name}: the default breaks its own rule ({exc})") from exc


def _one_of(values: list[str]) -> str:
    return values[0] if len(values) == 1 else f"{', '.join(values[:-1])} or {values[-1]}"


def check_web_address(name: str, value: str) -> None:
    """A link printed in a QR code or put behind a button in a mail: a whole http(s) address
    with a host, never `www.shop.cz/…` (a QR code a phone does not open) or `javascript:…`.
    The caller stores it stripped of spaces at its ends."""
    text = value.strip()
    try:
        parts = urlsplit(text)
        if parts.scheme.lower() in ("http", "https") and parts.hostname and " " not in text:
            return
    except ValueError:  # an unclosed [ of an IPv6 address, a port that is no number: refused below
        pass
    if "://" not in text and re.match(r"^[\w.-]+\.[a-z]{2,}(:\d+)?(/|$)", text, re.IGNORECASE):
        raise ValueError(f"{name}: a web address starts with https:// — write https://{text}")
    raise ValueError(f"{name}: a web address starting with https://, not {value!r}")

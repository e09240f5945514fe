"""The playbook's rules and the messages they make, rendered in Jinja2's sandbox in the
customer's language: a subject of at most 30 characters (with the customer's name whole, or
without it when it does not fit), a plain-text part and an HTML part
(right to left for Arabic), and for marketing an unsubscribe line in both."""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import FileSystemLoader, StrictUndefined
from sqlalchemy.orm import Session

from packstation.core.render_budget import LIMITS, SHIPPED_LIMITS, budgeted
from packstation.core.sandbox import ShopSandbox
from packstation.followups.mail_html import mail_html
from packstation.paths import ROOT

SHIPPED = ROOT / "print_templates"
SUBJECT_LIMIT = 30
UNSUBSCRIBE = {
    "en": "Don't want these e-mails? Unsubscribe: {url}",
    "cs": "Nechcete tyto e-maily dostávat? Odhlásit se: {url}",
    "ro": "Nu mai vrei aceste e-mailuri? Dezabonează-te: {url}",
    "uk": "Не хочете отримувати такі листи? Відписатися: {url}",
    "ar": "لا ترغب في هذه الرسائل؟ إلغاء الاشتراك: {url}",
    "id": "Tidak ingin menerima email ini? Berhenti berlangganan: {url}",
}


@dataclass(frozen=True)
class Rule:
    name: str
    marketing: bool
    delay_days: int = 0
    expires_days: int = 3
    attempts: int = 5
    relative_to: str = "packed"  # packed, delivery, voucher_expiry, replenish, anniversary or birthday
    when: tuple[str, ...] = ()
    channel: str = "email"  # or sms
    enabled: bool = True  # a manager may switch a rule off in Settings

    def applies(self, facts: dict[str, Any]) -> bool:
        return all(condition_holds(c, facts) for c in self.when)


# `when` conditions: a fact (`is_gift`, `!is_gift`), a comparison (`language=cs`,
# `language!=ar`, `order_count>=3`) or membership (`tag:vip`, `packaging:MAILER-PAPER`,
# `kind:consumable`); any of them negated with a leading `!`
_CONDITION = re.compile(r"^(!?)([a-z_]+)(?:(>=|<=|!=|=|>|<|:)(.+))?$")
_COLLECTIONS = {"tag": "tags", "packaging": "packaging_codes", "kind": "product_kinds"}


def condition_holds(condition: str, facts: dict[str, Any]) -> bool:
    match = _CONDITION.match(condition.strip())
    if match is None:
        raise ValueError(f"cannot read the condition {condition!r}")
    negate, name, operator, wanted = match.groups()
    value = facts.get(_COLLECTIONS.get(name, name) if operator == ":" else name)
    if operator is None:
        result = bool(value)
    elif operator == ":":
        result = wanted.casefold() in {str(v).casefold() for v in value or ()}
    elif operator in ("=", "!="):
        result = (str(value).casefold() == wanted.casefold()) == (operator == "=")
    else:
        number = float(value or 0)
        limit = float(wanted)
        result = {">=": number >= limit, "<=": number <= limit, ">": number > limit, "<": number < limit}[
            operator
        ]
    return result != bool(negate)


#: anchors of no parcel: the daily sweep queues them (followups/occasions.py), not the packing
OCCASIONS = ("anniversary", "birthday")
ANCHORS = ("packed", "delivery", "voucher_expiry", "replenish", *OCCASIONS)
CHANNELS = ("email", "sms")


class PlaybookError(ValueError):
    """A playbook the shop edited cannot be used; the message names the file and the rule."""


def load_playbook(path: Path | None = None) -> list[Rule]:
    source = path or SHIPPED / "followups" / "playbook.toml"
    return parse_playbook(source.read_text(encoding="utf-8"), str(source))


def parse_playbook(text: str, source: str) -> list[Rule]:
    """The rules of a playbook's TOML text; `source` names it in the messages."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PlaybookError(f"{source}: {exc}") from exc
    rules = []
    names = [entry.get("name") for entry in data.get("rule", [])]
    doubled = sorted({name for name in names if names.count(name) > 1})
    if doubled:
        raise PlaybookError(f"{source}: the rule {doubled[0]!r} is there twice")
    for number, entry in enumerate(data.get("rule", []), 1):
        where = f"{source}, rule {number} ({entry.get('name', 'no name')})"
        try:
            rule = Rule(**{**entry, "when": tuple(entry.get("when", ()))})
        except TypeError as exc:
            raise PlaybookError(f"{where}: {exc}") from exc
        if rule.relative_to not in ANCHORS:
            raise PlaybookError(f"{where}: relative_to must be one of {', '.join(ANCHORS)}")
        for condition in rule.when:
            match = _CONDITION.match(condition.strip())
            if match is None or (match.group(3) in (">=", "<=", ">", "<") and not _is_number(match.group(4))):
                raise PlaybookError(
                    f"{where}: cannot read the condition {condition!r} "
                    "(write e.g. is_gift, !is_gift, language=cs, order_count>=3, tag:vip)"
                )
        if rule.channel not in CHANNELS:
            raise PlaybookError(f"{where}: channel must be one of {', '.join(CHANNELS)}")
        rules.append(rule)
    return rules


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


@lru_cache(maxsize=4)
def care_texts(path: Path | None = None) -> dict[str, dict[str, str]]:
    """Care tips per care key and language (print_templates/followups/care.toml)."""
    data = tomllib.loads((path or SHIPPED / "followups" / "care.toml").read_text(encoding="utf-8"))
    return {key: {lang: str(text) for lang, text in texts.items()} for key, texts in data.items()}


@lru_cache(maxsize=4)
def shipped_playbook() -> tuple[Rule, ...]:
    """The shipped playbook, read once per process."""
    return tuple(load_playbook())


@lru_cache(maxsize=8)
def _saved_playbook(text: str) -> tuple[Rule, ...]:
    return tuple(parse_playbook(text, "Settings › followups/playbook.toml"))


def playbook_for(session: Session) -> tuple[Rule, ...]:
    """The playbook in use: the one a manager saved in Settings, else the shipped one. A saved
    one that no longer reads (it was checked when saved) falls back to the shipped one."""
    from packstation.storage.models import ShopFile

    saved = session.get(ShopFile, "followups/playbook.toml")
    if saved is None:
        return shipped_playbook()
    try:
        return _saved_playbook(saved.body)
    except PlaybookError:
        return shipped_playbook()


def playbook_toml(rules: Sequence[Rule]) -> str:
    """Rules written back as a playbook file (what Settings saves after a manager's edits)."""
    lines = ["# The follow-up playbook as saved in Settings; see print_templates/followups/playbook.toml", ""]
    for rule in rules:
        lines.append("[[rule]]")
        for name, value in asdict(rule).items():
            if name == "when":
                value = list(value)
            lines.append(f"{name} = {_toml_value(value)}")
        lines.append("")
    return "\n".join(lines)


def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    return json.dumps(str(value), ensure_ascii=False)  # a JSON string is a TOML basic string


@lru_cache(maxsize=4)
def shipped_templates() -> MessageTemplates:
    """One template environment per process: Jinja compiles each template once."""
    return MessageTemplates()


@dataclass(frozen=True)
class Rendered:
    subject: str
    text: str
    html: str


def _short(value: str, length: int) -> str:
    """A name whole, or nothing when it is longer than `length`: never cut ("Ana-Mar…")."""
    return value if len(value) <= length else ""


#: the facts that hold a person's name: a subject too long with one drops them all
NAME_FACTS = ("first_name", "first_name_vocative", "greet_name", "greet_vocative", "full_name")
_LEADING = re.compile(r"^[\s,،:;–—-]+")
_DANGLING = re.compile(r"\s*[,،]\s*(?=[!?.؟]|$)")


def _one_line(parts: Iterator[str]) -> str:
    return " ".join("".join(parts).split())


def _nameless(subject: str) -> str:
    """A subject rendered without the name, tidied where the name stood: "، نصائح" ->
    "نصائح", ", care tips" -> "Care tips", "Děkujeme, !" -> "Děkujeme!"."""
    subject = _DANGLING.sub("", _LEADING.sub("", subject))
    return subject[:1].upper() + subject[1:]


def _fitted(subject: str) -> str:
    """A subject over the limit even without the name (a shop's own wording) loses whole
    words from its end, never part of one."""
    words = subject.split(" ")
    while len(" ".join(words)) > SUBJECT_LIMIT and len(words) > 1:
        words.pop()
    return " ".join(words).rstrip(",،:;–— ")


class MessageTemplates:
    def __init__(self, root: Path = SHIPPED) -> None:
        self.env = ShopSandbox(
            loader=FileSystemLoader(str(root / "messages")), undefined=StrictUndefined,
            trim_blocks=True, lstrip_blocks=True, autoescape=False,
        )  # fmt: skip
        self.env.filters["short"] = _short
        self.limits = SHIPPED_LIMITS if root == SHIPPED else LIMITS

    def render(self, rule: Rule, language: str, facts: dict[str, Any], unsubscribe_url: str = "") -> Rendered:
        """The message of `rule`, written out under one render budget (core/render_budget.py;
        the shipped messages' wider one, as for the shipped insert texts)."""
        with budgeted(self.limits):
            return self._render(rule, language, facts, unsubscribe_url)

    def _render(self, rule: Rule, language: str, facts: dict[str, Any], unsubscribe_url: str) -> Rendered:
        template = self.env.get_template(f"{language}/{rule.name}.j2")
        context = template.new_context(facts)
        blocks = {name: "".join(block(context)).strip() for name, block in template.blocks.items()}
        if rule.channel == "sms":  # a text message is its text alone
            return Rendered("", " ".join(blocks["text"].split()), "")
        subject = " ".join(blocks["subject"].split())
        if len(subject) > SUBJECT_LIMIT:  # a name is whole or left out, never cut
            nameless = template.new_context({**facts, **{name: "" for name in NAME_FACTS if name in facts}})
            subject = _fitted(_nameless(_one_line(template.blocks["subject"](nameless))))
        text = re.sub(r"\n{3,}", "\n\n", blocks["text"])
        unsubscribe = unsubscribe_url if rule.marketing else ""
        page = mail_html(text, language, facts, unsubscribe)  # the footer carries the unsubscribe link
        if rule.marketing:
            text += "\n\n" + UNSUBSCRIBE.get(language, UNSUBSCRIBE["en"]).format(url=unsubscribe_url)
        return Rendered(subject, text, page)

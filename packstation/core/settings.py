"""Shop-wide settings, stored in the shared database, so every station of the warehouse works to
the same rules. Each is declared here once — type, default, rule, label, help and its group of
the Settings screen (core/setting_declaration.py) — and `DECLARED` is what the checks, the
Settings screen and `packstation settings` read. A new setting is one more field below."""

# ruff: noqa: RUF009 -- declare() makes a dataclasses.field (a mapping default is copied each time)
from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from packstation.core.customer_links import refuse_old_placeholder
from packstation.core.setting_declaration import (
    Declaration,
    SettingsGroup,
    check_web_address,
    declarations,
    declare,
)
from packstation.core.wording import tr
from packstation.storage.models import Setting
from packstation.vocabulary import INSERT_KINDS, PAGE_NAMES, CompletionSignal

SECRET_WORDS = ("password", "token", "secret", "api_key")
PREFIX = "[A-Z0-9]{1,6}"
HOURS = "([01]\\d|2[0-3]):[0-5]\\d-([01]\\d|2[0-3]):[0-5]\\d"
SMTP_PASSWORD, SMS_TOKEN = "$PACKSTATION_SMTP_PASSWORD", "$PACKSTATION_SMS_TOKEN"  # where they live instead
PRINTED = (*INSERT_KINDS, "batch")  # a printer for each insert kind, and one for batches


def _printers(name: str, value: dict[str, Any]) -> None:
    """Each station's inserts and printers; each printer is then read by printing/targets.py,
    which bootstrap.py adds as this setting's check."""
    for station, kinds in value.items():
        if not isinstance(kinds, dict):
            raise ValueError(
                f'{name}: {station!r} needs insert kinds and printers, like {{"return": "raw:HOST:9100"}}'
            )
        for kind in kinds:
            if kind not in PRINTED:
                raise ValueError(
                    f"{name}: {station!r} has {kind!r}; the inserts are note, voucher, return, slip "
                    "(and batch for batch printing)"
                )


def _smtp_link(name: str, value: str) -> None:
    """No password in the link; the link itself is read by the dispatcher (bootstrap.py)."""
    from packstation.core.secrets import refuse_secrets

    refuse_secrets(name, value, f"{SMTP_PASSWORD} or the OS keyring")


def _tracking_links(name: str, value: dict[str, Any]) -> None:
    """A shop's own tracking page per carrier: each needs the place of the number."""
    for carrier, link in value.items():
        if not isinstance(link, str) or "{number}" not in link:
            raise ValueError(f"{name}: the link for {carrier!r} must contain {{number}}, not {link!r}")
        check_web_address(f"{name}: the link for {carrier!r}", link)


def _sms_link(name: str, value: str) -> None:
    """No token in the link; the link itself is read by the SMS sender (bootstrap.py)."""
    from packstation.core.secrets import refuse_secrets

    refuse_secrets(name, value, f"{SMS_TOKEN} or the OS keyring")


VOUCHERS, DELIVERY = SettingsGroup.VOUCHERS, SettingsGroup.DELIVERY
SENDING, PRINTERS = SettingsGroup.SENDING, SettingsGroup.PRINTERS
CAPITALS = "1 to 6 capital letters or digits"


@dataclass
class ShopSettings:
    """The settings as the benches, printers and dispatchers read them; see `DECLARED`."""

    # Settings › Vouchers & returns
    voucher_prefix: str = declare(
        "VA",
        group=VOUCHERS,
        pattern=PREFIX,
        says=CAPITALS,
        label=tr("Voucher code prefix"),
        help=tr("The letters every voucher code starts with, as in VA-K7QM-3XPA-R."),
    )
    voucher_percent_off: int = declare(
        15,
        group=VOUCHERS,
        low=0,
        high=90,
        label=tr("Percent off"),
        help=tr("The voucher's discount in percent; 0 gives the amount off per currency instead."),
    )
    voucher_amount_off: dict[str, float] | None = declare(
        None,
        group=VOUCHERS,
        label=tr("Amount off per currency, when percent is 0 (JSON)"),
        help=tr(
            "Currency and amount, like {example}; used only while the percent off is 0.",
            example='{"EUR": 5, "CZK": 125}',
        ),
    )
    voucher_min_spend: dict[str, float] | None = declare(
        {
            "EUR": 30,
            "CZK": 750,
            "RON": 150,
            "MDL": 600,
            "UAH": 1300,
            "SAR": 120,
            "AED": 120,
            "EGP": 1500,
            "JOD": 25,
            "MAD": 330,
            "IDR": 500000,
            "GBP": 25,
            "USD": 35,
        },
        group=VOUCHERS,
        label=tr("Minimum spend per currency (JSON)"),
        help=tr("The order value a voucher needs, per currency; empty for the shipped amounts."),
    )
    voucher_valid_days: int = declare(
        90,
        group=VOUCHERS,
        low=7,
        high=730,
        label=tr("Valid for (days)"),
        help=tr("Days from packing until the voucher in the parcel expires."),
    )
    voucher_redeem_url: str = declare(
        "",  # the shop's own: `packstation setup` or the first-run wizard
        group=VOUCHERS,
        placeholder="{code}",
        label=tr("Redeem link (with {code})", code="{code}"),
        help=tr("The shop's link that applies the voucher; {code} becomes the voucher code.", code="{code}"),
    )
    rma_prefix: str = declare(
        "RMA",
        group=VOUCHERS,
        pattern=PREFIX,
        says=CAPITALS,
        label=tr("RMA prefix"),
        help=tr("The letters every return number starts with."),
    )
    return_days: int = declare(
        30,
        group=VOUCHERS,
        low=14,
        high=365,
        label=tr("Return window (days from delivery)"),
        help=tr("How long the customer may send the parcel back; printed on the return label."),
    )
    return_portal_url: str = declare(
        "",  # the shop's own: `packstation setup` or the first-run wizard
        group=VOUCHERS,
        placeholder="{rma}",
        label=tr("Returns portal link (with {rma})", rma="{rma}"),
        help=tr("Printed on the return label; {rma} becomes the return number.", rma="{rma}"),
    )

    # Settings › Delivery: the thank-you's estimated delivery and tracking link
    transit_days: dict[str, int] | None = declare(
        {"next day": 1, "express": 1, "easybox": 1, "poshta": 2, "zásilkovna": 2, "default": 3},
        group=DELIVERY,
        label=tr("Working days in transit, by shipping method (JSON)"),
        help=tr(
            "A word of the shipping method and its working days to the door; {default} for every "
            "other method. The estimated delivery is counted from these.",
            default='"default"',
        ),
    )
    holidays: list[str] | None = declare(
        None,
        group=DELIVERY,
        label=tr("Days when no parcel moves (JSON list of dates)"),
        help=tr(
            "Dates like {example}, left out when the working days in transit are counted.",
            example='["2026-12-25", "2026-12-26"]',
        ),
    )
    tracking_urls: dict[str, str] | None = declare(
        {},  # every carrier of resources/carriers.toml links its own page: a shop sets only exceptions
        group=DELIVERY,
        check=_tracking_links,
        label=tr("Tracking link per carrier (JSON, with {number})", number="{number}"),
        help=tr(
            "Every carrier packstation knows already links its own tracking page. Set one here only to use "
            "another page: the carrier as your shop writes it and the link; {number} becomes the parcel's "
            "tracking number.",
            number="{number}",
        ),
    )

    # Settings › Sending: how the follow-ups go out, and the bench's closing rules
    smtp_url: str = declare(
        "",
        group=SENDING,
        check=_smtp_link,
        label=tr("SMTP server (smtp://user@host:587?starttls=1)"),
        help=tr(
            "Where the follow-up e-mails are sent through. Its password is never stored here: "
            "it goes in {variable} or the OS keyring.",
            variable=SMTP_PASSWORD,
        ),
    )
    sms_webhook_url: str = declare(
        "",
        group=SENDING,
        check=_sms_link,
        label=tr("SMS webhook"),
        help=tr(
            "Each text message is posted here; while it is empty no texts are queued. Its token "
            "is never stored here: it goes in {variable} or the OS keyring.",
            variable=SMS_TOKEN,
        ),
    )
    sms_quiet_hours: str = declare(
        "21:00-08:00",
        group=SENDING,
        pattern=HOURS,
        says="like 21:00-08:00",
        label=tr("No texts between (21:00-08:00)"),
        help=tr("In the recipient's own time zone; a text due then waits until the morning."),
    )
    marketing_gap_hours: int = declare(
        16,
        group=SENDING,
        low=0,
        high=168,
        label=tr("Hours between marketing messages"),
        help=tr("A customer gets no more than one marketing message in this many hours."),
    )
    review_url: str = declare(
        "",  # the shop's own: `packstation setup` or the first-run wizard
        group=SENDING,
        placeholder="{order}",
        label=tr("Review link (with {order})", order="{order}"),
        help=tr("The review request links here; {order} becomes the order number.", order="{order}"),
    )
    unsubscribe_url: str = declare(
        "",  # the shop's own: `packstation setup` or the first-run wizard
        group=SENDING,
        placeholder="{token}",
        check=refuse_old_placeholder,
        label=tr("Unsubscribe link (with {token})", token="{token}"),
        help=tr(
            "In every marketing message; {token} becomes the customer's own random link token, "
            "which the shop's unsubscribe page hands to `packstation unsubscribe`.",
            token="{token}",
        ),
    )
    referral_url: str = declare(
        "",  # the shop's own: `packstation setup` or the first-run wizard
        group=SENDING,
        placeholder="{token}",
        check=refuse_old_placeholder,
        label=tr("Referral link (with {token})", token="{token}"),
        help=tr(
            "In the referral invitation; {token} becomes the customer's own random link token.",
            token="{token}",
        ),
    )
    loyalty_from_order: int = declare(
        3,
        group=SENDING,
        low=2,
        high=50,
        label=tr("Referral invitation from order"),
        help=tr("A customer is invited to refer friends from this order of theirs on."),
    )
    bench_completes_on: str = declare(
        CompletionSignal.TRACKING_OR_NEXT.value,
        group=SENDING,
        choices={
            CompletionSignal.TRACKING_OR_NEXT: tr("the tracking scan or the next order"),
            CompletionSignal.TRACKING: tr("the carrier label's tracking scan"),
            CompletionSignal.NEXT_ORDER: tr("the next order's scan"),
            CompletionSignal.COMMAND: tr("COMPLETE only (F9)"),
        },
        label=tr("A ready parcel closes on"),
        help=tr(
            "Besides COMPLETE (F9), what closes a parcel whose items and packaging are all in. "
            "Never the first packaging scan."
        ),
    )
    bench_require_packaging: bool = declare(
        True,
        group=SENDING,
        label=tr("Packaging must be scanned"),
        help=tr("An order cannot be completed before its packaging is scanned."),
    )

    # Settings › Printers
    # station -> insert kind -> printer ("folder:PATH", "cups:QUEUE", "raw:HOST:PORT", "qt:NAME");
    # the station "*" is every station's default
    printers: dict[str, dict[str, str]] | None = declare(
        None,
        group=PRINTERS,
        check=_printers,
        label=tr("Printer for each station and insert"),
        help=tr(
            "Which printer each station uses for each insert and for batches; the first row is "
            "every station's default."
        ),
    )
    insert_page: str = declare(
        "a6",
        group=PRINTERS,
        choices=dict(
            zip(
                PAGE_NAMES,
                (
                    tr("A6, one per page"),
                    tr("A4, four-up with cut marks"),
                    tr("US Letter, four-up"),
                    tr("4×6 inch label"),
                ),
                strict=True,
            )
        ),
        label=tr("Page format at the bench"),
        help=tr("The page the inserts are printed on when an order is packed."),
    )

    def printer_for(self, station: str, kind: str) -> str | None:
        for name in (station, "*"):
            chosen = (self.printers or {}).get(name, {}).get(kind)
            if chosen:
                return chosen
        return None

    def __post_init__(self) -> None:
        for declaration in DECLARED:  # a stored None means the default
            if declaration.optional and getattr(self, declaration.name) is None:
                setattr(self, declaration.name, copy.deepcopy(declaration.default))


DECLARED: tuple[Declaration, ...] = declarations(ShopSettings)
_BY_NAME = {declaration.name: declaration for declaration in DECLARED}


def declaration_of(name: str) -> Declaration:
    """The setting called `name`; KeyError when there is none."""
    if name not in _BY_NAME:
        raise KeyError(f"no setting called {name!r}")
    return _BY_NAME[name]


def in_group(group: SettingsGroup) -> list[Declaration]:
    """The settings of one group of the Settings screen, in the order they are shown."""
    return [declaration for declaration in DECLARED if declaration.group is group]


def load_settings(session: Session) -> ShopSettings:
    stored = {row.name: row.value for row in session.scalars(select(Setting))}
    return ShopSettings(**{name: value for name, value in stored.items() if name in _BY_NAME})


def save_setting(session: Session, name: str, value: Any) -> None:
    declaration_of(name)
    row = session.get(Setting, name)
    if row is None:
        session.add(Setting(name=name, value=value))
    else:
        row.value = value

"""Shop-wide settings, declared here with their types and defaults and stored in the shared
database, so every station of the warehouse works to the same rules."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from packstation.storage.models import Setting


@dataclass
class ShopSettings:
    voucher_prefix: str = "VA"
    voucher_percent_off: int = 15  # 0 to give a fixed amount instead
    voucher_amount_off: dict[str, float] | None = None  # currency -> amount, when percent is 0
    voucher_min_spend: dict[str, float] | None = None  # currency -> minimum order value
    voucher_valid_days: int = 90
    voucher_redeem_url: str = "https://verde-atelier.example/discount/{code}"
    return_days: int = 30
    return_portal_url: str = "https://verde-atelier.example/returns?rma={rma}"
    rma_prefix: str = "RMA"
    # station -> insert kind -> printer ("folder:PATH", "cups:QUEUE", "raw:HOST:PORT", "qt:NAME");
    # the station "*" is every station's default
    printers: dict[str, dict[str, str]] | None = None
    insert_page: str = "a6"  # a6, a4, letter, label-4x6
    # follow-ups
    transit_days: dict[str, int] | None = None  # words in the shipping method -> working days
    holidays: list[str] | None = None  # ISO dates when no parcel moves
    tracking_urls: dict[str, str] | None = None  # carrier -> link with {number}
    review_url: str = "https://verde-atelier.example/review?order={order}"
    unsubscribe_url: str = "https://verde-atelier.example/unsubscribe?c={customer}"
    referral_url: str = "https://verde-atelier.example/r/{customer}"
    loyalty_from_order: int = 3  # the loyalty invitation from this order on
    marketing_gap_hours: int = 16
    smtp_url: str = ""  # smtp://user@host:587?starttls=1; the password never lives here
    sms_webhook_url: str = ""  # SMS rules queue nothing while this is empty; its token never lives here
    sms_quiet_hours: str = "21:00-08:00"  # in the recipient's time zone
    # what closes a ready parcel besides COMPLETE: tracking_or_next, tracking, next_order or
    # command (core/vocabulary.py CompletionSignal); never the first packaging scan
    bench_completes_on: str = "tracking_or_next"
    bench_require_packaging: bool = True  # an order cannot complete before its packaging is logged

    def printer_for(self, station: str, kind: str) -> str | None:
        for name in (station, "*"):
            chosen = (self.printers or {}).get(name, {}).get(kind)
            if chosen:
                return chosen
        return None

    def __post_init__(self) -> None:
        if self.voucher_min_spend is None:
            self.voucher_min_spend = {
                "EUR": 30, "CZK": 750, "RON": 150, "MDL": 600, "UAH": 1300, "SAR": 120, "AED": 120,
                "EGP": 1500, "JOD": 25, "MAD": 330, "IDR": 500000, "GBP": 25, "USD": 35,
            }  # fmt: skip
        if self.transit_days is None:
            self.transit_days = {
                "next day": 1,
                "express": 1,
                "easybox": 1,
                "poshta": 2,
                "zásilkovna": 2,
                "default": 3,
            }
        if self.tracking_urls is None:
            self.tracking_urls = {
                "UPS": "https://www.ups.com/track?tracknum={number}",
                "Royal Mail": "https://www.royalmail.com/track-your-item#/tracking-results/{number}",
                "Zásilkovna": "https://tracking.packeta.com/?id={number}",
                "DHL Express": "https://www.dhl.com/track?tracking-id={number}",
                "PPL": "https://www.ppl.cz/vyhledat-zasilku?shipmentId={number}",
            }


def load_settings(session: Session) -> ShopSettings:
    stored = {row.name: row.value for row in session.scalars(select(Setting))}
    known = {f.name for f in fields(ShopSettings)}
    return ShopSettings(**{name: value for name, value in stored.items() if name in known})


def save_setting(session: Session, name: str, value: Any) -> None:
    if name not in {f.name for f in fields(ShopSettings)}:
        raise KeyError(f"no setting called {name!r}")
    row = session.get(Setting, name)
    if row is None:
        session.add(Setting(name=name, value=value))
    else:
        row.value = value


SECRET_WORDS = ("password", "token", "secret", "api_key")

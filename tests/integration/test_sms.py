"""A parcel leaves: the customer gets a text with the tracking link through the shop's SMS
webhook — but never during their night, read in their own time zone."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import update

from packstation.bootstrap import App
from packstation.core.settings import save_setting
from packstation.core.working_days import zone_for_country
from packstation.followups.dispatch import dispatch_once, smtp_config
from packstation.followups.sms import QuietHours, SmsError
from packstation.storage.models import MessageStatus, Order
from tests.integration.test_followups import PACKED_AT, outbox, pack
from tests.support.demo import demo_shop
from tests.support.smtp import SmtpServer
from tests.support.webhook import SmsProvider


@pytest.fixture
def provider() -> Iterator[SmsProvider]:
    server = SmsProvider().start()
    yield server
    server.stop()


@pytest.fixture
def shop(app: App, provider: SmsProvider, monkeypatch: pytest.MonkeyPatch) -> App:
    demo_shop(app, 40)
    monkeypatch.setenv("PACKSTATION_SMS_TOKEN", "s3cret-token")
    with app.sessions.begin() as session:
        save_setting(session, "sms_webhook_url", provider.url)
        session.execute(update(Order).values(ship_phone="+420 603 123 456", ship_country="CZ"))
    return app


def dispatch(shop: App, when: datetime) -> None:
    server = SmtpServer().start()
    try:
        dispatch_once(shop.sessions, smtp_config(server.url), now=when)
    finally:
        server.stop()


def test_the_text_goes_to_the_webhook_with_the_tracking_link(shop: App, provider: SmsProvider) -> None:
    order = pack(shop, language="cs")
    text = outbox(shop)["shipped_sms"]
    assert text.channel == "sms" and text.recipient == "+420 603 123 456" and text.subject == ""

    dispatch(shop, PACKED_AT + timedelta(minutes=1))  # 11:01 in Prague

    [(headers, body)] = provider.received
    assert headers["Authorization"] == "Bearer s3cret-token"
    assert body["to"] == "+420 603 123 456" and body["order"] == order.number and body["language"] == "cs"
    assert body["message_id"] == text.message_id
    assert (
        f"objednávka {order.number} je na cestě: https://www.ups.com/track?tracknum=1Z999AA10123456784"
        in body["text"]
    )
    assert outbox(shop)["shipped_sms"].status is MessageStatus.SENT


def test_no_text_at_night_in_the_recipients_time_zone(shop: App, provider: SmsProvider) -> None:
    pack(shop, language="cs")
    night = datetime(2026, 11, 25, 21, 30, tzinfo=UTC)  # 22:30 in Prague

    dispatch(shop, night)
    waiting = outbox(shop)["shipped_sms"]
    assert provider.received == [] and waiting.status is MessageStatus.QUEUED
    assert waiting.scheduled_at == datetime(2026, 11, 26, 7, 0, tzinfo=UTC)  # 08:00 in Prague
    assert waiting.attempts == 0 and "quiet hours in Europe/Prague" in (waiting.last_error or "")

    dispatch(shop, datetime(2026, 11, 26, 7, 0, tzinfo=UTC))
    assert len(provider.received) == 1 and outbox(shop)["shipped_sms"].status is MessageStatus.SENT


def test_a_refusing_webhook_means_later_not_lost(shop: App, provider: SmsProvider) -> None:
    pack(shop, language="en")
    provider.status = 503
    dispatch(shop, PACKED_AT + timedelta(minutes=1))
    refused = outbox(shop)["shipped_sms"]
    assert refused.status is MessageStatus.QUEUED and "answered 503" in (refused.last_error or "")
    assert refused.scheduled_at > PACKED_AT + timedelta(minutes=1)

    provider.status = 200
    dispatch(shop, refused.scheduled_at)
    assert len(provider.received) == 1 and outbox(shop)["shipped_sms"].status is MessageStatus.SENT


def test_without_a_webhook_or_a_phone_no_text_is_queued(shop: App) -> None:
    with shop.sessions.begin() as session:
        save_setting(session, "sms_webhook_url", "")
    pack(shop, language="ro")
    assert "shipped_sms" not in outbox(shop) and "thank_you" in outbox(shop)


def test_quiet_hours_read_in_each_country() -> None:
    quiet = QuietHours.parse("21:00-08:00")
    evening = datetime(2026, 11, 25, 19, 30, tzinfo=UTC)
    assert quiet.next_allowed(evening, zone_for_country("CZ")) is None  # 20:30 in Prague
    # 22:30 in Riyadh and 02:30 in Jakarta: both wait for 08:00 local time
    assert quiet.next_allowed(evening, zone_for_country("SA")) == datetime(2026, 11, 26, 5, 0, tzinfo=UTC)
    assert quiet.next_allowed(evening, zone_for_country("ID")) == datetime(2026, 11, 26, 1, 0, tzinfo=UTC)
    assert zone_for_country("??") == ZoneInfo("UTC")
    # where CLDR's first zone is not where most people live: the mainland's, the capital's
    assert [zone_for_country(code).key for code in ("EC", "MN", "GL", " cl ")] == [
        "America/Guayaquil",
        "Asia/Ulaanbaatar",
        "America/Nuuk",
        "America/Santiago",
    ]
    with pytest.raises(SmsError, match="must look like 21:00-08:00"):
        QuietHours.parse("9pm to 8am")

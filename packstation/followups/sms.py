"""Text messages: sent through a provider-neutral HTTP webhook, never during the recipient's
night.

The webhook gets one POST per message with a JSON body — `to`, `text`, `message_id`,
`language`, `order` — and a bearer token from the environment (PACKSTATION_SMS_TOKEN) or the OS
keyring, never from the database. Any 2xx answer means sent; anything else is retried later.
Quiet hours (21:00–08:00 by default) are read in the recipient's time zone, taken from the
shipping country.
"""

from __future__ import annotations

import json
import os
import urllib.error
import urllib.request
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from urllib.parse import urlparse
from zoneinfo import ZoneInfo

from packstation.core.secrets import secrets_in

TOKEN_ENV, WEBHOOK_ENV = "PACKSTATION_SMS_TOKEN", "PACKSTATION_SMS_WEBHOOK"


class SmsError(Exception):
    """The SMS webhook is set up wrongly; the message says how."""


@dataclass(frozen=True)
class QuietHours:
    start: time
    end: time

    @classmethod
    def parse(cls, text: str) -> QuietHours:
        """`21:00-08:00`; a clear error for anything else."""
        try:
            start, end = (time.fromisoformat(part.strip()) for part in text.split("-"))
        except ValueError:
            raise SmsError(f"quiet hours {text!r} must look like 21:00-08:00") from None
        return cls(start, end)

    def next_allowed(self, moment: datetime, zone: ZoneInfo) -> datetime | None:
        """None when a message may go at `moment`; else the first moment after the quiet hours."""
        local = moment.astimezone(zone)
        now = local.time()
        overnight = self.start > self.end
        quiet = (now >= self.start or now < self.end) if overnight else self.start <= now < self.end
        if not quiet:
            return None
        day = local.date() + timedelta(days=1) if overnight and now >= self.start else local.date()
        return datetime.combine(day, self.end, zone).astimezone(moment.tzinfo)


@dataclass(frozen=True)
class Webhook:
    url: str
    token: str | None


def webhook(url: str) -> Webhook:
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        raise SmsError(f"{url!r} is not a webhook URL like https://sms.example/send")
    if secrets_in(url):
        raise SmsError(f"put the webhook's secret in {TOKEN_ENV} or the OS keyring, not in the URL")
    return Webhook(url, os.environ.get(TOKEN_ENV) or _keyring_token(parsed.hostname))


def _keyring_token(host: str) -> str | None:
    try:
        import keyring

        found = keyring.get_password("packstation-sms", host)
    except Exception:  # no keyring module or backend on this machine
        return None
    return str(found) if found else None


def sms_payload(to: str, text: str, message_id: str, language: str, order: str) -> str:
    """The webhook's JSON body for one message."""
    fields = {"to": to, "text": text, "message_id": message_id, "language": language, "order": order}
    return json.dumps(fields, ensure_ascii=False)


def send_sms(hook: Webhook, payload: str) -> None:
    """POST one message (its JSON body); raises OSError (with the reason) when the webhook
    does not take it."""
    request = urllib.request.Request(
        hook.url,
        data=payload.encode("utf-8"),
        headers={"Content-Type": "application/json; charset=utf-8"}
        | ({"Authorization": f"Bearer {hook.token}"} if hook.token else {}),
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=15) as answer:
            answer.read()
    except urllib.error.HTTPError as exc:
        raise OSError(f"the SMS webhook answered {exc.code} {exc.reason}") from exc
    except urllib.error.URLError as exc:
        raise OSError(f"the SMS webhook is unreachable: {exc.reason}") from exc


def send_test_text(webhook_url: str, to: str) -> str:
    """One short text through the SMS webhook as the dispatcher would send it; the outcome, or
    OSError saying why the webhook did not take it."""
    hook = webhook(webhook_url)
    send_sms(
        hook, sms_payload(to, "packstation test text: the texts can be sent.", "packstation-test", "en", "")
    )
    return f"text sent to {to} through {hook.url}"

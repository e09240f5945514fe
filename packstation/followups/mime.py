"""A follow-up as the MIME text an SMTP server takes: the plain-text and the HTML part, and the
logo the HTML shows beside it.

Built with the classic MIME classes of the standard library: the modern EmailMessage took three
times as long. About 1 ms a mail, a quarter of the time sending one takes (docs/benchmarks.md,
followups).
"""

from __future__ import annotations

from datetime import UTC, datetime
from email.mime.image import MIMEImage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr

from packstation.followups.mail_html import CID_IMAGE, Logo
from packstation.storage.models import OutboxMessage


def follow_up_mail(message: OutboxMessage, sender: str, brand: str, unsubscribe: str, *,
                   to_name: str = "", logo: Logo | None = None, now: datetime | None = None) -> str:  # fmt: skip
    """The message as MIME text: a plain-text and an HTML part, UTF-8, its stable Message-ID;
    the HTML with the logo it refers to (`cid:`) beside it in a multipart/related."""
    mail = MIMEMultipart("alternative")
    mail["From"] = formataddr((brand, sender))  # a non-ASCII brand name becomes an encoded word
    mail["To"] = formataddr((to_name, message.recipient))  # so does a customer's name
    mail["Subject"] = message.subject  # encoded as UTF-8 words by the generator
    mail["Message-ID"] = message.message_id
    mail["Date"] = format_datetime((now or datetime.now(UTC)).astimezone())  # the station's own offset
    if message.marketing:
        mail["List-Unsubscribe"] = f"<{unsubscribe}>"
        mail["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    mail.attach(MIMEText(message.body_text, "plain", "utf-8"))
    page = MIMEText(message.body_html, "html", "utf-8")
    cid = CID_IMAGE.search(message.body_html)
    if cid is None or logo is None:
        mail.attach(page)
    else:
        related = MIMEMultipart("related")
        related.attach(page)
        image = MIMEImage(logo.data, logo.subtype)
        image["Content-ID"] = f"<{cid.group(1)}>"
        image.add_header("Content-Disposition", "inline", filename=logo.filename)
        related.attach(image)
        mail.attach(related)
    # ASCII (encoded words, base64 parts); smtplib makes the line ends CRLF
    return mail.as_string()

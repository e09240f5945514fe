"""Secrets never live in the database, in the audit log or in what a command prints: a link a
manager saves (the SMTP server, the SMS webhook) may not carry a password or a token, whether
as `user:password@` or as a query parameter (`?password=…`, `?token=…`). They belong in the
environment or the OS keyring; this module finds them, and hides them where a link is shown."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlparse, urlunparse

#: query parameters that carry a secret, whatever their case
SECRET_PARAMETERS = frozenset({
    "password", "pass", "passwd", "pwd", "token", "access_token", "auth", "authorization", "secret",
    "client_secret", "key", "api_key", "apikey", "signature", "sig",
})  # fmt: skip


def secrets_in(url: str) -> list[str]:
    """What in `url` is a secret, by name: `password` (user:password@) and the secret query
    parameters; empty when it holds none."""
    parsed = urlparse(url)
    found = ["password"] if parsed.password else []
    found += [
        name
        for name, _ in parse_qsl(parsed.query, keep_blank_values=True)
        if name.lower() in SECRET_PARAMETERS
    ]
    return found


def without_secrets(url: str) -> tuple[str, dict[str, str]]:
    """`url` with its secrets taken out, and the secrets themselves by name."""
    parsed = urlparse(url)
    taken: dict[str, str] = {}
    if parsed.password:
        taken["password"] = parsed.password
        netloc = parsed.netloc.split("@", 1)
        user = netloc[0].split(":", 1)[0]
        parsed = parsed._replace(netloc=f"{user}@{netloc[1]}")
    kept = []
    for name, value in parse_qsl(parsed.query, keep_blank_values=True):
        if name.lower() in SECRET_PARAMETERS:
            taken[name] = value
        else:
            kept.append((name, value))
    return urlunparse(parsed._replace(query=urlencode(kept))), taken


def refuse_secrets(setting: str, url: str, where: str) -> None:
    """ValueError naming the secrets in `url` and where they go instead."""
    found = secrets_in(url)
    if found:
        raise ValueError(
            f"{setting}: the link holds a secret ({', '.join(found)}); secrets are never stored in the "
            f"database — remove it from the link and put it in {where}"
        )

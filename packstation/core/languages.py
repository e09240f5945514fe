"""The customer's language: a BCP-47 tag taken from the data, or guessed from the country."""

from __future__ import annotations

import re

from babel.languages import get_official_languages

_TAG = re.compile(r"^([A-Za-z]{2,3})(?:[-_]([A-Za-z]{4}))?(?:[-_]([A-Za-z]{2}|\d{3}))?$")

#: The languages packstation ships inserts and messages in.
SHIPPED_LANGUAGES = ("en", "cs", "ro", "uk", "ar", "id")


def normalise_language_tag(value: str) -> str | None:
    """`cs_cz` -> `cs-CZ`; None when `value` is not a language tag."""
    match = _TAG.match(value.strip())
    if not match:
        return None
    language, script, region = match.groups()
    parts = [language.lower()]
    if script:
        parts.append(script.title())
    if region:
        parts.append(region.upper())
    return "-".join(parts)


def language_for_country(country: str | None, default: str = "en") -> str:
    """The main official language of an ISO 3166 country: CZ -> cs, UA -> uk, SA -> ar."""
    if not country:
        return default
    official = get_official_languages(country.upper(), de_facto=True)
    if not official:
        return default
    return str(official[0]).split("_")[0]


def primary_subtag(tag: str) -> str:
    return tag.split("-")[0].lower()

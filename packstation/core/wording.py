"""Words the core says to a person at the bench, kept translatable without the core knowing Qt.

The core speaks English: a `Words` *is* the English text (a `str`), so logs, the command line
and tests read it as they always did. It also keeps the English template and its values, so the
window can look the template up in the station's staff language and fill in the same values.

`tr` is named after Qt's own marker on purpose: Qt's `lupdate` collects every
`tr("…")` template in this package into the staff-language files (`resources/translations/`),
next to the window's own texts. The templates use `{name}` fields, never f-strings, so the
translator sees the whole sentence and may move the values around.
"""

from __future__ import annotations

from collections.abc import Mapping


class Words(str):
    """English text that remembers how it was made: `template.format(**values)`, with `%n`
    standing for `counted` where the words are counted ("%n minutes")."""

    template: str
    values: Mapping[str, object]
    counted: int | None  # not `count`: that is str's own method

    def __new__(cls, template: str, values: Mapping[str, object], counted: int | None = None) -> Words:
        english = template.replace("%n", str(counted)) if counted is not None else template
        made = super().__new__(cls, english.format(**values))
        made.template, made.values, made.counted = template, dict(values), counted
        return made


def tr(
    template: str, disambiguation: str | None = None, count: int | None = None, /, **values: object
) -> Words:
    """A sentence for the person at the bench; values may be Words themselves. With `count`,
    the template says `%n` for it and each language has its plural forms for it, as Qt's own
    `tr(text, disambiguation, n)` does (lupdate reads the three the same way); the English
    template is written for the counts it is given."""
    return Words(template, values, count)


def joined(parts: list[Words], separator: Words) -> Words:
    """Several sentences as one, each still translatable on its own; the separator is Words
    too (Arabic writes its comma and semicolon differently)."""
    fields: dict[str, object] = {f"part{i}": part for i, part in enumerate(parts)}
    return Words("{separator}".join("{" + name + "}" for name in fields), fields | {"separator": separator})


#: what the bench calls each insert kind when it speaks of one (a refusal, the preprinted list)
INSERT_NAMES: dict[str, Words] = {
    "note": tr("thank-you note"), "voucher": tr("voucher"), "return": tr("return label"), "slip": tr("packing slip"),
}  # fmt: skip

"""A shop setting is declared once, and a declaration cannot contradict itself: a default its own
rule refuses, a range on text or a field nobody declared stops the import, not a bench."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from packstation.cli.admin_commands import settings_listing
from packstation.core.admin import validate_setting
from packstation.core.setting_declaration import (
    Declaration,
    DeclarationError,
    SettingsGroup,
    declarations,
    declare,
)
from packstation.core.settings import DECLARED, ShopSettings, declaration_of, in_group
from packstation.core.wording import Words, tr

LABEL, HELP = tr("A label"), tr("Some help.")


def test_every_setting_is_declared_with_its_words_and_its_group() -> None:
    names = [declaration.name for declaration in DECLARED]
    assert len(names) == len(set(names)) >= 24
    assert [d.name for group in SettingsGroup for d in in_group(group)] == names  # each in one group
    labels = [str(declaration.label) for declaration in DECLARED]
    assert len(labels) == len(set(labels)), "two settings share a label"
    for declaration in DECLARED:
        assert isinstance(declaration.label, Words) and isinstance(declaration.help, Words)
        assert str(declaration.help).endswith("."), declaration.name
        if declaration.placeholder:  # the screen says what a link must hold
            assert declaration.placeholder in str(declaration.label), declaration.name


@pytest.mark.parametrize("declaration", DECLARED, ids=lambda declaration: declaration.name)
def test_every_default_passes_its_own_rule(declaration: Declaration) -> None:
    assert validate_setting(declaration.name, declaration.default) == declaration.default


def test_a_default_out_of_its_own_range_is_impossible() -> None:
    @dataclass
    class TooShort:
        voucher_valid_days: int = declare(
            3, low=7, high=730, label=LABEL, help=HELP, group=SettingsGroup.VOUCHERS
        )

    with pytest.raises(
        DeclarationError, match=r"voucher_valid_days: the default breaks its own rule \(.*3 is outside 7–730"
    ):
        declarations(TooShort)


@pytest.mark.parametrize(
    ("default", "rule", "said"),
    [
        ("soon", {"choices": {"now": LABEL}}, "the default breaks its own rule"),
        ("va", {"pattern": "[A-Z]+", "says": "capitals"}, "the default breaks its own rule"),
        ("https://shop.example/", {"placeholder": "{code}"}, "the default breaks its own rule"),
        ("RMA", {"pattern": "[A-Z]+"}, "a pattern is said in words"),
        ("RMA", {"low": 1, "high": 6}, "a range is for a whole number"),
        ("RMA", {"low": 1}, "a range needs both ends"),
    ],
)
def test_a_rule_that_contradicts_itself_stops_the_import(
    default: str, rule: dict[str, object], said: str
) -> None:
    @dataclass
    class Contradicted:
        rma_prefix: str = declare(default, label=LABEL, help=HELP, group=SettingsGroup.VOUCHERS, **rule)  # type: ignore[arg-type]

    with pytest.raises(DeclarationError, match=said):
        declarations(Contradicted)


def test_a_setting_is_one_entry_and_a_field_without_one_is_refused() -> None:
    @dataclass
    class OneMore:
        parcel_scale: bool = declare(False, label=LABEL, help=HELP, group=SettingsGroup.SENDING)

    [declared] = declarations(OneMore)
    assert (declared.name, declared.kind, declared.default, declared.group) == (
        "parcel_scale",
        bool,
        False,
        SettingsGroup.SENDING,
    )

    @dataclass
    class Forgotten:
        parcel_scale: bool = False

    with pytest.raises(DeclarationError, match=r"Forgotten\.parcel_scale is not made by declare"):
        declarations(Forgotten)


def test_a_stored_none_means_the_default_and_no_two_settings_share_a_mapping() -> None:
    settings = ShopSettings(voucher_min_spend=None, transit_days=None, holidays=None)
    assert settings.voucher_min_spend == declaration_of("voucher_min_spend").default
    assert settings.transit_days is not declaration_of("transit_days").default
    assert settings.holidays is None  # declared without a default list
    first, second = ShopSettings(), ShopSettings()
    assert first.tracking_urls == second.tracking_urls and first.tracking_urls is not second.tracking_urls


def test_the_checks_keep_their_order_and_their_words() -> None:
    with pytest.raises(ValueError, match="smtp_password: secrets are kept in the system keyring"):
        validate_setting("smtp_password", "hunter2")
    with pytest.raises(ValueError, match="no setting called 'parcel_scale'"):
        validate_setting("parcel_scale", True)
    for name, value, said in [
        ("return_days", 1, "return_days: 1 is outside 14–365"),
        ("return_days", True, "return_days: a whole number, not True"),
        ("rma_prefix", "rma", "rma_prefix: 1 to 6 capital letters or digits, not 'rma'"),
        ("sms_quiet_hours", "late", "sms_quiet_hours: like 21:00-08:00, not 'late'"),
        ("review_url", "https://shop.example/", "review_url: the link must contain {order}"),
        (
            "review_url",
            "shop.example/r/{order}",
            "review_url: a web address starts with https:// — write https://shop.example/r/{order}",
        ),
        (
            "referral_url",
            "javascript:alert({token})",
            "referral_url: a web address starting with https://, not 'javascript:alert({token})'",
        ),
        ("unsubscribe_url", "https:///u?t={token}", "unsubscribe_url: a web address starting with https://"),
        (
            "unsubscribe_url",
            "https://:443/u?t={token}",
            "unsubscribe_url: a web address starting with https://",
        ),
        ("review_url", "https://[shop/r/{order}", "review_url: a web address starting with https://"),
        (
            "review_url",
            "shop.example:8080/r/{order}",
            "review_url: a web address starts with https:// — write https://shop.example:8080/r/{order}",
        ),
        (
            "tracking_urls",
            {"DPD": "javascript:{number}"},
            "tracking_urls: the link for 'DPD': a web address starting with https://",
        ),
        ("insert_page", "a5", "insert_page: a6, a4, letter or label-4x6, not 'a5'"),
        ("holidays", {"x": 1}, "holidays: a list (JSON), not {'x': 1}"),
        ("printers", {"*": {"label": "cups:A"}}, "printers: '*' has 'label'; the inserts are note"),
        ("smtp_url", "smtp://shop:hunter2@mail.example", "smtp_url: the link holds a secret (password)"),
    ]:
        with pytest.raises(ValueError) as refused:
            validate_setting(name, value)
        assert said in str(refused.value), name
    assert validate_setting("voucher_amount_off", None) is None  # the default again
    assert (
        validate_setting("review_url", "  HTTPS://Shop.example:8443/r?o={order}  ")
        == "HTTPS://Shop.example:8443/r?o={order}"
    )


def test_the_command_line_reads_a_value_as_the_setting_takes_it() -> None:
    assert declaration_of("rma_prefix").from_text("2024") == "2024"
    assert declaration_of("rma_prefix").from_text('"VA"') == "VA"
    assert declaration_of("return_days").from_text("45") == 45
    assert declaration_of("bench_require_packaging").from_text("false") is False
    assert declaration_of("holidays").from_text('["2026-12-25"]') == ["2026-12-25"]
    assert declaration_of("holidays").from_text("null") is None
    assert declaration_of("sms_quiet_hours").from_text("22:00-07:00") == "22:00-07:00"


def test_the_listing_names_every_setting_with_what_it_takes_and_its_help() -> None:
    listing = settings_listing(ShopSettings())
    for group in SettingsGroup:
        assert f"Settings › {group.heading}" in listing
    for declaration in DECLARED:
        assert f"  {declaration.name} = " in listing
        assert f"{declaration.label}: {declaration.takes()}" in listing
        assert str(declaration.help) in listing
    assert "a whole number, 14–365" in listing and "a6, a4, letter or label-4x6" in listing

"""The carrier table: every carrier of the six markets and the big internationals, each with
what a message needs; and a broken table says which carrier and which field is wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from packstation.core.carriers import CarrierTableError, carriers, load_carriers, parse_carriers, tracking_for

MARKETS_AND_INTERNATIONALS = {
    "Zásilkovna", "Packeta", "Česká pošta", "PPL", "DPD", "GLS", "DHL", "UPS", "FedEx", "Sameday",
    "FAN Courier", "Cargus", "Poșta Română", "Nova Poshta", "Ukrposhta", "Meest", "Aramex", "SMSA",
    "Emirates Post", "J&T", "JNE", "SiCepat", "Pos Indonesia", "Royal Mail", "Evri",
}  # fmt: skip

IN_THE_CUSTOMERS_SCRIPT = {
    ("Nova Poshta", "uk"): "Нова пошта",
    ("Ukrposhta", "uk"): "Укрпошта",
    ("Meest", "uk"): "Міст Експрес",
    ("Aramex", "ar"): "أرامكس",
    ("SMSA", "ar"): "سمسا",
    ("Emirates Post", "ar"): "بريد الإمارات",
    ("Zásilkovna", "cs"): "Zásilkovna",
    ("Česká pošta", "en"): "Česká pošta",
    ("Poșta Română", "ro"): "Poșta Română",
    ("DPD", "uk"): "DPD",
}


def test_every_carrier_of_the_markets_is_in_the_table_by_the_names_shops_write() -> None:
    table = carriers()
    missing = {name for name in MARKETS_AND_INTERNATIONALS if table.named(name) is None}
    assert missing == set()
    assert table.named("ZASILKOVNA") is table.named("packeta") is table.named("Packeta Home")
    assert table.named("posta romana") is table.named("Poșta Română")
    assert table.named("PPL CZ") is table.named("ppl") and table.named("Nova Post") is table.named(
        "Нова пошта"
    )


@pytest.mark.parametrize(
    ("written", "language", "name"), [(*key, name) for key, name in IN_THE_CUSTOMERS_SCRIPT.items()]
)
def test_a_carrier_is_named_as_the_customers_language_writes_it(
    written: str, language: str, name: str
) -> None:
    carrier = carriers().named(written)
    assert carrier is not None and carrier.name_in(language) == name


def test_each_entry_has_a_link_with_the_number_or_says_why_not() -> None:
    for carrier in carriers():
        assert carrier.name.strip(), carrier.key
        if carrier.url:
            assert carrier.url.startswith("https://") and carrier.url.count("{number}") == 1, carrier.key
        else:
            assert "url:" in carrier.unconfirmed, carrier.key
        if not carrier.patterns:
            assert "pattern" in carrier.unconfirmed, carrier.key
        for template in carrier.urls.values():
            assert template.startswith("https://") and "{number}" in template, carrier.key
        assert set(carrier.names) <= {"en", "cs", "ro", "uk", "ar", "id"}, carrier.key


def test_each_pattern_knows_its_own_numbers_and_not_anothers_post() -> None:
    examples = {
        "packeta": "Z1234567890", "ceska_posta": "RR123456785CZ", "ups": "1Z999AA10123456784",
        "posta_romana": "RR123456785RO", "ukrposhta": "RR123456785UA", "emirates_post": "RR123456785AE",
        "pos_indonesia": "RR123456785ID", "royal_mail": "RR123456785GB", "jnt": "JP1234567890",
        "nova_poshta": "20450012345678", "dhl": "1234567890",
    }  # fmt: skip
    table = carriers()
    for key, number in examples.items():
        assert table.get(key) in table.by_shape(number), key
    assert table.by_shape("RR123456785UA") == [table.get("ukrposhta")]


def test_a_link_is_the_shops_first_then_the_tables_then_none() -> None:
    plain = tracking_for("15509876543210", "DPD", "cs")
    assert (
        plain.url == "https://tracking.dpd.de/status/cs_CZ/parcel/15509876543210" and plain.carrier == "DPD"
    )
    shop = tracking_for("15509876543210", "DPD", "cs", {"DPD CZ": "https://t.example/{number}"})
    assert shop.url == "https://t.example/15509876543210"
    assert tracking_for("JP1234567890", "J&T Express", "id").url == ""
    assert tracking_for("", "DPD", "cs").url == ""  # no number, no link


def write(tmp_path: Path, entry: str) -> Path:
    path = tmp_path / "carriers.toml"
    path.write_text('[carriers.dpd]\nname = "DPD"\n' + entry, encoding="utf-8")
    return path


def test_a_pattern_that_is_not_a_regular_expression_names_the_carrier_and_the_field(tmp_path: Path) -> None:
    path = write(
        tmp_path, "patterns = ['^\\d{14}$', '^(20|59\\d{12}$']\nurl = \"https://t.example/{number}\"\n"
    )
    with pytest.raises(CarrierTableError) as refused:
        load_carriers(path)
    assert "carriers.toml: carrier 'dpd', field 'patterns': '^(20|59\\\\d{12}$'" in str(refused.value)
    assert "not a regular expression" in str(refused.value)


def test_a_link_without_the_number_names_the_carrier_and_the_field(tmp_path: Path) -> None:
    with pytest.raises(CarrierTableError, match=r"carrier 'dpd', field 'url': the link has no \{number\}"):
        load_carriers(write(tmp_path, 'url = "https://tracking.dpd.de/status/cs_CZ/parcel/"\n'))
    with pytest.raises(
        CarrierTableError, match=r"carrier 'dpd', field 'urls.cs': the link has no \{number\}"
    ):
        load_carriers(
            write(tmp_path, 'url = "https://t.example/{number}"\nurls = { cs = "https://t.example/" }\n')
        )


def test_other_mistakes_in_the_table_are_named_too() -> None:
    with pytest.raises(CarrierTableError, match=r"carrier 'dpd', field 'url': missing \(or say why"):
        parse_carriers('[carriers.dpd]\nname = "DPD"\n')
    with pytest.raises(CarrierTableError, match=r"carrier 'gls', field 'aliases': 'dpd' already names 'dpd'"):
        parse_carriers(
            '[carriers.dpd]\nname = "DPD"\nurl = "https://a.example/{number}"\n'
            '[carriers.gls]\nname = "GLS"\naliases = ["DPD"]\nurl = "https://b.example/{number}"\n'
        )
    with pytest.raises(CarrierTableError, match=r"carrier 'dpd', field 'adress': not a field"):
        parse_carriers('[carriers.dpd]\nname = "DPD"\nadress = "x"\nurl = "https://a.example/{number}"\n')
    with pytest.raises(
        CarrierTableError, match=r"carrier 'dpd', field 'url': \{number\} is the only placeholder"
    ):
        parse_carriers('[carriers.dpd]\nname = "DPD"\nurl = "https://a.example/{number}?c={country}"\n')

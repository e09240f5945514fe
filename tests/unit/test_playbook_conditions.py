"""A manager writes the playbook's conditions in plain words; packstation reads them, or says
exactly which rule of which file it cannot read."""

from __future__ import annotations

from pathlib import Path

import pytest

from packstation.followups.messages import PlaybookError, Rule, load_playbook

PARCEL = {
    "language": "cs", "is_gift": False, "order_count": 3, "tags": ["VIP", "wholesale"],
    "packaging_codes": ["BOX-M", "FILL-PAPER"], "product_kinds": ["consumable", "durable"],
}  # fmt: skip


@pytest.mark.parametrize(
    ("when", "expected"),
    [
        (["!is_gift"], True),
        (["is_gift"], False),
        (["language=cs"], True),
        (["language=CS", "language!=ar"], True),
        (["order_count>=3"], True),
        (["order_count>3"], False),
        (["tag:vip"], True),  # tags as the shop wrote them, case aside
        (["!tag:vip"], False),
        (["packaging:FILL-PAPER", "kind:consumable"], True),
        (["packaging:MAILER-POLY"], False),
    ],
)
def test_conditions_on_language_tags_packaging_kinds_and_order_count(when: list[str], expected: bool) -> None:
    assert Rule("r", marketing=True, when=tuple(when)).applies(PARCEL) is expected


def test_a_playbook_the_shop_broke_names_the_file_and_the_rule(tmp_path: Path) -> None:
    playbook = tmp_path / "playbook.toml"
    playbook.write_text('[[rule]]\nname = "thank_you"\nmarketing = false\n\n'
                        '[[rule]]\nname = "vip_gift"\nmarketing = true\nwhen = ["order_count>=three"]\n',
                        encoding="utf-8")  # fmt: skip
    with pytest.raises(PlaybookError, match=r"playbook.toml, rule 2 \(vip_gift\): cannot read the condition"):
        load_playbook(playbook)
    playbook.write_text('[[rule]]\nname = "x"\nmarketing = true\nchannel = "fax"\n', encoding="utf-8")
    with pytest.raises(PlaybookError, match="channel must be one of email, sms"):
        load_playbook(playbook)
    playbook.write_text('[[rule]]\nname = "x"\nmarketing = true\ndelay = 3\n', encoding="utf-8")
    with pytest.raises(PlaybookError, match=r"rule 1 \(x\).*delay"):
        load_playbook(playbook)

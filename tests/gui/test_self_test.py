"""IT installs packstation on a bench PC and asks it whether it has everything it needs."""

from __future__ import annotations

import pytest

from packstation.cli.main import main


def test_the_self_test_checks_database_inserts_sounds_and_window(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["self-test"]) == 0
    out = capsys.readouterr().out
    assert (
        "ok      database code: schema" in out
        and "ok      this station's database" in out
        and "demo shop with 12 orders" in out
    )
    assert "ok      inserts: 4 pages" in out and "ok      sounds: 8 tones" in out
    assert "ok      window: 7 screens" in out and out.rstrip().endswith("self-test passed")


def test_a_missing_sound_fails_the_self_test_and_says_which(
    monkeypatch: pytest.MonkeyPatch, tmp_path: object, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("packstation.paths.ROOT", tmp_path)  # an installation without its resources
    assert main(["self-test", "--no-window"]) == 1
    assert "FAILED" in capsys.readouterr().err

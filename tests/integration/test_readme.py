"""A newcomer reads the README and types what it says: every example works on the demo shop as
written, with `packstation` called by its name from a shell whose PATH has the venv's bin
folder (what `. .venv/bin/activate` gives), and every command the README names exists."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from packstation.cli.parser import build_parser

README = Path(__file__).parents[2] / "README.md"
MARK = "<!-- the examples: run as written by tests/integration/test_readme.py -->"


def examples() -> list[str]:
    text = README.read_text(encoding="utf-8")
    block = text.split(MARK, 1)[1].split("```sh\n", 1)[1].split("```", 1)[0]
    return [line for line in block.splitlines() if line.strip()]


def named_commands() -> set[str]:
    """The command word of every `packstation …` line in the README's shell blocks."""
    text = README.read_text(encoding="utf-8")
    words = set()
    for block in re.findall(r"```sh\n(.*?)```", text, flags=re.S):
        for line in block.splitlines():
            parts = line.split("#", 1)[0].split()
            if parts[:1] == ["packstation"] and len(parts) > 1:
                word = parts[1].strip("[]")
                if not word.startswith("-"):
                    words.add(word)
    return words


def test_every_command_the_readme_names_exists() -> None:
    known = set(build_parser()._subparsers._group_actions[0].choices)  # type: ignore[union-attr]
    assert named_commands() and named_commands() <= known


def test_the_readme_examples_work_on_the_demo_shop_as_written(tmp_path: Path) -> None:
    env = os.environ | {
        "PACKSTATION_DB": f"sqlite:///{tmp_path / 'shop.sqlite3'}",
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
        "PACKSTATION_MUTE": "1",
    }
    env.pop("PACKSTATION_PIN", None)
    subprocess.run(
        ["packstation", "demo"], env=env, cwd=tmp_path, check=True, capture_output=True, timeout=120
    )

    for line in examples():
        assert shlex.split(line, comments=True)[0] == "packstation", line
        done = subprocess.run(
            ["bash", "-c", line], env=env, cwd=tmp_path, capture_output=True, text=True, timeout=180
        )
        assert done.returncode == 0, f"{line}\n{done.stdout}\n{done.stderr}"
        if " pack " in line:
            assert "packed" in done.stdout and "Traceback" not in done.stderr
    assert (tmp_path / "inserts.pdf").stat().st_size > 10_000
    assert (tmp_path / "label.zpl").read_text().startswith("^XA")
    assert (tmp_path / "wave.pdf").exists() and (tmp_path / "bench-sheet.pdf").exists()


@pytest.mark.parametrize("line", examples())
def test_each_example_is_one_command_a_shell_can_run(line: str) -> None:
    words = shlex.split(line, comments=True)
    build_parser().parse_args(words[1:])  # no SystemExit: the parser takes it as written

"""Where packstation's shipped files are: resources/ and print_templates/ beside the package
in a checkout, or inside the bundle an installer built."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent))


def resource(*parts: str) -> Path:
    return ROOT.joinpath("resources", *parts)


def shipped(path: str) -> Path:
    """A path from the settings: absolute as it is, relative ones against the install."""
    candidate = Path(path)
    return candidate if candidate.is_absolute() else ROOT / candidate

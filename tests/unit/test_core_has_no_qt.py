"""The core must run where Qt cannot: every module outside packstation/ui imports with PySide6
blocked."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "packstation"

BLOCKER = """
import importlib, importlib.abc, sys
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name == "PySide6" or name.startswith("PySide6."):
            raise ImportError(f"the core imported {name}")
sys.meta_path.insert(0, Block())
for module in sys.argv[1:]:
    importlib.import_module(module)
"""


def core_modules() -> list[str]:
    modules = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE.parent).with_suffix("")
        parts = relative.parts
        if "ui" in parts or "migrations" in parts or parts[-1] == "__main__":
            continue
        modules.append(".".join(p for p in parts if p != "__init__"))
    return modules


def test_every_core_module_imports_without_qt() -> None:
    modules = core_modules()
    assert "packstation.importers.store" in modules and "packstation.cli.main" in modules
    result = subprocess.run([sys.executable, "-c", BLOCKER, *modules], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr

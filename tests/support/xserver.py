"""The real door: the real packstation window on a real X server (Xvfb), typed into by xdotool.

xdotool types through the X server's XTEST extension exactly as a USB HID keyboard-wedge
scanner types: a capital is Shift down, the key, Shift up; each key reaches the window as an
X event, through Qt's own xcb input path. Nothing of the app is imported or patched here: the
test sees only the window, the screen and the database.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

NEEDED = ("Xvfb", "xdotool", "setxkbmap")


def require_x_tools() -> None:
    missing = [tool for tool in NEEDED if shutil.which(tool) is None]
    if missing:
        message = f"{', '.join(missing)} missing: ./dev installs Debian's xvfb and xdotool"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


class XServer:
    """A virtual screen of the size of a bench monitor, on a display number of its own."""

    def __init__(self, width: int = 1366, height: int = 768) -> None:
        read, write = os.pipe()
        self.process = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp"],
            pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        os.close(write)
        with os.fdopen(read) as answer:
            number = answer.readline().strip()
        if not number:
            self.process.kill()
            raise RuntimeError("Xvfb did not start")
        self.display = f":{number}"

    def env(self) -> dict[str, str]:
        return os.environ | {"DISPLAY": self.display}

    def xdotool(self, *args: str, timeout: float = 120) -> str:
        done = subprocess.run(
            ["xdotool", *args], env=self.env(), capture_output=True, text=True, timeout=timeout
        )
        if done.returncode != 0:
            raise RuntimeError(f"xdotool {' '.join(args[:3])}: {done.stderr.strip()}")
        return done.stdout.strip()

    def find_window(self, title: str) -> str:
        """The first visible window whose title matches, or "" while there is none."""
        found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", title], env=self.env(),
                               capture_output=True, text=True, timeout=30)  # fmt: skip
        return found.stdout.split()[0] if found.stdout.strip() else ""

    def keyboard(self, layout: str) -> None:
        """Switch the keyboard to `layout` (us, cz, ua, ...), as a person at a Czech or Ukrainian
        keyboard has it. xdotool then types each letter with the key and modifiers the layout
        has for it, as that keyboard sends it. A letter outside the layout xdotool can only type
        by rebinding a spare key for a moment, and a busy window may read the key after the
        rebinding is gone: the letter is lost (seen: "ruční prce" under load)."""
        subprocess.run(["setxkbmap", "-display", self.display, "-layout", layout], check=True, timeout=30)

    def screenshot(self, path: Path) -> Path:
        """The whole screen as a PNG (ImageMagick's import, where installed)."""
        if shutil.which("import"):
            subprocess.run(["import", "-window", "root", str(path)], env=self.env(), check=False, timeout=30)
        return path

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()


class RealApp:
    """`packstation app` as a packer starts it, on the X server, with the keyboard's focus."""

    def __init__(self, x: XServer, db_url: str, home: Path, station: str = "Bench 1", *extra: str,
                 title: str = "") -> None:  # fmt: skip
        """`title`: the window to wait for and focus (a regular expression), where it is not the
        bench's "packstation — <shop> — <station>": the set-up of a shop that has none yet."""
        self.x = x
        env = x.env() | {
            "QT_QPA_PLATFORM": "xcb",
            "PACKSTATION_MUTE": "1",
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_DATA_HOME": str(home / "data"),
        }
        self.log = (home / "app.log").open("w")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "packstation", "--db", db_url, "app", "--station", station, *extra],
            env=env, stdout=self.log, stderr=subprocess.STDOUT,
        )  # fmt: skip
        self.window = self._wait_for_window(title or f"packstation — .* — {station}")
        self.focus()

    def _wait_for_window(self, title: str, timeout: float = 60) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the app ended with {self.process.returncode}: {self.output()}")
            found = self.x.find_window(title)
            if found:
                return found
            time.sleep(0.2)
        raise TimeoutError(f"no window {title!r} after {timeout} s: {self.output()}")

    def focus(self) -> None:
        self.x.xdotool("windowfocus", "--sync", self.window)
        time.sleep(0.3)  # the window takes the focus in

    def scan(self, *codes: str, delay_ms: int = 5) -> None:
        """Codes as a scanner types them: each a burst of keys `delay_ms` apart, then the Enter
        key (a carriage return: xdotool sends it as the Return key a HID scanner sends)."""
        text = "".join(f"{code}\r" for code in codes)
        self.x.xdotool("type", "--delay", str(delay_ms), text, timeout=60 + len(text) * delay_ms / 200)

    def key(self, *names: str) -> None:
        self.x.xdotool("key", "--delay", "40", *names)

    def write(self, text: str, layout: str = "us", delay_ms: int = 20) -> None:
        """`text` typed by a person at a keyboard with `layout` (Tab and Enter included), the
        keyboard switched back to us afterwards."""
        if layout != "us":
            self.x.keyboard(layout)
        self.x.xdotool("type", "--delay", str(delay_ms), text, timeout=60 + len(text) * delay_ms / 200)
        if layout != "us":
            self.x.keyboard("us")

    def wait_for_dialog(self, title: str) -> None:
        self._wait_for_window(title, timeout=20)
        time.sleep(0.2)

    def output(self) -> str:
        self.log.flush()
        return Path(self.log.name).read_text(errors="replace")[-3000:]

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self.log.close()


def wait_until(check: Callable[[], bool], timeout: float = 120, every: float = 0.1) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise TimeoutError("waited in vain")
        time.sleep(every)


@contextmanager
def real_window(db_url: str, home: Path, title: str = "") -> Iterator[RealApp]:
    """The window on a screen of its own for one story (`title`: as RealApp's); the screen as
    it was at the end is kept as `home`/screen-at-the-end.png for whoever reads a failure."""
    require_x_tools()
    x = XServer(1366, 768)
    window = None
    try:
        window = RealApp(x, db_url, home, title=title)
        yield window
    finally:
        if window is not None:
            x.screenshot(home / "screen-at-the-end.png")
            window.stop()
        x.stop()

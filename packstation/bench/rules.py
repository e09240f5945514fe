"""The bench's fixed rules and its error."""

from __future__ import annotations

from datetime import timedelta

#: A pack session's lease: renewed by every scan; once it runs out, a manager may take over.
LEASE = timedelta(minutes=10)


class BenchError(Exception):
    """The bench cannot do what was asked; the message says why, for the packer."""

"""packstation: the packing bench of an online shop's own warehouse."""

__version__ = "0.1.0"

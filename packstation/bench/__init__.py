"""The packing bench: scan the order, verify every item, log the packaging, complete."""

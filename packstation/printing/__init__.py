"""Getting documents onto paper: printer targets and the print queue (no Qt here; Qt's own
printing lives in packstation.ui.qt_printing)."""

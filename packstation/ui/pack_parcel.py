"""The Pack screen's parcel column: how it ships, the packaging scanned with its eco summary,
the carrier's tracking label, the sample to offer and the parcel's weight."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLabel, QSpinBox, QVBoxLayout, QWidget

from packstation.bench.view import OrderView
from packstation.ui.theme import scaled_font

# the Pack screen's words stay filed under its one context, "PackView", for its translators
translate = QCoreApplication.translate

BOLD_POINTS = 14  # the shipping method and the eco verdict, read at a glance


class ParcelPanel(QWidget):
    """What goes round the items; `weight_entered(grams)` when the packer types the weight."""

    weight_entered = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.packaging = QLabel(wordWrap=True)
        self.eco = QLabel(wordWrap=True)
        self.tracking = QLabel()
        self.shipping = QLabel()
        self.sample = QLabel(wordWrap=True)
        self.weight = QSpinBox(suffix=translate("PackView", " g"), maximum=70_000, singleStep=10)
        self.weight.setSpecialValueText(translate("PackView", "weight…"))
        self.weight.editingFinished.connect(lambda: self.weight_entered.emit(self.weight.value()))
        self.rescale()
        side = QVBoxLayout(self)
        side.setContentsMargins(0, 0, 0, 0)
        for caption, widget in (
            (translate("PackView", "SHIPPING"), self.shipping),
            (translate("PackView", "PACKAGING"), self.packaging),
            (translate("PackView", "PARCEL"), self.eco),
            (translate("PackView", "TRACKING"), self.tracking),
            (translate("PackView", "SAMPLE"), self.sample),
            (translate("PackView", "WEIGHT"), self.weight),
        ):
            label = QLabel(caption)
            label.setObjectName("caption")
            side.addWidget(label)
            side.addWidget(widget)
        side.addStretch(1)

    def rescale(self) -> None:
        for widget in (self.eco, self.shipping):
            widget.setFont(scaled_font(BOLD_POINTS, bold=True))

    def show_order(self, order: OrderView | None) -> None:
        if order is None:
            for label in (self.shipping, self.packaging, self.eco, self.tracking, self.sample):
                label.setText("")
            return
        self.shipping.setText(order.shipping_method or "—")
        self.packaging.setText(
            "\n".join(f"{p.count} × {p.name}" for p in order.packaging)
            or translate("PackView", "scan the box, mailer, fill, tape")
        )
        if order.packaging:
            verdict = (
                "♻ " + translate("PackView", "plastic-free")
                if order.plastic_free
                else "⚠ " + translate("PackView", "contains plastic")
            )
            self.eco.setText(
                translate("PackView", "{verdict} · {recycled}% recycled").format(
                    verdict=verdict, recycled=order.recycled_share
                )
            )
            self.eco.setStyleSheet(f"color: {'#1B5E20' if order.plastic_free else '#8A4B00'};")
        else:
            self.eco.setText("")
        self.tracking.setText(
            f"{order.tracking_number} ({order.carrier})"
            if order.tracking_number
            else translate("PackView", "scan the carrier label")
        )
        offer = order.suggested_sample
        self.sample.setText(
            translate("PackView", "added: {samples}").format(samples=", ".join(order.samples))
            if order.samples
            else translate("PackView", "offer {sample} ({sku})").format(sample=offer[1], sku=offer[0])
            if offer
            else "—"
        )

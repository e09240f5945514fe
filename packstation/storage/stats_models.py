"""The statistics' own table: pack sessions rolled up by the hour, so a month of a busy
warehouse is a few thousand rows to add up instead of a few hundred thousand sessions."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from packstation.storage.base import Base


class PackHour(Base):
    """One packer at one station in one clock hour (UTC, `YYYY-MM-DD HH`).

    The throughput and eco columns count the sessions *completed* in the hour; the accuracy
    columns count the sessions *started* in it that were closed (completed, held or
    cancelled) — as the figures read them. Pack times are kept one by one, in milliseconds
    separated by spaces, so medians and percentiles stay exact. Kept by stats/rollup.py when a
    session closes."""

    __tablename__ = "pack_hour"

    hour: Mapped[str] = mapped_column(String(13), primary_key=True)
    packer_id: Mapped[int] = mapped_column(ForeignKey("packer.id"), primary_key=True)
    station: Mapped[str] = mapped_column(String(80), primary_key=True)
    orders: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    items: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    short_ships: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    plastic_free: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    logged_parcels: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    plastic_grams: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    co2e_grams: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    packaging_grams: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    recycled_grams: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    single_ms: Mapped[str] = mapped_column(Text, default="", server_default="")
    multi_ms: Mapped[str] = mapped_column(Text, default="", server_default="")
    wrong_scans: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    over_scans: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    unknown_scans: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    confirmations: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

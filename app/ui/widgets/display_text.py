"""What a room tile on the hall display says: pure functions of one RoomWait."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from app.domain.allocation import wait_band
from app.services.queue_data import RoomWait


def _t(text: str) -> str:
    return QCoreApplication.translate("DisplayTile", text)


def wait_band_label(minutes: float) -> str:
    """The expected wait as the hall reads it: ``约10–20分钟``, ``约1小时以上``."""
    low, high = wait_band(minutes)
    if high is None or low >= 60:
        return _t("约1小时以上")
    if low == 0:
        return _t("约{high}分钟以内").format(high=high)
    return _t("约{low}–{high}分钟").format(low=low, high=high)


def wait_band_level(minutes: float) -> int:
    """0 short (green), 1 middling (amber), 2 long (red) — the colour of the band."""
    low, _ = wait_band(minutes)
    return 0 if low < 20 else 1 if low < 60 else 2


@dataclass(frozen=True)
class TileText:
    """Every string a tile shows, worked out from one :class:`RoomWait`."""

    badge: str
    title: str
    caption: str
    serving: str
    next_caption: str
    next_lines: tuple[tuple[str, str], ...]
    counts: str
    band: str
    band_level: int

    def spoken(self) -> str:
        """All of it in one line (accessible description; tests read it)."""
        lines = " ".join(f"{ticket} {name}".strip() for ticket, name in self.next_lines)
        return " ".join(
            p
            for p in (
                self.badge,
                self.title,
                self.caption,
                self.serving,
                lines,
                self.counts,
                self.band,
            )
            if p
        )


def tile_text(wait: RoomWait) -> TileText:
    """What the tile of ``wait`` says; only masked names ever reach it."""
    names = wait.next_names + ("",) * (len(wait.next_tickets) - len(wait.next_names))
    next_lines = tuple(zip(wait.next_tickets, names, strict=False))
    if not wait.is_open:
        caption, serving = _t("暂停接待"), ""
    elif wait.serving_ticket:
        caption, serving = _t("正在接待"), wait.serving_ticket
    else:
        caption, serving = _t("等候叫号"), "—"
    if wait.batches_waiting:
        counts = _t("等候 {batches} 批 {persons} 人").format(
            batches=wait.batches_waiting, persons=wait.persons_waiting
        )
    else:
        counts = _t("无人等候")
    band = wait_band_label(wait.expected_wait_minutes) if wait.is_open else ""
    return TileText(
        badge=str(wait.room_number),
        title=wait.room_name,
        caption=caption,
        serving=serving,
        next_caption=_t("下一位") if next_lines else _t("暂无排队"),
        next_lines=next_lines,
        counts=counts,
        band=band,
        band_level=wait_band_level(wait.expected_wait_minutes),
    )

"""The case card's zoom: a slider with − / + buttons, remembered per workstation."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QToolButton, QWidget

ZOOM_MIN, ZOOM_MAX, ZOOM_STEP, ZOOM_DEFAULT = 60, 250, 10, 100
ZOOM_KEY = "room/zoom"


def settings() -> QSettings:
    """The workstation's settings store (shared with the rest of the app)."""
    return QSettings("ReceptionDay", "ReceptionDay")


def _clamp(percent: int) -> int:
    return max(ZOOM_MIN, min(ZOOM_MAX, percent))


class ZoomControl(QWidget):
    """Text size of the case card in percent; ``zoom_changed`` fires on every change."""

    zoom_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        stored = settings().value(ZOOM_KEY, ZOOM_DEFAULT)
        try:
            start = _clamp(int(str(stored)))
        except ValueError:
            start = ZOOM_DEFAULT
        self.smaller = QToolButton()
        self.smaller.setText(self.tr("A−"))
        self.smaller.setToolTip(self.tr("缩小字号 (Ctrl+-)"))
        self.larger = QToolButton()
        self.larger.setText(self.tr("A+"))
        self.larger.setToolTip(self.tr("放大字号 (Ctrl+=)"))
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(ZOOM_MIN, ZOOM_MAX)
        self.slider.setSingleStep(ZOOM_STEP)
        self.slider.setPageStep(ZOOM_STEP * 3)
        self.slider.setFixedWidth(140)
        self.slider.setValue(start)
        self.slider.setToolTip(self.tr("案卡字号"))
        self.slider.setAccessibleName(self.tr("案卡字号"))
        self.percent = QLabel()
        self.percent.setMinimumWidth(44)
        self.percent.setProperty("role", "muted")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        caption = QLabel(self.tr("字号"))
        caption.setProperty("role", "muted")
        for widget in (caption, self.smaller, self.slider, self.larger, self.percent):
            layout.addWidget(widget)
        self.smaller.clicked.connect(self.zoom_out)
        self.larger.clicked.connect(self.zoom_in)
        self.slider.valueChanged.connect(self._changed)
        self._show(start)

    def value(self) -> int:
        """The zoom in percent (100 = normal large type)."""
        return self.slider.value()

    def set_value(self, percent: int) -> None:
        self.slider.setValue(_clamp(percent))

    def zoom_in(self) -> None:
        self.set_value(self._snap(self.value()) + ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_value(self._snap(self.value()) - ZOOM_STEP)

    def reset(self) -> None:
        self.set_value(ZOOM_DEFAULT)

    @staticmethod
    def _snap(percent: int) -> int:
        return round(percent / ZOOM_STEP) * ZOOM_STEP

    def _changed(self, percent: int) -> None:
        settings().setValue(ZOOM_KEY, percent)
        self._show(percent)
        self.zoom_changed.emit(percent)

    def _show(self, percent: int) -> None:
        self.percent.setText(f"{percent}%")
        self.smaller.setEnabled(percent > ZOOM_MIN)
        self.larger.setEnabled(percent < ZOOM_MAX)

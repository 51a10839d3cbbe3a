"""Preview of a built PDF (QtPdf's QPdfView): pages, zoom, and a warning for missing glyphs."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

ZOOM_STEP = 1.25
ZOOM_RANGE = (0.25, 4.0)


class PdfPreview(QWidget):
    """Shows one PDF; :meth:`show_pdf` replaces it, :meth:`clear` shows a hint instead."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self._title = ""
        self.title_label = QLabel()
        self.title_label.setStyleSheet("font-weight: bold; font-size: 14px;")
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A long title must not widen the pane: it is cut, the tooltip has it whole.
        self.title_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.pages_label = QLabel()
        self.pages_label.setProperty("role", "muted")
        self.fit_width = self._tool(self.tr("适合宽度"), self._fit_width)
        self.fit_page = self._tool(self.tr("整页"), self._fit_page)
        self.zoom_out = self._tool("−", lambda: self._zoom(1 / ZOOM_STEP))
        self.zoom_in = self._tool("+", lambda: self._zoom(ZOOM_STEP))
        self.zoom_out.setToolTip(self.tr("缩小"))
        self.zoom_in.setToolTip(self.tr("放大"))
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.title_label, 1)
        bar.addWidget(self.pages_label)
        for button in (self.fit_width, self.fit_page, self.zoom_out, self.zoom_in):
            bar.addWidget(button)
        self.warning = QLabel()
        self.warning.setProperty("role", "warning")
        self.warning.setWordWrap(True)
        self.warning.hide()
        self.view = QPdfView()
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setStyleSheet("QPdfView { background: #7d8794; }")
        self.view.setDocument(self.document)
        self.hint = QLabel()
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.hint.setProperty("role", "muted")
        self.hint.setStyleSheet("font-size: 15px; background: #eef1f5; border-radius: 4px;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.hint)
        self.stack.addWidget(self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.warning)
        layout.addWidget(self.stack, 1)
        self.clear(self.tr("选择一项打印任务即可预览"))

    def _tool(self, text: str, slot: object) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setAutoRaise(True)
        button.clicked.connect(slot)
        return button

    @property
    def page_count(self) -> int:
        return self.document.pageCount() if self._buffer is not None else 0

    def show_pdf(self, pdf: bytes, title: str, missing_glyphs: Sequence[str] = ()) -> bool:
        """Show ``pdf``; False (and a hint) when it cannot be read."""
        self._release()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._buffer = buffer
        self.document.load(buffer)
        if self.document.status() != QPdfDocument.Status.Ready:
            self.clear(self.tr("文档无法显示"))
            return False
        self._title = title
        self._elide_title()
        self.title_label.setToolTip(title)
        self.pages_label.setText(self.tr("共 {n} 页").format(n=self.document.pageCount()))
        if missing_glyphs:
            self.warning.setText(
                self.tr("以下字无法打印（已印为〓），请手写补正：{chars}").format(
                    chars=" ".join(missing_glyphs)
                )
            )
        self.warning.setVisible(bool(missing_glyphs))
        self._set_tools(True)
        self.stack.setCurrentWidget(self.view)
        return True

    def clear(self, message: str) -> None:
        """No document: show ``message`` in its place."""
        self._release()
        self._title = ""
        self.title_label.setText("")
        self.pages_label.setText("")
        self.warning.hide()
        self.hint.setText(message)
        self._set_tools(False)
        self.stack.setCurrentWidget(self.hint)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide_title()

    def _elide_title(self) -> None:
        width = max(0, self.title_label.width() - 6)
        metrics = self.title_label.fontMetrics()
        self.title_label.setText(
            metrics.elidedText(self._title, Qt.TextElideMode.ElideMiddle, width)
        )

    def _release(self) -> None:
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None

    def _set_tools(self, enabled: bool) -> None:
        for button in (self.fit_width, self.fit_page, self.zoom_out, self.zoom_in):
            button.setEnabled(enabled)

    def _fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def _fit_page(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)

    def _zoom(self, factor: float) -> None:
        current = self.view.zoomFactor()
        if self.view.zoomMode() != QPdfView.ZoomMode.Custom:
            # The fitted zoom is not reported as a factor: start from the page's width.
            current = self._fitted_factor()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        low, high = ZOOM_RANGE
        self.view.setZoomFactor(min(high, max(low, current * factor)))

    def _fitted_factor(self) -> float:
        if self.document.pageCount() < 1:
            return 1.0
        points = self.document.pagePointSize(0)
        pixels = points.width() * self.logicalDpiX() / 72.0
        width = self.view.viewport().width() - 2 * self.view.documentMargins().left()
        return max(ZOOM_RANGE[0], width / pixels) if pixels else 1.0

"""A document in a window of its own: preview, then print or save it as PDF."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.icons import icon
from app.ui.printing.preview import PdfPreview


def safe_file_name(title: str) -> str:
    """A title as a file name: no path separators or characters Windows refuses."""
    cleaned = "".join("_" if c in '\\/:*?"<>|' else c for c in title).strip()
    return (cleaned or "document").replace(" ", "_")


class PrintPreviewDialog(QDialog):
    """Preview with 打印 (``on_print``, when given) and 另存为 PDF buttons."""

    def __init__(
        self,
        pdf: bytes,
        title: str,
        *,
        missing_glyphs: Sequence[str] = (),
        on_print: Callable[[], object] | None = None,
        save_dir: str = "",
        note: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("预览 — {title}").format(title=title))
        self._pdf, self._title, self._save_dir = pdf, title, save_dir
        self._on_print = on_print
        self.saved_path = ""
        self.preview = PdfPreview()
        self.preview.show_pdf(pdf, title, missing_glyphs)
        self.note = QLabel(note)
        self.note.setWordWrap(True)
        self.note.setProperty("role", "muted")
        self.note.setVisible(bool(note))
        buttons = QDialogButtonBox()
        self.print_button = QPushButton(icon("print"), self.tr("打印 (Ctrl+P)"))
        self.print_button.setProperty("primary", "true")
        self.print_button.setVisible(on_print is not None)
        self.save_button = QPushButton(icon("save"), self.tr("另存为 PDF…"))
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self._print)
        self.save_button.clicked.connect(self._ask_save)
        shortcut = QShortcut(QKeySequence.StandardKey.Print, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self._print)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.resize(820, 900)

    def _print(self) -> None:
        if self._on_print is not None:
            self._on_print()
            self.accept()

    def _ask_save(self) -> None:
        start = str(Path(self._save_dir or Path.home()) / f"{safe_file_name(self._title)}.pdf")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("另存为 PDF"), start, "PDF (*.pdf)")
        if path:
            self.save(path)

    def save(self, path: str) -> None:
        """Write the document (the same bytes the printer gets) to ``path``."""
        Path(path).write_bytes(self._pdf)
        self.saved_path = path
        self.note.setText(self.tr("已保存：{path}").format(path=path))
        self.note.show()

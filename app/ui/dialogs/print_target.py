"""Choose where one kind of document prints: a printer, the default one, or a PDF file."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.ui.printing.printer import PrinterBackend, PrintTarget
from app.ui.printing.settings import PrintSettings, kind_label

PDF_FILE = "\x00pdf"
"""Combo data of the "print to a PDF file" entry (never a printer's name)."""


def printer_choices(backend: PrinterBackend) -> list[tuple[str, str]]:
    """(label, data) for a printer combo: the default first, then every printer."""
    default = backend.default_printer()
    choices = []
    if default:
        text = QCoreApplication.translate("PrintTargetDialog", "系统默认打印机（{name}）")
        choices.append((text.format(name=default), ""))
    choices += [(name, name) for name in backend.available_printers()]
    return choices


class PrintTargetDialog(QDialog):
    """Printer, copies, and whether to remember the choice (and stop asking)."""

    def __init__(
        self,
        kind: str,
        backend: PrinterBackend,
        settings: PrintSettings,
        parent: QWidget | None = None,
        *,
        allow_file: bool = True,
    ) -> None:
        super().__init__(parent)
        self.kind, self.settings = kind, settings
        self.setWindowTitle(self.tr("打印 — {kind}").format(kind=kind_label(kind)))
        self.printer = QComboBox()
        for label, data in printer_choices(backend):
            self.printer.addItem(label, data)
        if allow_file:
            self.printer.addItem(self.tr("打印到 PDF 文件…"), PDF_FILE)
        remembered = settings.printer(kind)
        found = self.printer.findData(remembered)
        if found >= 0:
            self.printer.setCurrentIndex(found)
        self.copies = QSpinBox()
        self.copies.setRange(1, 20)
        self.remember = QCheckBox(self.tr("记住为本工作站此类文书的打印机"))
        self.remember.setChecked(True)
        self.silent = QCheckBox(self.tr("以后直接打印，不再询问"))
        self.silent.setChecked(True)
        self.empty = QLabel(self.tr("本机没有可用的打印机，只能打印到 PDF 文件。"))
        self.empty.setProperty("role", "warning")
        self.empty.setVisible(self.printer.count() <= (1 if allow_file else 0))
        form = QFormLayout()
        form.addRow(self.tr("打印机"), self.printer)
        form.addRow(self.tr("份数"), self.copies)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("打印"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        ok.setEnabled(self.printer.count() > 0)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addLayout(form)
        layout.addWidget(self.remember)
        layout.addWidget(self.silent)
        layout.addWidget(buttons)
        self.target: PrintTarget | None = None

    def accept(self) -> None:
        data = str(self.printer.currentData() or "")
        if data == PDF_FILE:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("打印到 PDF 文件"), self.settings.save_dir(), "PDF (*.pdf)"
            )
            if not path:
                return
            self.target = PrintTarget(output_file=path, copies=1)
        else:
            self.target = PrintTarget(printer=data, copies=self.copies.value())
            if self.remember.isChecked():
                self.settings.set_printer(self.kind, data)
                self.settings.set_silent(self.kind, self.silent.isChecked())
        super().accept()

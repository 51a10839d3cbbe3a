"""This workstation's printers per document kind, silent printing, and receipt paper."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.printing import ReceiptVariant
from app.ui.dialogs.print_target import printer_choices
from app.ui.printing.printer import PrinterBackend
from app.ui.printing.settings import KINDS, PrintSettings, kind_label


class PrintSettingsDialog(QDialog):
    """One row per document kind: printer and "print without asking"."""

    def __init__(
        self, backend: PrinterBackend, settings: PrintSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("打印设置（本工作站）"))
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("文书")), 0, 0)
        grid.addWidget(QLabel(self.tr("打印机")), 0, 1)
        grid.addWidget(QLabel(self.tr("静默打印")), 0, 2)
        choices = printer_choices(backend)
        self.printers: dict[str, QComboBox] = {}
        self.silent: dict[str, QCheckBox] = {}
        for row, kind in enumerate(KINDS, start=1):
            combo = QComboBox()
            if not choices:
                combo.addItem(self.tr("（未找到打印机）"), "")
            for label, data in choices:
                combo.addItem(label, data)
            remembered = settings.printer(kind)
            if remembered and combo.findData(remembered) < 0:
                combo.addItem(self.tr("{name}（当前不可用）").format(name=remembered), remembered)
            combo.setCurrentIndex(max(0, combo.findData(remembered)))
            box = QCheckBox(self.tr("不弹出对话框"))
            box.setChecked(settings.silent(kind))
            grid.addWidget(QLabel(kind_label(kind)), row, 0)
            grid.addWidget(combo, row, 1)
            grid.addWidget(box, row, 2)
            self.printers[kind], self.silent[kind] = combo, box
        grid.setColumnStretch(1, 1)
        self.receipt = QComboBox()
        self.receipt.addItem(self.tr("A5 纸"), ReceiptVariant.A5.value)
        self.receipt.addItem(self.tr("80 毫米热敏纸卷"), ReceiptVariant.ROLL_80MM.value)
        self.receipt.setCurrentIndex(
            max(0, self.receipt.findData(settings.receipt_variant().value))
        )
        grid.addWidget(QLabel(self.tr("受理回执纸张")), len(KINDS) + 1, 0)
        grid.addWidget(self.receipt, len(KINDS) + 1, 1)
        note = QLabel(
            self.tr(
                "设置只保存在本工作站。静默打印时直接送往所选打印机，适合登记台的排队号打印机。"
            )
        )
        note.setWordWrap(True)
        note.setProperty("role", "muted")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(620, self.sizeHint().height())

    def accept(self) -> None:
        for kind, combo in self.printers.items():
            self.settings.set_printer(kind, str(combo.currentData() or ""))
            self.settings.set_silent(kind, self.silent[kind].isChecked())
        self.settings.set_receipt_variant(ReceiptVariant(str(self.receipt.currentData())))
        self.settings.sync()
        super().accept()

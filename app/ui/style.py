"""Fonts and the application style: one look for every station."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from app.paths import resources_dir

URGENCY_COLOURS = {"green": "#2e7d32", "yellow": "#f9a825", "red": "#c62828"}
STATUS_COLOURS = {
    "on_time": "#2e7d32",
    "due_soon": "#f9a825",
    "overdue": "#c62828",
    "met": "#607d8b",
}

STYLE_SHEET = """
QMainWindow, QDialog { background: #f5f7fa; }
QTabBar::tab { padding: 8px 18px; font-size: 15px; }
QTabBar::tab:selected { background: #ffffff; border-bottom: 3px solid #2b4a6f; }
QPushButton { padding: 6px 14px; border: 1px solid #b8c4d4; border-radius: 4px;
              background: #ffffff; }
QPushButton:hover { background: #eaf0f8; }
QPushButton:default, QPushButton[primary="true"] { background: #2b4a6f; color: white;
              border-color: #2b4a6f; font-weight: bold; }
QPushButton:disabled { color: #9aa5b1; background: #eef1f4; }
QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QSpinBox, QDateEdit {
              padding: 4px 6px; border: 1px solid #b8c4d4; border-radius: 3px;
              background: #ffffff; }
QComboBox { padding-right: 24px; }
QComboBox::drop-down { subcontrol-origin: padding; subcontrol-position: top right; width: 22px;
              border-left: 1px solid #d4dbe5; }
QComboBox::down-arrow, QDateEdit::down-arrow { image: url(@ICONS@/down-arrow.svg); width: 10px;
              height: 6px; }
QSpinBox, QDoubleSpinBox, QDateEdit { padding-right: 20px; }
QSpinBox::up-button, QDoubleSpinBox::up-button, QDateEdit::up-button {
              subcontrol-origin: border; subcontrol-position: top right; width: 18px; }
QSpinBox::down-button, QDoubleSpinBox::down-button, QDateEdit::down-button {
              subcontrol-origin: border; subcontrol-position: bottom right; width: 18px; }
QSpinBox::up-arrow, QDoubleSpinBox::up-arrow, QDateEdit::up-arrow {
              image: url(@ICONS@/up-arrow.svg); width: 10px; height: 6px; }
QSpinBox::down-arrow, QDoubleSpinBox::down-arrow { image: url(@ICONS@/down-arrow.svg);
              width: 10px; height: 6px; }
QLineEdit[invalid="true"], QComboBox[invalid="true"] { border: 2px solid #c62828; }
QLabel[role="error"] { color: #c62828; }
QLabel[role="warning"] { color: #8d5b00; background: #fff4d6; padding: 4px 8px;
              border-radius: 3px; }
QLabel[role="heading"] { font-size: 18px; font-weight: bold; color: #1f3550; }
QLabel[role="muted"] { color: #5f6b7a; }
QGroupBox { font-weight: bold; border: 1px solid #d4dbe5; border-radius: 4px;
              margin-top: 12px; padding-top: 8px; background: #ffffff; }
QGroupBox::title { subcontrol-origin: margin; left: 10px; padding: 0 4px; }
QTableView { background: #ffffff; alternate-background-color: #f3f6fa;
              selection-background-color: #cfe0f5; selection-color: #111; gridline-color: #e3e8ef; }
QHeaderView::section { background: #e9eef5; padding: 4px 6px; border: none;
              border-right: 1px solid #d4dbe5; font-weight: bold; }
QStatusBar { background: #e9eef5; }
"""


def bundled_font_files() -> list[Path]:
    """The CJK fonts shipped in ``resources/fonts`` (used by screens and PDFs alike)."""
    folder = resources_dir() / "fonts"
    return sorted(p for p in folder.glob("*") if p.suffix.lower() in {".ttf", ".ttc", ".otf"})


def apply_style(app: QApplication) -> str:
    """Register the bundled fonts, set the default font and style; returns the family."""
    family = ""
    for path in bundled_font_files():
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families and not family and "wqy" in path.name.lower():
            family = families[0]
    font = QFont(family or app.font().family(), 11)
    app.setFont(font)
    icons = (resources_dir() / "icons").as_posix()
    app.setStyleSheet(STYLE_SHEET.replace("@ICONS@", icons))
    return family

"""The list template from the app: ask where, save it off the GUI thread, say where."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.services.imports import TEMPLATE_FILE_NAME, write_template
from app.ui.env import UiEnv
from app.ui.messages import describe_error


def _t(text: str) -> str:
    return QCoreApplication.translate("ImportDialog", text)


def ask_template_path(parent: QWidget) -> Path | None:
    """Where the user wants the list template saved (None: cancelled)."""
    path, _ = QFileDialog.getSaveFileName(
        parent, _t("保存导入模板"), TEMPLATE_FILE_NAME, _t("Excel 文件 (*.xlsx)")
    )
    return Path(path) if path else None


def save_template(
    env: UiEnv, path: Path, saved: Callable[[str], None], failed: Callable[[str], None]
) -> None:
    """Write the list template to ``path`` off the GUI thread; ``saved`` or ``failed``
    gets a sentence for the user."""
    env.runner.submit(
        lambda: write_template(path),
        lambda written: saved(_t("导入模板已保存：{path}").format(path=written)),
        lambda error: failed(_t("无法保存模板：{reason}").format(reason=describe_error(error))),
    )


def notice(parent: QWidget, text: str) -> QMessageBox:
    """A small information box (opened by the caller)."""
    box = QMessageBox(QMessageBox.Icon.Information, _t("导入模板"), text, parent=parent)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    return box

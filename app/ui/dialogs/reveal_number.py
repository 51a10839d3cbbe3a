"""显示完整号码: ask for a reason, then show one person's full ID number or phone.

The service records who asked, when, for whom and why before it answers; the number
lives only in this dialog and is gone when it closes.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.services.changes import Result
from app.services.reception_data import CaseCard, PetitionerCard
from app.services.reveal import RevealField
from app.ui.env import UiEnv
from app.ui.messages import describe_error
from app.ui.words import revealable, sealed_text

REASONS = (
    str(QT_TRANSLATE_NOOP("RevealDialog", "回访时核实来访人身份")),
    str(QT_TRANSLATE_NOOP("RevealDialog", "电话联系来访人")),
    str(QT_TRANSLATE_NOOP("RevealDialog", "核对重复访记录")),
    str(QT_TRANSLATE_NOOP("RevealDialog", "责任单位依法办理需要")),
)


def _t(text: str) -> str:
    return QCoreApplication.translate("RevealDialog", text)


class RevealDialog(QDialog):
    """Reveal one identifier of ``person``; each click of 显示 is one audited request."""

    def __init__(self, env: UiEnv, person: PetitionerCard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._env, self._person = env, person
        self.setWindowTitle(_t("显示完整号码"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.resize(480, 0)
        heading = QLabel(_t("来访人：{name}").format(name=person.name))
        heading.setProperty("role", "heading")
        id_masked, phone_masked = sealed_text(person.id_masked), sealed_text(person.phone_masked)
        self.id_choice = QRadioButton(_t("证件号码（{masked}）").format(masked=id_masked))
        self.phone_choice = QRadioButton(_t("联系电话（{masked}）").format(masked=phone_masked))
        self.id_choice.setEnabled(revealable(person.id_masked))
        self.phone_choice.setEnabled(revealable(person.phone_masked))
        group = QButtonGroup(self)
        for choice in (self.id_choice, self.phone_choice):
            group.addButton(choice)
        (self.id_choice if revealable(person.id_masked) else self.phone_choice).setChecked(True)
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.addItems([_t(r) for r in REASONS])
        self.reason.setCurrentIndex(-1)
        line = self.reason.lineEdit()
        if line is not None:
            line.setPlaceholderText(_t("选择或输入查看理由（必填）"))
        notice = QLabel(_t("查看完整号码将记入审计日志（操作人、工作站、时间、理由）。"))
        notice.setProperty("role", "muted")
        notice.setWordWrap(True)
        self.number = QLabel()
        self.number.setProperty("role", "heading")
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.number.hide()
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(_t("关闭"))
        close.setAutoDefault(False)
        self.show_button = QPushButton(_t("显示"))
        self.show_button.setDefault(True)
        buttons.addButton(self.show_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.show_button.clicked.connect(self.reveal)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.id_choice)
        layout.addWidget(self.phone_choice)
        layout.addWidget(QLabel(_t("查看理由")))
        layout.addWidget(self.reason)
        layout.addWidget(notice)
        layout.addWidget(self.number)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.reason.setFocus()

    def field(self) -> RevealField:
        """The identifier chosen."""
        return RevealField.ID_NUMBER if self.id_choice.isChecked() else RevealField.PHONE

    def reveal(self) -> None:
        """Ask the service (off the GUI thread); the answer or the refusal shows below."""
        self.error.hide()
        self.show_button.setEnabled(False)
        pid, field, reason = self._person.petitioner_id, self.field(), self.reason.currentText()
        event_id, service = self._env.event_id, self._env.services.reveal
        self._env.runner.submit(
            lambda: service.reveal(pid, field, reason, event_id), self._shown, self._refused
        )

    def _shown(self, result: Result[str]) -> None:
        self.show_button.setEnabled(True)
        label = _t("证件号码") if self.field() is RevealField.ID_NUMBER else _t("联系电话")
        self.number.setText(f"{label}：{result.value}")
        self.number.show()

    def _refused(self, error: BaseException) -> None:
        self.show_button.setEnabled(True)
        self.number.clear()
        self.number.hide()
        self.error.setText(describe_error(error))
        self.error.show()


def open_reveal(
    env: UiEnv, card: CaseCard | None, petitioner_id: int, parent: QWidget
) -> RevealDialog | None:
    """Open the dialog for a person of ``card`` (window-modal, not blocking); None if the
    person is not on it."""
    return reveal_person(env, card.petitioners if card is not None else (), petitioner_id, parent)


def reveal_person(
    env: UiEnv, people: Sequence[PetitionerCard], petitioner_id: int, parent: QWidget
) -> RevealDialog | None:
    """Open the dialog for the person of ``people`` with ``petitioner_id`` (window-modal,
    not blocking); None if there is no such person."""
    person = next((p for p in people if p.petitioner_id == petitioner_id), None)
    if person is None:
        return None
    dialog = RevealDialog(env, person, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog

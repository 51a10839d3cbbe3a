"""One person of a walk-in batch: name, document, phone, address, disabled; checked as
the user leaves each field, with the reason under the row."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import InvalidInput
from app.domain.identity import IdentityDocument, parse_document
from app.domain.phone import parse_phone
from app.domain.types import DocumentType, Sex
from app.services.petitioners import NAME_PATTERN
from app.services.registration_data import PetitionerDraft
from app.services.registration_rules import ELDERLY_AGE
from app.ui.icons import icon
from app.ui.messages import describe_error
from app.ui.widgets.desk_keys import tab_only
from app.ui.widgets.desk_words import document_types

FIELDS = ("name", "id_number", "phone", "address")


def set_invalid(widget: QWidget, invalid: bool) -> None:
    """Mark an input red (style sheet ``[invalid="true"]``) or clear the mark."""
    if bool(widget.property("invalid")) == invalid:
        return
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class PersonRow(QWidget):
    """Fields of one petitioner; ``identity_ready`` carries a whole resident ID number or
    phone number as soon as it validates (for the repeat-visit lookup)."""

    identity_ready = Signal(str)
    changed = Signal()
    remove_requested = Signal(QWidget)

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._errors: dict[str, str] = {}
        self.document: IdentityDocument | None = None
        self.mobile: str | None = None
        self.badge = QLabel("1")
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.badge.setFixedWidth(26)
        self.badge.setStyleSheet(
            "background:#2b4a6f;color:white;border-radius:13px;font-weight:bold;"
        )
        self.badge.setFixedHeight(26)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("姓名"))
        self.name.setMaxLength(64)
        self.doc_type = QComboBox()
        for doc_type, label in document_types():
            self.doc_type.addItem(label, doc_type.value)
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("证件号码"))
        self.number.setMaxLength(32)
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("手机或固话"))
        self.phone.setMaxLength(32)
        self.address = QLineEdit()
        self.address.setPlaceholderText(self.tr("住址（乡镇、村、组）"))
        self.address.setMaxLength(256)
        self.disabled = QCheckBox(self.tr("残疾人"))
        self.hint = QLabel()
        self.hint.setProperty("role", "muted")
        self.hint.hide()
        self.remove = QToolButton()
        self.remove.setIcon(icon("delete", "#c62828"))
        self.remove.setToolTip(self.tr("删除此来访人"))
        self.remove.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        tab_only(self.doc_type, self.disabled)
        self._lay_out()
        self.name.editingFinished.connect(self._check_name)
        self.name.editingFinished.connect(self.changed)
        self.number.editingFinished.connect(self._check_number)
        self.phone.editingFinished.connect(self._check_phone)
        self.address.editingFinished.connect(self._check_address)
        self.doc_type.currentIndexChanged.connect(self._doc_type_changed)
        self.disabled.toggled.connect(self.changed)
        for field, edit in (
            ("name", self.name),
            ("id_number", self.number),
            ("phone", self.phone),
            ("address", self.address),
        ):
            edit.textEdited.connect(lambda _t, f=field: self._clear(f))
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))

    def _lay_out(self) -> None:
        self.name.setFixedWidth(96)
        self.doc_type.setFixedWidth(106)
        self.number.setMinimumWidth(176)
        self.phone.setFixedWidth(150)
        first = QHBoxLayout()
        first.addWidget(self.name)
        first.addWidget(self.doc_type)
        first.addWidget(self.number, 1)
        second = QHBoxLayout()
        second.addWidget(self.phone)
        second.addWidget(self.address, 1)
        second.addWidget(self.disabled)
        second.addWidget(self.remove)
        fields = QVBoxLayout()
        fields.setSpacing(4)
        fields.addLayout(first)
        fields.addLayout(second)
        fields.addWidget(self.hint)
        fields.addWidget(self.error)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 4, 0, 4)
        outer.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(fields, 1)

    # -- what the form asks ------------------------------------------------------------

    def fields(self) -> list[QWidget]:
        """The inputs in Enter order."""
        return [self.name, self.doc_type, self.number, self.phone, self.address, self.disabled]

    def set_number(self, index: int) -> None:
        """Show the person's place in the batch (1-based)."""
        self.badge.setText(str(index))

    def is_blank(self) -> bool:
        """Nothing typed in this row."""
        return not any(e.text().strip() for e in (self.name, self.number, self.phone, self.address))

    def document_type(self) -> DocumentType:
        return DocumentType(self.doc_type.currentData())

    def validate(self) -> bool:
        """Check every field now; False (with the reasons shown) if one is wrong."""
        self._check_name(required=True)
        self._check_number()
        self._check_phone()
        self._check_address()
        return not self._errors

    def first_invalid(self) -> QWidget | None:
        """The first field with an error, to focus."""
        widgets = {
            "name": self.name,
            "id_number": self.number,
            "phone": self.phone,
            "address": self.address,
        }
        return next((widgets[f] for f in FIELDS if f in self._errors), None)

    def show_error(self, field: str, message: str) -> QWidget:
        """Mark ``field`` (name, id_number, phone, address) with a reason; returns it."""
        field = "id_number" if field == "document_type" else field
        field = field if field in FIELDS else "name"
        self._set_error(field, message)
        widgets = {"name": self.name, "id_number": self.number, "phone": self.phone}
        return widgets.get(field, self.address)

    def draft(self) -> PetitionerDraft:
        """The person as typed (the service checks it again)."""
        return PetitionerDraft(
            " ".join(self.name.text().split()),
            self.document_type(),
            self.number.text().strip(),
            self.phone.text().strip(),
            self.address.text().strip(),
            self.disabled.isChecked(),
        )

    def has_errors(self) -> bool:
        return bool(self._errors)

    def identities(self) -> set[str]:
        """The whole resident ID number and mobile number that validated."""
        keys = {self.mobile} if self.mobile else set()
        if self.document is not None and self.document.doc_type is DocumentType.RESIDENT_ID:
            keys.add(self.document.number)
        return keys

    # -- checks ------------------------------------------------------------------------

    def _check_name(self, required: bool = False) -> None:
        name = " ".join(self.name.text().split())
        if not name:
            if required:
                self._set_error("name", describe_error(InvalidInput("name", "required")))
            return
        if not NAME_PATTERN.match(name):
            self._set_error("name", describe_error(InvalidInput("name", "characters")))
        else:
            self._clear("name")

    def _check_number(self) -> None:
        text = self.number.text().strip()
        doc_type = self.document_type() if text else DocumentType.NONE
        previous = self.document
        try:
            self.document = parse_document(doc_type, text, self._today())
        except InvalidInput as error:
            self.document = None
            self._set_error("id_number", describe_error(error))
            self.hint.hide()
        else:
            self._clear("id_number")
            self.hint.setText(self._describe(self.document))
            self.hint.setVisible(bool(self.hint.text()))
            is_id = self.document.doc_type is DocumentType.RESIDENT_ID
            if is_id and (previous is None or previous.number != self.document.number):
                self.identity_ready.emit(self.document.number)
        if previous != self.document:
            self.changed.emit()

    def _check_phone(self) -> None:
        text = self.phone.text().strip()
        previous, self.mobile = self.mobile, None
        if not text:
            self._clear("phone")
        else:
            try:
                phone = parse_phone(text)
            except InvalidInput as error:
                self._set_error("phone", describe_error(error))
            else:
                self._clear("phone")
                if phone.normalised.isdigit() and len(phone.normalised) == 11:
                    self.mobile = phone.normalised
                    if self.mobile != previous:
                        self.identity_ready.emit(self.mobile)
        if previous != self.mobile:
            self.changed.emit()

    def _check_address(self) -> None:
        if len(self.address.text().strip()) > 256:
            self._set_error("address", describe_error(InvalidInput("address", "too_long")))
        else:
            self._clear("address")

    def _doc_type_changed(self) -> None:
        if self.number.text().strip():
            self._check_number()

    def _describe(self, document: IdentityDocument) -> str:
        if document.birth_date is None:
            return ""
        today = self._today()
        born = document.birth_date
        age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
        sex = {Sex.MALE: self.tr("男"), Sex.FEMALE: self.tr("女")}.get(document.sex or Sex.MALE)
        text = self.tr("{sex} · {age}岁").format(sex=sex, age=age)
        if age >= ELDERLY_AGE:
            text += self.tr(" · 老年人优先")
        return text

    def _set_error(self, field: str, message: str) -> None:
        self._errors[field] = message
        self._show_errors()

    def _clear(self, field: str) -> None:
        if self._errors.pop(field, None) is not None:
            self._show_errors()

    def _show_errors(self) -> None:
        widgets = {"name": self.name, "id_number": self.number, "phone": self.phone}
        widgets["address"] = self.address
        for field, widget in widgets.items():
            set_invalid(widget, field in self._errors)
        self.error.setText("\n".join(self._errors[f] for f in FIELDS if f in self._errors))
        self.error.setVisible(bool(self._errors))

"""The first-run dialog and ``reception-day setup-server`` use one set of words (app.join_words)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel
from pytestqt.qtbot import QtBot

from app import join_words
from app.cli_setup_server import make_plan, plan_text
from app.join_words import FIELDS, Word
from app.ui.dialogs.first_run import FirstRunDialog
from app.ui.translations_build import MessageKey, default_ts_file, read_ts

WORDS = [w for w in vars(join_words).values() if isinstance(w, Word)]


def _form_labels(dialog: FirstRunDialog) -> list[str]:
    form = dialog.server_form.layout()
    assert isinstance(form, QFormLayout)
    labels = []
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        if item is not None and isinstance(item.widget(), QLabel):
            labels.append(item.widget().text())
    return labels


def test_the_dialog_shows_the_shared_chinese_words(qtbot: QtBot) -> None:
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    assert _form_labels(dialog) == [w.zh for w in FIELDS]
    assert dialog.windowTitle() == join_words.DIALOG_TITLE.zh
    assert dialog.server.text() == join_words.SERVER_CHOICE.zh
    assert dialog.test_button.text() == join_words.TEST_CONNECTION.zh


def test_the_english_translation_is_the_shared_english() -> None:
    english = read_ts(default_ts_file())
    for word in WORDS:
        assert english.get(MessageKey("FirstRunDialog", word.zh)) == word.en, word


def test_setup_server_prints_step_6_in_the_dialogs_words_and_order() -> None:
    plan = make_plan("hall_db", "hall_user", "Secret-pass-123", "192.168.1.0/24", "192.168.1.10")
    text = plan_text(plan)
    step = text[text.index("\n6. ") : text.index("\n7. ")]
    for word in (join_words.DIALOG_TITLE, join_words.SERVER_CHOICE, join_words.TEST_CONNECTION):
        assert word.zh in step
        assert word.en in step
    rows = [line.strip() for line in step.splitlines() if " / " in line and ":" in line]
    values = ["192.168.1.10", "5432", "hall_db", "hall_user", "Secret-pass-123"]
    for field, value in zip(FIELDS, values, strict=True):
        assert f"{field.both()}: " in step
        assert any(r.startswith(f"{field.both()}:") and r.endswith(value) for r in rows), field
    positions = [step.index(f.both()) for f in FIELDS]
    assert positions == sorted(positions)


def test_the_values_line_up_in_a_terminal() -> None:
    values = dict.fromkeys(FIELDS, "x")
    lines = join_words.field_lines(values, indent="")
    assert len({join_words.display_width(line) for line in lines}) == 1

"""The English build: a complete, current .ts; the .qm compiled on demand; English on screen."""

from __future__ import annotations

import logging
import re
import shutil
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from string import Formatter

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLineEdit,
    QTabBar,
    QTableView,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.ui import i18n, translations_build
from app.ui.env import UiEnv
from app.ui.i18n import english_qm_file, install_translators
from app.ui.stations.desk import DeskStation
from app.ui.stations.display import DisplayStation
from app.ui.stations.room import RoomStation
from app.ui.translations_build import (
    MessageKey,
    collect_messages,
    default_ts_file,
    find_qt_tool,
    helper_messages,
    read_ts,
)
from tests.services.scenario import Day

TS_FILE = default_ts_file()
HAN = re.compile(r"[\u3400-\u9fff]")
FULL_WIDTH_PUNCTUATION = re.compile(r"[，。：；（）！？、【】《》]")
QT_MARKERS = re.compile(r"%(?:\d+|[a-zA-Z])")
TAG = re.compile(r"</?\s*([a-zA-Z]+)")


def _messages() -> list[tuple[str, str, ET.Element | None]]:
    root = ET.parse(TS_FILE).getroot()
    return [
        (
            context.findtext("name") or "",
            message.findtext("source") or "",
            message.find("translation"),
        )
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _placeholders(text: str) -> Counter[str]:
    fields = Counter(
        f"{{{name}:{spec}}}" for _, name, spec, _ in Formatter().parse(text) if name is not None
    )
    return fields + Counter(QT_MARKERS.findall(text)) + Counter(TAG.findall(text))


# -- the .ts ---------------------------------------------------------------------------


def test_the_ts_declares_its_languages() -> None:
    root = ET.parse(TS_FILE).getroot()
    assert root.get("sourcelanguage") == "zh_CN"
    assert root.get("language") == "en"


def test_every_message_is_translated_with_its_placeholders() -> None:
    messages = _messages()
    assert len(messages) > 500
    problems = []
    for context, source, element in messages:
        where = f"[{context}] {source!r}"
        kind = None if element is None else element.get("type")
        text = "" if element is None else (element.text or "")
        if kind is not None:
            problems.append(f"{where}: type={kind}")
        elif not text or (source.strip() and not text.strip()):
            problems.append(f"{where}: empty translation")
        elif _placeholders(source) != _placeholders(text):
            problems.append(f"{where}: placeholders differ in {text!r}")
        elif HAN.search(text) or FULL_WIDTH_PUNCTUATION.search(text):
            problems.append(f"{where}: Chinese left in {text!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.skipif(find_qt_tool("lupdate") is None, reason="PySide6's lupdate is not installed")
def test_the_ts_has_every_string_of_the_code() -> None:
    committed = set(read_ts(TS_FILE))
    missing = [key for key in collect_messages() if key not in committed]
    assert not missing, (
        f"{len(missing)} interface string(s) are not in {TS_FILE.name}. Run "
        "`python -m app.ui.translations_build update`, translate them, and commit the .ts:\n"
        + "\n".join(f"  [{key.context}] {key.source}" for key in missing)
    )


def test_helper_calls_are_collected_with_their_context(tmp_path: Path) -> None:
    words = tmp_path / "words.py"
    words.write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "def _t(text: str) -> str:\n"
        '    """Doc."""\n'
        '    return QCoreApplication.translate("Words", text)\n'
        'A = _t("甲")\n'
        "B = _t(A)\n",
        encoding="utf-8",
    )
    user = tmp_path / "user.py"
    user.write_text('from words import _t as say\nC = say("乙")\nD = _t("丙")\n', encoding="utf-8")
    assert helper_messages([words, user]) == [MessageKey("Words", "甲"), MessageKey("Words", "乙")]


def test_fill_sets_translations_from_a_tsv_and_names_unknown_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ts_file = tmp_path / "x.ts"
    code = [MessageKey("Desk", "登记"), MessageKey("Desk", "取消")]
    monkeypatch.setattr(translations_build, "collect_messages", lambda: code)
    translations_build.write_ts(ts_file, code, {MessageKey("Desk", "取消"): "Cancel"})
    tsv = tmp_path / "en.tsv"
    tsv.write_text("# mine\nDesk\t登记\tRegister\n\nRoom\t叫号\tCall\n", encoding="utf-8")
    unknown = translations_build.fill_ts(ts_file, translations_build.read_tsv(tsv))
    assert unknown == [MessageKey("Room", "叫号")]
    assert read_ts(ts_file) == {code[0]: "Register", code[1]: "Cancel"}


# -- the .qm ---------------------------------------------------------------------------


@pytest.fixture
def translations(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A translations folder holding only the committed .ts; a private cache folder."""
    folder = tmp_path / "translations"
    folder.mkdir()
    shutil.copy(TS_FILE, folder / TS_FILE.name)
    monkeypatch.setattr(i18n, "translations_dir", lambda: str(folder))
    monkeypatch.setenv("RECEPTION_DAY_DATA_DIR", str(tmp_path / "data"))
    return folder


@pytest.mark.skipif(find_qt_tool("lrelease") is None, reason="PySide6's lrelease is not installed")
def test_the_qm_is_compiled_into_the_cache_once_and_again_after_an_edit(
    translations: Path, tmp_path: Path
) -> None:
    first = english_qm_file()
    assert first is not None
    assert first.is_relative_to(tmp_path / "data")
    assert first.stat().st_size > 10_000
    stamp = first.stat().st_mtime_ns
    assert english_qm_file() == first
    assert first.stat().st_mtime_ns == stamp  # not compiled twice
    ts_file = translations / TS_FILE.name
    ts_file.write_text(ts_file.read_text(encoding="utf-8") + "<!-- edited -->\n", "utf-8")
    second = english_qm_file()
    assert second is not None
    assert second != first
    assert second.is_file()
    assert not first.exists()


def test_a_shipped_qm_is_used_as_it_is(translations: Path, tmp_path: Path) -> None:
    shipped = translations / f"{translations_build.TS_BASENAME}.qm"
    translations_build.compile_qm(translations / TS_FILE.name, shipped)
    assert english_qm_file() == shipped
    assert not (tmp_path / "data").exists()


def test_without_lrelease_the_interface_stays_chinese_with_a_logged_warning(
    qapp: QApplication,
    translations: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setattr(translations_build, "find_qt_tool", lambda name: None)
    before = QLocale()
    with caplog.at_level(logging.WARNING, logger="app.ui.i18n"):
        installed = install_translators(qapp, "en")
    try:
        assert any("staying in Chinese" in r.getMessage() for r in caplog.records)
        assert QCoreApplication.translate("DeskStation", "现场登记") == "现场登记"
        assert QLocale().language() == QLocale.Language.Chinese
    finally:
        _remove(qapp, installed, before)


# -- on screen -------------------------------------------------------------------------


def _remove(app: QApplication, translators: list[QTranslator], locale: QLocale) -> None:
    for translator in translators:
        app.removeTranslator(translator)
    QLocale.setDefault(locale)


@pytest.fixture
def english(qapp: QApplication, translations: Path) -> Iterator[None]:
    """English for one test; the translator is removed after it so the others stay Chinese."""
    before = QLocale()
    installed = install_translators(qapp, "en")
    assert installed, "the English translation could not be installed"
    try:
        yield
    finally:
        _remove(qapp, installed, before)
    assert QCoreApplication.translate("DeskStation", "现场登记") == "现场登记"


def _chrome(station: QWidget) -> list[str]:
    """Texts that are the interface's own: buttons, tabs, placeholders, column headers."""
    texts = [b.text() for b in station.findChildren(QAbstractButton) if b.text()]
    texts += [e.placeholderText() for e in station.findChildren(QLineEdit) if e.placeholderText()]
    for bar in station.findChildren(QTabBar):
        texts += [bar.tabText(i) for i in range(bar.count())]
    headers = [v.horizontalHeader() for v in station.findChildren(QTableView)]
    headers += [v.header() for v in station.findChildren(QTreeView)]
    for header in headers:
        model = header.model()
        for column in range(header.count() if model is not None else 0):
            title = model.headerData(column, Qt.Orientation.Horizontal)
            if isinstance(title, str) and title:
                texts.append(title)
    return texts


@pytest.mark.usefixtures("english")
def test_the_desk_speaks_english(qtbot: QtBot, ui_env: UiEnv) -> None:
    desk = DeskStation(ui_env)
    qtbot.addWidget(desk)
    chrome = _chrome(desk)
    assert "Register (Ctrl+Enter)" in chrome
    assert desk.search.box.placeholderText().startswith("Find: name / pinyin initials")
    assert [text for text in chrome if HAN.search(text)] == []


@pytest.mark.usefixtures("english")
def test_the_room_speaks_english(qtbot: QtBot, ui_env: UiEnv, day: Day) -> None:
    room = RoomStation(ui_env, day.room_land)
    qtbot.addWidget(room)
    chrome = _chrome(room)
    assert "Call next F5" in chrome or "Call next" in " ".join(chrome)
    assert "Waited" in chrome
    assert [text for text in chrome if HAN.search(text)] == []


@pytest.mark.usefixtures("english")
def test_the_hall_display_speaks_english(qtbot: QtBot, ui_env: UiEnv) -> None:
    display = DisplayStation(ui_env)
    qtbot.addWidget(display)
    chrome = _chrome(display)
    assert "Full screen (F11)" in chrome
    assert [text for text in chrome if HAN.search(text)] == []

"""Spoken hall calls ("请 087 号到 3 号接待室") where the platform has text-to-speech.

QtTextToSpeech ships in PySide6-Addons, which a workstation may not have. The module is
imported lazily; without it (or without a speech engine) :class:`Announcer` stays silent,
says why in :meth:`Announcer.status_text`, and never raises or makes Qt log a warning.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from enum import StrEnum
from types import ModuleType
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal


def _t(text: str) -> str:
    return QCoreApplication.translate("speech", text)


def announcement_text(ticket: str, room_number: int) -> str:
    """What the hall hears for a call: ``请 087 号到 3 号接待室``."""
    return _t("请 {ticket} 号到 {room} 号接待室").format(ticket=ticket, room=room_number)


def load_speech_module() -> ModuleType | None:
    """``PySide6.QtTextToSpeech`` if installed, else None (no error, no warning)."""
    try:
        return importlib.import_module("PySide6.QtTextToSpeech")
    except ImportError:
        return None


class SpeechState(StrEnum):
    """Why the announcer can or cannot speak."""

    READY = "ready"
    NOT_INSTALLED = "not_installed"  # PySide6-Addons (QtTextToSpeech) missing
    NO_ENGINE = "no_engine"  # module present, but the platform offers no engine
    ENGINE_ERROR = "engine_error"  # the engine failed to start or broke while speaking


def _chinese_locale(locales: list[Any]) -> Any | None:
    """The best Chinese voice locale on offer: mainland first, then any Chinese."""
    chinese = [loc for loc in locales if loc.language() == QLocale.Language.Chinese]
    mainland = [loc for loc in chinese if loc.territory() == QLocale.Country.China]
    return (mainland or chinese or [None])[0]


class Announcer(QObject):
    """Speaks each call once; queues calls that come while it is still speaking."""

    state_changed = Signal(str)  # SpeechState value

    def __init__(
        self,
        parent: QObject | None = None,
        loader: Callable[[], ModuleType | None] = load_speech_module,
    ) -> None:
        super().__init__(parent)
        self._engine: Any = None
        self._module: ModuleType | None = loader()
        self._enabled = True
        self._state = self._start()

    def _start(self) -> SpeechState:
        module = self._module
        if module is None:
            return SpeechState.NOT_INSTALLED
        tts = module.QTextToSpeech
        if not list(tts.availableEngines()):
            return SpeechState.NO_ENGINE
        engine = tts(self)
        if engine.state() == tts.State.Error:
            engine.deleteLater()
            return SpeechState.ENGINE_ERROR
        locale = _chinese_locale(list(engine.availableLocales()))
        if locale is not None:
            engine.setLocale(locale)
        engine.stateChanged.connect(self._on_engine_state)
        self._engine = engine
        return SpeechState.READY

    def _on_engine_state(self, state: object) -> None:
        module = self._module
        if module is not None and state == module.QTextToSpeech.State.Error:
            self._state = SpeechState.ENGINE_ERROR
            self.state_changed.emit(self._state.value)

    @property
    def state(self) -> SpeechState:
        """Whether speech works here, or why not."""
        return self._state

    @property
    def available(self) -> bool:
        """True when calls can be spoken on this workstation."""
        return self._state is SpeechState.READY

    @property
    def enabled(self) -> bool:
        """Whether the operator wants calls spoken (only matters when available)."""
        return self._enabled

    def set_enabled(self, enabled: bool) -> None:
        """Switch spoken calls on or off."""
        self._enabled = enabled
        self.state_changed.emit(self._state.value)

    def status_text(self) -> str:
        """One line for the operator: on, off, or why speech is unavailable."""
        if self._state is SpeechState.READY:
            return _t("语音播报：已开启") if self._enabled else _t("语音播报：已关闭")
        reasons = {
            SpeechState.NOT_INSTALLED: _t("语音播报不可用：本机未安装语音组件（QtTextToSpeech）"),
            SpeechState.NO_ENGINE: _t("语音播报不可用：系统没有可用的语音引擎"),
            SpeechState.ENGINE_ERROR: _t("语音播报不可用：语音引擎出错"),
        }
        return reasons[self._state]

    def announce(self, ticket: str, room_number: int) -> str:
        """Speak the call if possible; returns the text either way (for the screen)."""
        text = announcement_text(ticket, room_number)
        if self.available and self._enabled:
            engine = self._engine
            if hasattr(engine, "enqueue"):
                engine.enqueue(text)
            else:
                engine.say(text)
        return text

"""Interface language: Chinese source strings, an English translation, Qt's own too.

The English translation is kept as ``resources/translations/reception_day_en.ts`` (the
committed source). Its compiled ``.qm`` is a build product: a package build may ship one
next to the ``.ts``; otherwise it is compiled on first use with the ``lrelease`` that comes
with PySide6 into the user cache folder (``RECEPTION_DAY_DATA_DIR/cache`` when that is
set), named after the ``.ts`` contents so an edited ``.ts`` is compiled again. When no
translation can be had, the interface stays Chinese and a warning is logged.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.paths import APP_NAME, DATA_DIR_ENV, resources_dir

LANGUAGES = ("zh", "en")

log = logging.getLogger(__name__)


def translations_dir() -> str:
    return str(resources_dir() / "translations")


def translation_cache_dir() -> Path:
    """Where compiled translations are kept (never in the source tree)."""
    override = os.environ.get(DATA_DIR_ENV, "").strip()
    if override:
        return Path(override) / "cache" / "translations"
    return Path(platformdirs.user_cache_dir(APP_NAME, APP_NAME)) / "translations"


def english_qm_file() -> Path | None:
    """The compiled English translation, compiled first if needed; None if it cannot be had."""
    # Imported here: the Chinese interface never needs the .ts tools (xml, ast…).
    from app.ui.translations_build import TS_BASENAME, TranslationBuildError, compile_qm

    folder = Path(translations_dir())
    ts_file, shipped = folder / f"{TS_BASENAME}.ts", folder / f"{TS_BASENAME}.qm"
    if shipped.is_file() and (
        not ts_file.is_file() or shipped.stat().st_mtime >= ts_file.stat().st_mtime
    ):
        return shipped
    if not ts_file.is_file():
        log.warning("English translation missing: neither %s nor %s exists", ts_file, shipped)
        return None
    digest = hashlib.sha256(ts_file.read_bytes()).hexdigest()[:16]
    cached = translation_cache_dir() / f"{TS_BASENAME}-{digest}.qm"
    if cached.is_file():
        return cached
    try:
        compile_qm(ts_file, cached)
    except (TranslationBuildError, OSError) as error:
        log.warning("Cannot compile the English translation (%s); staying in Chinese", error)
        return None
    _remove_stale(cached)
    return cached


def _remove_stale(current: Path) -> None:
    from app.ui.translations_build import TS_BASENAME

    for old in current.parent.glob(f"{TS_BASENAME}-*.qm"):
        if old != current:
            with contextlib.suppress(OSError):  # another station may be reading it
                old.unlink()


def _install_english(app: QCoreApplication) -> QTranslator | None:
    qm_file = english_qm_file()
    if qm_file is None:
        return None
    own = QTranslator(app)
    if not own.load(str(qm_file)):
        log.warning("Cannot load the English translation %s; staying in Chinese", qm_file)
        return None
    app.installTranslator(own)
    return own


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Install the interface translation for ``lang`` (``zh`` or ``en``) on ``app``.

    The app's strings are written in Chinese, so ``zh`` needs only Qt's own
    ``qtbase_zh_CN`` (standard buttons); ``en`` loads ``reception_day_en.qm``, compiled on
    demand, and falls back to Chinese with a logged warning when that fails. Returns the
    translators (keep them alive as long as the app; ``removeTranslator`` undoes them).
    """
    if lang not in LANGUAGES:
        log.warning("Unknown interface language %r; using Chinese", lang)
        lang = "zh"
    if lang == "en":
        own = _install_english(app)
        if own is not None:
            QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
            return [own]
    locale = QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    QLocale.setDefault(locale)
    qt_base = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_base.load(locale, "qtbase", "_", qt_dir):
        app.installTranslator(qt_base)
        return [qt_base]
    return []

"""The English translation's tool chain: collect the messages, update the .ts, compile the .qm.

The interface's source strings are Chinese. ``pyside6-lupdate`` finds ``self.tr("…")``,
``QCoreApplication.translate("Context", "…")`` and ``QT_TRANSLATE_NOOP``; it cannot see
the modules' one-line helpers ``def _t(text): return QCoreApplication.translate("Ctx",
text)``, so their literal calls are collected here from the syntax tree. The committed
file is ``resources/translations/reception_day_en.ts``; the ``.qm`` is never committed —
:func:`compile_qm` builds it (``app.ui.i18n`` does so on demand, a package build ahead).

Command line (run from the repository root)::

    python -m app.ui.translations_build update   # add new strings, drop vanished ones
    python -m app.ui.translations_build check    # exit 1 if strings are missing or untranslated
    python -m app.ui.translations_build release OUT.qm
    python -m app.ui.translations_build fill FILE.tsv  # update + set context<TAB>source<TAB>en
"""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

TS_BASENAME = "reception_day_en"
SOURCE_LANGUAGE = "zh_CN"
TARGET_LANGUAGE = "en"
UI_PACKAGE_DIR = Path(__file__).resolve().parent
#: No line numbers in the .ts: it stays stable while the code moves.
LUPDATE_OPTIONS = ("-silent", "-locations", "none", "-source-language", SOURCE_LANGUAGE)


class TranslationBuildError(RuntimeError):
    """A Qt language tool is missing or failed."""


@dataclass(frozen=True, order=True)
class MessageKey:
    """One translatable message as Qt looks it up."""

    context: str
    source: str
    comment: str = ""


def ui_sources(root: Path = UI_PACKAGE_DIR) -> list[Path]:
    """Every Python module of the interface, in a stable order."""
    return sorted(p for p in root.rglob("*.py") if "__pycache__" not in p.parts)


def find_qt_tool(name: str) -> list[str] | None:
    """The command that runs Qt's ``lupdate``/``lrelease`` as PySide6 ships it, or None."""
    suffix = ".exe" if sys.platform == "win32" else ""
    candidates: list[Path] = []
    try:
        import PySide6

        candidates.append(Path(PySide6.__file__).resolve().parent / f"{name}{suffix}")
    except ImportError:  # pragma: no cover - the app always has PySide6
        pass
    candidates.append(Path(sys.executable).parent / f"pyside6-{name}{suffix}")
    for candidate in candidates:
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return [str(candidate)]
    for command in (f"pyside6-{name}", name):
        found = shutil.which(command)
        if found:
            return [found]
    return None


def _run_tool(name: str, arguments: Sequence[str]) -> None:
    command = find_qt_tool(name)
    if command is None:
        raise TranslationBuildError(f"Qt's {name} was not found (it ships with PySide6)")
    try:
        done = subprocess.run(
            [*command, *arguments], capture_output=True, text=True, timeout=120, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise TranslationBuildError(f"{name} could not run: {error}") from error
    if done.returncode != 0:
        output = (done.stderr or done.stdout).strip()
        raise TranslationBuildError(f"{name} failed ({done.returncode}): {output}")


def compile_qm(ts_file: Path, qm_file: Path) -> None:
    """Compile ``ts_file`` into ``qm_file``; written atomically (several stations may start)."""
    qm_file.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(suffix=".qm", dir=qm_file.parent)
    os.close(handle)
    try:
        _run_tool("lrelease", ["-silent", str(ts_file), "-qm", temporary])
        if Path(temporary).stat().st_size == 0:
            raise TranslationBuildError("lrelease wrote an empty file")
        os.chmod(temporary, 0o644)  # mkstemp makes it private; it is no secret
        os.replace(temporary, qm_file)
    finally:
        Path(temporary).unlink(missing_ok=True)


def _helper_contexts(tree: ast.Module) -> dict[str, str]:
    """Module-level ``def f(text): return QCoreApplication.translate("Ctx", text)``."""
    helpers: dict[str, str] = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or not node.args.args:
            continue
        body = [s for s in node.body if not isinstance(s, ast.Expr)]
        if len(body) != 1 or not isinstance(body[0], ast.Return):
            continue
        call = body[0].value
        if not (
            isinstance(call, ast.Call)
            and isinstance(call.func, ast.Attribute)
            and call.func.attr == "translate"
            and len(call.args) == 2
        ):
            continue
        context, text = call.args
        if (
            isinstance(context, ast.Constant)
            and isinstance(context.value, str)
            and isinstance(text, ast.Name)
            and text.id == node.args.args[0].arg
        ):
            helpers[node.name] = context.value
    return helpers


def _module_name(path: Path) -> str:
    """``app.ui.widgets.desk_words`` for a module of the package, else the file's stem."""
    try:
        parts = path.resolve().relative_to(UI_PACKAGE_DIR).with_suffix("").parts
    except ValueError:
        return path.stem
    return ".".join(("app", "ui", *parts))


def helper_messages(sources: Iterable[Path]) -> list[MessageKey]:
    """Literal calls of the modules' translate helpers (imported ones included)."""
    trees = {path: ast.parse(path.read_text(encoding="utf-8"), str(path)) for path in sources}
    own = {_module_name(p): _helper_contexts(t) for p, t in trees.items()}
    found: list[MessageKey] = []
    for path, tree in trees.items():
        helpers = dict(own[_module_name(path)])
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module in own:
                for alias in node.names:
                    if alias.name in own[node.module]:
                        helpers[alias.asname or alias.name] = own[node.module][alias.name]
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in helpers
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.append(MessageKey(helpers[node.func.id], node.args[0].value))
    return found


def read_ts(ts_file: Path) -> dict[MessageKey, str | None]:
    """The messages of a .ts file and their translations (None: unfinished or empty)."""
    messages: dict[MessageKey, str | None] = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = MessageKey(
                name, message.findtext("source") or "", message.findtext("comment") or ""
            )
            element = message.find("translation")
            kind = "" if element is None else element.get("type", "")
            text = "" if element is None else (element.text or "")
            messages[key] = (
                text if text and kind not in ("unfinished", "vanished", "obsolete") else None
            )
    return messages


def collect_messages(sources: Sequence[Path] | None = None) -> list[MessageKey]:
    """Every message the interface asks Qt to translate: lupdate's plus the helpers'."""
    files = list(sources) if sources is not None else ui_sources()
    with tempfile.TemporaryDirectory() as folder:
        listing, ts_file = Path(folder) / "sources.lst", Path(folder) / "scan.ts"
        listing.write_text("\n".join(str(p) for p in files) + "\n", encoding="utf-8")
        _run_tool("lupdate", [*LUPDATE_OPTIONS, f"@{listing}", "-ts", str(ts_file)])
        scanned = list(read_ts(ts_file)) if ts_file.exists() else []
    found = [*scanned, *helper_messages(files)]
    return list(dict.fromkeys(key for key in found if key.source))  # "" needs no translation


def write_ts(
    ts_file: Path, messages: Iterable[MessageKey], known: Mapping[MessageKey, str | None]
) -> None:
    """Write the .ts as lupdate does, contexts sorted, new messages marked unfinished."""
    by_context: dict[str, list[MessageKey]] = {}
    for key in messages:
        by_context.setdefault(key.context, []).append(key)
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{TARGET_LANGUAGE}" sourcelanguage="{SOURCE_LANGUAGE}">',
    ]
    for context in sorted(by_context):
        lines += ["<context>", f"    <name>{escape(context)}</name>"]
        for key in by_context[context]:
            lines += ["    <message>", f"        <source>{escape(key.source)}</source>"]
            if key.comment:
                lines.append(f"        <comment>{escape(key.comment)}</comment>")
            text = known.get(key)
            if text:
                lines.append(f"        <translation>{escape(text)}</translation>")
            else:
                lines.append('        <translation type="unfinished"></translation>')
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    ts_file.parent.mkdir(parents=True, exist_ok=True)
    ts_file.write_text("\n".join(lines) + "\n", encoding="utf-8")


def update_ts(ts_file: Path) -> tuple[list[MessageKey], list[MessageKey]]:
    """Bring ``ts_file`` up to date with the code; returns (new, vanished) messages."""
    known = read_ts(ts_file) if ts_file.exists() else {}
    messages = collect_messages()
    write_ts(ts_file, messages, known)
    current = set(messages)
    return [m for m in messages if m not in known], [m for m in known if m not in current]


def fill_ts(ts_file: Path, rows: Iterable[tuple[str, str, str]]) -> list[MessageKey]:
    """Update ``ts_file`` and set the given (context, source, translation) rows.

    Returns the rows' keys that the code does not use (a typo in the context or source).
    """
    update_ts(ts_file)
    known = read_ts(ts_file)
    unknown: list[MessageKey] = []
    for context, source, translation in rows:
        key = MessageKey(context, source)
        if key not in known:
            unknown.append(key)
            continue
        known[key] = translation
    write_ts(ts_file, list(known), known)
    return unknown


def read_tsv(path: Path) -> list[tuple[str, str, str]]:
    """``context<TAB>source<TAB>translation`` lines; blank lines and ``#`` comments skipped."""
    rows: list[tuple[str, str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        context, source, translation = line.split("\t")
        rows.append((context, source, translation))
    return rows


def default_ts_file() -> Path:
    from app.ui.i18n import translations_dir

    return Path(translations_dir()) / f"{TS_BASENAME}.ts"


def main(argv: Sequence[str] | None = None) -> int:
    """``update`` | ``check`` | ``fill FILE.tsv`` | ``release OUT.qm`` on the committed .ts."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    command = arguments[0] if arguments else "check"
    ts_file = default_ts_file()
    if command == "update":
        new, vanished = update_ts(ts_file)
        for label, keys in (("new (translate these)", new), ("vanished (dropped)", vanished)):
            print(f"{len(keys)} {label}")
            for key in keys:
                print(f"  [{key.context}] {key.source}")
        return 0
    if command == "check":
        known = read_ts(ts_file)
        missing = [m for m in collect_messages() if known.get(m) is None]
        for key in missing:
            print(f"untranslated: [{key.context}] {key.source}")
        return 1 if missing else 0
    if command == "fill" and len(arguments) == 2:
        unknown = fill_ts(ts_file, read_tsv(Path(arguments[1])))
        for key in unknown:
            print(f"not in the code: [{key.context}] {key.source}")
        return 1 if unknown else 0
    if command == "release" and len(arguments) == 2:
        compile_qm(ts_file, Path(arguments[1]))
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main())

"""The Inno Setup check's parts that need neither wine nor ISCC (CI runs the whole check)."""

from __future__ import annotations

import re
import struct
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "installer"))

import inno_check  # noqa: E402
from lnk import ShortcutError, read_shortcut  # noqa: E402

SCRIPT = (ROOT / "installer" / "reception_day.iss").read_text(encoding="utf-8")


def _counted(text: str) -> bytes:
    return struct.pack("<H", len(text)) + text.encode("utf-16-le")


def _shortcut(target: str, arguments: str, working_dir: str) -> bytes:
    """A minimal shell link as wine writes one: link info, working folder, arguments."""
    flags = 0x02 | 0x10 | 0x20 | 0x80
    header = struct.pack("<I16sI", 0x4C, b"\x01\x14\x02" + bytes(13), flags).ljust(0x4C, b"\0")
    ansi = target.encode("latin-1") + b"\0"
    wide = target.encode("utf-16-le") + b"\0\0"
    info_header = 0x24
    body = struct.pack(
        "<IIIIIIIII", 0, info_header, 1, 0, info_header, 0, 0, info_header + len(ansi), 0
    )
    info = body + ansi + wide
    info = struct.pack("<I", len(info)) + info[4:]
    return header + info + _counted(working_dir) + _counted(arguments)


def test_a_shortcut_gives_its_target_arguments_and_folder() -> None:
    data = _shortcut(
        r"C:\Program Files\Reception Day\reception-day-gui.exe",
        "--station desk",
        r"C:\Program Files\Reception Day",
    )
    shortcut = read_shortcut(data)
    assert shortcut.target == r"C:\Program Files\Reception Day\reception-day-gui.exe"
    assert shortcut.arguments == "--station desk"
    assert shortcut.working_dir == r"C:\Program Files\Reception Day"


def test_a_file_that_is_no_shortcut_is_refused() -> None:
    with pytest.raises(ShortcutError):
        read_shortcut(b"MZ not a link")


def _installed(stations: list[str]) -> inno_check.Installed:
    gui = r"C:\Program Files\Reception Day\reception-day-gui.exe"
    shortcuts = {f"{s}.lnk": (gui, f"--station {s}") for s in stations}
    shortcuts["self-test.lnk"] = (r"C:\windows\system32\cmd.exe", '/k "x.exe" --self-test')
    shortcuts["uninstall.lnk"] = (r"C:\Program Files\Reception Day\unins000.exe", "")
    return inno_check.Installed(Path("/x"), shortcuts)


def test_the_start_menu_must_open_exactly_the_apps_stations() -> None:
    inno_check.check_shortcuts(_installed(["desk", "room"]), ["room", "desk"])
    with pytest.raises(inno_check.CheckFailed, match="statistics"):
        inno_check.check_shortcuts(_installed(["desk"]), ["desk", "statistics"])
    with pytest.raises(inno_check.CheckFailed):
        inno_check.check_shortcuts(_installed(["desk", "extra"]), ["desk"])


def test_the_stand_in_bundle_has_every_program_the_script_links(tmp_path: Path) -> None:
    bundle = inno_check.stand_in_bundle(tmp_path)
    for name in set(re.findall(r"\{app\}\\([\w.-]+\.exe)", SCRIPT)) - {"unins000.exe"}:
        assert (bundle / name).is_file(), name


def test_windows_paths_for_wine_are_on_drive_z() -> None:
    assert inno_check.windows_path(Path("/tmp/a b")) == r"Z:\tmp\a b"


def test_the_chinese_messages_file_is_the_projects_own_and_utf8() -> None:
    assert 'MessagesFile: "ChineseSimplified.isl"' in SCRIPT  # not "compiler:…": not shipped
    raw = (ROOT / "installer" / "ChineseSimplified.isl").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Inno Setup reads a .isl as UTF-8 only with a BOM
    text = raw.decode("utf-8-sig")
    assert "LanguageID=$0804" in text
    messages = dict(re.findall(r"^(\w+)=(.*)$", text, re.MULTILINE))
    assert len(messages) >= 280  # Inno Setup 6.4's Default.isl has 281; ISCC warns on a gap
    assert messages["ButtonNext"] == "下一步(&N) >"
    for key, value in messages.items():  # Inno Setup adds its own full stop to these
        if key.startswith(("Ldr", "Error")) and not key.startswith("ErrorTitle"):
            assert not value.endswith("."), key


def test_apt_retries_with_the_point_release_when_i386_lags(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[list[str]] = []

    def run(command: list[str], env: object = None, timeout: float = 0) -> object:
        calls.append(list(command))
        refused = command[:2] == ["apt-get", "install"]  # the first try: no matching i386
        out = "amd64 i386" if command[0] == "dpkg" else ""
        return subprocess.CompletedProcess(command, 100 if refused else 0, out, "")

    monkeypatch.setattr(inno_check, "_run", run)
    monkeypatch.setattr(inno_check.shutil, "which", lambda name: f"/usr/bin/{name}")
    monkeypatch.setattr(inno_check.os, "geteuid", lambda: 0)
    inno_check.install_system_tools()
    retry = calls[-1]
    assert retry[:3] == ["apt-get", "-o", retry[2]]
    assert retry[2].startswith("Dir::Etc::Preferences=")
    assert "wine32:i386" in retry
    assert not Path(retry[2].split("=", 1)[1]).exists()  # the pin file is removed


def test_without_root_or_apt_the_check_is_skipped_not_failed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(inno_check.os, "geteuid", lambda: 1000)
    with pytest.raises(inno_check.ToolsMissing):
        inno_check.install_system_tools()

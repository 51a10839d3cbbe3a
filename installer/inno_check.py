"""Prove the Inno Setup script without Windows: ISCC under wine, then a silent install.

``installer/build.py --inno-check`` (``--install-tools`` to fetch what is missing):

1. finds the tools: ``ISCC`` on the PATH (Windows), else Inno Setup's ``ISCC.exe`` from the
   npm package ``innosetup`` in the tools folder (``build/inno``) run by ``wine``; with
   ``--install-tools`` it installs wine (Debian: ``wine wine64 wine32:i386``, ISCC is a
   32-bit program) and xvfb with apt-get and the npm package with npm;
2. compiles ``installer/reception_day.iss`` against a stand-in bundle (the two programs'
   names and a ``_internal`` folder: PyInstaller cannot build the Windows bundle on Linux);
   any ISCC warning fails the check;
3. under wine (and Xvfb: Inno Setup's hidden wizard needs a display) installs the setup
   silently for all users, in Chinese and in English, reads every start-menu shortcut
   (target and arguments) and uninstalls, checking that the program and its shortcuts
   are gone and the user's data folder and settings are still there. ("Install for me
   only" cannot be tried: wine 8 does not know the per-user Programs folder that
   ``{autopf}`` then names.)

Exit status: 0 proven, 1 the script or the installer is wrong, 75 the tools are missing
or cannot run here (nothing proven; the reason is printed).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from lnk import read_shortcut

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "installer" / "reception_day.iss"
DEFAULT_TOOLS = ROOT / "build" / "inno"
INNOSETUP_NPM = "innosetup@6.4.1"
APT_PACKAGES = ("wine", "wine64", "wine32:i386", "xvfb", "xauth")
EXIT_SKIPPED = 75
TIMEOUT_S = 300
DATA_MARKER = "kept by the uninstaller"
SETTINGS_KEY = r"HKCU\Software\ReceptionDay\ReceptionDay\station"  # QSettings' place


class ToolsMissing(Exception):
    """The tools cannot be found, installed or run here: nothing is proven."""


class CheckFailed(Exception):
    """The script does not compile cleanly or the installer does the wrong thing."""


@dataclass
class Tools:
    """How to run ISCC (and, off Windows, the setup program) here."""

    iscc: list[str]
    env: dict[str, str] = field(default_factory=dict)
    prefix: Path | None = None  # the wine prefix; None on Windows


def _run(
    command: Sequence[str], env: dict[str, str] | None = None, timeout: float = TIMEOUT_S
) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(
            list(command),
            env=env,
            capture_output=True,
            text=True,
            errors="replace",
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired as error:
        raise ToolsMissing(f"{command[0]} did not finish in {timeout:.0f} s") from error
    except OSError as error:
        raise ToolsMissing(f"{command[0]} cannot run: {error}") from error


def install_system_tools() -> None:
    """wine (with its 32-bit part, for ISCC) and Xvfb through apt-get; root only."""
    if shutil.which("apt-get") is None or os.geteuid() != 0:
        raise ToolsMissing("wine is missing and apt-get cannot install it here (not root)")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    if "i386" not in _run(["dpkg", "--print-foreign-architectures"]).stdout.split():
        _run(["dpkg", "--add-architecture", "i386"])
    _run(["apt-get", "update", "-qq"], env, timeout=600)  # a stale index is tolerated
    install = ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *APT_PACKAGES]
    if _run(install, env, timeout=900).returncode == 0:
        return
    # A mirror whose i386 security index lags the amd64 one leaves wine32's libraries with
    # no version matching amd64's; the point release's versions match on both.
    with tempfile.NamedTemporaryFile("w", suffix=".pref", delete=False) as prefs:
        prefs.write("Package: *\nPin: release l=Debian-Security\nPin-Priority: 100\n")
    try:
        done = _run([install[0], "-o", f"Dir::Etc::Preferences={prefs.name}", *install[1:]], env)
    finally:
        Path(prefs.name).unlink()
    if done.returncode != 0:
        tail = (done.stderr or done.stdout).strip().splitlines()[-3:]
        raise ToolsMissing("apt-get could not install wine: " + " / ".join(tail))


def install_iscc(tools_dir: Path) -> None:
    """Inno Setup's compiler from the npm registry into ``tools_dir``."""
    if shutil.which("npm") is None:
        raise ToolsMissing("ISCC is missing and npm is not installed")
    tools_dir.mkdir(parents=True, exist_ok=True)
    done = _run(
        ["npm", "install", "--prefix", str(tools_dir), "--no-audit", "--no-fund", INNOSETUP_NPM]
    )
    if done.returncode != 0:
        raise ToolsMissing(f"npm install {INNOSETUP_NPM} failed: {done.stderr.strip()[-300:]}")


def find_tools(tools_dir: Path, install: bool) -> Tools:
    """The compiler, and wine around it off Windows; installs them when ``install``."""
    if os.name == "nt":
        iscc = shutil.which("ISCC")
        if iscc is None:
            raise ToolsMissing("ISCC (Inno Setup 6) is not on the PATH")
        return Tools([iscc])
    if install and (shutil.which("wine") is None or shutil.which("xvfb-run") is None):
        install_system_tools()
    if shutil.which("wine") is None:
        raise ToolsMissing("wine is not installed (build.py --inno-check --install-tools)")
    iscc_exe = tools_dir / "node_modules" / "innosetup" / "bin" / "ISCC.exe"
    if not iscc_exe.is_file() and install:
        install_iscc(tools_dir)
    if not iscc_exe.is_file():
        raise ToolsMissing(f"{iscc_exe} is missing (--install-tools fetches it with npm)")
    prefix = tools_dir / "wineprefix"
    env = {
        **os.environ,
        "WINEPREFIX": str(prefix),
        "WINEARCH": "win64",
        "WINEDEBUG": "-all",
        "WINEDLLOVERRIDES": "mscoree,mshtml=",  # no Mono/Gecko download prompts
    }
    if not (prefix / "system.reg").exists():
        _run(["wine", "wineboot", "--init"], env)
        _run(["wineserver", "-w"], env)
    return Tools(["wine", str(iscc_exe)], env, prefix)


def windows_path(path: Path) -> str:
    """The path as a wine program sees it (the Linux root is drive Z:)."""
    return "Z:" + str(path.resolve()).replace("/", "\\")


def stand_in_bundle(folder: Path) -> Path:
    """Files named as PyInstaller's Windows bundle names them (the check needs no more)."""
    bundle = folder / "reception-day"
    (bundle / "_internal").mkdir(parents=True)
    for name in ("reception-day.exe", "reception-day-gui.exe"):
        (bundle / name).write_bytes(b"MZ stand-in: the Windows bundle is built on Windows\n")
    (bundle / "_internal" / "base_library.zip").write_bytes(b"stand-in\n")
    return bundle


def compile_script(tools: Tools, bundle: Path, out_dir: Path, version: str) -> Path:
    """ISCC on the script; the setup program. Any warning is a failure."""
    native = os.name == "nt"
    convert = (lambda p: str(p)) if native else windows_path
    done = _run(
        [
            *tools.iscc,
            f"/DAppVersion={version}",
            f"/DBundleDir={convert(bundle)}",
            f"/O{convert(out_dir)}",
            convert(SCRIPT),
        ],
        tools.env or None,
    )
    output = done.stdout + done.stderr
    if done.returncode != 0:
        errors = [line for line in output.splitlines() if "rror" in line] or [output[-500:]]
        raise CheckFailed("ISCC: " + " / ".join(errors))
    warnings = [line for line in output.splitlines() if line.startswith("Warning")]
    if warnings:
        raise CheckFailed("ISCC warnings: " + " / ".join(warnings))
    setups = sorted(out_dir.glob("reception-day-*-setup.exe"))
    if not setups:
        raise CheckFailed("ISCC succeeded but wrote no setup program")
    return setups[0]


@dataclass
class Installed:
    """What one silent install made."""

    app_dir: Path
    shortcuts: dict[str, tuple[str, str]]  # file name → (target, arguments)


class WineSession:
    """The setup program's runs in the wine prefix, each under Xvfb."""

    def __init__(self, tools: Tools) -> None:
        assert tools.prefix is not None
        if shutil.which("xvfb-run") is None:
            raise ToolsMissing("xvfb-run is missing (apt-get install xvfb xauth)")
        self.tools = tools
        self.prefix = tools.prefix

    def run(self, *command: str) -> subprocess.CompletedProcess[str]:
        """A Windows program, waiting for every process it starts (the uninstaller re-runs
        itself from the temporary folder)."""
        shell = 'wine "$@"; status=$?; wineserver -w; exit $status'
        return _run(["xvfb-run", "-a", "sh", "-c", shell, "wine", *command], self.tools.env)

    def unix_path(self, path: str) -> Path:
        """``C:\\x\\y`` in this prefix."""
        drive, _, rest = path.partition(":")
        return self.prefix / f"drive_{drive.lower()}" / rest.strip("\\").replace("\\", "/")

    def user_dir(self) -> Path:
        """The wine user's profile folder (``C:\\users\\NAME``)."""
        users = [p for p in (self.prefix / "drive_c" / "users").iterdir() if p.name != "Public"]
        if len(users) != 1:
            raise ToolsMissing(f"cannot tell the wine user among {[p.name for p in users]}")
        return users[0]

    def install(self, setup: Path, *options: str) -> Installed:
        """A silent install; what its log says it made, read back from the prefix."""
        log = self.prefix / "drive_c" / "rd-setup.log"
        log.unlink(missing_ok=True)
        done = self.run(
            windows_path(setup),
            "/VERYSILENT",
            "/SUPPRESSMSGBOXES",
            "/NORESTART",
            "/LOG=C:\\rd-setup.log",
            *options,
        )
        text = log.read_text(encoding="utf-8-sig", errors="replace") if log.exists() else ""
        if done.returncode != 0 or "Installation process succeeded" not in text:
            raise CheckFailed(f"silent install {' '.join(options)} failed: {text[-600:]}")
        made = re.findall(r"Dest filename: (.+)", text)
        programs = [m.strip() for m in made if m.strip().endswith("\\reception-day-gui.exe")]
        if not programs:
            raise CheckFailed("the install log names no reception-day-gui.exe")
        shortcuts: dict[str, tuple[str, str]] = {}
        for name in (m.strip() for m in made if m.strip().endswith(".lnk")):
            shortcut = read_shortcut(self.unix_path(name).read_bytes())
            shortcuts[name.rsplit("\\", 1)[-1]] = (shortcut.target, shortcut.arguments)
        return Installed(self.unix_path(programs[0].rsplit("\\", 1)[0]), shortcuts)

    def uninstall(self, installed: Installed) -> None:
        """The silent uninstall of ``installed``."""
        uninstaller = installed.app_dir / "unins000.exe"
        if not uninstaller.exists():
            raise CheckFailed(f"no uninstaller in {installed.app_dir}")
        self.run(windows_path(uninstaller), "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART")

    def seed_user_data(self) -> Path:
        """A database file and a setting as the app leaves them; the file's path."""
        data = self.user_dir() / "AppData" / "Local" / "ReceptionDay" / "ReceptionDay"
        data.mkdir(parents=True, exist_ok=True)
        (data / "reception-day.db").write_text(DATA_MARKER, encoding="utf-8")
        self.run("reg", "add", SETTINGS_KEY, "/v", "role", "/d", "desk", "/f")
        return data / "reception-day.db"

    def setting_kept(self) -> bool:
        """The setting :meth:`seed_user_data` wrote is still in the registry."""
        done = self.run("reg", "query", SETTINGS_KEY, "/v", "role")
        return done.returncode == 0 and "desk" in done.stdout


def check_install_cycle(session: WineSession, setup: Path, stations: Sequence[str]) -> list[str]:
    """Install for all users in each language, check the shortcuts, uninstall, check what
    is left; a line per language."""
    database = session.seed_user_data()
    lines: list[str] = []
    for language, lang_option in (("chinesesimplified", ""), ("english", "--lang en")):
        started = time.perf_counter()
        installed = session.install(setup, "/ALLUSERS", f"/LANG={language}")
        check_shortcuts(installed, stations, lang_option)
        session.uninstall(installed)
        leftovers = [p for p in installed.app_dir.rglob("*") if p.is_file()]
        if leftovers:
            raise CheckFailed(f"{language}: uninstall left {leftovers[:3]}")
        for name in installed.shortcuts:
            if any(session.prefix.rglob(name)):
                raise CheckFailed(f"{language}: uninstall left the shortcut {name}")
        if database.read_text(encoding="utf-8") != DATA_MARKER or not session.setting_kept():
            raise CheckFailed(f"{language}: uninstall touched the user's data or settings")
        where = installed.app_dir.relative_to(session.prefix)
        lines.append(
            f"{language}: silent install in {where}, {len(installed.shortcuts)} start-menu "
            f"entries ({', '.join(sorted(installed.shortcuts))}); uninstalled, the user's data "
            f"folder and settings kept ({time.perf_counter() - started:.0f} s)"
        )
    return lines


def check_shortcuts(installed: Installed, stations: Sequence[str], lang_option: str = "") -> None:
    """One windowed-program entry per station role, exactly, each in the installer's
    language (``--lang en`` after the station in English); the self-test and uninstall."""
    gui = [
        args.split()
        for target, args in installed.shortcuts.values()
        if target.lower().endswith("\\reception-day-gui.exe")
    ]
    opened = sorted(words[1] for words in gui if words[:1] == ["--station"])
    if opened != sorted(stations):
        raise CheckFailed(f"start-menu stations {opened} are not the app's {sorted(stations)}")
    if any(words[2:] != lang_option.split() for words in gui if words[:1] == ["--station"]):
        raise CheckFailed(f"a station's entry is not in the installer's language: {gui}")
    targets = [t.lower() for t, _ in installed.shortcuts.values()]
    if not any(t.endswith("\\unins000.exe") for t in targets):
        raise CheckFailed("no uninstall entry in the start menu")
    if not any("--self-test" in a for _, a in installed.shortcuts.values()):
        raise CheckFailed("no self-test entry in the start menu")


def run_check(version: str, stations: Sequence[str], tools_dir: Path, install: bool) -> int:
    """The whole check; prints what was proven, returns the exit status."""
    try:
        started = time.perf_counter()
        tools = find_tools(tools_dir, install)
        print(f"· Inno Setup tools ready ({time.perf_counter() - started:.0f} s)", flush=True)
        with tempfile.TemporaryDirectory() as folder:
            bundle = stand_in_bundle(Path(folder) / "bundle")
            started = time.perf_counter()
            setup = compile_script(tools, bundle, Path(folder) / "out", version)
            print(
                f"· ISCC compiled {SCRIPT.name} with no warning "
                f"({time.perf_counter() - started:.1f} s)",
                flush=True,
            )
            if tools.prefix is None:
                print("· native Windows: compile only (the check does not install here)")
                return 0
            for line in check_install_cycle(WineSession(tools), setup, stations):
                print(f"· {line}", flush=True)
    except ToolsMissing as missing:
        print(f"· Inno Setup check skipped: {missing}", flush=True)
        return EXIT_SKIPPED
    except CheckFailed as failed:
        print(f"✗ Inno Setup check failed: {failed}", file=sys.stderr, flush=True)
        return 1
    return 0

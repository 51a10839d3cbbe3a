#!/usr/bin/env python3
"""Build the installable app: one command for every platform.

    .venv/bin/python installer/build.py            # bundle + package for this platform
    .venv/bin/python installer/build.py --smoke    # … then run the frozen --self-test
    .venv/bin/python installer/build.py --inno-check [--install-tools]

Steps: compile the English ``.qm``; PyInstaller (onedir, ``installer/reception_day.spec``)
into ``dist/reception-day/``; then on Linux a Debian package ``dist/reception-day_V_ARCH.deb``
(``dpkg-deb``), on Windows the Inno Setup installer (``ISCC`` on the PATH) from
``installer/reception_day.iss``. ``--smoke`` runs the frozen ``reception-day --self-test``
offscreen and reports bundle size and the time to a passing self-test and to the first
window. Needs the ``package`` extra (``pip install -e ".[package]"``).

``--inno-check`` builds nothing: it compiles the Inno Setup script with ISCC (under wine off
Windows) against a stand-in bundle and installs and uninstalls the result silently
(``installer/inno_check.py``; exit 75 when the tools are missing, with the reason).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
BUNDLE = DIST / "reception-day"
#: A launcher per workstation role (app.domain.roles.WORKSTATIONS, in its order), named as
#: the window's tab (its Chinese and the English .ts); reception_day.iss has the same list.
STATIONS = {
    "desk": ("登记台", "Desk"),
    "room": ("接待室", "Room"),
    "print": ("打印台", "Print station"),
    "display": ("叫号屏", "Hall display"),
    "supervisor": ("督办", "Supervision"),
    "ledger": ("台账", "Case ledger"),
    "statistics": ("统计", "Statistics"),
    "admin": ("管理", "Set-up"),
}


def version() -> str:
    """The project version from pyproject.toml."""
    import tomllib

    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return str(data["project"]["version"])


def folder_size(path: Path) -> int:
    """Bytes in every file under ``path``."""
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def compile_translations(out: Path) -> None:
    """The .qm the bundle ships (the frozen app has no lrelease to build it on demand)."""
    sys.path.insert(0, str(ROOT))
    from app.ui.translations_build import TS_BASENAME, compile_qm, default_ts_file

    compile_qm(default_ts_file(), out / f"{TS_BASENAME}.qm")


def run_pyinstaller(qm_dir: Path) -> None:
    """The onedir bundle in dist/reception-day."""
    env = {**os.environ, "RD_ROOT": str(ROOT), "RD_QM_DIR": str(qm_dir)}
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(ROOT / "build" / "pyinstaller"),
            str(ROOT / "installer" / "reception_day.spec"),
        ],
        check=True,
        cwd=ROOT,
        env=env,
    )


def desktop_entry(station: str, names: tuple[str, str]) -> str:
    """A freedesktop launcher for one station."""
    zh, en = names
    return (
        "[Desktop Entry]\nType=Application\n"
        f"Name=接访日 · {zh}\nName[en]=Reception Day · {en}\n"
        f"Exec=/opt/reception-day/reception-day-gui --station {station}\n"
        "Terminal=false\nCategories=Office;\n"
    )


def desktop_entries() -> dict[str, str]:
    """The package's launchers: file name → contents, one per station role."""
    return {
        f"reception-day-{station}.desktop": desktop_entry(station, names)
        for station, names in STATIONS.items()
    }


def build_deb() -> Path:
    """A Debian package installing the bundle in /opt with a launcher per station."""
    arch = {"x86_64": "amd64", "aarch64": "arm64"}.get(platform.machine(), platform.machine())
    with tempfile.TemporaryDirectory() as staging_dir:
        staging = Path(staging_dir) / "pkg"
        shutil.copytree(BUNDLE, staging / "opt" / "reception-day", symlinks=True)
        bin_dir = staging / "usr" / "bin"
        bin_dir.mkdir(parents=True)
        (bin_dir / "reception-day").symlink_to("/opt/reception-day/reception-day")
        apps = staging / "usr" / "share" / "applications"
        apps.mkdir(parents=True)
        for name, text in desktop_entries().items():
            (apps / name).write_text(text, encoding="utf-8")
        control = staging / "DEBIAN"
        control.mkdir()
        size_kb = folder_size(staging) // 1024
        (control / "control").write_text(
            "Package: reception-day\n"
            f"Version: {version()}\n"
            f"Architecture: {arch}\n"
            "Maintainer: Reception Day developers <noreply@example.invalid>\n"
            f"Installed-Size: {size_kb}\n"
            "Depends: libgl1, libegl1, libxkbcommon0, libxkbcommon-x11-0, libfontconfig1, "
            "libdbus-1-3, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-shape0\n"
            "Section: misc\nPriority: optional\n"
            "Description: 接访日 — public reception day desk, rooms, printing and follow-up\n"
            " Registration, room allocation, hand-over slips and supervision for a\n"
            " county's public reception day. Data stays in each user's data folder.\n",
            encoding="utf-8",
        )
        deb = DIST / f"reception-day_{version()}_{arch}.deb"
        subprocess.run(
            ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(staging), str(deb)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return deb


def build_windows_installer() -> Path | None:
    """The Inno Setup installer, when ISCC is available."""
    iscc = shutil.which("ISCC") or shutil.which("iscc")
    if iscc is None:
        print("· ISCC (Inno Setup) not found: bundle only", flush=True)
        return None
    script = ROOT / "installer" / "reception_day.iss"
    subprocess.run([iscc, f"/DAppVersion={version()}", str(script)], check=True)
    return DIST / f"reception-day-{version()}-setup.exe"


def smoke_test() -> dict[str, float]:
    """Run the frozen self-test offscreen; seconds to pass it and to the first window."""
    program = BUNDLE / ("reception-day.exe" if os.name == "nt" else "reception-day")
    with tempfile.TemporaryDirectory() as data:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RECEPTION_DAY_DATA_DIR": data}
        started = time.perf_counter()
        subprocess.run([str(program), "--self-test"], check=True, env=env)
        self_test = time.perf_counter() - started
        started = time.perf_counter()
        subprocess.run([str(program), "--help"], check=True, env=env, stdout=subprocess.DEVNULL)
        help_start = time.perf_counter() - started
    return {"self_test_s": self_test, "help_s": help_start}


def main(argv: list[str] | None = None) -> int:
    """Build for this platform; the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="run the frozen self-test")
    parser.add_argument("--no-package", action="store_true", help="bundle only")
    parser.add_argument(
        "--inno-check",
        action="store_true",
        help="only compile the Inno Setup script (wine off Windows) and install it silently",
    )
    parser.add_argument(
        "--install-tools", action="store_true", help="with --inno-check: fetch wine and ISCC"
    )
    parser.add_argument("--tools", type=Path, default=None, help="ISCC's folder (build/inno)")
    args = parser.parse_args(argv)
    if args.inno_check:
        sys.path[:0] = [str(ROOT), str(ROOT / "installer")]
        from inno_check import DEFAULT_TOOLS, run_check

        from app.domain.roles import WORKSTATIONS  # the app's list, not STATIONS: they must match

        return run_check(version(), WORKSTATIONS, args.tools or DEFAULT_TOOLS, args.install_tools)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as qm_dir:
        compile_translations(Path(qm_dir))
        run_pyinstaller(Path(qm_dir))
    size = folder_size(BUNDLE)
    print(f"· bundle {BUNDLE}: {size / 2**20:.0f} MiB ({time.perf_counter() - started:.0f} s)")
    if not args.no_package:
        if sys.platform.startswith("linux") and shutil.which("dpkg-deb"):
            deb = build_deb()
            print(f"· package {deb.name}: {deb.stat().st_size / 2**20:.0f} MiB")
        elif os.name == "nt":
            build_windows_installer()
    if args.smoke:
        times = smoke_test()
        print(
            f"· frozen self-test passed in {times['self_test_s']:.1f} s; "
            f"cold start to --help {times['help_s']:.2f} s"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

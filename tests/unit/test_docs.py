"""The user and admin guides: every image and relative link they reference exists, and
every ``reception-day COMMAND`` they tell someone to type is a real command."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.cli import command_names

DOCS = Path(__file__).resolve().parents[2] / "docs"
GUIDES = [*sorted((DOCS / "guide").glob("*.md")), DOCS / "ADMIN-GUIDE.md"]
LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)\)")
COMMAND = re.compile(r"reception-day(?:\.exe)? ([a-z][a-z-]*)")


def _ids(paths: list[Path]) -> list[str]:
    return [str(p.relative_to(DOCS)) for p in paths]


def test_the_guides_are_there() -> None:
    names = {p.name for p in GUIDES}
    expected = {"README.md", "desk.md", "room.md", "print.md", "display.md"}
    expected |= {"supervision.md", "statistics.md", "ledger.md", "admin.md", "ADMIN-GUIDE.md"}
    assert expected <= names


@pytest.mark.parametrize("guide", GUIDES, ids=_ids(GUIDES))
def test_every_image_and_relative_link_exists(guide: Path) -> None:
    missing = []
    for target in LINK.findall(guide.read_text(encoding="utf-8")):
        if re.match(r"[a-z]+:", target) or target.startswith("#"):
            continue  # a web address or a heading in the same page
        if not (guide.parent / target.split("#", 1)[0]).exists():
            missing.append(target)
    assert not missing, f"{guide.name}: {missing}"


def _anchors(page: Path) -> set[str]:
    """The heading anchors GitHub makes: lower case, punctuation dropped, spaces as -."""
    anchors, fenced = set(), False
    for line in page.read_text(encoding="utf-8").splitlines():
        if line.startswith("```"):
            fenced = not fenced
        elif not fenced and line.startswith("#"):
            heading = line.lstrip("#").strip().lower()
            anchors.add(re.sub(r"[^\w\- ]", "", heading).replace(" ", "-"))
    return anchors


@pytest.mark.parametrize("guide", GUIDES, ids=_ids(GUIDES))
def test_every_anchor_names_a_heading(guide: Path) -> None:
    broken = []
    for target in LINK.findall(guide.read_text(encoding="utf-8")):
        if re.match(r"[a-z]+:", target) or "#" not in target:
            continue
        path, anchor = target.split("#", 1)
        page = guide.parent / path if path else guide
        if page.exists() and anchor not in _anchors(page):
            broken.append(target)
    assert not broken, f"{guide.name}: {broken}"


@pytest.mark.parametrize("guide", GUIDES, ids=_ids(GUIDES))
def test_every_command_mentioned_is_real(guide: Path) -> None:
    known = set(command_names())
    unknown = sorted(set(COMMAND.findall(guide.read_text(encoding="utf-8"))) - known)
    assert not unknown, f"{guide.name} mentions commands that do not exist: {unknown}"


def test_images_are_small() -> None:
    images = sorted((DOCS / "guide" / "images").glob("*.png"))
    too_big = [p.name for p in images if p.stat().st_size > 400_000]
    assert not too_big

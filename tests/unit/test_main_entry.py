"""``reception-day``'s entry point: a first word is an admin command (app.cli, loaded
only then), options open the window."""

from __future__ import annotations

import pytest

from app import cli, main


def test_the_entry_point_agrees_with_the_commands_module() -> None:
    assert main.EXIT_USER_ERROR == cli.EXIT_USER_ERROR
    assert main.KEY_FILE_HELP == cli.KEY_FILE_HELP


def test_a_first_word_goes_to_the_admin_commands(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    ran: list[list[str]] = []
    monkeypatch.setattr(cli, "main", lambda args: ran.append(list(args)) or 0)
    assert main.main(["stats", "--json"]) == 0
    assert ran == [["stats", "--json"]]
    monkeypatch.undo()
    assert main.main(["no-such-command"]) == cli.EXIT_USER_ERROR
    assert "invalid choice: 'no-such-command'" in capsys.readouterr().err


def test_help_lists_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    assert main.main(["--help"]) == 0
    out = capsys.readouterr().out
    assert "--station" in out
    listed = "".join(out.split())  # argparse wraps the epilog, also at hyphens
    assert f"commands:{','.join(cli.command_names())}" in listed

"""``reception-day simulate`` on the Pujiang-scale day: text, JSON, plan, usage errors."""

from __future__ import annotations

import json

import pytest

from app import cli, main


def test_day_scale_text_reports_the_budget(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["simulate", "--seeds", "2"]) == 0
    out = capsys.readouterr()
    assert out.out.startswith("浦江规模接访日（436 批 667 人次，15 间接待室，8 小时），种子 1, 2")
    assert "：达标" in out.out
    assert ": met" in out.out
    assert "模拟 simulate: 2/2 100%" in out.err


def test_day_scale_json_has_every_day_and_the_verdict(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["simulate", "--scale", "day", "--seeds", "1", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["met"] is True
    assert data["budget"] == {"gain_at_least": 0.3, "ratio_at_most": 1.15}
    day = data["days"][0]
    assert day["allocator"]["served"] == 436
    assert day["allocator"]["unserved"] == 0
    assert day["gain"] >= 0.3
    assert len(day["utilisation"]) == 15
    assert day["queue"][0][0] == 0


def test_plan_on_the_day_scale_prints_a_layout(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["simulate", "--seeds", "1", "--plan", "--time-limit", "5"]) == 0
    out = capsys.readouterr().out
    assert "规划接待室：评估" in out
    assert "现有安排：平均等候" in out


def test_usage_errors_and_the_command_list(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["simulate", "--seeds", "0"]) == cli.EXIT_USER_ERROR
    assert cli.main(["simulate", "--event", "1", "--scale", "day"]) == cli.EXIT_USER_ERROR
    capsys.readouterr()
    assert "simulate" in cli.command_names()
    assert main.main(["simulate", "--seeds", "1"]) == 0

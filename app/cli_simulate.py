"""``reception-day simulate``: play reception days through the allocator (no Qt here).

    reception-day simulate [--scale day | --event ID [--walk-ins N]] [--seeds N]
                           [--plan [--time-limit S]] [--json]

``--scale day`` (the default) plays the Pujiang-scale day of :mod:`app.demo.day_scenario`
and checks the DESIGN.md §6 budget; ``--event ID`` plays an event of the database from
its pre-registrations plus walk-ins like them (``--walk-ins``, default: the usual share).
Each day is played three ways: the allocator, fixed topic→room routing and the pooled
lower bound (:mod:`app.domain.simulation.bound`). ``--plan`` also searches for a better
room layout. A progress line goes to stderr.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections.abc import Callable, Mapping
from typing import Any

from app.cli import ProgressLine
from app.domain.simulation.compare import BOUND_BUDGET, GAIN_BUDGET, Verdict, compare_days
from app.domain.simulation.metrics import WaitSummary
from app.domain.simulation.model import Scenario
from app.domain.simulation.planning import PlanAdvice, recommend

Register = Callable[[str, str, Callable[[argparse.Namespace], int]], argparse.ArgumentParser]
STAGE = "模拟 simulate"
PLAN_STAGE = "规划 plan"


def _waits(label: str, w: WaitSummary) -> str:
    return (
        f"  {label}：平均等候 {w.mean:.1f} 分钟，P95 {w.p95:.0f}，最长 {w.max:.0f}；"
        f"利用率 {100 * w.utilisation:.0f}%，最后一批 {_clock(w.last_finish)} 结束"
        + (f"，未接待 {w.unserved} 批" if w.unserved else "")
    )


def _clock(minute: float) -> str:
    """Minute of the day (0 = 08:00) as a time; past midnight "次日 02:25"."""
    total = 8 * 60 + round(minute)
    text = f"{total // 60 % 24:02d}:{total % 60:02d}"
    return f"次日 {text}" if total >= 24 * 60 else text


def verdict_lines(title: str, verdict: Verdict) -> list[str]:
    """The comparison as text: Chinese, then one line in English."""
    seeds = ", ".join(str(d.seed) for d in verdict.days)
    lines = [f"{title}，种子 {seeds}"]
    for day in verdict.days:
        lines.append(
            f"  种子 {day.seed}：本系统 {day.allocator.mean:.1f} / 固定分配 {day.fixed.mean:.1f}"
            f" / 下界 {day.bound.mean:.1f} 分钟（少 {100 * day.gain:.1f}%，"
            f"下界的 {day.ratio:.3f} 倍）"
        )
    first = verdict.days[0]
    lines += [
        _waits(f"本系统分配（种子 {first.seed}）", first.allocator),
        _waits("固定类别→接待室", first.fixed),
        _waits("下界（同组接待室共用一个队列）", first.bound),
    ]
    rooms = " · ".join(f"{number}号 {100 * u:.0f}%" for number, u in first.utilisation)
    queue = " ".join(f"{_clock(m)} {n}" for m, n in first.queue[::2])
    lines += [f"  接待室利用率（种子 {first.seed}）：{rooms}", f"  候谈批次：{queue}"]
    met = "达标" if verdict.met else "未达标"
    lines.append(
        f"  平均等候 {verdict.allocator_mean:.1f} 分钟，比固定分配少 {100 * verdict.gain:.1f}%"
        f"（预算 ≥ {100 * GAIN_BUDGET:.0f}%），为下界的 {verdict.ratio:.3f} 倍"
        f"（预算 ≤ {BOUND_BUDGET}）：{met}"
    )
    lines.append(
        f"  mean wait {verdict.allocator_mean:.1f} min vs fixed routing "
        f"{verdict.fixed_mean:.1f} ({100 * verdict.gain:.1f}% lower, budget ≥ "
        f"{100 * GAIN_BUDGET:.0f}%) and lower bound {verdict.bound_mean:.1f} "
        f"({verdict.ratio:.3f}×, budget ≤ {BOUND_BUDGET}): {'met' if verdict.met else 'NOT met'}"
    )
    return lines


def verdict_json(verdict: Verdict) -> dict[str, Any]:
    """The comparison as JSON-ready data."""
    return {
        "allocator_mean": verdict.allocator_mean,
        "fixed_mean": verdict.fixed_mean,
        "bound_mean": verdict.bound_mean,
        "gain": verdict.gain,
        "ratio": verdict.ratio,
        "budget": {"gain_at_least": GAIN_BUDGET, "ratio_at_most": BOUND_BUDGET},
        "met": verdict.met,
        "days": [
            {
                "seed": d.seed,
                "allocator": dataclasses.asdict(d.allocator),
                "fixed": dataclasses.asdict(d.fixed),
                "bound": dataclasses.asdict(d.bound),
                "gain": d.gain,
                "ratio": d.ratio,
                "utilisation": {str(number): u for number, u in d.utilisation},
                "queue": [[minute, n] for minute, n in d.queue],
            }
            for d in verdict.days
        ],
    }


def advice_lines(advice: PlanAdvice, topic_names: Mapping[int, str]) -> list[str]:
    """The recommended layout as text."""
    rec, cur = advice.recommended.waits, advice.current.waits
    lines = [
        f"规划接待室：评估 {advice.evaluated} 个方案，用时 {advice.seconds:.1f} 秒",
        f"  现有安排：平均等候 {cur.mean:.1f} 分钟，P95 {cur.p95:.0f}",
        f"  建议安排：平均等候 {rec.mean:.1f} 分钟，P95 {rec.p95:.0f}",
    ]
    plan = advice.recommended.plan
    if plan is None:
        lines.append("  现有安排已是最好的 / the current layout is the best found")
        return lines
    own = [f"{topic_names.get(t, t)} {n} 间" for t, n in plan.counts.items() if n]
    shared = "、".join(str(topic_names.get(t, t)) for t in sorted(plan.shared_topics))
    lines.append("  专用：" + "，".join(own))
    if plan.shared:
        lines.append(f"  共用 {plan.shared} 间：{shared}")
    return lines


def _days(args: argparse.Namespace) -> tuple[str, list[Scenario], dict[int, float], dict[int, str]]:
    seeds = list(range(1, args.seeds + 1))
    if args.event is None:
        from app.demo.day_scenario import TOPIC_NAMES, day_scenario, day_work

        title = "浦江规模接访日（436 批 667 人次，15 间接待室，8 小时）"
        return title, [day_scenario(s) for s in seeds], day_work(), dict(TOPIC_NAMES)
    from app.cli_identity import open_for_cli
    from app.clock import SystemClock
    from app.services.context import ServiceContext
    from app.services.day_planning import DayPlanningService

    db, _ = open_for_cli(args.db)
    try:
        inputs = DayPlanningService(ServiceContext(db, SystemClock())).inputs(args.event)
    finally:
        db.dispose()
    walk_ins = inputs.typical_walk_ins() if args.walk_ins is None else args.walk_ins
    title = (
        f"接访活动 {args.event}（预登记 {len(inputs.pre_registered)} 批，"
        f"现场登记约 {walk_ins} 批，{len(inputs.rooms)} 间接待室）"
    )
    names = dict(inputs.topic_names)
    return title, inputs.days(walk_ins, seeds), inputs.topic_work(walk_ins), names


def _run(args: argparse.Namespace) -> int:
    progress = ProgressLine(sys.stderr)
    try:
        title, days, work, names = _days(args)
        by_seed = dict(zip(range(1, args.seeds + 1), days, strict=True))
        verdict = compare_days(
            list(by_seed), by_seed.__getitem__, progress=lambda d, t, _: progress(d, t, STAGE)
        )
        advice = None
        if args.plan:
            advice = recommend(
                days,
                work,
                time_limit=args.time_limit,
                progress=lambda d, t, _: progress(d, t, PLAN_STAGE),
            )
    finally:
        progress.close()
    if args.json:
        data = verdict_json(verdict)
        if advice is not None:
            plan = advice.recommended.plan
            data["plan"] = {
                "current": dataclasses.asdict(advice.current.waits),
                "recommended": dataclasses.asdict(advice.recommended.waits),
                "counts": None if plan is None else {str(t): n for t, n in plan.counts.items()},
                "shared": None if plan is None else plan.shared,
                "evaluated": advice.evaluated,
                "stopped": advice.stopped,
            }
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    print("\n".join(verdict_lines(title, verdict)))
    if advice is not None:
        print("\n".join(advice_lines(advice, names)))
    return 0


def _seeds(text: str) -> int:
    value = int(text)
    if not 1 <= value <= 100:
        raise argparse.ArgumentTypeError("1..100")
    return value


def register(command: Register) -> None:
    """Add ``simulate`` to the admin command line."""
    cmd = command("simulate", "simulate reception days: waits, allocator vs fixed routing", _run)
    where = cmd.add_mutually_exclusive_group()
    where.add_argument("--event", type=int, default=None, metavar="ID", help="an event's day")
    where.add_argument("--scale", choices=("day",), default="day", help="the Pujiang-scale day")
    cmd.add_argument("--seeds", type=_seeds, default=5, metavar="N", help="days to play (1..N)")
    cmd.add_argument("--walk-ins", type=int, default=None, metavar="N", help="with --event")
    cmd.add_argument("--plan", action="store_true", help="also recommend rooms per topic")
    cmd.add_argument("--time-limit", type=float, default=20.0, metavar="S", help="for --plan")
    cmd.add_argument("--json", action="store_true", help="machine-readable output")

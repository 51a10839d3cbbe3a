"""After an earlier demo event: units report back, most items close, visitors are called.

Runs through :class:`~app.services.assignments.AssignmentService` on the manual clock,
so the supervision board and the satisfaction figures have history to show.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from app.bootstrap import Services
from app.clock import ManualClock
from app.domain.types import Satisfaction
from app.services.assignment_data import BoardFilter

FEEDBACK = ("已组织调查核实，正在按政策研究处理意见。", "已与来访人见面沟通，正在落实。")
RESULTS = (
    "经调查核实，已按政策落实到位，并向来访人书面答复。",
    "问题已协调解决，来访人签字确认。",
    "已依法作出处理决定，并告知来访人救济途径。",
)
UNIT, LEADER = "责任单位联络员", "分管县领导"
SATISFACTION = (Satisfaction.SATISFIED, Satisfaction.BASICALLY_SATISFIED, Satisfaction.DISSATISFIED)


def follow_through(
    services: Services, clock: ManualClock, event_id: int, rng: random.Random
) -> None:
    """Feedback on every hand-over of the event, closing for most (a few extended first),
    and a follow-up call after each closing; the actions run in time order."""
    steps: list[tuple[datetime, int, str]] = []
    board = services.assignments.board(BoardFilter(event_id=event_id))
    for row in board:
        start = row.handed_over_at
        feedback = start + timedelta(hours=rng.uniform(3, 20 + 24 * rng.randint(0, 4)))
        steps.append((feedback, row.assignment_id, "feedback"))
        closed = feedback + timedelta(days=rng.uniform(2, 45), hours=rng.uniform(0, 6))
        if rng.random() < 0.06:  # extended halfway, before any closing
            steps.append((feedback + (closed - feedback) / 2, row.assignment_id, "extend"))
        if rng.random() < 0.9:
            steps.append((closed, row.assignment_id, "close"))
            steps.append((closed + timedelta(days=rng.randint(1, 5)), row.assignment_id, "call"))
    service = services.assignments
    versions = {row.assignment_id: row.version for row in board}
    for at, assignment_id, action in sorted(steps):
        clock.current = max(clock.current, at)
        version = versions[assignment_id]
        if action == "feedback":
            result = service.add_feedback(assignment_id, version, rng.choice(FEEDBACK), UNIT)
        elif action == "extend":
            result = service.extend(assignment_id, version, 15, "情况复杂，需进一步核实", LEADER)
        elif action == "close":
            result = service.close(assignment_id, version, rng.choice(RESULTS), UNIT)
        else:
            reached = rng.random() < 0.96
            organiser = rng.choices(SATISFACTION, (90, 8, 2))[0] if reached else None
            unit = rng.choices(SATISFACTION, (87, 10, 3))[0] if reached else None
            notes = "" if reached else "电话无人接听"
            service.record_follow_up(
                assignment_id, reached=reached, organiser=organiser, unit=unit, notes=notes
            )
            continue
        versions[assignment_id] = result.value

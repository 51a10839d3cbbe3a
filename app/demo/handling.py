"""Outcome rows of past cases: the leader's decision and, for a hand-over, the
assignment with its clocks, co-units, the units' feedback, the follow-up call and the
printed slips — as the reception and follow-up services would have left them.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from typing import Any

from app.demo.directory import TOWNSHIP_TOPICS, Directory
from app.demo.texts import (
    EXPLAINED_NOTES,
    INSTRUCTIONS,
    LEGAL_CHANNELS,
    RESOLVED_NOTES,
)
from app.domain.calendar import acceptance_notice_due, handling_due
from app.domain.event_settings import EventSettings, deadline_rules, event_calendar
from app.domain.types import Outcome, Urgency

Rows = list[dict[str, Any]]
OUTCOMES = (Outcome.RESOLVED_ON_SPOT, Outcome.HANDED_OVER, Outcome.LEGAL_CHANNEL, Outcome.EXPLAINED)
SATISFACTION = ("satisfied", "basically_satisfied", "dissatisfied")


class Handling:
    """Decides past cases of one event after another; counts the assignments."""

    def __init__(
        self, rng: random.Random, directory: Directory, today: date, first_assignment_id: int
    ) -> None:
        self._rng, self._dir, self._today = rng, directory, today
        self._next_id = first_assignment_id
        self._day = today
        self._dues: dict[Urgency, tuple[date, date, date]] = {}
        self.assignments = 0

    def set_event(self, day: date, settings: EventSettings) -> None:
        """The event whose cases come next: its date fixes the deadlines."""
        rules, cal = deadline_rules(settings), event_calendar(settings)
        self._day = day
        self._dues = {
            u: (
                rules.feedback_due(u, day, cal),
                acceptance_notice_due(day, cal),
                handling_due(day, cal),
            )
            for u in Urgency
        }

    def decide(
        self, rows: dict[str, Rows], case: dict[str, Any], topic: str, town: str, visit_id: int
    ) -> None:
        """Fill the case's outcome; for a hand-over, add the rows that follow it."""
        rng = self._rng
        weights = (5, 40, 45, 10) if topic == "law" else (28, 62, 3, 7)
        outcome = rng.choices(OUTCOMES, weights)[0]
        if case["is_confidential"]:
            outcome = Outcome.HANDED_OVER
        note = ""
        if outcome is Outcome.RESOLVED_ON_SPOT:
            note = rng.choice(RESOLVED_NOTES)
        elif outcome is Outcome.EXPLAINED:
            note = rng.choice(EXPLAINED_NOTES)
        elif outcome is Outcome.LEGAL_CHANNEL:
            note = rng.choice(LEGAL_CHANNELS) + "\n已告知来访人法定途径及所需材料。"
        case["outcome"], case["outcome_note"] = outcome.value, note
        if outcome is Outcome.HANDED_OVER:
            self._assignment(rows, case, topic, town, visit_id)

    def _assignment(
        self, rows: dict[str, Rows], case: dict[str, Any], topic: str, town: str, visit_id: int
    ) -> None:
        rng = self._rng
        township = self._dir.units[town]
        rules = self._dir.rules.get(topic, ()) or (township,)
        lead = rules[0]
        if topic in TOWNSHIP_TOPICS and rng.random() < 0.5 and not case["is_confidential"]:
            lead = township
        urgency = rng.choices(list(Urgency), (35, 40, 25))[0]
        day = self._day
        feedback_due, acceptance_due, handling = self._dues[urgency]
        handed: datetime = case["decided_at"]
        old = (self._today - day).days > 90
        status = rng.choices(
            ("closed", "feedback_given", "open"), (95, 3, 2) if old else (60, 25, 15)
        )[0]
        first = handed + timedelta(hours=rng.uniform(3, 24 * (feedback_due - day).days + 30))
        limit = datetime.combine(self._today - timedelta(days=1), time(17))
        closed = (
            min(limit, first + timedelta(days=rng.uniform(0, 45))) if status == "closed" else None
        )
        result = "经调查核实，已按政策落实处理，并向来访人书面答复。"
        assignment_id = self._next_id
        self._next_id += 1
        rows["assignment"].append(
            {
                "id": assignment_id,
                "case_id": case["id"],
                "lead_unit_id": lead,
                "urgency": urgency.value,
                "instruction": rng.choice(INSTRUCTIONS),
                "handed_over_at": handed,
                "feedback_due": feedback_due,
                "acceptance_due": acceptance_due,
                "handling_due": handling,
                "first_feedback_at": None if status == "open" else first,
                "status": status,
                "closed_at": closed,
                "result": result if closed else "",
                "reopened_count": 0,
                "version": 1 + (status != "open") + (closed is not None),
            }
        )
        others = sorted({*rules, township} - {lead, case["accused_unit_id"]})
        co_units = rng.sample(others, 1) if others and rng.random() < 0.2 else []
        rows["co_unit"].extend({"assignment_id": assignment_id, "unit_id": u} for u in co_units)
        if status != "open":
            rows["feedback"].append(
                self._feedback(assignment_id, first, "已调查核实，正在依法处理。", False)
            )
        if closed is not None:
            rows["feedback"].append(self._feedback(assignment_id, closed, result, True))
            rows["follow_up"].append(
                self._follow_up(assignment_id, min(limit, closed + timedelta(days=2)))
            )
        jobs: list[tuple[str, int | None, str]] = [("unit", lead, "assignment_slip")]
        jobs += [("co_unit", u, "assignment_slip") for u in co_units]
        jobs += [("archive", None, "assignment_slip"), ("visitor", None, "receipt")]
        rows["print_job"].extend(
            {
                "event_id": case["event_id"],
                "document": document,
                "copy_label": copy,
                "case_id": case["id"],
                "visit_id": visit_id,
                "unit_id": unit,
                "reprint_no": 0,
                "status": "printed",
                "station": "print",
                "user_name": "文书",
                "printer": "HP LaserJet M403",
                "created_at": handed,
                "finished_at": handed + timedelta(seconds=6),
                "error": "",
            }
            for copy, unit, document in jobs
        )
        self.assignments += 1

    @staticmethod
    def _feedback(assignment_id: int, at: datetime, content: str, closes: bool) -> dict[str, Any]:
        return {
            "assignment_id": assignment_id,
            "received_at": at,
            "content": content,
            "reported_by": "责任单位联络员",
            "closes": closes,
        }

    def _follow_up(self, assignment_id: int, at: datetime) -> dict[str, Any]:
        rng = self._rng
        reached = rng.random() < 0.97
        organiser = rng.choices(SATISFACTION, (90, 8, 2))[0] if reached else None
        unit = rng.choices(SATISFACTION, (88, 9, 3))[0] if reached else None
        return {
            "assignment_id": assignment_id,
            "attempted_at": at,
            "reached": reached,
            "satisfaction_organiser": organiser,
            "satisfaction_unit": unit,
            "notes": "" if reached else "电话无人接听",
            "caller": "信访局回访员",
        }

"""What the room's buttons do: queue moves, the outcome dialogs, adding a case, transfer.

Every service call runs through the station's runner; its changes are published once
on the bus, and the station reloads from there.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog

from app.services.changes import Result
from app.services.errors import ChangedElsewhere, InvalidState
from app.services.queue_data import QueueEntry, RoomWait
from app.services.reception_data import CaseDraft, CaseView, Decision, DecisionResult
from app.ui.dialogs.hand_over import HandOverDialog
from app.ui.dialogs.room_add_case import AddCaseDialog
from app.ui.dialogs.room_outcome import OutcomeDialog
from app.ui.dialogs.room_submit import Done, Failed
from app.ui.dialogs.room_transfer import TransferDialog
from app.ui.widgets.room_case_box import HAND_OVER
from app.ui.words import outcome_text

if TYPE_CHECKING:
    from app.ui.stations.room import RoomStation


class RoomFlows(QObject):
    """The leader's actions for one :class:`RoomStation`."""

    def __init__(self, station: RoomStation) -> None:
        super().__init__(station)
        self.station = station

    @property
    def _services(self) -> Any:
        return self.station.env.services

    def _run(
        self,
        call: Callable[[], Result[Any]],
        on_value: Callable[[Any], None] | None = None,
        on_error: Failed | None = None,
    ) -> None:
        def done(result: Result[Any]) -> None:
            if on_value is not None:
                on_value(result.value)
            self.station.env.bus.publish(result.changes)

        self.station.env.runner.submit(call, done, on_error or self.station.say_error)

    # -- queue -----------------------------------------------------------------------

    def queue_action(self, kind: str, visit_id: int) -> None:
        """call_next, call, start, hold, resume, no_show, requeue or transfer."""
        station = self.station
        room_id = station.room_id
        if room_id is None:
            return
        queue = self._services.queue
        if kind == "call_next":
            self._run(lambda: queue.call_next(room_id), self._called)
            return
        if kind == "transfer":
            self.transfer(visit_id)
            return
        moves: dict[str, tuple[Callable[[int], Result[QueueEntry]], str]] = {
            "call": (queue.call, self.tr("已叫 {ticket} 号（{name}），叫号屏已显示。")),
            "start": (queue.start_reception, self.tr("{ticket} 号开始接谈。")),
            "hold": (queue.hold, self.tr("{ticket} 号已暂缓，保留原位次。")),
            "resume": (queue.resume, self.tr("{ticket} 号已恢复排队。")),
            "no_show": (queue.no_show, self.tr("{ticket} 号已记为过号。")),
            "requeue": (queue.requeue, self.tr("{ticket} 号已重新排队（排在队尾）。")),
        }
        move, text = moves[kind]
        if kind == "call":
            station.finished_visit_id = None

        def moved(entry: QueueEntry) -> None:
            if kind in ("hold", "no_show") and station.finished_visit_id == entry.visit_id:
                station.finished_visit_id = None
            station.say(text.format(ticket=entry.ticket_text, name=entry.display_name))

        self._run(lambda: move(visit_id), moved)

    def _called(self, entry: QueueEntry | None) -> None:
        station = self.station
        if entry is None:
            station.say(self.tr("没有候谈的来访人。"), "warning")
            return
        station.finished_visit_id = None
        station.say(
            self.tr("已叫 {ticket} 号（{name}，{n} 人），叫号屏已显示。").format(
                ticket=entry.ticket_text, name=entry.display_name, n=entry.head_count
            )
        )

    def transfer(self, visit_id: int) -> None:
        """Load every room's wait, then ask for the target room and the reason."""
        station = self.station
        entry = station.entry(visit_id)
        if entry is None or station.setup is None or station.room_id is None:
            return
        event_id = station.env.event_id
        self.station.env.runner.submit(
            lambda: self._services.queue.room_waits(event_id),
            lambda waits: self._open_transfer(entry, waits),
            station.say_error,
        )

    def _open_transfer(self, entry: QueueEntry, waits: tuple[RoomWait, ...]) -> None:
        station = self.station
        assert station.setup is not None
        assert station.room_id is not None
        label = self.tr("{ticket} 号 · {name} · {n} 人").format(
            ticket=entry.ticket_text, name=entry.display_name, n=entry.head_count
        )

        def submit(value: object, done: Done, failed: Failed) -> None:
            assert isinstance(value, tuple)
            room_id, reason = value
            target = (
                next(r for r in station.setup.rooms if r.id == room_id) if station.setup else None
            )

            def moved(moved_entry: QueueEntry) -> None:
                if station.finished_visit_id == moved_entry.visit_id:
                    station.finished_visit_id = None
                station.say(
                    self.tr("{ticket} 号已转往 {number} 号接待室。").format(
                        ticket=moved_entry.ticket_text, number=target.number if target else ""
                    )
                )
                done(moved_entry)

            self._run(
                lambda: self._services.queue.transfer(entry.visit_id, room_id, reason),
                moved,
                failed,
            )

        dialog = TransferDialog(
            label, entry.topic_id, station.room_id, station.setup.rooms, waits, submit, station
        )
        self._open(dialog)

    # -- the case card ---------------------------------------------------------------

    def decide_first_open(self, kind: str) -> None:
        """Ctrl+1..4: the outcome for the first undecided case on the card."""
        box = self.station.card_view.first_open_case()
        if box is not None and box.buttons.get(kind) is not None and box.buttons[kind].isEnabled():
            self.decide(box.case.case_id, kind)

    def decide(self, case_id: int, kind: str) -> None:
        """Open the outcome dialog of one case; it closes when the service agreed."""
        station = self.station
        card = station.card_view.card
        case = next((c for c in card.cases if c.case_id == case_id), None) if card else None
        if card is None or case is None or station.setup is None:
            return
        visit_id = card.visit_id

        def submit(value: object, done: Done, failed: Failed) -> None:
            assert isinstance(value, Decision)
            self._submit_decision(visit_id, case, value, done, failed)

        setup = station.setup
        if kind == HAND_OVER:
            room = station.room_info()
            dialog: QDialog = HandOverDialog(
                case,
                setup.units,
                room.unit_ids if room else frozenset(),
                card.suggested_unit_ids,
                setup.event.settings.urgency_days,
                submit,
                station,
                working_days=setup.event.settings.use_working_days,
            )
        else:
            label = self.tr("{number} · {summary}").format(
                number=case.case_number, summary=case.summary
            )
            dialog = OutcomeDialog(kind, label, submit, station)
        self._open(dialog)

    def _submit_decision(
        self, visit_id: int, case: CaseView, decision: Decision, done: Done, failed: Failed
    ) -> None:
        station = self.station
        reception = self._services.reception

        def decided(result: DecisionResult) -> None:
            station.last_decision = result
            if result.visit_done:
                station.finished_visit_id = visit_id
            text = self.tr("已记录：{outcome}。")
            if result.assignment_id is not None:
                text = self.tr("已交办，交办单已送打印台（{n} 份）。").format(
                    n=len(result.print_job_ids)
                )
            if result.visit_done:
                text += self.tr("本批接谈完毕，可叫下一位（F5）。")
            station.say(text.format(outcome=outcome_text(result.outcome)))
            done(result)

        def refused(error: BaseException) -> None:
            if isinstance(error, ChangedElsewhere | InvalidState):
                station.finished_visit_id = visit_id  # keep showing it, as it is now
                if station.active_dialog is not None:
                    station.active_dialog.reject()
                station.say_error(error)
                return
            failed(error)

        self._run(lambda: reception.decide(case.case_id, case.version, decision), decided, refused)

    def add_case(self) -> None:
        """Another matter of the same batch (Ctrl+N)."""
        station = self.station
        card = station.card_view.card
        if card is None or station.setup is None:
            return
        if card.status not in ("called", "in_reception", "done"):
            return
        visit_id = card.visit_id

        def submit(value: object, done: Done, failed: Failed) -> None:
            assert isinstance(value, CaseDraft)

            def added(case_id: int) -> None:
                if station.finished_visit_id == visit_id:
                    station.finished_visit_id = None
                station.say(self.tr("已添加信访事项，请为其选择处理结果。"))
                done(case_id)

            self._run(lambda: self._services.reception.add_case(visit_id, value), added, failed)

        dialog = AddCaseDialog(
            station.setup.topics, station.setup.units, card.topic_id, submit, station
        )
        self._open(dialog)

    def _open(self, dialog: QDialog) -> None:
        station = self.station
        if station.active_dialog is not None:
            station.active_dialog.close()
        station.active_dialog = dialog

        def finished(_code: int) -> None:
            if station.active_dialog is dialog:
                station.active_dialog = None
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()

"""按建议调整接待室: give the rooms the recommended topics, after asking, through the
day-planning service (off the GUI thread), and broadcast the change."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from app.domain.simulation.planning import PlanAdvice
from app.services.changes import Result
from app.ui.dialogs.setup_confirm import ConfirmBox
from app.ui.env import UiEnv
from app.ui.icons import icon
from app.ui.messages import describe_error


class PlanApplier(QObject):
    """The button and its flow; :attr:`applied` carries how many rooms changed."""

    applied = Signal(int)
    failed = Signal(str)

    def __init__(self, env: UiEnv, parent: QWidget) -> None:
        super().__init__(parent)
        self._env, self._parent = env, parent
        self._event_id: int | None = None
        self._topics: dict[int, frozenset[int]] = {}
        self.box: ConfirmBox | None = None
        self.button = QPushButton(icon("edit"), self.tr("按建议调整接待室…"))
        self.button.setEnabled(False)
        self.button.clicked.connect(self.ask)

    def set_advice(self, event_id: int, advice: PlanAdvice | None) -> None:
        """Offer the recommended layout of ``advice`` (nothing when it keeps the rooms)."""
        self._event_id = event_id
        changed = {}
        if advice is not None and advice.recommended.plan is not None:
            now = {r.room_id: r.topic_ids for r in advice.current.rooms}
            changed = {
                r.room_id: r.topic_ids
                for r in advice.recommended.rooms
                if now.get(r.room_id) != r.topic_ids
            }
        self._topics = changed
        self.button.setEnabled(bool(changed))

    def ask(self) -> ConfirmBox | None:
        """Ask before changing the rooms' topics; applies on confirmation."""
        if not self._topics:
            return None
        if self.box is not None:
            self.box.deleteLater()
        self.box = ConfirmBox(
            self.tr("按建议调整接待室"),
            self.tr("把 {n} 间接待室的反映类别改为建议的安排？").format(n=len(self._topics)),
            self.tr("调整"),
            self.tr("接待室的名称、领导和在场单位不变；之后可在“接待室”页逐间修改。"),
            self._parent,
        )
        self.box.confirmed.connect(self.apply)
        self.box.open()
        return self.box

    def apply(self) -> None:
        """Change the rooms through the day-planning service."""
        event_id, topics = self._event_id, dict(self._topics)
        if event_id is None or not topics:
            return
        planning = self._env.services.day_planning
        self.button.setEnabled(False)
        self._env.runner.submit(
            lambda: planning.apply_room_topics(event_id, topics), self._done, self._error
        )

    def _done(self, result: object) -> None:
        assert isinstance(result, Result)
        self._topics = {}
        self._env.bus.publish(result.changes)
        self.applied.emit(int(result.value))

    def _error(self, error: BaseException) -> None:
        self.button.setEnabled(bool(self._topics))
        self.failed.emit(describe_error(error))

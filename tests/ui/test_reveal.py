"""显示完整号码 on the room's case card, the desk's batch and the supervision detail (the
phone for a follow-up call): reason asked, audited."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.bootstrap import build_services
from app.domain.roles import Role
from app.models import AuditEntry
from app.services.context import Actor
from app.ui.dialogs.reveal_number import RevealDialog
from app.ui.env import UiEnv
from tests.services.scenario import Day, person
from tests.ui.test_room import call_next, room, walk_in

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _link_label(station_body: object) -> QLabel:
    assert hasattr(station_body, "findChildren")
    labels = [x for x in station_body.findChildren(QLabel) if "显示完整号码" in x.text()]
    assert len(labels) == 1
    return labels[0]


def test_the_room_card_reveals_a_number_for_a_reason(ui_env: UiEnv, day: Day, qtbot: QtBot) -> None:
    station = room(ui_env, day, qtbot)
    walk_in(ui_env, day, 1)
    call_next(station)
    card = station.card_view.card
    assert card is not None
    pid = card.petitioners[0].petitioner_id
    _link_label(station.card_view.widget()).linkActivated.emit(str(pid))
    dialog = station.findChild(RevealDialog)
    assert isinstance(dialog, RevealDialog)
    qtbot.waitUntil(dialog.isVisible)
    full = person(1).document_number
    assert full not in dialog.id_choice.text()

    dialog.show_button.click()  # no reason yet: refused, nothing shown
    assert dialog.error.isVisibleTo(dialog)
    assert dialog.number.isHidden()

    dialog.reason.setCurrentIndex(0)
    dialog.show_button.click()
    assert dialog.error.isHidden()
    assert full in dialog.number.text()
    with ui_env.services.ctx.db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "reveal")).one()
    assert (entry.entity_id, entry.event_id) == (str(pid), day.event_id)
    assert "回访时核实来访人身份" in entry.changes
    dialog.close()


def test_roles_that_may_not_reveal_see_no_link(ui_env: UiEnv, day: Day, qtbot: QtBot) -> None:
    leader = Actor("赵领导", "room:1", Role.LEADER, user_id=2, username="zhao")
    services = build_services(ui_env.services.ctx.db, ui_env.services.ctx.clock, leader)
    env = UiEnv(services, ui_env.runner, ui_env.bus, ui_env.event_id, "room:1")
    station = room(env, day, qtbot)
    walk_in(ui_env, day, 2)
    call_next(station)
    body = station.card_view.widget()
    assert body is not None
    assert not [x for x in body.findChildren(QLabel) if "显示完整号码" in x.text()]


def test_the_desk_batch_offers_it_on_a_member(ui_env: UiEnv, day: Day, qtbot: QtBot) -> None:
    from PySide6.QtCore import Qt

    from app.ui.widgets.desk_batch import DeskBatchPane

    pane = DeskBatchPane(ui_env)
    qtbot.addWidget(pane)
    registered = walk_in(ui_env, day, 3)
    pane.show_visit(registered.visit_id)
    qtbot.waitUntil(lambda: pane.members.count() == 1)
    assert pane.members.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    (action,) = [a for a in pane.members.actions() if "显示完整号码" in a.text()]
    pane.members.setCurrentRow(0)
    action.trigger()
    dialog = pane.findChild(RevealDialog)
    assert isinstance(dialog, RevealDialog)
    dialog.phone_choice.setChecked(True)
    dialog.reason.setEditText("电话通知来访人补交材料")
    dialog.show_button.click()
    assert person(3).phone in dialog.number.text()
    dialog.close()


def test_the_supervisor_reveals_a_phone_for_the_follow_up_call(
    ui_env: UiEnv,
    day: Day,
    qtbot: QtBot,
    act_as: Callable[[Role], UiEnv],
    tmp_path: Path,
) -> None:
    from PySide6.QtCore import QSettings, QUrl

    from app.ui.printing.settings import PrintSettings
    from app.ui.stations.supervision import SupervisionStation
    from tests.ui.test_supervision_station import FakePrinter, hand_over

    assignment_id = hand_over(ui_env, day, 4)
    env = act_as(Role.SUPERVISOR)
    settings = PrintSettings(QSettings(str(tmp_path / "p.ini"), QSettings.Format.IniFormat))
    station = SupervisionStation(env, FakePrinter(), settings)
    qtbot.addWidget(station)
    station.show()
    assert station.select_assignment(assignment_id)
    detail = station.detail_data
    assert detail is not None
    (someone,) = detail.people
    assert person(4).phone not in station.detail.toHtml()  # masked until asked for
    assert "显示完整号码" in station.detail.toPlainText()
    station.detail.anchorClicked.emit(QUrl(f"reveal:{someone.petitioner_id}"))
    dialog = station.findChild(RevealDialog)
    assert isinstance(dialog, RevealDialog)
    dialog.phone_choice.setChecked(True)
    dialog.reason.setCurrentIndex(1)  # 电话联系来访人
    dialog.show_button.click()
    assert person(4).phone in dialog.number.text()
    with env.services.ctx.db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "reveal")).one()
    assert (entry.entity_id, entry.role, entry.actor) == (
        str(someone.petitioner_id),
        Role.SUPERVISOR.value,
        "supervisor1",
    )
    assert "电话联系来访人" in entry.changes
    dialog.close()


def test_the_ledger_copy_of_the_detail_offers_no_reveal(
    ui_env: UiEnv, day: Day, qtbot: QtBot
) -> None:
    from app.ui.widgets.supervision_detail import SupervisionDetail
    from tests.ui.test_supervision_station import hand_over

    assignment_id = hand_over(ui_env, day, 5)
    view = SupervisionDetail()  # as the ledger's detail dialog makes it
    qtbot.addWidget(view)
    detail = ui_env.services.assignments.detail(assignment_id)
    view.show_detail(detail, detail.row.handed_over_at.date())
    assert "显示完整号码" not in view.toPlainText()

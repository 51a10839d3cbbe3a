"""显示完整号码: a full ID number or phone is shown only with a reason, and audited."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from app.bootstrap import Services, build_services
from app.domain.errors import InvalidInput
from app.domain.roles import Role
from app.models import AuditEntry, VisitMember
from app.services.context import Actor
from app.services.errors import NotFound, PermissionDenied
from app.services.reveal import RevealField
from tests.services.scenario import build_day, person, visit


def _someone(services: Services) -> tuple[int, int, str]:
    day = build_day(services)
    draft = person(42)
    visit_id = services.registration.register_walk_in(visit(day, draft)).value.visit_id
    with services.ctx.db.read() as s:
        pid = s.scalars(select(VisitMember.petitioner_id).where(VisitMember.visit_id == visit_id))
        return day.event_id, int(pid.one()), draft.document_number


def _as(services: Services, role: Role) -> Services:
    actor = Actor("王督办", "supervision", role, user_id=3, username="wangdb")
    return build_services(services.ctx.db, services.ctx.clock, actor)


def test_a_reveal_returns_the_number_and_is_audited(services: Services) -> None:
    event_id, pid, number = _someone(services)
    supervisor = _as(services, Role.SUPERVISOR)
    shown = supervisor.reveal.reveal(pid, RevealField.ID_NUMBER, "  回访核实身份 ", event_id)
    assert shown.value == number
    assert supervisor.reveal.reveal(pid, RevealField.PHONE, "电话回访").value == "13800000042"
    with services.ctx.db.read() as s:
        entries = list(
            s.scalars(
                select(AuditEntry).where(AuditEntry.action == "reveal").order_by(AuditEntry.seq)
            )
        )
    first, second = entries
    assert (first.actor, first.role, first.station, first.user_id) == (
        "wangdb",
        "supervisor",
        "supervision",
        3,
    )
    assert (first.entity, first.entity_id, first.event_id) == ("petitioner", str(pid), event_id)
    assert json.loads(first.changes) == {
        "field": [None, "document_number"],
        "masked": [None, f"{number[:6]}********{number[-4:]}"],
        "reason": [None, "回访核实身份"],
    }
    assert json.loads(second.changes)["field"] == [None, "phone"]
    assert number not in first.changes


@pytest.mark.parametrize("role", [Role.REGISTRAR, Role.LEADER, Role.CLERK, Role.DISPLAY])
def test_roles_without_the_permission_are_refused_and_nothing_is_logged(
    services: Services, role: Role
) -> None:
    _, pid, _ = _someone(services)
    with pytest.raises(PermissionDenied):
        _as(services, role).reveal.reveal(pid, RevealField.ID_NUMBER, "想看看")
    with services.ctx.db.read() as s:
        assert s.scalar(select(AuditEntry.seq).where(AuditEntry.action == "reveal")) is None


def test_a_reason_is_required_and_an_unknown_person_is_not_found(services: Services) -> None:
    _, pid, _ = _someone(services)
    with pytest.raises(InvalidInput) as error:
        services.reveal.reveal(pid, RevealField.PHONE, " 。")
    assert error.value.field == "reason"
    with pytest.raises(NotFound):
        services.reveal.reveal(pid + 999, RevealField.PHONE, "核实")
    with services.ctx.db.read() as s:
        assert s.scalar(select(AuditEntry.seq).where(AuditEntry.action == "reveal")) is None

"""Each role tried against every service call it must not make (and the calls it may
make pass the guard), generated from the role→permission table."""

from __future__ import annotations

import inspect
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from app.bootstrap import Services, build_services
from app.clock import ManualClock
from app.db import Database
from app.domain.errors import ReceptionDayError
from app.domain.roles import Role
from app.domain.types import DocumentType, Urgency
from app.services.context import Actor
from app.services.errors import PermissionDenied
from app.services.imports import ImportService
from app.services.permissions import PRINTING, ROLE_PERMISSIONS, Permission
from app.services.print_data import DocumentKind
from app.services.reception_data import HandOver
from app.services.registration import RegistrationService
from app.services.reminders import ReminderService
from app.services.reveal import RevealField, RevealService
from tests.db_fixtures import START, fresh_pg_url, open_services, sqlite_url
from tests.services.scenario import build_day, person, visit

P = Permission
Call = Callable[[Services], object]
NO = 999_999  # an id that does not exist: an allowed call gets past the guard to NotFound
X: Any = None  # a draft the guard never looks at

CALLS: dict[str, tuple[tuple[Permission, ...], Call]] = {
    "setup.create_event": ((P.EDIT_SETUP,), lambda s: s.setup.create_event(X)),
    "setup.update_event": ((P.EDIT_SETUP,), lambda s: s.setup.update_event(NO, X)),
    "setup.update_settings": ((P.EDIT_SETUP,), lambda s: s.setup.update_settings(NO, X)),
    "setup.add_room": ((P.EDIT_SETUP,), lambda s: s.setup.add_room(NO, X)),
    "setup.update_room": ((P.EDIT_SETUP,), lambda s: s.setup.update_room(NO, X)),
    "setup.set_room_open": ((P.EDIT_SETUP,), lambda s: s.setup.set_room_open(NO, False)),
    "setup.list_events": ((P.VIEW_EVENT,), lambda s: s.setup.list_events()),
    "setup.event_setup": ((P.VIEW_EVENT,), lambda s: s.setup.event_setup(NO)),
    "setup.add_topic": ((P.EDIT_SETUP,), lambda s: s.setup.add_topic(X)),
    "setup.add_unit": ((P.EDIT_SETUP,), lambda s: s.setup.add_unit(X)),
    "setup.add_leader": ((P.EDIT_SETUP,), lambda s: s.setup.add_leader("某")),
    "setup.add_topic_unit_rule": ((P.EDIT_SETUP,), lambda s: s.setup.add_topic_unit_rule(NO, NO)),
    "setup.update_topic": ((P.EDIT_SETUP,), lambda s: s.setup.update_topic(NO, X)),
    "setup.update_unit": ((P.EDIT_SETUP,), lambda s: s.setup.update_unit(NO, X)),
    "setup.set_unit_active": ((P.EDIT_SETUP,), lambda s: s.setup.set_unit_active(NO, False)),
    "setup.update_leader": ((P.EDIT_SETUP,), lambda s: s.setup.update_leader(NO, "某")),
    "setup.remove_topic_unit_rule": (
        (P.EDIT_SETUP,),
        lambda s: s.setup.remove_topic_unit_rule(NO, NO),
    ),
    "setup.all_units": ((P.VIEW_EVENT,), lambda s: s.setup.all_units()),
    "setup.topic_unit_rules": ((P.VIEW_EVENT,), lambda s: s.setup.topic_unit_rules()),
    "setup.suggested_units": ((P.VIEW_EVENT,), lambda s: s.setup.suggested_units(NO)),
    "registration.pre_register": ((P.REGISTER,), lambda s: s.registration.pre_register(X)),
    "registration.register_walk_in": (
        (P.REGISTER,),
        lambda s: s.registration.register_walk_in(X),
    ),
    "registration.check_in": ((P.REGISTER,), lambda s: s.registration.check_in(NO)),
    "registration.preview_allocation": (
        (P.REGISTER,),
        lambda s: s.registration.preview_allocation(NO, NO, 1),
    ),
    "registration.edit_visit": ((P.REGISTER,), lambda s: s.registration.edit_visit(NO, 1, X)),
    "registration.cancel": ((P.REGISTER,), lambda s: s.registration.cancel(NO)),
    "registration.earlier_visits_of": (
        (P.SEARCH_PEOPLE,),
        lambda s: s.registration.earlier_visits_of(DocumentType.RESIDENT_ID, "330726"),
    ),
    "queue.room_queue": ((P.VIEW_QUEUE,), lambda s: s.queue.room_queue(NO)),
    "queue.room_waits": ((P.VIEW_HALL,), lambda s: s.queue.room_waits(NO)),
    "queue.call_next": ((P.MOVE_QUEUE,), lambda s: s.queue.call_next(NO)),
    "queue.call": ((P.MOVE_QUEUE,), lambda s: s.queue.call(NO)),
    "queue.start_reception": ((P.MOVE_QUEUE,), lambda s: s.queue.start_reception(NO)),
    "queue.hold": ((P.MOVE_QUEUE,), lambda s: s.queue.hold(NO)),
    "queue.resume": ((P.MOVE_QUEUE,), lambda s: s.queue.resume(NO)),
    "queue.no_show": ((P.MOVE_QUEUE,), lambda s: s.queue.no_show(NO)),
    "queue.requeue": ((P.MOVE_QUEUE,), lambda s: s.queue.requeue(NO)),
    "queue.transfer": ((P.MOVE_QUEUE,), lambda s: s.queue.transfer(NO, NO, "满员")),
    "reception.case_card": ((P.VIEW_CASE,), lambda s: s.reception.case_card(NO)),
    "reception.add_case": ((P.DECIDE_CASE,), lambda s: s.reception.add_case(NO, X)),
    "reception.decide": ((P.DECIDE_CASE,), lambda s: s.reception.decide(NO, X, X)),
    "assignments.board": ((P.VIEW_SUPERVISION,), lambda s: s.assignments.board()),
    "ledger.case_ids": ((P.VIEW_SUPERVISION,), lambda s: s.ledger.case_ids()),
    "ledger.rows": ((P.VIEW_SUPERVISION,), lambda s: s.ledger.rows([NO])),
    "ledger.choices": ((P.VIEW_SUPERVISION,), lambda s: s.ledger.choices()),
    "assignments.detail": ((P.VIEW_SUPERVISION,), lambda s: s.assignments.detail(NO)),
    "assignments.follow_up_attempts": (
        (P.VIEW_SUPERVISION,),
        lambda s: s.assignments.follow_up_attempts(NO),
    ),
    "assignments.add_feedback": (
        (P.SUPERVISE,),
        lambda s: s.assignments.add_feedback(NO, 1, "已办"),
    ),
    "assignments.close": ((P.SUPERVISE,), lambda s: s.assignments.close(NO, 1, "办结")),
    "assignments.reopen": ((P.SUPERVISE,), lambda s: s.assignments.reopen(NO, 1, "重办")),
    "assignments.extend": ((P.SUPERVISE,), lambda s: s.assignments.extend(NO, 1, 5, "复杂", "某")),
    "assignments.record_follow_up": (
        (P.SUPERVISE,),
        lambda s: s.assignments.record_follow_up(NO, reached=False),
    ),
    "statistics.event_statistics": (
        (P.VIEW_STATISTICS,),
        lambda s: s.statistics.event_statistics(NO),
    ),
    "statistics.live_day": ((P.VIEW_STATISTICS,), lambda s: s.statistics.live_day(NO)),
    "statistics.follow_up": ((P.VIEW_STATISTICS,), lambda s: s.statistics.follow_up(NO)),
    "search.find": ((P.SEARCH_PEOPLE,), lambda s: s.search.find(NO, "张")),
    "print_jobs.queue": ((P.PRINT_DOCUMENTS,), lambda s: s.print_jobs.queue(NO)),
    "print_jobs.document": (PRINTING, lambda s: s.print_jobs.document(NO)),
    "print_jobs.job_document": (PRINTING, lambda s: s.print_jobs.job_document(NO)),
    "print_jobs.slip_status": ((P.PRINT_DOCUMENTS,), lambda s: s.print_jobs.slip_status(NO)),
    "print_jobs.slip_counts": ((P.PRINT_DOCUMENTS,), lambda s: s.print_jobs.slip_counts(NO)),
    "print_jobs.notice_data": ((P.PRINT_TICKETS,), lambda s: s.print_jobs.notice_data(NO)),
    "print_jobs.summary_data": ((P.VIEW_STATISTICS,), lambda s: s.print_jobs.summary_data(NO)),
    "print_jobs.bundle_units": ((P.PRINT_DOCUMENTS,), lambda s: s.print_jobs.bundle_units(NO)),
    "print_jobs.preview_bundle": (
        (P.PRINT_DOCUMENTS,),
        lambda s: s.print_jobs.preview_bundle(NO),
    ),
    "print_jobs.bundle_document": (
        (P.PRINT_DOCUMENTS,),
        lambda s: s.print_jobs.bundle_document((NO,)),
    ),
    "print_jobs.record_result": (
        PRINTING,
        lambda s: s.print_jobs.record_result(NO, True, "p"),
    ),
    "print_jobs.record_results": (
        PRINTING,
        lambda s: s.print_jobs.record_results((NO,), True, "p"),
    ),
    "print_jobs.reprint": (PRINTING, lambda s: s.print_jobs.reprint(NO)),
    "print_jobs.ticket_job": ((P.PRINT_TICKETS,), lambda s: s.print_jobs.ticket_job(NO)),
    "print_jobs.notice_job": ((P.PRINT_TICKETS,), lambda s: s.print_jobs.notice_job(NO)),
    "print_jobs.receipt_job": ((P.PRINT_DOCUMENTS,), lambda s: s.print_jobs.receipt_job(NO)),
    "print_jobs.summary_job": (
        (P.PRINT_DOCUMENTS, P.VIEW_STATISTICS),
        lambda s: s.print_jobs.summary_job(NO),
    ),
    "print_jobs.bundle_jobs": ((P.PRINT_DOCUMENTS,), lambda s: s.print_jobs.bundle_jobs(NO)),
    "users.add_user": ((P.MANAGE_USERS,), lambda s: s.users.add_user(X)),
    "users.list_users": ((P.MANAGE_USERS,), lambda s: s.users.list_users()),
    "users.set_active": ((P.MANAGE_USERS,), lambda s: s.users.set_active("nobody", False)),
    "users.set_password": (
        (P.MANAGE_USERS,),
        lambda s: s.users.set_password("nobody", "long enough"),
    ),
    "reminders.reminder_list": (
        (P.VIEW_SUPERVISION,),
        lambda s: ReminderService(s.ctx).reminder_list(NO),
    ),
    "reminders.reminder_units": (
        (P.VIEW_SUPERVISION,),
        lambda s: ReminderService(s.ctx).reminder_units(NO),
    ),
    "reminders.letter": ((P.SUPERVISE,), lambda s: ReminderService(s.ctx).letter(NO, NO)),
    "reminders.reminder_job": (
        (P.SUPERVISE,),
        lambda s: ReminderService(s.ctx).reminder_job(NO, NO),
    ),
    "exports.table": ((P.EXPORT,), lambda s: s.exports.table(NO)),
    "exports.export_cases": (
        (P.EXPORT,),
        lambda s: s.exports.export_cases(NO, "xlsx", "/nonexistent/x.xlsx"),
    ),
    "exports.export_full_identities": (
        (P.EXPORT_IDENTITIES,),
        lambda s: s.exports.export_full_identities(NO, "xlsx", "/nonexistent/x.xlsx"),
    ),
    "imports.preview_file": (
        (P.IMPORT,),
        lambda s: imports(s).preview_file(Path("/nonexistent/list.xlsx"), NO),
    ),
    "imports.preview": ((P.IMPORT,), lambda s: imports(s).preview("list.csv", b"", NO)),
    "imports.import_rows": ((P.IMPORT,), lambda s: imports(s).import_rows(X)),
    "day_planning.inputs": ((P.VIEW_EVENT,), lambda s: s.day_planning.inputs(NO)),
    "day_planning.apply_room_topics": (
        (P.EDIT_SETUP,),
        lambda s: s.day_planning.apply_room_topics(NO, {}),
    ),
    "reveal.reveal": (
        (P.REVEAL_IDENTITY,),
        lambda s: RevealService(s.ctx).reveal(NO, RevealField.PHONE, "回访核对"),
    ),
    "backups.end_of_day": ((P.BACKUP,), lambda s: s.backups.end_of_day()),
}
# Services built outside ``Services`` (by the stations or commands that use them).
EXTRA_SERVICES: dict[str, type] = {
    "reminders": ReminderService,
    "imports": ImportService,
    "reveal": RevealService,
}
# Calls every role (and nobody logged in) must be able to make.
OPEN = {"users.has_users", "users.create_first_admin", "users.authenticate"}


def imports(s: Services) -> ImportService:
    return ImportService(s.ctx, RegistrationService(s.ctx))


def as_role(services: Services, role: Role) -> Services:
    actor = Actor(f"{role.value} 测试", "test", role, 1, f"test-{role.value}")
    return build_services(services.ctx.db, services.ctx.clock, actor)


PG_ROLES = (Role.REGISTRAR, Role.DISPLAY)  # the smaller PostgreSQL run


def cases(allowed: bool) -> list[Any]:
    """(engine, role, call) for every pair the table refuses (or allows)."""
    found = []
    for name, (needs, _call) in CALLS.items():
        for role in Role:
            if bool(ROLE_PERMISSIONS[role] & set(needs)) != allowed:
                continue
            found.append(pytest.param("sqlite", role, name, id=f"sqlite-{role.value}-{name}"))
            if role in PG_ROLES:
                found.append(
                    pytest.param(
                        "postgresql", role, name, id=f"pg-{role.value}-{name}", marks=pytest.mark.pg
                    )
                )
    return found


@pytest.fixture(scope="module")
def shared() -> Iterator[Callable[[str], Services]]:
    """One database per engine for the whole table (guards run before any query)."""
    opened: dict[str, tuple[Database, Services]] = {}
    cleanups: list[Iterator[str]] = []
    folder = Path(tempfile.mkdtemp(prefix="rd-permissions-"))

    def get(engine: str) -> Services:
        if engine not in opened:
            if engine == "sqlite":
                url = sqlite_url(folder)
            else:
                urls = fresh_pg_url()
                url = next(urls)
                cleanups.append(urls)
            opened[engine] = open_services(url, ManualClock(START))
        return opened[engine][1]

    yield get
    for db, _ in opened.values():
        db.dispose()
    for urls in cleanups:
        next(urls, None)
    shutil.rmtree(folder, ignore_errors=True)


def test_every_public_service_call_is_in_the_table(services: Services) -> None:
    classes = {f: type(getattr(services, f)) for f in Services.names()} | EXTRA_SERVICES
    public = set()
    for field, cls in classes.items():
        for name, _member in inspect.getmembers(cls, inspect.isfunction):
            if not name.startswith("_") and not isinstance(
                inspect.getattr_static(cls, name), staticmethod
            ):
                public.add(f"{field}.{name}")
    assert public - OPEN == set(CALLS)


@pytest.mark.parametrize(("engine", "role", "name"), cases(allowed=False))
def test_a_role_is_refused_every_call_it_must_not_make(
    shared: Callable[[str], Services], engine: str, role: Role, name: str
) -> None:
    needs, call = CALLS[name]
    with pytest.raises(PermissionDenied) as error:
        call(as_role(shared(engine), role))
    assert error.value.role == role.value
    assert error.value.permission == "|".join(p.value for p in needs)


@pytest.mark.parametrize(("engine", "role", "name"), cases(allowed=True))
def test_a_role_gets_past_the_guard_of_every_call_it_may_make(
    shared: Callable[[str], Services], engine: str, role: Role, name: str
) -> None:
    _needs, call = CALLS[name]
    try:
        call(as_role(shared(engine), role))
    except PermissionDenied:
        pytest.fail(f"{role.value} refused {name}")
    except (ReceptionDayError, AttributeError):  # NotFound, a None draft: past the guard
        pass


def test_the_display_may_only_read_the_hall(services: Services) -> None:
    assert ROLE_PERMISSIONS[Role.DISPLAY] == {P.VIEW_EVENT, P.VIEW_HALL}
    assert ROLE_PERMISSIONS[Role.ADMIN] == set(Permission)


def test_the_desk_prints_tickets_but_never_a_slip(services: Services) -> None:
    day = build_day(services)
    walk_in = services.registration.register_walk_in(visit(day, person(1))).value
    desk = as_role(services, Role.REGISTRAR)
    ticket_job, _ = desk.print_jobs.ticket_job(walk_in.visit_id).value
    assert desk.print_jobs.job_document(ticket_job).kind == DocumentKind.TICKET
    desk.print_jobs.record_result(ticket_job, True, "desk printer")
    services.queue.call_next(day.room_land)
    case = services.reception.case_card(walk_in.visit_id).cases[0]
    decided = services.reception.decide(
        case.case_id, case.version, HandOver(day.land_bureau, Urgency.GREEN, "限期办理")
    ).value
    receipt_job = decided.print_job_ids[-1]
    for refused in (
        lambda: desk.print_jobs.job_document(receipt_job),
        lambda: desk.print_jobs.reprint(receipt_job),
        lambda: desk.print_jobs.record_result(receipt_job, True, "desk printer"),
    ):
        with pytest.raises(PermissionDenied):
            refused()
    clerk = as_role(services, Role.CLERK)
    assert clerk.print_jobs.job_document(receipt_job).kind == DocumentKind.RECEIPT


def test_the_supervision_office_prints_the_day_summary_but_no_slip(services: Services) -> None:
    day = build_day(services)
    supervisor = as_role(services, Role.SUPERVISOR)
    summary = supervisor.print_jobs.summary_job(day.event_id).value
    assert supervisor.print_jobs.job_document(summary).kind == DocumentKind.DAY_SUMMARY
    supervisor.print_jobs.record_result(summary, True, "office printer")
    with pytest.raises(PermissionDenied):
        supervisor.print_jobs.receipt_job(1)

"""Registration rows: one desk registering walk-ins on SQLite (p95 ≤ 15 ms), and 8 desk
processes registering at once (≥ 200/s in total on PostgreSQL, p95 ≤ 50 ms, no duplicate
number) — into a copy of the day-scale demo event, through the real service.

Each desk registers its own invented people (1 in 10 a person it registered before, so
repeat detection finds history), a head-count of 1–3, topics of the event's rooms; every
25th registration is sent twice with the same client key and must answer the first. The
desks start together behind a barrier once imported and connected; their first
registration (imports, caches) is made before it and not timed. Afterwards every ticket
and case number is checked for duplicates and gaps.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import pwd
import random
import threading
import time
import traceback
import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select

from bench.common import load_average, median, ms, percentile

RETRY_EVERY = 25
BARRIER_TIMEOUT_S = 600


@dataclass(frozen=True)
class DeskRun:
    """What one desk process measured."""

    latencies: list[float]
    tickets: list[int]
    started: float
    finished: float
    cpu_seconds: float  # the desk process's own CPU between started and finished


def event_and_topics(url: str) -> tuple[int, list[int]]:
    """The demo day's event and the topics its rooms serve."""
    from app.db import Database
    from app.demo.day import DAY_NAME
    from app.models import ReceptionEvent, Room, room_topic

    db = Database(url)
    try:
        with db.read() as s:
            event_id = s.scalar(select(ReceptionEvent.id).where(ReceptionEvent.name == DAY_NAME))
            assert event_id is not None, "the demo day is missing"
            topics = sorted(
                set(
                    s.scalars(
                        select(room_topic.c.topic_id)
                        .join(Room, Room.id == room_topic.c.room_id)
                        .where(Room.event_id == event_id)
                    )
                )
            )
        return event_id, topics
    finally:
        db.dispose()


def _drafts(event_id: int, topics: list[int], desk: int, count: int) -> list[Any]:
    from app.domain.identity import make_resident_id
    from app.domain.types import DocumentType, RegistrationChannel
    from app.services.registration_data import PetitionerDraft, VisitDraft

    rng = random.Random(desk)
    people: list[PetitionerDraft] = []
    drafts = []
    for i in range(count):
        if people and rng.random() < 0.1:
            person = rng.choice(people)
        else:
            seq = desk * 100_000 + i
            birth = date(1950 + seq % 50, 1 + seq % 12, 1 + seq % 28)
            person = PetitionerDraft(
                "测试" + "甲乙丙丁戊己庚辛壬癸"[seq % 10] + "子丑寅卯辰巳午未申酉"[seq // 10 % 10],
                DocumentType.RESIDENT_ID,
                make_resident_id("330727", birth, seq % 1000),
                f"139{seq:08d}",
            )
            people.append(person)
        drafts.append(
            VisitDraft(
                client_key=str(uuid.uuid4()),
                event_id=event_id,
                topic_id=rng.choice(topics),
                head_count=rng.choice((1, 1, 1, 2, 3)),
                petitioners=(person,),
                summary="反映村里征地补偿款未发放到位，已多次找村委会未果",
                demand="要求按标准足额发放补偿款",
                channel=RegistrationChannel.WALK_IN,
            )
        )
    return drafts


def _desk(
    url: str,
    event_id: int,
    topics: list[int],
    desk: int,
    count: int,
    barriers: tuple[Any, Any],
    results: Any,
) -> None:
    from app.bootstrap import build_services
    from app.clock import SystemClock
    from app.db import Database
    from app.services.context import Actor

    db = Database(url)
    try:
        services = build_services(db, SystemClock(), Actor(f"测试登记员{desk}", f"desk{desk}"))
        register = services.registration.register_walk_in
        drafts = _drafts(event_id, topics, desk, count + 1)
        tickets = [register(drafts[0]).value.ticket_number]  # warm-up, not timed
        latencies = []
        start, done = barriers
        start.wait(timeout=BARRIER_TIMEOUT_S)
        started, cpu_started = time.perf_counter(), time.process_time()
        for i, draft in enumerate(drafts[1:], start=1):
            t = time.perf_counter()
            answer = register(draft).value
            latencies.append(time.perf_counter() - t)
            tickets.append(answer.ticket_number)
            if i % RETRY_EVERY == 0:
                again = register(draft).value
                assert again.visit_id == answer.visit_id
                assert again.already_registered
        finished, cpu = time.perf_counter(), time.process_time() - cpu_started
        issued = [t for t in tickets if t is not None]
        results.put(DeskRun(latencies, issued, started, finished, cpu))
        # connected until the parent has read the server's CPU: a closed backend's CPU
        # can no longer be read
        done.wait(timeout=BARRIER_TIMEOUT_S)
    except BaseException:
        results.put(traceback.format_exc())
        for barrier in barriers:
            barrier.abort()
        raise
    finally:
        db.dispose()


@dataclass(frozen=True)
class Throughput:
    desks: int
    registrations: int
    seconds: float
    latencies: list[float]
    duplicates: int
    gaps: int
    desk_cpu_seconds: float = 0.0  # all desk processes together
    server_cpu_seconds: float | None = None  # the local PostgreSQL server, if measurable
    machine_busy: float | None = None  # share of all cores busy during the run (0–1)

    @property
    def per_second(self) -> float:
        return self.registrations / self.seconds

    def cpu_text(self) -> str:
        """Where the CPU went, per registration, and what that bounds on this machine."""
        per = 1000 / self.registrations
        parts = [f"desks' CPU {self.desk_cpu_seconds * per:.1f} ms"]
        if self.server_cpu_seconds is not None:
            parts.append(f"server's CPU {self.server_cpu_seconds * per:.1f} ms")
        text = "CPU per registration: " + ", ".join(parts)
        if self.machine_busy is not None:
            text += f"; the {CORES} cores {self.machine_busy:.0%} busy"
        if self.server_cpu_seconds is not None:
            both = (self.desk_cpu_seconds + self.server_cpu_seconds) / self.registrations
            server = self.server_cpu_seconds / self.registrations
            text += (
                f"; bound with desks and server on these {CORES} cores: "
                f"{CORES / both:.0f}/s; bound of the server alone (desks on their own "
                f"PCs, as in a hall): {CORES / server:.0f}/s"
            )
        return text

    def text(self) -> str:
        return (
            f"{self.per_second:.0f}/s, latency {ms(median(self.latencies))} / "
            f"{ms(percentile(self.latencies, 0.95))}"
        )


def _number_problems(url: str, event_id: int, before: int, tickets: list[int]) -> tuple[int, int]:
    """(duplicates, gaps) among the event's ticket and case numbers."""
    from app.db import Database
    from app.models import Case, Visit

    db = Database(url)
    try:
        with db.read() as s:
            issued = [
                t
                for t in s.scalars(select(Visit.ticket_number).where(Visit.event_id == event_id))
                if t is not None
            ]
            case_numbers = s.scalars(select(Case.case_number)).all()
            cases = s.scalar(select(func.count()).select_from(Case))
    finally:
        db.dispose()
    duplicates = (len(issued) - len(set(issued))) + (len(case_numbers) - len(set(case_numbers)))
    duplicates += len(tickets) - len(set(tickets))
    new = sorted(t for t in issued if t > before)
    gaps = (new[-1] - before - len(new)) if new else 0
    assert cases == len(case_numbers)
    return duplicates, gaps


def run_desks(url: str, desks: int, per_desk: int) -> Throughput:
    """``desks`` processes each registering ``per_desk`` walk-ins at once."""
    event_id, topics = event_and_topics(url)
    before = _max_ticket(url, event_id)
    ctx = multiprocessing.get_context("spawn")
    # the parent is a party of both barriers: it reads the CPU figures between them
    barriers = (ctx.Barrier(desks + 1), ctx.Barrier(desks + 1))
    results: Any = ctx.Queue()
    workers = [
        ctx.Process(target=_desk, args=(url, event_id, topics, d, per_desk, barriers, results))
        for d in range(desks)
    ]
    for w in workers:
        w.start()
    server_before = machine_before = server_after = machine_after = None
    with contextlib.suppress(threading.BrokenBarrierError):  # a desk failed: reported below
        barriers[0].wait(timeout=BARRIER_TIMEOUT_S)
        server_before, machine_before = _server_cpu(url), _machine_ticks()
    runs = [results.get(timeout=1800) for _ in workers]
    with contextlib.suppress(threading.BrokenBarrierError):
        server_after, machine_after = _server_cpu(url), _machine_ticks()
        barriers[1].wait(timeout=BARRIER_TIMEOUT_S)
    for w in workers:
        w.join(timeout=60)
    failed = [r for r in runs if isinstance(r, str)]
    if failed:
        raise RuntimeError(f"a desk failed:\n{failed[0]}")
    tickets = [t for r in runs for t in r.tickets]
    seconds = max(r.finished for r in runs) - min(r.started for r in runs)
    duplicates, gaps = _number_problems(url, event_id, before, tickets)
    return Throughput(
        desks,
        desks * per_desk,
        seconds,
        [x for r in runs for x in r.latencies],
        duplicates,
        gaps,
        sum(r.cpu_seconds for r in runs),
        None if server_before is None or server_after is None else server_after - server_before,
        _busy(machine_before, machine_after),
    )


CORES = os.cpu_count() or 1


def _server_cpu(url: str) -> float | None:
    """CPU seconds used so far by the PostgreSQL server for this database: its backends
    (their title names the database) and the shared writers (WAL, checkpoints), when the
    server runs on this machine (Linux ``/proc``); None for SQLite or a server elsewhere.
    Backends of other databases (other work on a shared machine) are left out."""
    if not url.startswith("postgresql") or not any(h in url for h in ("127.0.0.1", "localhost")):
        return None
    database = url.rsplit("/", 1)[-1].split("?")[0]
    try:
        uid = pwd.getpwnam("postgres").pw_uid
    except KeyError:
        return None
    ticks = 0
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            if os.stat(f"/proc/{entry}").st_uid != uid:
                continue
            with open(f"/proc/{entry}/cmdline") as f:
                title = f.read()
            if "(" in title and f" {database} " not in title:  # another database's backend
                continue
            with open(f"/proc/{entry}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue  # gone meanwhile
        ticks += int(fields[11]) + int(fields[12])  # utime, stime (not reaped children)
    return ticks / os.sysconf("SC_CLK_TCK")


def _machine_ticks() -> tuple[int, int] | None:
    """(busy, total) clock ticks of all cores so far (Linux ``/proc/stat``)."""
    try:
        with open("/proc/stat") as f:
            values = [int(x) for x in f.readline().split()[1:]]
    except OSError:
        return None
    idle = values[3] + (values[4] if len(values) > 4 else 0)
    return sum(values) - idle, sum(values)


def _busy(before: tuple[int, int] | None, after: tuple[int, int] | None) -> float | None:
    if before is None or after is None or after[1] == before[1]:
        return None
    return (after[0] - before[0]) / (after[1] - before[1])


def _max_ticket(url: str, event_id: int) -> int:
    from app.db import Database
    from app.models import Visit

    db = Database(url)
    try:
        with db.read() as s:
            return int(
                s.scalar(select(func.max(Visit.ticket_number)).where(Visit.event_id == event_id))
                or 0
            )
    finally:
        db.dispose()


def describe(label: str, result: Throughput) -> str:
    return (
        f"{label}: {result.desks} desk(s) × {result.registrations // result.desks} walk-ins in "
        f"{result.seconds:.1f} s = {result.per_second:.1f} registrations/s; latency median "
        f"{ms(median(result.latencies))}, p95 {ms(percentile(result.latencies, 0.95))}; "
        f"{result.duplicates} duplicate numbers, {result.gaps} gaps (load {load_average()})"
    )

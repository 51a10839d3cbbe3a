"""Search row: find a person by name, pinyin initials, ID tail or phone tail among the
county's petitioners through the desk's search service, against the naive baseline — an
unanchored ``LIKE '%…%'`` scan of the same column, with the same limit — in the same run.

Queries come from people drawn at random (seeded) from the data: their full name, the
initials of its first reading, the last 6 characters of the ID number and the last 4
digits of the phone number.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from sqlalchemy import func, select, text

from bench.common import median, percentile, timed

LIMIT = 20
ID_TAIL, PHONE_TAIL = 6, 4


@dataclass(frozen=True)
class SearchFigures:
    """Per query kind: (service seconds, naive seconds) lists."""

    people: int
    kinds: dict[str, tuple[list[float], list[float]]]

    def all_service(self) -> list[float]:
        return [x for service, _ in self.kinds.values() for x in service]

    def all_naive(self) -> list[float]:
        return [x for _, naive in self.kinds.values() for x in naive]


def _queries(session: object, count: int) -> dict[str, list[tuple[str, str]]]:
    """(service query, naive LIKE pattern) per kind."""
    from sqlalchemy.orm import Session

    from app.domain.pinyin_keys import name_keys
    from app.models import Petitioner

    assert isinstance(session, Session)
    top = int(session.scalar(select(func.max(Petitioner.id))) or 0)
    rng = random.Random(7)
    out: dict[str, list[tuple[str, str]]] = {"name": [], "initials": [], "id": [], "phone": []}
    while min(len(v) for v in out.values()) < count:
        row = session.execute(
            select(Petitioner.name, Petitioner.id_tail_rev, Petitioner.phone_tail_rev).where(
                Petitioner.id == rng.randint(1, top)
            )
        ).first()
        if row is None:
            continue
        name, id_rev, phone_rev = row
        initials = name_keys(name).initials_variants[0]
        out["name"].append((name, name))
        out["initials"].append((initials, initials))
        if len(id_rev) >= ID_TAIL:
            tail = id_rev[::-1][-ID_TAIL:]
            out["id"].append((tail, tail[::-1]))
        if len(phone_rev) >= PHONE_TAIL:
            tail = phone_rev[::-1][-PHONE_TAIL:]
            out["phone"].append((tail, tail[::-1]))
    return {k: v[:count] for k, v in out.items()}


NAIVE_SQL = {
    "name": "SELECT id FROM petitioner WHERE name LIKE :p LIMIT :n",
    "initials": "SELECT petitioner_id FROM petitioner_search_key WHERE key LIKE :p LIMIT :n",
    "id": "SELECT id FROM petitioner WHERE id_tail_rev LIKE :p LIMIT :n",
    "phone": "SELECT id FROM petitioner WHERE phone_tail_rev LIKE :p LIMIT :n",
}


def measure(url: str, count: int) -> SearchFigures:
    """Time ``count`` queries of each kind, service and naive alternating."""
    from app.bootstrap import build_services
    from app.db import Database
    from app.models import Petitioner, ReceptionEvent

    db = Database(url)
    try:
        services = build_services(db)
        with db.read() as s:
            event_id = int(s.scalar(select(func.max(ReceptionEvent.id))) or 0)
            people = int(s.scalar(select(func.count()).select_from(Petitioner)) or 0)
            queries = _queries(s, count)
        find = services.search.find
        kinds: dict[str, tuple[list[float], list[float]]] = {}
        for kind, pairs in queries.items():
            service: list[float] = []
            naive: list[float] = []
            for query, pattern in pairs:
                find(event_id, query)  # warm: the first of a kind loads code and pages
                service += timed(lambda q=query: find(event_id, q), 1)  # type: ignore[misc]
                with db.read() as s:
                    sql, args = text(NAIVE_SQL[kind]), {"p": f"%{pattern}%", "n": LIMIT}
                    naive += timed(lambda: s.execute(sql, args).all(), 1)  # noqa: B023
            kinds[kind] = (service, naive)
        return SearchFigures(people, kinds)
    finally:
        db.dispose()


def summary(figures: SearchFigures) -> tuple[str, str, float, list[str]]:
    """(measured, baseline, speed-up of medians, per-kind notes)."""
    service, naive = figures.all_service(), figures.all_naive()
    speedup = median(naive) / max(median(service), 1e-9)
    notes = []
    for kind, (s_times, n_times) in figures.kinds.items():
        notes.append(
            f"- {kind}: service {median(s_times) * 1000:.1f} / "
            f"{percentile(s_times, 0.95) * 1000:.1f} ms, naive LIKE "
            f"{median(n_times) * 1000:.1f} / {percentile(n_times, 0.95) * 1000:.1f} ms "
            f"(median / p95, {len(s_times)} queries)"
        )
    measured = f"{median(service) * 1000:.1f} / {percentile(service, 0.95) * 1000:.1f} ms"
    baseline = (
        f"LIKE scan {median(naive) * 1000:.0f} / {percentile(naive, 0.95) * 1000:.0f} ms "
        f"({speedup:.0f}× slower)"
    )
    return measured, baseline, speedup, notes

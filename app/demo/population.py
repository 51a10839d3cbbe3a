"""A million invented petitioners with their search keys, bulk-inserted.

Batches of :data:`BATCH` people are generated independently (each from its own seeded
generator, so the result does not depend on how many worker processes made them) by
up to two worker processes while this process inserts the previous batches; ID numbers
that clash with earlier batches or with the database are redrawn here, in batch order.
The pinyin keys of each distinct name are computed once per process.
"""

from __future__ import annotations

import functools
import multiprocessing
import os
import random
import threading
import time
from array import array
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, cast

from sqlalchemy import Connection, LargeBinary, Table, column, func, insert, select
from sqlalchemy import table as sa_table
from sqlalchemy.sql import TableClause

from app.db import Database
from app.demo.names import TOWNSHIPS, PersonFactory
from app.domain.identity import make_resident_id
from app.domain.pinyin_keys import searchable_keys
from app.domain.types import DocumentType
from app.models import Petitioner, PetitionerSearchKey
from app.models.petitioner import ADDRESS_PURPOSE, DOCUMENT_PURPOSE, PHONE_PURPOSE
from app.security.field_crypto import FieldCipher, KeyRing
from app.services.petitioners import reversed_tail

Progress = Callable[[int, int, str], None]
Rows = list[dict[str, Any]]
BATCH = 10_000
ROWS_PER_TRANSACTION = 100_000
PARALLEL_FROM = 100_000  # fewer people are made in this process
_EPOCH = datetime(2012, 1, 1)  # petitioners were first recorded in 2012..2016,
_RECORDED_UNTIL = datetime(2016, 12, 1)  # before the first historical event
_RESIDENT_ID = DocumentType.RESIDENT_ID.value
_SQLITE_CACHE_KIB = 256 * 1024
_TOWN_INDEX = {town: i for i, town in enumerate(TOWNSHIPS)}


@dataclass
class Population:
    """The inserted petitioners, compactly: ids ``first_id .. first_id + count - 1``."""

    first_id: int
    count: int
    birth: array[int]  # date ordinals
    township: bytearray  # index into TOWNSHIPS
    disabled: bytearray


@dataclass
class _Batch:
    people: Rows
    numbers: list[str]  # the plain ID numbers of ``people``, in order
    keys: Rows
    birth: array[int]
    township: bytearray
    disabled: bytearray


def table(model: type[Any]) -> Table:
    """The Core table of a mapped class."""
    return cast(Table, model.__table__)


@functools.cache
def _people_table() -> TableClause:
    """The petitioner table for the bulk insert, its sealed (binary) columns untyped:
    the drivers take ``bytes`` as they are, and LargeBinary's bind processor would cost
    the inserting process a quarter of a minute per million rows."""
    columns = [
        column(c.name) if isinstance(c.type, LargeBinary) else column(c.name, c.type)
        for c in table(Petitioner).columns
    ]
    return sa_table("petitioner", *columns)


def tune(conn: Connection) -> None:
    """A larger page cache for bulk work on SQLite (nothing on other databases)."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(f"PRAGMA cache_size=-{_SQLITE_CACHE_KIB}")


@functools.cache
def name_keys(name: str) -> tuple[str, ...]:
    """The search keys stored for ``name`` (as the registration service stores them)."""
    return tuple(sorted(set(searchable_keys(name))))


def generate_batch(
    seed: int, index: int, first_id: int, count: int, today: date, ring: KeyRing
) -> _Batch:
    """People ``first_id .. first_id + count - 1``: rows for both tables (ID number, phone
    and address sealed with ``ring``) and the facts the history needs. The people depend
    only on the arguments."""
    cipher = FieldCipher(ring)
    rng = random.Random(f"{seed}:petitioners:{index}")
    people = PersonFactory(rng, today)
    until = min(_RECORDED_UNTIL, datetime.combine(today, datetime.min.time()))
    span = int((until - _EPOCH).total_seconds())
    batch = _Batch([], [], [], array("i"), bytearray(), bytearray())
    seal, digest = cipher.seal, cipher.lookup_hash
    for pid in range(first_id, first_id + count):
        p = people.person(phone_rate=0.9, disabled_rate=0.01)
        batch.people.append(
            {
                "id": pid,
                "name": p.name,
                "document_type": _RESIDENT_ID,
                **_sealed_id(cipher, p.id_number),
                "birth_date": p.birth_date,
                "sex": p.sex.value,
                "phone_cipher": seal(PHONE_PURPOSE, p.phone) if p.phone else None,
                "phone_hash": digest(PHONE_PURPOSE, p.phone) if p.phone else None,
                "phone_tail_rev": reversed_tail(p.phone) if p.phone else "",
                "address_cipher": seal(ADDRESS_PURPOSE, p.address) if p.address else None,
                "key_version": cipher.version,
                "is_disabled": p.is_disabled,
                "created_at": _EPOCH + timedelta(seconds=rng.randrange(span)),
            }
        )
        batch.numbers.append(p.id_number)
        batch.keys.extend({"petitioner_id": pid, "key": k} for k in name_keys(p.name))
        batch.birth.append(p.birth_date.toordinal())
        batch.township.append(_TOWN_INDEX[p.township])
        batch.disabled.append(p.is_disabled)
    return batch


def _exit_with_parent() -> None:
    """Worker initializer: end the worker when the builder dies (killed or crashed)
    instead of leaving it blocked on its task queue."""
    parent = multiprocessing.parent_process()

    def watch() -> None:
        while parent is not None and parent.is_alive():
            time.sleep(1)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def _batches(
    seed: int, first_id: int, count: int, today: date, workers: int, ring: KeyRing
) -> Iterator[_Batch]:
    """The batches in order, made by ``workers`` processes (0: in this one)."""
    specs = [
        (seed, i, first_id + start, min(BATCH, count - start), today, ring)
        for i, start in enumerate(range(0, count, BATCH))
    ]
    if workers == 0:
        yield from (generate_batch(*spec) for spec in specs)
        return
    context = multiprocessing.get_context("spawn")  # the same on every platform
    with ProcessPoolExecutor(workers, context, _exit_with_parent) as pool:
        pending: deque[Future[_Batch]] = deque()
        for spec in specs:
            pending.append(pool.submit(generate_batch, *spec))
            if len(pending) > 2 * workers:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def _sealed_id(cipher: FieldCipher, number: str) -> dict[str, Any]:
    return {
        "id_cipher": cipher.seal(DOCUMENT_PURPOSE, number),
        "id_hash": cipher.lookup_hash(DOCUMENT_PURPOSE, number),
        "id_tail_rev": reversed_tail(number),
    }


def _unique_ids(batch: _Batch, taken: set[bytes], rng: random.Random, cipher: FieldCipher) -> None:
    """Redraw the ID numbers already taken (same region, birth date and sex); ``taken``
    holds their lookup hashes."""
    for row, number in zip(batch.people, batch.numbers, strict=True):
        if row["id_hash"] in taken:
            while cipher.lookup_hash(DOCUMENT_PURPOSE, number) in taken:
                seq = rng.randrange(500) * 2 + (row["sex"] == "male")
                number = make_resident_id(number[:6], row["birth_date"], seq)
            row.update(_sealed_id(cipher, number))
        taken.add(row["id_hash"])


def insert_petitioners(
    db: Database,
    seed: int,
    count: int,
    progress: Progress,
    today: date,
    workers: int | None = None,
) -> tuple[Population, int]:
    """Insert ``count`` invented petitioners and their search keys; (population, keys).

    ``workers`` defaults to two processes (one on a single-core machine) from
    :data:`PARALLEL_FROM` people on, else none.
    """
    if workers is None:
        workers = min(2, os.cpu_count() or 1) if count >= PARALLEL_FROM else 0
    with db.write_engine.begin() as conn:
        cipher = db.field_keys.writer(conn)
        first_id = (conn.scalar(select(func.max(Petitioner.id))) or 0) + 1
        numbers = select(Petitioner.id_hash).where(Petitioner.document_type == _RESIDENT_ID)
        taken = {bytes(n) for n in conn.scalars(numbers) if n}
    population = Population(first_id, count, array("i"), bytearray(), bytearray())
    redraw = random.Random(f"{seed}:redraw")
    key_count = done = 0
    batches = _batches(seed, first_id, count, today, workers, cipher.ring)
    while done < count:
        with db.write_engine.begin() as conn:
            tune(conn)
            for batch in batches:
                _unique_ids(batch, taken, redraw, cipher)
                conn.execute(insert(_people_table()), batch.people)
                conn.execute(insert(table(PetitionerSearchKey)), batch.keys)
                population.birth.extend(batch.birth)
                population.township.extend(batch.township)
                population.disabled.extend(batch.disabled)
                key_count += len(batch.keys)
                done += len(batch.people)
                progress(done, count, "petitioners")
                if done % ROWS_PER_TRANSACTION == 0:
                    break
    return population, key_count

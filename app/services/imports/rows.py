"""Checking each row of a list: every problem of a row found at once, with the column.

Each row is checked with the same rules as the desk (resident ID, phone, name, texts,
head-count); a row without problems becomes the :class:`VisitDraft` the desk would make.
Its ``client_key`` is derived from the event and the person, so importing the same file
again finds the first pre-registration instead of making a second.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Sequence
from datetime import date
from functools import partial
from typing import TypeVar

from app.domain.errors import InvalidInput
from app.domain.identity import normalise_document_number, parse_document
from app.domain.phone import parse_phone
from app.domain.types import DocumentType, RegistrationChannel
from app.services.imports.cells import (
    cell_text,
    clean_text,
    id_stored_as_number,
    is_formula,
    one_line,
    parse_count,
)
from app.services.imports.columns import BY_FIELD, COLUMNS, EXAMPLE_MARK
from app.services.imports.data import Cancelled, ImportCancelled, ImportRow, Progress, RowProblem
from app.services.imports.data import RowStatus as S
from app.services.imports.files import Table
from app.services.imports.matching import EventDirectory, match_request, match_topic
from app.services.petitioners import check_petitioner
from app.services.registration_data import PetitionerDraft, VisitDraft
from app.services.registration_rules import check_head_count, check_texts

_NAMESPACE = uuid.UUID("6f1d3c52-7a0e-4b0e-9a57-0c1f3f1d2a90")
_CJK_GAP = re.compile(r"(?<=[\u3400-\u9fff]) (?=[\u3400-\u9fff])")
FOOTERS = frozenset({"合计", "总计", "小计", "共计"})
FIELDS = tuple(c.field for c in COLUMNS)
ONE_LINE_FIELDS = frozenset({"seq", "name", "id_number", "phone", "head_count", "topic", "request"})


def client_key(event_id: int, identity: str) -> str:
    """The pre-registration key of a person in an event: the same on every import."""
    return str(uuid.uuid5(_NAMESPACE, f"import:{event_id}:{identity}"))


def person_identity(name: str, id_number: str, phone: str) -> str:
    """A person as rows are compared: the ID number, else name and phone."""
    return f"id:{id_number}" if id_number else f"name:{name}|phone:{phone}"


T = TypeVar("T")


class _Row:
    """Collects one row's problems while its cells are read."""

    def __init__(self, number: int, headers: dict[str, str]) -> None:
        self.number, self.headers = number, headers
        self.problems: list[RowProblem] = []

    def problem(self, field: str, reason: str, **details: object) -> None:
        header = self.headers.get(field, BY_FIELD[field].header if field in BY_FIELD else field)
        self.problems.append(RowProblem(self.number, field, header, reason, details))

    def check(self, field: str, fn: Callable[[], T]) -> T | None:
        """``fn()``, or None with its refusal noted against ``field``."""
        try:
            return fn()
        except InvalidInput as error:
            self.problem(field, error.reason, **error.details)
            return None


def _texts(values: Sequence[object], positions: dict[str, int]) -> dict[str, str]:
    texts = dict.fromkeys(FIELDS, "")
    for field, index in positions.items():
        raw = cell_text(values[index]) if index < len(values) else ""
        texts[field] = one_line(raw) if field in ONE_LINE_FIELDS else clean_text(raw)
    texts["name"] = _CJK_GAP.sub("", texts["name"])
    return texts


def _check_text(field: str, text: str) -> None:
    texts = {"summary": "", "demand": "", "note": ""}
    texts[field] = text
    check_texts(**texts)


def _identity_cells(row: _Row, t: dict[str, str], raw_id: object, today: date) -> str:
    """Checks 身份证号, 姓名 and 联系电话; the normalised phone."""
    if id_stored_as_number(raw_id):
        row.problem("id_number", "stored_as_number")
        t["id_number"] = ""
    elif t["id_number"]:
        text = t["id_number"]
        doc = row.check("id_number", lambda: parse_document(DocumentType.RESIDENT_ID, text, today))
        t["id_number"] = doc.number if doc is not None else normalise_document_number(text)
    if t["name"] or not row.problems:
        row.check("name", lambda: check_petitioner(PetitionerDraft(t["name"]), 0, today))
    phone = ""
    if t["phone"]:
        parsed = row.check("phone", lambda: parse_phone(t["phone"]))
        phone = parsed.normalised if parsed is not None else ""
    if not t["id_number"] and not t["phone"] and not _has(row, "id_number", "phone"):
        row.problem("id_number" if "id_number" in row.headers else "phone", "id_or_phone_required")
    if len(t["address"]) > 256:
        row.problem("address", "too_long", max=256)
    return phone


def check_row(
    number: int,
    values: Sequence[object],
    table: Table,
    directory: EventDirectory,
    event_id: int,
    today: date,
) -> ImportRow | None:
    """One row checked; None for a footer (合计 …) or the template's example row."""
    positions = table.header.positions
    t = _texts(values, positions)
    if t["name"] in FOOTERS or t["seq"] in FOOTERS or t["seq"] == EXAMPLE_MARK:
        return None
    row = _Row(number, table.header.headers)
    cells = {f: t[f] for f in positions}  # as written, shown in the preview
    for field, text in t.items():
        if field != "seq" and is_formula(text):
            row.problem(field, "formula", text=text[:40])
            t[field] = ""
    raw = {f: values[i] if i < len(values) else None for f, i in positions.items()}
    phone = _identity_cells(row, t, raw.get("id_number"), today)
    head_count = 1
    if t["head_count"]:
        raw_count = raw["head_count"] if not isinstance(raw["head_count"], str) else t["head_count"]
        count = row.check("head_count", lambda: parse_count(raw_count))
        if count is not None:
            head_count = count
            row.check("head_count", lambda: check_head_count(count, 1))
    topic = row.check("topic", lambda: match_topic(t["topic"], directory))
    for field in ("summary", "demand", "note"):
        row.check(field, partial(_check_text, field, t[field]))
    request = row.check("request", lambda: match_request(t["request"], directory))
    room_id, leader_id, request_text = request or (None, None, "")
    topic_name = topic.name if topic is not None else ""
    if row.problems or topic is None:
        order = {f: i for i, f in enumerate(FIELDS)}
        problems = tuple(sorted(row.problems, key=lambda p: order.get(p.field, 99)))
        return ImportRow(
            number, cells, S.PROBLEM, problems, None, topic_name, head_count, request_text
        )
    has_id = bool(t["id_number"])
    person = PetitionerDraft(
        t["name"],
        DocumentType.RESIDENT_ID if has_id else DocumentType.NONE,
        t["id_number"],
        phone,
        t["address"],
    )
    draft = VisitDraft(
        client_key=client_key(event_id, person_identity(t["name"], t["id_number"], phone)),
        event_id=event_id,
        topic_id=topic.id,
        head_count=head_count,
        petitioners=(person,),
        summary=t["summary"],
        demand=t["demand"],
        note=t["note"],
        channel=RegistrationChannel.IMPORT,
        requested_room_id=room_id,
        requested_leader_id=leader_id,
    )
    return ImportRow(number, cells, S.READY, (), draft, topic_name, head_count, request_text)


def _has(row: _Row, *fields: str) -> bool:
    return any(p.field in fields for p in row.problems)


def check_rows(
    table: Table,
    directory: EventDirectory,
    event_id: int,
    today: date,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> tuple[ImportRow, ...]:
    """Every row checked, then people named twice in the file flagged (the later rows)."""
    checked: list[ImportRow] = []
    total = len(table.rows)
    for done, (number, values) in enumerate(table.rows, start=1):
        if done % 100 == 0:
            if cancelled is not None and cancelled():
                raise ImportCancelled()
            if progress is not None:
                progress(done, total, "checking")
        row = check_row(number, values, table, directory, event_id, today)
        if row is not None:
            checked.append(row)
    if progress is not None:
        progress(total, total, "checking")
    return _flag_repeats(checked, table.header.headers)


def _has_problem(row: ImportRow, field: str) -> bool:
    return any(p.field == field for p in row.problems)


def _flag_repeats(rows: list[ImportRow], headers: dict[str, str]) -> tuple[ImportRow, ...]:
    first: dict[str, int] = {}
    out: list[ImportRow] = []
    for row in rows:
        number = "" if _has_problem(row, "id_number") else row.cells.get("id_number", "")
        if row.draft is not None:
            number = row.draft.petitioners[0].document_number
        elif number:
            number = normalise_document_number(number)
        key = f"id:{number}" if number else ""
        if not key and row.draft is not None:
            person = row.draft.petitioners[0]
            key = person_identity(person.name, "", person.phone)
        if not key or key not in first:
            if key:
                first[key] = row.row
            out.append(row)
            continue
        field = "id_number" if number else "name"
        problem = RowProblem(
            row.row,
            field,
            headers.get(field, BY_FIELD[field].header),
            "duplicate_in_file",
            {"first_row": first[key]},
        )
        out.append(
            ImportRow(
                row.row,
                row.cells,
                S.PROBLEM,
                (*row.problems, problem),
                None,
                row.topic_name,
                row.head_count,
                row.request_text,
            )
        )
    return tuple(out)

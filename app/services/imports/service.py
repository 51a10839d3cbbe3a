"""The import use cases: read a list into a preview, then pre-register its valid rows.

Nothing is written while a file is read and checked. Importing pre-registers each ready
row through :class:`~app.services.registration.RegistrationService` (one short
transaction per row, so desks working at the same time are never held up); each row's
``client_key`` comes from the event and the person, so an import stopped half-way — by
a cancel, a crash or a power cut — is finished by importing the same file again, and a
second import of a finished file adds nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path

from sqlalchemy import select

from app.domain.errors import InvalidInput, ReceptionDayError
from app.domain.types import DocumentType, VisitStatus
from app.models import Petitioner, Visit, VisitMember
from app.models.petitioner import documents_in
from app.services.changes import Changes, Entity, Result
from app.services.context import ServiceContext
from app.services.errors import PermissionDenied
from app.services.imports.data import (
    Cancelled,
    ImportPreview,
    ImportReport,
    ImportRow,
    Progress,
    RowProblem,
    RowStatus,
)
from app.services.imports.files import read_file, read_table
from app.services.imports.matching import EventDirectory
from app.services.imports.rows import check_rows
from app.services.permissions import Permission
from app.services.registration import RegistrationService
from app.services.setup import SetupService

_CHUNK = 500
_FIELD = re.compile(r"^petitioners\[\d+\]\.")
_FIELDS = {"topic_id": "topic", "requested_room_id": "request", "room_id": "request"}


def _chunks(items: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


class ImportService:
    """Pre-registration lists from towns (.xlsx, .csv)."""

    def __init__(self, ctx: ServiceContext, registration: RegistrationService) -> None:
        self._ctx, self._registration = ctx, registration
        self._setup = SetupService(ctx)

    def preview_file(
        self,
        path: Path,
        event_id: int,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ImportPreview:
        """Read and check a list file; raises InvalidInput(field='file') for a file that
        cannot be read as a list (see :mod:`app.services.imports.files`)."""
        self._ctx.require(Permission.IMPORT)
        return self.preview(path.name, read_file(path), event_id, progress, cancelled)

    def preview(
        self,
        name: str,
        data: bytes,
        event_id: int,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ImportPreview:
        """Read and check the bytes of a file called ``name`` for ``event_id``."""
        self._ctx.require(Permission.IMPORT)
        self._ctx.require(Permission.IMPORT)
        setup = self._setup.event_setup(event_id)
        directory = EventDirectory(setup.topics, setup.rooms, setup.leaders)
        table = read_table(name, data, progress, cancelled)
        today = self._ctx.clock.now().date()
        rows = check_rows(table, directory, event_id, today, progress, cancelled)
        rows = self._mark_already(event_id, rows)
        return ImportPreview(
            event_id,
            Path(name).name,
            table.sheet_name,
            table.header.row,
            dict(table.header.headers),
            rows,
            table.header.notes,
        )

    def _mark_already(self, event_id: int, rows: tuple[ImportRow, ...]) -> tuple[ImportRow, ...]:
        """Rows whose person is already pre-registered for the event (by an earlier import
        of any file, or at the desk) are skipped, with the visit found."""
        drafts = [r.draft for r in rows if r.draft is not None]
        if not drafts:
            return rows
        keys = [d.client_key for d in drafts]
        numbers = [
            p.document_number
            for d in drafts
            for p in d.petitioners
            if p.document_type is DocumentType.RESIDENT_ID
        ]
        by_key: dict[str, int] = {}
        by_number: dict[str, int] = {}
        with self._ctx.db.read() as s:
            for chunk in _chunks(keys):
                query = select(Visit.client_key, Visit.id).where(Visit.client_key.in_(chunk))
                by_key.update((k, v) for k, v in s.execute(query))
            for chunk in _chunks(numbers):
                hashes = documents_in(s, chunk)
                people = (
                    select(Petitioner.id_hash, Visit.id)
                    .join(VisitMember, VisitMember.petitioner_id == Petitioner.id)
                    .join(Visit, Visit.id == VisitMember.visit_id)
                    .where(
                        Visit.event_id == event_id,
                        Visit.status != VisitStatus.CANCELLED.value,
                        Petitioner.document_type == DocumentType.RESIDENT_ID.value,
                        Petitioner.id_hash.in_(list(hashes)),
                    )
                )
                for digest, visit_id in s.execute(people):
                    if digest is not None:
                        by_number.setdefault(hashes[bytes(digest)], visit_id)
        marked = []
        for row in rows:
            found = None
            if row.draft is not None:
                person = row.draft.petitioners[0]
                found = by_key.get(row.draft.client_key) or by_number.get(person.document_number)
            if found is not None:
                row = replace(row, status=RowStatus.ALREADY, already_visit_id=found)
            marked.append(row)
        return tuple(marked)

    def import_rows(
        self,
        preview: ImportPreview,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> Result[ImportReport]:
        """Pre-register every ready row of ``preview`` (rows with problems are left out).

        Rows whose person was pre-registered since the preview are skipped. A row the
        registration refuses now (the set-up changed meanwhile) is reported in
        ``failed`` and the others go on. A cancel stops between two rows.
        """
        self._ctx.require(Permission.IMPORT)
        self._ctx.require(Permission.IMPORT)
        ready = self._mark_already(preview.event_id, preview.ready)
        skipped = [r.row for r in preview.already] + [
            r.row for r in ready if r.status is RowStatus.ALREADY
        ]
        todo = [r for r in ready if r.status is RowStatus.READY and r.draft is not None]
        imported: list[tuple[int, int]] = []
        failed: list[RowProblem] = []
        stopped = False
        for done, row in enumerate(todo):
            if cancelled is not None and cancelled():
                stopped = True
                break
            if progress is not None:
                progress(done, len(todo), "importing")
            assert row.draft is not None
            try:
                answer = self._registration.pre_register(row.draft).value
            except InvalidInput as error:
                field = _FIELDS.get(error.field, _FIELD.sub("", error.field))
                header = preview.headers.get(field, field)
                failed.append(RowProblem(row.row, field, header, error.reason, error.details))
                continue
            except PermissionDenied:
                raise
            except ReceptionDayError as error:
                failed.append(RowProblem(row.row, "", "", type(error).__name__, {}))
                continue
            if answer.already_registered:
                skipped.append(row.row)
            else:
                imported.append((row.row, answer.visit_id))
        if progress is not None and not stopped:
            progress(len(todo), len(todo), "importing")
        report = ImportReport(
            preview.event_id, tuple(imported), tuple(sorted(skipped)), tuple(failed), stopped
        )
        ids = [visit_id for _, visit_id in imported]
        changes = Changes.of(Entity.VISIT, ids, preview.event_id) if ids else Changes()
        return Result(report, changes)

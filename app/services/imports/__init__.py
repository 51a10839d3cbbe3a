"""Importing pre-registration lists (.xlsx, .csv) from towns: read, check, preview,
pre-register the valid rows; and the template towns fill in."""

from app.services.imports.data import (
    MAX_FILE_BYTES,
    MAX_ROWS,
    FileNote,
    ImportCancelled,
    ImportPreview,
    ImportReport,
    ImportRow,
    RowProblem,
    RowStatus,
)
from app.services.imports.service import ImportService
from app.services.imports.template import TEMPLATE_FILE_NAME, template_bytes, write_template

__all__ = [
    "MAX_FILE_BYTES",
    "MAX_ROWS",
    "TEMPLATE_FILE_NAME",
    "FileNote",
    "ImportCancelled",
    "ImportPreview",
    "ImportReport",
    "ImportRow",
    "ImportService",
    "RowProblem",
    "RowStatus",
    "template_bytes",
    "write_template",
]

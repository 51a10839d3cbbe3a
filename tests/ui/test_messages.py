"""describe_error: one readable sentence for the errors a station meets."""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError, OperationalError

from app.services.errors import NotFound
from app.ui.messages import describe_error


def test_a_cut_connection_asks_for_one_more_click() -> None:
    error = DBAPIError("COMMIT", {}, Exception("server closed the connection"))
    error.connection_invalidated = True
    assert "连接中断" in describe_error(error)


def test_other_database_errors_keep_their_text() -> None:
    error = OperationalError("SELECT", {}, Exception("disk I/O error"))
    assert "disk I/O error" in describe_error(error)


def test_service_errors_have_their_own_sentence() -> None:
    assert describe_error(NotFound("visit", 1)) == "找不到该记录（可能已被删除）。"

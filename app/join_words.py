"""The words for joining a workstation to the hall's PostgreSQL server, in Chinese and English.

``reception-day setup-server`` prints them, both languages, beside the values to enter;
the first-run dialog (app.ui.dialogs.first_run) shows the same Chinese as its Qt source
strings and the same English through the .ts. tests/ui/test_first_run_words.py holds the
three together, so the county IT person reads one set of words on paper and on screen.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class Word:
    """One label: the Chinese source string and its English."""

    zh: str
    en: str

    def both(self) -> str:
        """``中文 / English`` as the command line prints it."""
        return f"{self.zh} / {self.en}"


DIALOG_TITLE = Word("接访日 — 首次设置", "Reception Day — first-time set-up")
SERVER_CHOICE = Word(
    "PostgreSQL 服务器（多台电脑共用）", "PostgreSQL server (shared by several PCs)"
)
HOST = Word("主机", "Host")
PORT = Word("端口", "Port")
DATABASE = Word("数据库名", "Database name")
USER = Word("用户名", "User name")
PASSWORD = Word("密码", "Password")
TEST_CONNECTION = Word("测试连接", "Test connection")
CONNECTED = Word("连接成功", "Connected")
#: The server form's fields, in the dialog's order.
FIELDS = (HOST, PORT, DATABASE, USER, PASSWORD)


def display_width(text: str) -> int:
    """Columns a terminal gives ``text`` (a Chinese character takes two)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def field_lines(values: dict[Word, str], indent: str = "       ") -> list[str]:
    """``主机 / Host:  192.168.1.10`` for each field, the values in one column."""
    labels = {word: f"{word.both()}:" for word in FIELDS}
    column = max(display_width(label) for label in labels.values()) + 2
    return [
        f"{indent}{labels[w]}{' ' * (column - display_width(labels[w]))}{values[w]}" for w in FIELDS
    ]

"""The change feed: how a station learns that another station changed something.

PostgreSQL: triggers send ``NOTIFY reception_day, '<table>:<event id>'`` (no personal
data) and each station LISTENs. SQLite on one PC: ``PRAGMA data_version`` changes when
another connection commits; a cheap poll notices it.
"""

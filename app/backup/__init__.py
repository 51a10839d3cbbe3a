"""Backups and verified restores (``reception-day backup`` / ``restore`` / ``end-of-day``).

SQLite goes through the online backup API (never a copy of the live file); PostgreSQL
through ``pg_dump``/``pg_restore``. Every backup has a JSON manifest beside it: the
file's SHA-256, the row count of every table and the audit chain's length and last
hash, so a restore can prove it brought back exactly what was saved.
"""

"""Invented demo and benchmark data: a reception day (through the services) and a
county's worth of history (bulk inserts). Fake people only."""

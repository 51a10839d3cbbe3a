"""Packaged reference data of the domain layer (read with importlib.resources)."""

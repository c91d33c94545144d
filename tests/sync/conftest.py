"""Fixtures for the merge tests (defined in tests/helpers/merging.py)."""

from helpers.merging import field_db  # noqa: F401 (a fixture)

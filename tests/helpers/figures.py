"""Test helper: make a database look never cross-referenced (no derived figures)."""

from sqlalchemy import delete

from casualtydb.models import IncidentFigure


def forget_figures(database) -> None:
    """The demo arrives with its derived figures; tests of the from-the-claims fallback drop them."""
    with database.transaction() as s:
        s.execute(delete(IncidentFigure))

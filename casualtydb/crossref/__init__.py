"""Cross-referencing: where sources disagree (conflicts), derived and reconciled figures,
grades, and duplicate incidents. Plain Python over SQLAlchemy; no Qt."""

"""Read-side queries for the lists, pages and dashboard (plain SQLAlchemy, no Qt).

Every list follows the same two-step contract, so a view over a million rows opens fast:
`<kind>_ids(session, filters, order_by, descending)` returns only the ordered ids of the
current query (sorting and filtering happen in SQL), and `<kind>_rows(session, ids)` returns
small display dataclasses for a page of those ids, in the order asked for.
"""

from .common import label, status_rank  # noqa: F401

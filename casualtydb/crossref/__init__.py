"""Cross-referencing: where sources disagree (conflicts), derived and reconciled figures,
grades, and duplicate incidents. Plain Python over SQLAlchemy; no Qt.

The entry points other services use:

* `refresh_incidents(session=, incident_ids=)`: after saving, moving or deleting claims,
  recompute those incidents' derived figures (`incident_figures`) in the same transaction.
* `scan(session=)`: recompute every derived figure (the `casualtydb scan` command).

See docs/crossref.md for the rules (credible-range-v1, conflict, severity, independence).
"""

from .derive import AUDITOR_RULE, DEFAULT_TOLERANCE, RULE_NAME
from .scan import ScanSummary, refresh_incidents, scan

__all__ = ["AUDITOR_RULE", "DEFAULT_TOLERANCE", "RULE_NAME", "ScanSummary", "refresh_incidents", "scan"]

"""Names that look like placeholders are shown as typed (issue 11.4): a source or a place really
named with "%1" or "%2" in it comes out verbatim on the incident and conflicts pages. Chained
.replace("%1", …).replace("%2", …) put the next value inside the previous one."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from casualtydb.db import Database
from casualtydb.demo import demo_id
from casualtydb.models import Place
from casualtydb.services import editing
from casualtydb.ui.format import isolate

from .conftest import settle

pytestmark = pytest.mark.gui

HAMIDIYA = demo_id("incident:strike-hamidiya")
PAGE = "%2 Now %1 (demo)"  # relays Horriya Press on al-Hamidiya
HORRIYA = "Horriya %1 Press"
PLACE = "%3 Al-Hamidiya %2"


@pytest.fixture
def odd_names(demo_db: Database) -> Database:
    with demo_db.transaction() as s:
        editing.update_record("source", demo_id("source:demo-page"), {"name_en": PAGE}, session=s)
        editing.update_record("source", demo_id("source:horriya"), {"name_en": HORRIYA}, session=s)
        place = s.scalars(select(Place).where(Place.name_en == "Al-Hamidiya")).one()
        editing.update_record("place", place.id, {"name_en": PLACE}, session=s)
    return demo_db


@pytest.fixture
def window(qapp, qtbot, odd_names: Database, ui_settings):
    from casualtydb.ui.ops import wait_for_ops

    from .conftest import open_window

    yield open_window(qtbot, odd_names, ui_settings)
    wait_for_ops(10)


def test_placeholder_like_names_are_shown_verbatim(window) -> None:
    window.open_record("incident", HAMIDIYA)
    settle()
    incident = window.page("incident")
    heading = incident.heading.text()
    assert heading.split(" — ")[1] == PLACE, heading
    sources = [incident.claims.item(r, 0).text() for r in range(incident.claims.rowCount())]
    assert f"{PAGE} (relays {HORRIYA})" in sources, sources

    window.show_page("conflicts")
    settle(6)
    conflicts = window.page("conflicts")
    conflicts.table.selectRow(conflicts.model.row_of((HAMIDIYA, "killed", "civilians")))
    settle()
    assert f", {isolate(PLACE)}: " in conflicts.detail_heading.text()
    claims = conflicts.claims_model
    independence = {claims.index(r, claims.COL_SOURCE).data(): claims.index(r, claims.COL_INDEPENDENCE).data()
                    for r in range(claims.rowCount())}
    assert independence[PAGE] == f"relays {HORRIYA}: not independent"
    tips = [p.tooltip for p in conflicts.chart.points if p.label == PAGE]
    assert tips and all(t.startswith(f"{PAGE}: 7 (") for t in tips), tips

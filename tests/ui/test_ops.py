"""The op helper: a write's changes reach every view through one signal, a cancelled write
leaves nothing, and closing the window while an op runs waits for it and prints nothing."""

from __future__ import annotations

import time

from casualtydb.changes import Changes
from casualtydb.demo import demo_id
from casualtydb.models import Incident
from casualtydb.services import editing
from casualtydb.ui.ops import Cancelled, running_ops

from .conftest import open_window, settle

HAMIDIYA = demo_id("incident:strike-hamidiya")


def test_a_write_announces_what_it_changed_once(window, qtbot) -> None:
    window.open_record("incident", HAMIDIYA)
    settle()
    seen: list[Changes] = []
    window.context.bus.sig_changed.connect(seen.append)

    def op(ctx):
        editing.update_record("incident", HAMIDIYA, {"description_en": "by an op"}, session=ctx.session)

    window.context.run_op(window, op, write=True)  # no announcement by hand
    settle()
    assert len(seen) == 1 and seen[0].ids("incident") == {HAMIDIYA}
    assert window.page("incident").detail.description_en == "by an op"  # the open page refreshed


def test_a_cancelled_write_keeps_nothing_and_announces_nothing(window) -> None:
    seen: list[Changes] = []
    failures: list[BaseException] = []
    window.context.bus.sig_changed.connect(seen.append)

    def op(ctx):
        editing.update_record("incident", HAMIDIYA, {"description_en": "cancelled"}, session=ctx.session)
        ctx.session.flush()
        time.sleep(0.2)
        ctx.check_cancelled()

    handle = window.context.run_op(window, op, on_failure=failures.append, write=True)
    handle.cancel()
    settle()
    assert seen == [] and len(failures) == 1 and isinstance(failures[0], Cancelled)
    with window.context.database.session() as s:
        assert s.get(Incident, HAMIDIYA).description_en != "cancelled"


def test_closing_the_window_during_an_op_waits_and_prints_nothing(qtbot, demo_db, ui_settings, capfd) -> None:
    window = open_window(qtbot, demo_db, ui_settings)

    def slow(ctx):
        time.sleep(0.4)
        editing.update_record("incident", HAMIDIYA, {"description_en": "finished before closing"},
                              session=ctx.session)

    window.context.run_op(window, slow, write=True)
    assert running_ops() == 1
    window.close()
    assert running_ops() == 0  # the close waited for it and delivered its callbacks
    settle()
    out, err = capfd.readouterr()
    assert "Signal source has been deleted" not in out + err
    with demo_db.session() as s:
        assert s.get(Incident, HAMIDIYA).description_en == "finished before closing"

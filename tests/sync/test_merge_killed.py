"""A merge killed half-way (power cut, task manager) leaves the database exactly as it was."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from casualtydb.db import open_database
from helpers.merging import FieldDb, add_report, full_dump, merge

SCRIPT = textwrap.dedent("""
    import sys, time
    from casualtydb.db import open_database
    from casualtydb.sync.merge import merge_database
    from casualtydb.sync.other import open_other

    def stall(stage, done, total):
        if stage == "deletions":  # every record is written by now, nothing committed
            print("WRITTEN", flush=True)
            time.sleep(120)

    target = open_database(sys.argv[1])
    with open_other(sys.argv[2]) as other:
        merge_database(target, other, progress=stall)
""")


def test_killed_merge_leaves_the_database_unchanged(field_db: FieldDb, tmp_path: Path) -> None:
    a, b = field_db("a"), field_db("b")
    add_report(a, user="amal", source="تنسيقية البوكمال", title="تقرير", incident="strike-sousa", killed=8)
    a.dispose()
    b.dispose()
    before = full_dump(b.path)
    proc = subprocess.Popen([sys.executable, "-c", SCRIPT, str(b.path), str(a.path)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        line = proc.stdout.readline()
        assert line.strip() == "WRITTEN", proc.stderr.read()
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert full_dump(b.path) == before
    # And the database still works: the merge can simply be run again.
    again = open_database(b.path)
    try:
        assert merge(again, a.path).to_dict()["totals"]["added"] == 3
    finally:
        again.dispose()

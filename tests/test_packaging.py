"""The wheel carries the migrations and resources: an installed casualtydb, run away from the
source tree, creates a database, migrates it and loads the demo."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_wheel_contents_work_outside_the_source_tree(tmp_path: Path) -> None:
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                    "-w", str(tmp_path / "dist"), str(ROOT)], check=True, capture_output=True, timeout=300)
    wheel = next((tmp_path / "dist").glob("casualtydb-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert any(n.startswith("casualtydb/migrations/versions/") and n.endswith(".py") for n in names)
    assert "casualtydb/resources/gazetteer/places.csv" in names
    assert "casualtydb/resources/demo/horriya-press-2017-10-30-deir-ez-zor.txt" in names
    assert "casualtydb/resources/boundaries/syria-governorates.geojson" in names

    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    env = {**os.environ, "PYTHONPATH": str(site), "PYTHONSAFEPATH": "1"}
    db = tmp_path / "w.db"
    run = lambda *a: subprocess.run([sys.executable, "-m", "casualtydb", "--db", str(db), *a],  # noqa: E731
                                    cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    where = subprocess.run([sys.executable, "-c", "import casualtydb; print(casualtydb.__file__)"],
                           cwd=tmp_path, env=env, capture_output=True, text=True).stdout
    assert where.startswith(str(site)), where
    assert run("demo").returncode == 0
    stats = json.loads(run("stats", "--json").stdout)
    assert stats["claims"] == 14 and stats["places"] > 300
    # the map picture finds its outlines and font in the installed package
    assert run("map", str(tmp_path / "map.png")).returncode == 0 and (tmp_path / "map.png").stat().st_size > 10_000

"""`casualtydb extract`: the JSON the issue specifies, the seed article, standard input, the
database's own gazetteer, and bad input answered in one line (never a traceback)."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from casualtydb.cli import main
from casualtydb.db import Database, default_path
from casualtydb.demo import seed_text
from casualtydb.models import Place, PlaceLevel


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def seed_file(tmp_path: Path) -> Path:
    path = tmp_path / "seed.txt"
    path.write_text(seed_text(), encoding="utf-8")
    return path


def test_the_seed_article_as_json(seed_file: Path, capsys) -> None:
    code, out, err = run(["extract", str(seed_file), "--published", "2017-10-30", "--json"], capsys)
    assert code == 0 and err == ""
    data = json.loads(out)
    assert list(data) == ["claims", "dates", "places", "actors", "mentions"]
    assert list(data["claims"][0]) == ["category", "group", "min", "max", "approximate", "vague", "text",
                                       "start", "end"]
    assert list(data["dates"][0]) == ["date", "text", "start", "end"]
    assert list(data["places"][0]) == ["name", "pcode", "text", "start", "end"]
    assert list(data["actors"][0]) == ["name", "text", "start", "end"]
    figures = {(c["category"], c["group"], c["min"], c["max"], c["approximate"]) for c in data["claims"]}
    assert {("killed", "civilians", 7, 7, False), ("killed", "civilians", 5, 5, False),
            ("besieged", "civilians", 700, 700, True)} <= figures
    dates = {(d["date"], d["text"]) for d in data["dates"]}
    assert ("2017-10-30", "اليوم الإثنين") in dates and ("2017-10-29", "أمس الأحد") in dates
    names = {p["name"] for p in data["places"]}
    assert {"الحميدية", "الشيخ ياسين", "السوسة", "المطار القديم", "أبو عايد"} <= names
    assert next(p for p in data["places"] if p["name"] == "الحميدية")["pcode"] is None
    assert {"قوات النظام", "الطيران الروسي", "تنظيم الدولة"} <= {a["name"] for a in data["actors"]}
    text = seed_text()
    for key in data:
        for item in data[key]:
            assert text[item["start"]:item["end"]] == item["text"]


def test_full_json_adds_events_and_breakdowns(seed_file: Path, capsys) -> None:
    code, out, _ = run(["extract", str(seed_file), "--published", "2017-10-30", "--json", "--full"], capsys)
    data = json.loads(out)
    assert code == 0 and len(data["events"]) >= 3 and "part_of" in data["claims"][0]


def test_max_is_null_without_an_upper_bound(tmp_path: Path, capsys) -> None:
    path = tmp_path / "r.txt"
    path.write_text("At least 12 people were injured in the shelling.", encoding="utf-8")
    code, out, _ = run(["extract", str(path), "--json"], capsys)
    [claim] = json.loads(out)["claims"]
    assert (claim["category"], claim["min"], claim["max"]) == ("injured", 12, None)


def test_standard_input(monkeypatch, capsys) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("قتل ثلاثة مدنيين أمس".encode())))
    code, out, _ = run(["extract", "-", "--json", "--published", "2020-05-02"], capsys)
    data = json.loads(out)
    assert code == 0 and data["claims"][0]["min"] == 3 and data["dates"][0]["date"] == "2020-05-01"


def test_the_list_output(seed_file: Path, capsys) -> None:
    code, out, _ = run(["extract", str(seed_file), "--published", "2017-10-30"], capsys)
    assert code == 0 and out.startswith("claims (") and "«سبعة مدنيين»" in out and "~700" in out


def test_places_come_from_the_database_when_given(db: Database, tmp_path: Path, capsys) -> None:
    with db.transaction() as s:
        parent = s.scalars(select(Place).where(Place.pcode == "SY090100")).one()
        new = Place(level=PlaceLevel.NEIGHBOURHOOD, name_ar="حي الرصافة", parent_id=parent.id)
        s.add(new)
        s.flush()
        new.path = f"{parent.path}{new.id.hex}/"
    path = tmp_path / "r.txt"
    path.write_text("قتل مدنيان في قصف على حي الرصافة", encoding="utf-8")
    _, out, _ = run(["--db", str(db.path), "extract", str(path), "--json"], capsys)
    assert "حي الرصافة" in {p["name"] for p in json.loads(out)["places"]}
    _, out, _ = run(["extract", str(path), "--json"], capsys)
    assert "حي الرصافة" not in {p["name"] for p in json.loads(out)["places"]}


def test_no_database_is_created_to_extract(seed_file: Path, capsys) -> None:
    assert run(["extract", str(seed_file), "--json"], capsys)[0] == 0
    assert not default_path().exists()
    code, _, err = run(["--db", str(seed_file.parent / "none.db"), "extract", str(seed_file)], capsys)
    assert code == 2 and "no database" in err
    assert not (seed_file.parent / "none.db").exists()


# --- bad input ---------------------------------------------------------------------------------

def test_empty_file(tmp_path: Path, capsys) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    code, out, err = run(["extract", str(tmp_path / "empty.txt"), "--json"], capsys)
    assert code == 0 and json.loads(out) == {"claims": [], "dates": [], "places": [], "actors": [], "mentions": []}
    assert "empty" in err


def test_text_without_figures(tmp_path: Path, capsys) -> None:
    (tmp_path / "t.txt").write_text("عقد المجلس المحلي اجتماعه الدوري لمناقشة الخدمات.", encoding="utf-8")
    code, out, err = run(["extract", str(tmp_path / "t.txt"), "--json"], capsys)
    assert code == 0 and json.loads(out)["claims"] == [] and "no casualty figures" in err


@pytest.mark.parametrize("content, message", [
    (bytes(range(256)) * 20, "not a text file"),
    (b"\x89PNG\r\n\x1a\n" + bytes(500), "not a text file"),
    ("قتل سبعة مدنيين في قصف على المدينة".encode() + b"\xff\xfe\xfa", "not valid UTF-8"),
    (b"caf\xe9 \xff\xfe\xfa \x81\x8d\x90 plain", "not UTF-8"),
])
def test_binary_and_invalid_utf8_are_refused_in_one_line(tmp_path: Path, capsys, content: bytes,
                                                         message: str) -> None:
    path = tmp_path / "x.bin"
    path.write_bytes(content)
    code, out, err = run(["extract", str(path), "--json"], capsys)
    assert code == 2 and out == "" and message in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_missing_file_and_folder(tmp_path: Path, capsys) -> None:
    code, _, err = run(["extract", str(tmp_path / "missing.txt")], capsys)
    assert code == 2 and "no such file" in err
    code, _, err = run(["extract", str(tmp_path)], capsys)
    assert code == 2 and "folder" in err


def test_legacy_encodings_are_read(tmp_path: Path, capsys) -> None:
    text = "استشهد سبعة مدنيين في مدينة دير الزور"
    (tmp_path / "win.txt").write_bytes(text.encode("cp1256"))
    (tmp_path / "u16.txt").write_bytes(text.encode("utf-16"))
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    for name, note in (("win.txt", "Windows-1256"), ("u16.txt", "UTF-16"), ("bom.txt", "")):
        code, out, err = run(["extract", str(tmp_path / name), "--json"], capsys)
        claim = json.loads(out)["claims"][0]
        assert code == 0 and claim["min"] == 7 and claim["start"] == 7 and note in err
    code, _, err = run(["extract", str(tmp_path / "win.txt"), "--encoding", "klingon"], capsys)
    assert code == 2 and "--encoding" in err


def test_bad_published_date(seed_file: Path, capsys) -> None:
    code, _, err = run(["extract", str(seed_file), "--published", "30/10/2017"], capsys)
    assert code == 2 and "--published" in err and "YYYY-MM-DD" in err


def test_a_megabyte_of_text(tmp_path: Path, capsys) -> None:
    text = seed_text()
    path = tmp_path / "big.txt"
    path.write_text((text + "\n\n") * (1_048_576 // len(text.encode()) + 1), encoding="utf-8")
    assert path.stat().st_size > 1_048_576
    started = time.perf_counter()
    code, out, err = run(["extract", str(path), "--json", "--published", "2017-10-30"], capsys)
    assert code == 0 and err == ""
    assert len(json.loads(out)["claims"]) > 300
    assert time.perf_counter() - started < 30


def test_as_a_script_errors_are_one_line(tmp_path: Path) -> None:
    (tmp_path / "x.bin").write_bytes(bytes(1000))
    proc = subprocess.run([sys.executable, "-m", "casualtydb", "extract", str(tmp_path / "x.bin")],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.startswith("casualtydb: error:") and "Traceback" not in proc.stderr

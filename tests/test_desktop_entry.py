"""The Linux bundle's menu entry (packaging/desktop_entry.py): written with this copy's full
paths from the bundle's own casualtydb.desktop, left alone when right, rewritten when moved."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def entry():
    spec = importlib.util.spec_from_file_location("casualtydb_desktop_entry", ROOT / "packaging" / "desktop_entry.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def unpacked(where: Path) -> Path:
    where.mkdir(parents=True)
    shutil.copy(ROOT / "packaging" / "casualtydb.desktop", where / "casualtydb.desktop")
    shutil.copy(ROOT / "resources" / "icons" / "casualtydb.png", where / "casualtydb.png")
    return where


def test_the_menu_entry_names_this_copy(entry, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    first = unpacked(tmp_path / "Downloads" / "casualtydb")
    written = entry.register(first, first / "casualtydb")
    assert written == tmp_path / "share" / "applications" / "casualtydb.desktop"
    text = written.read_text(encoding="utf-8")
    assert f'Exec="{first / "casualtydb"}" %F' in text and "%k" not in text
    icon = tmp_path / "share" / "icons" / "hicolor" / "256x256" / "apps" / "casualtydb.png"
    assert f"Icon={icon}" in text and icon.read_bytes()[:4] == b"\x89PNG"
    assert "Name[ar]=" in text and "Terminal=false" in text
    assert entry.register(first, first / "casualtydb") is None  # already right: not touched

    moved = unpacked(tmp_path / "Apps" / "casualtydb")
    assert entry.register(moved, moved / "casualtydb") == written
    assert f'Exec="{moved / "casualtydb"}"' in written.read_text(encoding="utf-8")


def test_a_folder_without_the_entry_writes_nothing(entry, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    (tmp_path / "bare").mkdir()
    assert entry.register(tmp_path / "bare", tmp_path / "bare" / "casualtydb") is None
    assert not (tmp_path / "share").exists()

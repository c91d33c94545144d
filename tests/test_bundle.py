"""The self-contained bundle (packaging/, `./dev bundle`): built once for this module the way
`./dev bundle` builds it, then run as a person would, with a clean HOME, no virtual environment
and no Python on PATH, under Xvfb: the first-start screen in the system's language, the main
window on the demo data, its menu entry, a workbook exported and imported back, all with the bundle's own
executable. $CASUALTYDB_BUNDLE=DIR reuses a bundle built earlier (DIR/casualtydb)."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.bundle


def _missing(what: str) -> None:
    # In CI (`./dev test` installs both) a missing tool is a failure, not a reason to skip.
    if os.environ.get("CI"):
        pytest.fail(f"{what} is missing: ./dev test installs it")
    pytest.skip(f"{what} is not installed (./dev test installs it)")


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if os.environ.get("CASUALTYDB_BUNDLE"):
        return Path(os.environ["CASUALTYDB_BUNDLE"]) / "casualtydb"
    if importlib.util.find_spec("PyInstaller") is None:
        _missing("PyInstaller (the bundle extra)")
    # By its path: `import build` could be PyPA's build package.
    spec = importlib.util.spec_from_file_location("casualtydb_packaging_build", ROOT / "packaging" / "build.py")
    recipe = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(recipe)
    build, folder_size = recipe.build, recipe.folder_size
    out = tmp_path_factory.mktemp("bundle")
    folder = build(out / "dist", out / "work", archive=False)
    assert folder_size(folder) < 220e6, "the bundle grew: see docs/install.md for what it holds"
    shutil.rmtree(out / "work")
    return folder


@pytest.fixture(scope="module")
def display() -> Iterator[str]:
    if shutil.which("Xvfb") is None:
        _missing("Xvfb")
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                              pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as f:
        number = f.readline().strip()
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("home")


def run(bundle: Path, home: Path, *args: str, display: str = "", lang: str = "en", shot: Path | None = None,
        ) -> subprocess.CompletedProcess[str]:
    """The bundle's executable with nothing of this test run: no venv, no Python, no Qt variables."""
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "LANGUAGE": lang, "CASUALTYDB_USER": "it"}
    if display:
        env |= {"DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    if shot is not None:
        env["CASUALTYDB_SHOT"] = str(shot)
    done = subprocess.run([str(bundle / "casualtydb"), *args], env=env, cwd=home, capture_output=True, text=True,
                          timeout=120)
    assert "Traceback" not in done.stderr and "failed to import" not in done.stderr, done.stderr
    return done


def test_the_bundle_holds_what_runs_without_the_repository(bundle: Path) -> None:
    data = bundle / "_internal" / "casualtydb"
    assert (data / "resources" / "fonts" / "NotoSansArabic-Regular.ttf").is_file()
    assert (data / "resources" / "i18n" / "casualtydb_ar.qm").is_file()
    assert any((data / "migrations" / "versions").glob("*.py"))
    assert (data / "resources" / "__init__.py").is_file()  # importlib.resources.files("casualtydb.resources")
    assert not (bundle / "_internal" / "PySide6" / "Qt" / "lib" / "libQt6Qml.so.6").exists()
    assert (bundle / "casualtydb.desktop").read_text().count("Exec=") == 1
    assert not any(bundle.rglob("*.ts")) and not any(bundle.rglob("libQt6WebEngine*"))


def test_first_start_then_demo_window_export_and_import(bundle: Path, home: Path, display: str) -> None:
    # First start on an Arabic system: the first-start screen, in Arabic; closing it creates nothing.
    first = run(bundle, home, display=display, lang="ar", shot=home / "first-start-ar.png")
    assert first.returncode == 0 and "FirstStartDialog «مرحبًا بك في casualtydb»" in first.stdout, first
    assert (home / "first-start-ar.png").stat().st_size > 10_000
    db = home / ".local" / "share" / "casualtydb" / "casualtydb.db"
    assert not db.exists()
    menu = (home / ".local" / "share" / "applications" / "casualtydb.desktop").read_text(encoding="utf-8")
    assert f'Exec="{bundle / "casualtydb"}" %F' in menu  # now in the desktop's menu, with its icon

    demo = run(bundle, home, "demo")
    assert demo.returncode == 0 and "demo data: 50 records added" in demo.stdout, demo
    window = run(bundle, home, display=display, shot=home / "main-en.png")
    assert window.returncode == 0 and "MainWindow «casualtydb" in window.stdout, window
    assert (home / "main-en.png").stat().st_size > 30_000

    out = home / "team.xlsx"
    exported = run(bundle, home, "export", str(out))
    assert exported.returncode == 0 and "4 incidents, 14 claims" in exported.stdout, exported
    imported = run(bundle, home, "--db", str(home / "laptop.db"), "import", str(out))
    assert imported.returncode == 0 and "added: 4 incidents, 5 sources, 5 reports, 14 claims" in imported.stdout
    stats = json.loads(run(bundle, home, "--db", str(home / "laptop.db"), "stats", "--json").stdout)
    assert (stats["incidents"], stats["claims"], stats["places"] > 300) == (4, 14, True)

#!/usr/bin/env python3
"""Build the self-contained casualtydb bundle with PyInstaller (`./dev bundle` runs this; so do
tests/test_bundle.py and .github/workflows/bundle.yml, on Linux, Windows and macOS alike).

    python packaging/build.py [--dist dist] [--work build/bundle] [--no-archive]

Leaves DIST/casualtydb/ (the onedir bundle: the `casualtydb` executable, `_internal/`, and on
Linux the .desktop file and icon; on Windows and macOS also `casualtydb-cli`, and on macOS
DIST/casualtydb.app) and DIST/casualtydb-VERSION-SYSTEM-MACHINE.tar.gz (.zip on Windows), and
prints their sizes and the build time."""

from __future__ import annotations

import argparse
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "casualtydb.spec"


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def build(dist: Path, work: Path, archive: bool = True) -> Path:
    """The bundle folder DIST/casualtydb (built anew), and its archive if `archive`."""
    start = time.monotonic()
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(dist), "--workpath", str(work), str(SPEC)], check=True, cwd=ROOT)
    bundle = dist / "casualtydb"
    if sys.platform.startswith("linux"):
        shutil.copy2(ROOT / "packaging" / "casualtydb.desktop", bundle / "casualtydb.desktop")
        (bundle / "casualtydb.desktop").chmod(0o755)  # file managers start only "trusted" entries
        shutil.copy2(ROOT / "resources" / "icons" / "casualtydb.png", bundle / "casualtydb.png")
    built = time.monotonic() - start
    print(f"bundle: {bundle} ({folder_size(bundle) / 1e6:.0f} MB) built in {built:.0f} s")
    if archive:
        from casualtydb import __version__

        name = f"casualtydb-{__version__}-{platform.system().lower()}-{platform.machine().lower()}"
        fmt = "zip" if sys.platform == "win32" else "gztar"
        # macOS: the .app (PyInstaller's BUNDLE of the same folder) is what people open.
        top = "casualtydb.app" if (dist / "casualtydb.app").is_dir() else "casualtydb"
        out = Path(shutil.make_archive(str(dist / name), fmt, root_dir=dist, base_dir=top))
        print(f"archive: {out} ({out.stat().st_size / 1e6:.0f} MB)")
    return bundle


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "bundle")
    parser.add_argument("--no-archive", action="store_true", help="only the folder, no .tar.gz / .zip")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    build(args.dist.resolve(), args.work.resolve(), archive=not args.no_archive)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The Linux bundle puts itself in the desktop's menu at start: a worker who unpacked the archive
with a file manager and double-clicked `casualtydb` finds it in the menu afterwards, with its
icon, without a terminal. The entry is the bundle's casualtydb.desktop with the full paths of
this copy; it is rewritten only when it is missing or names another copy (the folder moved)."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def entry_text(template: str, executable: Path, icon: Path) -> str:
    text = re.sub(r"^Exec=.*$", f'Exec="{executable}" %F', template, flags=re.M)
    text = re.sub(r"^Icon=.*$", f"Icon={icon}", text, flags=re.M)
    return re.sub(r"^# Started from the folder.*\n", "", text, flags=re.M)


def register(bundle: Path, executable: Path) -> Path | None:
    """Write the menu entry for the bundle in `bundle` (which holds casualtydb.desktop and
    casualtydb.png); returns its path when it was written, None when it was already right or the
    bundle has no entry. Failures (a read-only home) are not the user's problem: ignored."""
    template, png = bundle / "casualtydb.desktop", bundle / "casualtydb.png"
    if not template.is_file() or not png.is_file():
        return None
    apps = data_home() / "applications"
    icon = data_home() / "icons" / "hicolor" / "256x256" / "apps" / "casualtydb.png"
    target = apps / "casualtydb.desktop"
    wanted = entry_text(template.read_text(encoding="utf-8"), executable, icon)
    try:
        if target.is_file() and target.read_text(encoding="utf-8") == wanted and icon.is_file():
            return None
        apps.mkdir(parents=True, exist_ok=True)
        icon.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(png, icon)
        partial = target.with_suffix(".desktop.tmp")
        partial.write_text(wanted, encoding="utf-8")
        partial.replace(target)
    except OSError:
        return None
    return target

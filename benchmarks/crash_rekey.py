"""kill -9 during `encrypt` and `rekey` at random moments: the database must always open with
the old passphrase or the new one, never neither (issue 14).

    python -m benchmarks.crash_rekey [--incidents 2000] [--trials 24] [--seed 7]

Each trial copies a generated database (benchmarks/generate.py), starts `casualtydb encrypt`
(plain → passphrase A) or `casualtydb rekey` (A → B) in a child process, kills it with SIGKILL
after a random delay (half of them between 0 and 1.2 × the time a whole run takes, half between
0.75 and 1.05 ×, near the rename), then checks which
passphrase opens the file (and that SQLite's quick_check passes). Also printed: the time of a
whole `encrypt` against the raw library doing the same export (`sqlcipher_export` in one
connection), as a ratio. Exit status 1 if any trial left a file that opens with neither.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

from benchmarks.generate import cached
from casualtydb import sqlite_specific

OLD = "the old passphrase, long enough"
NEW = "a new passphrase: كلمة جديدة"


def _command(db: Path, secrets: Path, mode: str) -> list[str]:
    base = [sys.executable, "-m", "casualtydb", "--db", str(db)]
    if mode == "encrypt":
        return [*base, "--passphrase-file", str(secrets / "old"), "encrypt"]
    return [*base, "--passphrase-file", str(secrets / "old"), "rekey", "--new-passphrase-file", str(secrets / "new")]


def opens_with(path: Path) -> str:
    """Which passphrase opens the file: 'plain', 'old', 'new' or 'neither'."""
    for name, secret in (("plain", None), ("old", OLD), ("new", NEW)):
        if secret is None and not sqlite_specific.is_plain_file(path):
            continue
        try:
            con = sqlite_specific.connect(path, secret, timeout=1.0)
            try:
                if con.execute("PRAGMA quick_check").fetchone()[0] == "ok" and \
                        con.execute("SELECT count(*) FROM claims").fetchone()[0] > 0:
                    return name
            finally:
                con.close()
        except sqlite_specific.DATABASE_ERRORS:
            continue
    return "neither"


def raw_export(source: Path, target: Path) -> float:
    started = time.perf_counter()
    con = sqlcipher.connect(str(source))
    con.execute(f"ATTACH DATABASE '{target}' AS enc KEY 'raw passphrase'")
    con.execute("SELECT sqlcipher_export('enc')")
    con.execute("DETACH DATABASE enc")
    con.close()
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.crash_rekey", description=__doc__.split("\n\n")[0])
    parser.add_argument("--incidents", type=int, default=2000)
    parser.add_argument("--trials", type=int, default=24)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    source = cached(args.incidents)
    work = Path(tempfile.mkdtemp(prefix="casualtydb-crash-"))
    try:
        secrets = work / "secrets"
        secrets.mkdir()
        (secrets / "old").write_text(OLD + "\n", encoding="utf-8")
        (secrets / "new").write_text(NEW + "\n", encoding="utf-8")

        plain = work / "plain.db"
        shutil.copyfile(source, plain)
        raw = raw_export(plain, work / "raw.db")
        started = time.perf_counter()
        subprocess.run(_command(plain, secrets, "encrypt"), check=True, capture_output=True)
        whole = {"encrypt": time.perf_counter() - started}
        encrypted = work / "encrypted.db"
        shutil.copyfile(plain, encrypted)
        started = time.perf_counter()
        subprocess.run(_command(plain, secrets, "rekey"), check=True, capture_output=True)
        whole["rekey"] = time.perf_counter() - started
        print(f"database: {source.stat().st_size / 1e6:.1f} MB ({args.incidents} incidents)")
        print(f"whole encrypt {whole['encrypt']:.2f} s, rekey {whole['rekey']:.2f} s; raw sqlcipher_export "
              f"{raw:.2f} s; encrypt / raw = {whole['encrypt'] / raw:.2f} (includes starting Python and the checks)")

        outcomes: dict[tuple[str, str], int] = {}
        bad = 0
        for trial in range(args.trials):
            mode = "encrypt" if trial % 2 == 0 else "rekey"
            db = work / f"trial-{trial}.db"
            shutil.copyfile(source if mode == "encrypt" else encrypted, db)
            # Half the kills anywhere, half near the end, where the new file replaces the old.
            delay = whole[mode] * (rng.uniform(0, 1.2) if trial % 4 < 2 else rng.uniform(0.75, 1.05))
            proc = subprocess.Popen(_command(db, secrets, mode), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(delay)
            finished = proc.poll() is not None
            if not finished:
                os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
            state = opens_with(db)
            expected = {"encrypt": ("plain", "old"), "rekey": ("old", "new")}[mode]
            ok = state in expected
            bad += not ok
            key = (mode, state)
            outcomes[key] = outcomes.get(key, 0) + 1
            print(f"trial {trial + 1:>2} {mode:<7} killed after {delay:5.2f} s"
                  f"{' (had finished)' if finished else '':<15} → opens as {state}{'' if ok else '   ** FAILED **'}")
            for extra in db.parent.glob(f"{db.name}*"):
                extra.unlink()
            for extra in db.parent.glob(f".{db.name}*"):
                extra.unlink()
        print("outcomes: " + ", ".join(f"{m} → {s}: {n}" for (m, s), n in sorted(outcomes.items())))
        print(f"{args.trials - bad} of {args.trials} trials left a database that opens with the old or the new passphrase")
        return 1 if bad else 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())

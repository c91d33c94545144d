"""Signed and sealed bundles: every bundle is signed with its database's key and merge-db names the
signer; an unsigned or badly signed bundle is refused unless accepted explicitly; `--to` a
recipient's public key makes it readable only there; `--passphrase` encrypts it with one."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from casualtydb.db import open_database
from casualtydb.demo import load_demo

SECRETS = ["+000 0000 0000 (fictional)".encode(), "رئيس المجلس المحلي".encode()]


def run(*args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "CASUALTYDB_PASSPHRASE_FILE"}
    return subprocess.run([sys.executable, "-m", "casualtydb", *args], capture_output=True, text=True,
                          timeout=180, env=env)


@pytest.fixture(scope="module")
def dbs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("signed")
    out = {}
    for name in ("amal", "hq", "other"):
        path = folder / f"{name}.db"
        db = open_database(path)
        load_demo(db)
        db.dispose()
        out[name] = path
    return out


def ok(result: subprocess.CompletedProcess) -> subprocess.CompletedProcess:
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def rezip(source: Path, target: Path, *, drop: str | None = None, manifest_change: dict | None = None) -> Path:
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w") as zout:
        for name in zin.namelist():
            if name == drop:
                continue
            data = zin.read(name)
            if name == "manifest.json" and manifest_change:
                manifest = json.loads(data)
                manifest.update(manifest_change)
                data = json.dumps(manifest, ensure_ascii=False, indent=2).encode()
            zout.writestr(name, data)
    return target


def test_keys_are_made_shown_and_exported(dbs: dict[str, Path], tmp_path: Path) -> None:
    hq = str(dbs["hq"])
    made = ok(run("--db", hq, "key", "new"))
    fingerprint = made.stdout.split("new key ")[1].strip()
    assert "not encrypted" in made.stderr  # said plainly
    assert run("--db", hq, "key", "new").returncode == 2  # not replaced by accident
    shown = ok(run("--db", hq, "key", "show")).stdout
    assert shown.startswith("casualtydb-key-v1:") and fingerprint in shown
    out = tmp_path / "hq.pub"
    ok(run("--db", hq, "key", "export", str(out)))
    assert out.read_text(encoding="utf-8").strip() == shown.splitlines()[0]
    assert "PRIVATE" not in out.read_text(encoding="utf-8").upper()


def test_a_bundle_is_signed_and_merge_names_the_signer(dbs: dict[str, Path], tmp_path: Path) -> None:
    bundle = tmp_path / "amal.cdbx"
    written = ok(run("--db", str(dbs["amal"]), "bundle", str(bundle), "--all"))
    signer = written.stdout.split("signed by ")[1].split(";")[0].strip()
    merged = ok(run("--db", str(dbs["other"]), "merge-db", str(bundle), "--dry-run"))
    assert f"signed by the key {signer}" in merged.stderr

    unsigned = rezip(bundle, tmp_path / "unsigned.cdbx", drop="signature.json")
    changed = rezip(bundle, tmp_path / "changed.cdbx", manifest_change={"created_by": "someone else"})
    for path, why in ((unsigned, "is not signed"), (changed, "does not hold")):
        refused = run("--db", str(dbs["other"]), "merge-db", str(path))
        assert refused.returncode == 2 and why in refused.stderr and "--accept-unsigned" in refused.stderr
        assert refused.stderr.count("\n") == 1
        accepted = ok(run("--db", str(dbs["other"]), "merge-db", str(path), "--dry-run", "--accept-unsigned"))
        assert "warning" in accepted.stderr


def test_a_bundle_sealed_to_a_key_is_read_only_there(dbs: dict[str, Path], tmp_path: Path) -> None:
    pub = tmp_path / "hq.pub"
    if run("--db", str(dbs["hq"]), "key", "show").returncode != 0:
        ok(run("--db", str(dbs["hq"]), "key", "new"))
    ok(run("--db", str(dbs["hq"]), "key", "export", str(pub)))
    bundle = tmp_path / "sealed.cdbx"
    written = ok(run("--db", str(dbs["amal"]), "bundle", str(bundle), "--all", "--to", str(pub)))
    assert "only the key" in written.stdout
    raw = bundle.read_bytes()
    with zipfile.ZipFile(bundle) as zf:
        inner = zf.read("bundle.sqlite")
    for secret in SECRETS:
        assert secret not in raw and secret not in inner
    ok(run("--db", str(dbs["hq"]), "merge-db", str(bundle), "--dry-run"))
    refused = run("--db", str(dbs["other"]), "merge-db", str(bundle))
    assert refused.returncode == 2 and "sealed to the key" in refused.stderr
    ok(run("--db", str(dbs["other"]), "key", "new", "--replace"))
    refused = run("--db", str(dbs["other"]), "merge-db", str(bundle))
    assert refused.returncode == 2 and "not to this database's" in refused.stderr


def test_a_bundle_with_a_passphrase(dbs: dict[str, Path], tmp_path: Path) -> None:
    secret, wrong = tmp_path / "secret", tmp_path / "wrong"
    secret.write_text("كلمة مرور الحزمة الطويلة\n", encoding="utf-8")
    wrong.write_text("not the bundle's passphrase\n", encoding="utf-8")
    bundle = tmp_path / "pass.cdbx"
    ok(run("--db", str(dbs["amal"]), "bundle", str(bundle), "--all", "--passphrase",
           "--bundle-passphrase-file", str(secret)))
    with zipfile.ZipFile(bundle) as zf:
        assert not zf.read("bundle.sqlite").startswith(b"SQLite format 3")
    refused = run("--db", str(dbs["other"]), "merge-db", str(bundle), "--other-passphrase-file", str(wrong))
    assert refused.returncode == 2 and "wrong passphrase" in refused.stderr
    ok(run("--db", str(dbs["other"]), "merge-db", str(bundle), "--dry-run", "--other-passphrase-file", str(secret)))

"""How values go into the interface's strings (issue 11): never chained .replace("%1", …)
(a value containing "%2" is substituted again: use format.fill), never a hard-coded Arabic
comma or a language check to choose punctuation (use format.join, or format.separator for a
compact list without "and")."""

from __future__ import annotations

import ast
import re
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "casualtydb" / "ui"

# Files still being rewritten in other branches of issue 11 (errors and undo texts; the entry
# page). They still contain the patterns below; whoever finishes one removes it from here, and
# this set ends empty. Paths are relative to casualtydb/ui. A file listed here must exist and
# must still break a rule: an entry that has gone stale fails the test instead of hiding a file.
PENDING: set[str] = set()

PLACEHOLDER = re.compile(r"%(?:\d|L?n\b|\{)")
ARABIC_COMMA = re.compile(r"\s*\u060c\s*")
PUNCTUATION = re.compile(r"[\s\u060c\u061b,;:.·]+")


def _leading_text(node: ast.expr) -> str | None:
    """The start of a string literal or f-string, None for anything else."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):  # f"%{i}": the value of a field reads as "{…}"
        return "".join(str(v.value) if isinstance(v, ast.Constant) else "{…}" for v in node.values)
    return None


def _mentions_lang(node: ast.expr) -> bool:
    return any((isinstance(n, ast.Name) and n.id == "lang") or (isinstance(n, ast.Attribute) and n.attr == "lang")
               for n in ast.walk(node))


def _is_punctuation(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str) and bool(
        PUNCTUATION.fullmatch(node.value))


def problems(source: str, *, is_format_module: bool = False) -> list[str]:
    """What breaks the rules in one module's source, one line each."""
    tree = ast.parse(source)
    allowed: set[int] = set()  # format.separator() is the one place that spells the Arabic comma
    if is_format_module:
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and node.name == "separator":
                allowed |= {id(n) for n in ast.walk(node)}
    found = []
    for node in ast.walk(tree):
        if id(node) in allowed:
            continue
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "replace"
                and node.args and (text := _leading_text(node.args[0])) is not None and PLACEHOLDER.match(text)):
            found.append(f"line {node.lineno}: .replace({text!r}, …): use format.fill(template, …)")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and ARABIC_COMMA.fullmatch(node.value):
            found.append(f"line {node.lineno}: a hard-coded Arabic comma: use format.join or format.separator")
        elif (isinstance(node, ast.IfExp) and _mentions_lang(node.test)
              and (_is_punctuation(node.body) or _is_punctuation(node.orelse))):
            found.append(f"line {node.lineno}: punctuation chosen by language: use format.join or format.separator")
    return sorted(found, key=lambda s: int(s.split(":")[0].split()[1]))


def _modules() -> dict[str, str]:
    return {p.relative_to(UI).as_posix(): p.read_text(encoding="utf-8") for p in sorted(UI.rglob("*.py"))}


def test_no_chained_replace_or_hard_coded_arabic_comma_in_the_ui() -> None:
    offenders = []
    for rel, source in _modules().items():
        if rel in PENDING:
            continue
        offenders += [f"casualtydb/ui/{rel}: {p}" for p in problems(source, is_format_module=rel == "format.py")]
    assert not offenders, "\n".join(offenders)


def test_pending_files_exist_and_still_need_the_exemption() -> None:
    modules = _modules()
    missing = sorted(rel for rel in PENDING if rel not in modules)
    assert not missing, f"PENDING names files that do not exist (renamed or removed? update PENDING): {missing}"
    clean = sorted(rel for rel in PENDING if not problems(modules[rel]))
    assert not clean, f"these files follow the rules now: remove them from PENDING: {clean}"


def test_the_rules_catch_what_they_are_meant_to() -> None:
    assert sorted(problems('t = tr("%1 of %2").replace("%1", a).replace(\n    "%2", b)\n')) == [
        "line 1: .replace('%1', …): use format.fill(template, …)",
        "line 1: .replace('%2', …): use format.fill(template, …)"]
    assert problems('t = t.replace(f"%{i}", v)\n')
    assert problems('s = "، ".join(names)\n')
    assert problems('s = "\\u060c".join(names)\n')
    assert problems('sep = ", " if self.context.lang == "en" else "; "\n')
    assert problems('f = fill(tr("%1 of %2"), a, b)\ns = join(names)\nx = name.replace("-", " ")\n') == []
    assert problems('def separator():\n    return "، "\n', is_format_module=True) == []
    assert problems('"""A list: «أ، ب و ج»."""\n') == []  # prose that contains the comma is fine

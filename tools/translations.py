"""Keep the translations in step with the code: `update`, `check` or `release` (the .qm files).

python tools/translations.py update    refresh resources/translations/*.ts from the code
python tools/translations.py check     exit 1 when a .ts file is out of date or unfinished
python tools/translations.py release   compile the .qm files into the package
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "src" / "mediadesk"
TS_DIR = ROOT / "resources" / "translations"
QM_DIR = SOURCES / "translations"
LANGUAGES = {"cy": "cy_GB", "en": "en_GB"}
# English is the source: its file holds only the plural forms ("%n enquiry(s)" → "1 enquiry").
PLURALS_ONLY = {"en"}


def _tool(name: str) -> str:
    """A Qt tool from the PySide6 beside this Python (pyside6-lupdate, pyside6-lrelease)."""
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} was not found; install PySide6 in this environment.")
    return found


def _lupdate(target: Path, language: str) -> None:
    files = sorted(str(p) for p in SOURCES.rglob("*.py"))
    subprocess.run(
        [_tool("pyside6-lupdate"), *files, "-no-obsolete", "-locations", "none",
         "-source-language", "en_GB", "-target-language", language, "-ts", str(target)],
        check=True, capture_output=True,
    )  # fmt: skip


def messages(ts: Path, plurals_only: bool = False) -> dict[tuple[str, str], list[str]]:
    """(context, source) → translations (one per plural form; empty when unfinished)."""
    found: dict[tuple[str, str], list[str]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            if plurals_only and message.get("numerus") != "yes":
                continue
            translation = message.find("translation")
            assert translation is not None
            unfinished = translation.get("type") in ("unfinished", "obsolete", "vanished")
            forms = [f.text or "" for f in translation.findall("numerusform")]
            texts = forms or [translation.text or ""]
            source = message.findtext("source") or ""
            found[(name, source)] = [] if unfinished else texts
    return found


_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%L?n|%[vm]")


def _placeholder_problem(source: str, text: str, plural: bool = False) -> str:
    """Why a translation would break at run time (a placeholder lost or made up), or ''.

    A plural form may leave the count out ("this column" for one)."""
    counted = ("%n", "%Ln") if plural else ()
    want = sorted(p for p in _PLACEHOLDER.findall(source) if p not in counted)
    have = sorted(p for p in _PLACEHOLDER.findall(text) if p not in counted)
    if want != have:
        return "its placeholders differ from the English"
    if text.replace("&&", "").count("&") > (1 if "&" in source.replace("&&", "") else 0):
        return "it has more access keys (&) than the English"
    return ""


def problems() -> list[str]:
    """What is out of date or untranslated, one line each (empty: all in step)."""
    lines: list[str] = []
    with tempfile.TemporaryDirectory() as scratch:
        for code, language in LANGUAGES.items():
            ts = TS_DIR / f"mediadesk_{code}.ts"
            fresh = Path(scratch) / ts.name
            if ts.exists():
                shutil.copy(ts, fresh)
            _lupdate(fresh, language)
            only = code in PLURALS_ONLY
            have = messages(ts, only) if ts.exists() else {}
            want = messages(fresh, only)
            for key in sorted(want.keys() - have.keys()):
                lines.append(f"{ts.name}: new string not in the file: {key[0]}: {key[1]!r}")
            for key in sorted(have.keys() - want.keys()):
                lines.append(f"{ts.name}: string no longer in the code: {key[0]}: {key[1]!r}")
            for key, texts in sorted(want.items()):
                if key in have and not any(texts):
                    lines.append(f"{ts.name}: not translated: {key[0]}: {key[1]!r}")
                for text in texts if key in have else []:
                    why = _placeholder_problem(key[1], text, plural=len(texts) > 1)
                    if why:
                        lines.append(f"{ts.name}: {key[0]}: {key[1]!r} → {text!r}: {why}")
    return lines


def release() -> None:
    """Compile every .ts file into a .qm file inside the package."""
    QM_DIR.mkdir(exist_ok=True)
    for code in LANGUAGES:
        ts = TS_DIR / f"mediadesk_{code}.ts"
        subprocess.run(
            [_tool("pyside6-lrelease"), str(ts), "-qm", str(QM_DIR / f"mediadesk_{code}.qm")],
            check=True, capture_output=True,
        )  # fmt: skip


def main(argv: list[str]) -> int:
    """Run the command named in argv."""
    command = argv[0] if argv else ""
    if command == "update":
        for code, language in LANGUAGES.items():
            _lupdate(TS_DIR / f"mediadesk_{code}.ts", language)
        return 0
    if command == "release":
        release()
        return 0
    if command == "check":
        found = problems()
        print("\n".join(found) or "translations are up to date")
        return 1 if found else 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

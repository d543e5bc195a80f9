"""Refresh the Qt Linguist files and fill them from a reviewed JSON glossary (no Qt Linguist needed).

    python tools/translations.py update              # pyside6-lupdate over orderdesk_gui and forms
    python tools/translations.py unfinished > todo.json   # {"Context": ["source", ...]} untranslated
    python tools/translations.py apply glossary.json  # {"ru": {"Context": {"source": "перевод"}}, "kk": ...}

A message with plural forms (``%n``) takes a list: ``["%n страница", "%n страницы", "%n страниц"]``.

``apply`` also accepts "*" as a context: the translation then serves that source
text in every context. Run ``python tools/build_forms.py`` afterwards to release
the ``.qm`` files.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGS = ("ru", "kk")


def ts_path(lang: str) -> Path:
    return I18N / f"orderdesk_{lang}.ts"


def _tool(name: str) -> str:
    import shutil

    return shutil.which(name) or str(Path(sys.executable).with_name(name))


def update() -> None:
    for lang in LANGS:
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                "-no-obsolete",
                "-extensions",
                "py,ui",
                "orderdesk_gui",
                "forms",
                "-ts",
                str(ts_path(lang).relative_to(ROOT)),
            ],
            cwd=ROOT,
            check=True,
        )


def _unfinished(message: ET.Element) -> bool:
    tr = message.find("translation")
    return tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete") or not (tr.text or "")


def unfinished() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for lang in LANGS:
        for context in ET.parse(ts_path(lang)).getroot().iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                if _unfinished(message):
                    source = message.findtext("source")
                    bucket = out.setdefault(name, [])
                    if source not in bucket:
                        bucket.append(source)
    return out


def apply(glossary: dict) -> dict[str, int]:
    filled: dict[str, int] = {}
    for lang in LANGS:
        table = glossary.get(lang, {})
        anywhere = table.get("*", {})
        tree = ET.parse(ts_path(lang))
        count = 0
        for context in tree.getroot().iter("context"):
            own = table.get(context.findtext("name"), {})
            for message in context.iter("message"):
                source = message.findtext("source")
                text = own.get(source, anywhere.get(source))
                if text and _unfinished(message):
                    tr = message.find("translation")
                    if tr is None:
                        tr = ET.SubElement(message, "translation")
                    forms = tr.findall("numerusform")
                    if message.get("numerus") == "yes" and forms:
                        # plural forms: a list in the glossary (ru: one, few, many; kk: one form)
                        variants = text if isinstance(text, list) else [text]
                        for i, form in enumerate(forms):
                            form.text = variants[min(i, len(variants) - 1)]
                    else:
                        tr.text = text if isinstance(text, str) else text[0]
                    tr.attrib.pop("type", None)
                    count += 1
        tree.write(ts_path(lang), encoding="utf-8", xml_declaration=True)
        filled[lang] = count
    return filled


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("update", "unfinished", "apply"):
        print(__doc__)
        return 2
    if argv[0] == "update":
        update()
    elif argv[0] == "unfinished":
        json.dump(unfinished(), sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        print(apply(json.loads(Path(argv[1]).read_text(encoding="utf-8"))))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

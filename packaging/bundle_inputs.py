"""What goes into the one-folder bundle (read by packaging/orderdesk.spec, tools and tests).

Paths are relative to the repository root and use pathlib only, so the same list builds the bundle on
Linux and on Windows unchanged.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "orderdesk_gui"

# (source relative to ROOT, destination folder inside the bundle)
DATA_DIRS: list[tuple[str, str]] = [
    ("resources/fonts", "orderdesk_gui/resources/fonts"),
    ("resources/i18n", "orderdesk_gui/resources/i18n"),
    ("resources/icons", "orderdesk_gui/resources/icons"),
    # the first try's bug: "no such table: user" because these were not in the bundle
    ("orderdesk_gui/db/migrations", "orderdesk_gui/db/migrations"),
    ("orderdesk_gui/demo/data", "orderdesk_gui/demo/data"),
]

# packages whose own data files PyInstaller must collect (collect_data_files)
DATA_PACKAGES = ["reportlab", "PIL", "phonenumbers", "tzlocal"]

# Qt plugins OrderDesk uses, per folder under PySide6/Qt/plugins
QT_PLUGINS: dict[str, list[str]] = {
    "platforms": ["offscreen", "windows"] if sys.platform == "win32" else ["offscreen", "xcb"],
    "printsupport": ["*"],
    "imageformats": ["qjpeg", "qico", "qtiff", "qpdf"],  # PNG is built into QtGui
    "xcbglintegrations": [] if sys.platform == "win32" else ["qxcb-glx-integration"],
    "platformthemes": [],
}

# Qt's own translations for the languages OrderDesk speaks
QT_TRANSLATIONS = ["qtbase_ru.qm", "qtbase_kk.qm"]
BABEL_LOCALES = ["en", "ru", "ru_KZ", "kk", "kk_KZ", "root"]  # money and dates use the KZ territory

# Qt modules OrderDesk never imports
EXCLUDES = [
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuick3D",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebChannel",
    "PySide6.QtMultimedia",
    "PySide6.QtMultimediaWidgets",
    "PySide6.Qt3DCore",
    "PySide6.Qt3DRender",
    "PySide6.QtDataVisualization",
    "PySide6.QtBluetooth",
    "PySide6.QtPositioning",
    "PySide6.QtLocation",
    "PySide6.QtSensors",
    "PySide6.QtSerialPort",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtDBus",  # the Python binding only: Qt's xcb plugin links libQt6DBus itself
    "PySide6.QtSvg",
    "PySide6.QtSvgWidgets",
    # lxml: accounting reads CommerceML with lxml.etree; openpyxl uses etree too
    "lxml.objectify",
    "lxml.html",
    "lxml.isoschematron",
    "lxml.sax",
    # Python's own modules no code path of OrderDesk reaches
    "tkinter",
    "pydoc_data",
    "ensurepip",
    "lib2to3",
    "idlelib",
    "turtledemo",
    "test",
    "readline",  # the interactive prompt's (libreadline, libtinfo)
    # CJK codecs (about 1 MB): no Chinese, Japanese or Korean text is read or written
    "_codecs_jp",
    "_codecs_kr",
    "_codecs_cn",
    "_codecs_tw",
    "_codecs_hk",
    "_codecs_iso2022",
    # phonenumbers: OrderDesk parses and formats numbers (phonenumbers.data); the place names,
    # carriers and time zones of numbers (4.7 MB) are never asked for
    "phonenumbers.geocoder",
    "phonenumbers.geodata",
    "phonenumbers.carrier",
    "phonenumbers.carrierdata",
    "phonenumbers.timezone",
    "phonenumbers.tzdata",
    "pytest",
    "hypothesis",
]


def data_dirs() -> list[tuple[Path, str]]:
    return [(ROOT / src, dest) for src, dest in DATA_DIRS]


def missing() -> list[str]:
    """Inputs the spec names that do not exist (a test fails on any)."""
    return [src for src, _ in DATA_DIRS if not (ROOT / src).is_dir() or not any((ROOT / src).iterdir())]


def input_files() -> list[Path]:
    """Every file whose change should rebuild and re-check the bundle (for --if-changed)."""
    files = [
        ROOT / "pyproject.toml",
        ROOT / "tools" / "build_bundle.py",
        *sorted((ROOT / "packaging").rglob("*.py")),
    ]
    files += sorted((ROOT / "packaging").glob("*.spec"))
    files += sorted(p for p in (ROOT / PACKAGE).rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    files += sorted(p for p in (ROOT / "resources").rglob("*") if p.is_file())
    return files


# Files the PySide6 and babel hooks collect that OrderDesk never loads (path parts, "/" separated,
# matched against the bundle destination): dropped from the Analysis in the spec.
DROP_PARTS = [
    "libQt6Qml",
    "libQt6Quick",
    "libQt6VirtualKeyboard",
    "libQt6Wayland",
    "libQt6WlShell",
    "libQt6EglFS",
    "Qt6Qml",
    "Qt6Quick",
    "Qt6VirtualKeyboard",
    "plugins/platforminputcontexts/",
    "plugins/wayland-",
    "plugins/egldeviceintegrations/",
    "plugins/generic/",
    "plugins/tls/",
    "plugins/networkinformation/",
    "plugins/platforms/libqwayland",
    "plugins/platforms/libqeglfs",
    "plugins/platforms/libqminimalegl",
    "plugins/platforms/libqlinuxfb",
    "plugins/platforms/libqvnc",
    "plugins/platforms/libqvkkhrdisplay",
    "plugins/platforms/libqminimal.",
    # GTK3 theme: pulls GTK, Pango, Cairo, GdkPixbuf, GIO (about 10 MB); Qt's Fusion style and file
    # dialogs serve instead (the desktop portal theme stays: it needs nothing but Qt's own DBus)
    "plugins/platformthemes/libqgtk3",
    "plugins/platformthemes/qgtk3",
    # SVG: every icon is PNG/ICO, and Qt's own styles draw no SVG
    "libQt6Svg",
    "Qt6Svg",
    "plugins/iconengines/",
    "plugins/imageformats/libqsvg",
    "plugins/imageformats/qsvg",
    # Pillow: OrderDesk reads PNG/JPEG logos and writes the fax TIFF; AVIF, WebP, Tk are never loaded
    # (Pillow's Image.init() skips a plugin whose codec is missing)
    "PIL/_avif",
    "PIL/_webp",
    "PIL/_imagingtk",
    "pillow.libs/libavif",
    "pillow.libs/libwebp",
    "pillow.libs/libsharpyuv",
]


def keep(dest: str) -> bool:
    """Whether a collected file (its destination in the bundle) stays in the bundle."""
    dest = dest.replace("\\", "/")
    if any(part in dest for part in DROP_PARTS):
        return False
    if dest.startswith("orderdesk_gui/resources/i18n/") and dest.endswith(".ts"):
        return False  # the translations' sources; Qt loads the compiled .qm
    if dest.startswith("reportlab/fonts/") and (
        dest.endswith((".pfb", ".afm", ".sfd")) or "DarkGarden" in dest
    ):
        # Type 1 outlines of the standard 14 fonts (PDFs name them, their widths are in reportlab's
        # code) and reportlab's test font; OrderDesk's documents use the DejaVu TrueType fonts
        return False
    if "/plugins/imageformats/" in dest:  # the hook collects them all; only those named stay
        return any(name in Path(dest).name for name in QT_PLUGINS["imageformats"])
    if "/translations/" in dest and dest.endswith(".qm"):
        return Path(dest).name in QT_TRANSLATIONS
    if dest.startswith("babel/locale-data/"):
        return Path(dest).stem in BABEL_LOCALES
    return True

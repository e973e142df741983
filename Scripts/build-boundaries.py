#!/usr/bin/env python3
"""Build Frontline's embedded boundaries (gazetteer/boundaries.tsv and its Swift embed).

Usage (from the repository root):

    pip install 'shapely>=2.1'                 # development time only, never at run time
    python3 Scripts/build-boundaries.py [--data ../shared/data]
    python3 Scripts/build-boundaries.py --embed-only    # standard library only

Input: the OCHA/AGCHO 2018 ADM2 districts (`afg_adm2_ocha_agcho_20180522.geojson`, 399
polygons, documented in <data>/SOURCES.md).  Output:

- `gazetteer/boundaries.tsv`: the 399 districts, simplified as a *coverage*, and the 34
  provinces as the union of their simplified districts;
- `Sources/Layers/Generated/EmbeddedBoundaries+Generated.swift`: that file as a Swift
  string literal, decoded by `EmbeddedBoundaries` on first use.

Simplification is `shapely.coverage_simplify` (GEOS `CoverageSimplifier`, Visvalingam–Whyatt
on the coverage's shared edges): each border between two districts is simplified once, so
neighbours stay exactly adjacent (no gaps, no slivers).  The tolerance (TOLERANCE) is in
degrees; coordinates are then rounded to a 1e-5 degree grid (about 1.1 m), which moves shared
vertices alike (see on_grid).  Provinces are
`shapely.union_all` of their districts after snapping, so their vertices are district vertices.

Encoding: one line per place, `pcode<TAB>level<TAB>polygons`.  Polygons are separated by a
space, the rings of a polygon (exterior first, counter-clockwise; holes clockwise) by a comma.
Each ring is Google's Encoded Polyline Algorithm Format
(https://developers.google.com/maps/documentation/utilities/polylinealgorithm), precision 5,
pairs in the format's (latitude, longitude) order, deltas restarting at each ring, without the
closing position (the decoder repeats the first).  The alphabet is ASCII 63..126, which holds
neither a space, a comma, a tab, a newline, '"' nor '#', so the text embeds as a raw Swift
string as it is.

Hard checks that fail the run (exit status 1): 399 districts and 34 provinces, pcodes as in
gazetteer/districts.csv and provinces.csv, every polygon valid (GEOS), the districts a valid
coverage (no overlaps or gaps between neighbours) whose union has no hole, no part lost to
snapping, every district's
area (cos-latitude scaled degrees, a close proxy for the ellipsoidal area at district size)
within AREA_GATE of the full-resolution polygon, the provinces' total equal to the districts'
total, and the encoded text decoding back to exactly the snapped coordinates.
"""

import argparse
import csv
import json
import math
import os
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TSV_OUT = os.path.join(REPO, "gazetteer", "boundaries.tsv")
SWIFT_OUT = os.path.join(REPO, "Sources", "Layers", "Generated", "EmbeddedBoundaries+Generated.swift")
ADM2 = "afg_adm2_ocha_agcho_20180522.geojson"

# Degrees (about 200 m here).  At 0.002 the worst district's area moves by about 0.3 % (the
# tests allow 3 %), the vertex count falls from 277 028 to about 83 000 and the embedded text
# stays near 1 MB; vertices are then about as far apart as the 500 m the SVG maps thin to.
TOLERANCE = 0.002
GRID = 1e-5            # degrees; = polyline precision 5
SCALE = 100_000        # 1 / GRID
AREA_GATE = 0.02       # build-time gate, stricter than the tests' 3 %
HEADER = "pcode\tlevel\tpolygons"


# ---------------------------------------------------------------------------
# Encoded polyline (Google), precision 5
# ---------------------------------------------------------------------------
def encode_value(v):
    v = ~(v << 1) if v < 0 else v << 1
    out = []
    while v >= 0x20:
        out.append(chr((0x20 | (v & 0x1F)) + 63))
        v >>= 5
    out.append(chr(v + 63))
    return "".join(out)


def encode_ring(points):
    """points: [(lon_units, lat_units)] integers, open ring (no closing point)."""
    out = []
    plat = plon = 0
    for lon, lat in points:
        out.append(encode_value(lat - plat))
        out.append(encode_value(lon - plon))
        plat, plon = lat, lon
    return "".join(out)


def decode_ring(text):
    values = []
    shift = result = 0
    for ch in text:
        b = ord(ch) - 63
        result |= (b & 0x1F) << shift
        shift += 5
        if b < 0x20:
            values.append(~(result >> 1) if result & 1 else result >> 1)
            shift = result = 0
    points = []
    lat = lon = 0
    for i in range(0, len(values), 2):
        lat += values[i]
        lon += values[i + 1]
        points.append((lon, lat))
    return points


# ---------------------------------------------------------------------------
# Geometry helpers
# ---------------------------------------------------------------------------
def units(v):
    return int(round(v * SCALE))


def polygons_of(geom):
    if geom.geom_type == "Polygon":
        return [geom]
    if geom.geom_type == "MultiPolygon":
        return list(geom.geoms)
    raise ValueError(f"unexpected geometry {geom.geom_type}")


def on_grid(geom):
    """`geom` with every coordinate rounded to GRID, rebuilt without a precision model.

    Not shapely.set_precision: its snap-rounding nodes each polygon on its own and opened a
    54 m² gap where AF0609, AF0614 and AF0617 meet (a sliver under a metre wide); it also
    attaches the grid to the geometry, so GEOS snap-rounds later unions too and hides such a gap
    from the checks below, while GDAL and Frontline, in floating point, see it.  Plain rounding
    moves shared vertices alike, so shared borders stay shared; validity and the absence of
    gaps are checked after."""
    import shapely

    def ring(coords):
        # Divided, not multiplied by GRID: the double nearest the 5-decimal value, as the Swift
        # decoder computes it (7084674 * 1e-5 is 70.84674000000001; 7084674 / 1e5 is 70.84674).
        return [(units(x) / SCALE, units(y) / SCALE) for x, y in coords]

    polys = [shapely.Polygon(ring(p.exterior.coords), [ring(r.coords) for r in p.interiors]) for p in polygons_of(geom)]
    return polys[0] if len(polys) == 1 else shapely.MultiPolygon(polys)


def encode_geometry(geom):
    import shapely
    parts = []
    oriented = [shapely.geometry.polygon.orient(p, 1.0) for p in polygons_of(geom)]
    for poly in sorted(oriented, key=lambda p: (-p.area, p.bounds)):
        rings = [poly.exterior] + sorted(poly.interiors, key=lambda r: r.bounds)
        encoded = []
        for ring in rings:
            coords = [(units(x), units(y)) for x, y in ring.coords[:-1]]
            encoded.append(encode_ring(coords))
        parts.append(",".join(encoded))
    return " ".join(parts)


def decode_geometry(text):
    return [[decode_ring(ring) for ring in part.split(",")] for part in text.split(" ")]


def scaled_area(geom):
    """Area in degree² scaled by cos(latitude of the centroid): proportional to km² to well
    under 0.1 % for a district (the Swift tests measure the real ellipsoidal area)."""
    return geom.area * math.cos(math.radians(geom.centroid.y))


# ---------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------
def read_pcodes(name):
    with open(os.path.join(REPO, "gazetteer", name), encoding="utf-8", newline="") as f:
        return [row["pcode"] for row in csv.DictReader(f)]


def build(data):
    import shapely
    from shapely.geometry import shape

    failures = []

    def fail(text):
        failures.append(text)
        print(f"FAIL {text}", file=sys.stderr)

    with open(os.path.join(data, ADM2), encoding="utf-8") as f:
        collection = json.load(f)
    features = sorted(collection["features"], key=lambda f: f["properties"]["ADM2_PCODE"])
    pcodes = [f["properties"]["ADM2_PCODE"] for f in features]
    provinces_of = {f["properties"]["ADM2_PCODE"]: f["properties"]["ADM1_PCODE"] for f in features}
    full = [shape(f["geometry"]) for f in features]

    if pcodes != read_pcodes("districts.csv"):
        fail("the OCHA ADM2 pcodes differ from gazetteer/districts.csv")
    province_pcodes = read_pcodes("provinces.csv")
    if sorted(set(provinces_of.values())) != province_pcodes:
        fail("the OCHA ADM1 pcodes of the districts differ from gazetteer/provinces.csv")
    if not shapely.coverage_is_valid(full):
        fail("the full-resolution districts are not a valid coverage")

    simplified = shapely.coverage_simplify(full, TOLERANCE)
    snapped = [on_grid(g) for g in simplified]
    for pcode, before, after in zip(pcodes, full, snapped):
        if not after.is_valid:
            fail(f"{pcode}: invalid after simplification ({shapely.is_valid_reason(after)})")
        if len(polygons_of(after)) != len(polygons_of(before)):
            fail(f"{pcode}: {len(polygons_of(before))} part(s) became {len(polygons_of(after))}")
        error = abs(scaled_area(after) / scaled_area(before) - 1)
        if error > AREA_GATE:
            fail(f"{pcode}: area changed by {error:.2%}")
    if not shapely.coverage_is_valid(snapped):
        fail("the simplified districts are not a valid coverage")

    provinces = []
    for province in province_pcodes:
        members = [g for p, g in zip(pcodes, snapped) if provinces_of[p] == province]
        union = shapely.union_all(members)
        if not union.is_valid:
            fail(f"{province}: the union of its districts is invalid")
        if abs(union.area / sum(g.area for g in members) - 1) > 1e-6:
            fail(f"{province}: union area differs from the sum of its districts (gap or overlap)")
        provinces.append(union)
    country = shapely.union_all(snapped)
    for part in polygons_of(country):
        for ring in part.interiors:
            fail(f"a gap of {shapely.Polygon(ring).area:.3g} deg² near {ring.coords[0]} lies between districts")
    district_total = sum(g.area for g in snapped)
    if abs(country.area / district_total - 1) > 1e-6:
        fail("the country's area differs from the sum of the districts (gap or overlap)")

    lines = [HEADER]
    for pcode, geom in zip(province_pcodes, provinces):
        lines.append(f"{pcode}\tprovince\t{encode_geometry(geom)}")
    for pcode, geom in zip(pcodes, snapped):
        lines.append(f"{pcode}\tdistrict\t{encode_geometry(geom)}")

    # Round trip: decoding gives back the snapped coordinates (as sets of rings).
    for line, geom in zip(lines[1 + len(provinces):], snapped):
        decoded = decode_geometry(line.split("\t")[2])
        expected = sorted(sorted((units(x), units(y)) for x, y in p.exterior.coords[:-1]) for p in polygons_of(geom))
        if sorted(sorted(part[0]) for part in decoded) != expected:
            fail(f"{line[:6]}: the encoded rings do not decode to the snapped coordinates")

    vertices_full = sum(shapely.get_num_coordinates(g) for g in full)
    vertices = sum(shapely.get_num_coordinates(g) for g in snapped)
    worst = max(abs(scaled_area(a) / scaled_area(b) - 1) for a, b in zip(snapped, full))
    print(f"districts: {vertices_full} -> {vertices} vertices (tolerance {TOLERANCE}°), "
          f"worst area change {worst:.3%}; provinces: "
          f"{sum(shapely.get_num_coordinates(g) for g in provinces)} vertices")
    if failures:
        print(f"{len(failures)} failure(s)", file=sys.stderr)
        return None
    return "\n".join(lines) + "\n"


def write_swift():
    with open(TSV_OUT, encoding="utf-8", newline="") as f:
        content = f.read()
    assert content.endswith("\n") and "\r" not in content
    assert '"' not in content and "#" not in content, "boundaries.tsv holds a raw-string delimiter"
    source = (
        "// GENERATED by Scripts/build-boundaries.py from gazetteer/boundaries.tsv — do not edit.\n"
        "// OCHA/AGCHO 2018 district (ADM2) boundaries, simplified as a coverage; provinces are the\n"
        "// union of their districts. Source: OCHA COD-AB afg_admbnda_adm2_agcho_20180522 (CC BY-IGO).\n"
        "extension EmbeddedBoundaries {\n"
        f'  static let tsv = ##"""\n{content[:-1]}\n"""##\n'
        "}\n"
    )
    os.makedirs(os.path.dirname(SWIFT_OUT), exist_ok=True)
    with open(SWIFT_OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(source)
    print(f"wrote {os.path.relpath(SWIFT_OUT, REPO)} ({len(source)} bytes)")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=os.path.join(REPO, "..", "shared", "data"),
                    help="directory of the source data (default ../shared/data relative to the repo root)")
    ap.add_argument("--embed-only", action="store_true",
                    help="only regenerate the Swift embed file from gazetteer/boundaries.tsv")
    args = ap.parse_args()
    if not args.embed_only:
        text = build(os.path.abspath(args.data))
        if text is None:
            return 1
        with open(TSV_OUT, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        print(f"wrote {os.path.relpath(TSV_OUT, REPO)} ({len(text)} bytes)")
    write_swift()
    return 0


if __name__ == "__main__":
    sys.exit(main())

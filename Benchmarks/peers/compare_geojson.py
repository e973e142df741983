#!/usr/bin/env python3
"""Checks that two projected GeoJSON files of district polygons agree within a tolerance:
features are matched by pcode (Frontline `pcode`, OCHA `ADM2_PCODE`), and every ring of one
must equal a ring of the other vertex by vertex (either orientation, any start vertex) within
TOLERANCE metres. Prints the largest difference. usage: compare_geojson.py A B TOLERANCE
"""
import json
import sys


def polygons(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    out = {}
    for feature in data["features"]:
        props = feature["properties"]
        code = props.get("pcode") or props.get("ADM2_PCODE")
        geometry = feature["geometry"]
        parts = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
        rings = [ring for polygon in parts for ring in polygon]
        out[code] = rings
    return out


def ring_difference(a, b):
    a, b = a[:-1], b[:-1]  # closed rings: drop the repeated vertex
    if len(a) != len(b):
        return float("inf")
    best = float("inf")
    for candidate in (b, b[::-1]):
        try:
            shift = min(range(len(candidate)), key=lambda i: abs(candidate[i][0] - a[0][0]) + abs(candidate[i][1] - a[0][1]))
        except ValueError:
            return 0.0
        rotated = candidate[shift:] + candidate[:shift]
        worst = max(max(abs(p[0] - q[0]), abs(p[1] - q[1])) for p, q in zip(a, rotated))
        best = min(best, worst)
    return best


def main():
    a, b, tolerance = polygons(sys.argv[1]), polygons(sys.argv[2]), float(sys.argv[3])
    worst = 0.0
    problems = 0
    for code, rings in a.items():
        others = b.get(code)
        if others is None or len(others) != len(rings):
            problems += 1
            continue
        remaining = list(others)
        for ring in rings:
            diffs = [ring_difference(ring, other) for other in remaining]
            i = min(range(len(diffs)), key=diffs.__getitem__)
            worst = max(worst, diffs[i])
            remaining.pop(i)
    missing = len(set(b) - set(a))
    ok = problems == 0 and missing == 0 and worst <= tolerance
    print(json.dumps({"features": len(a), "unmatched": problems + missing, "max_difference_m": worst, "equal": ok}))


if __name__ == "__main__":
    main()

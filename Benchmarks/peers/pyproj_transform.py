#!/usr/bin/env python3
"""Peer of the transform kernel: pyproj.Transformer.transform on numpy arrays, EPSG:4326 →
EPSG:32642 (always_xy), on the same kind of points (uniform over Afghanistan's bounding box).
Prints JSON with each repetition's time. usage: pyproj_transform.py POINTS REPETITIONS
"""
import json
import sys
import time

import numpy as np
import pyproj


def main():
    count, repetitions = int(sys.argv[1]), int(sys.argv[2])
    rng = np.random.default_rng(42)
    lon = 60.5 + 14.5 * rng.random(count)
    lat = 29.3 + 9.2 * rng.random(count)
    transformer = pyproj.Transformer.from_crs("EPSG:4326", "EPSG:32642", always_xy=True)
    times = []
    for _ in range(repetitions):
        start = time.perf_counter()
        x, y = transformer.transform(lon, lat)
        times.append(time.perf_counter() - start)
    assert np.isfinite(x).all() and np.isfinite(y).all()
    print(json.dumps({"points": count, "pyproj_s": times, "pyproj_median_s": sorted(times)[len(times) // 2],
                      "pyproj": pyproj.__version__, "proj": pyproj.proj_version_str}))


if __name__ == "__main__":
    main()

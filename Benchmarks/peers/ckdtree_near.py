#!/usr/bin/env python3
"""Peer of the near query: scipy.spatial.cKDTree on the same points, projected with pyproj to
an azimuthal equidistant projection centred on Afghanistan (+proj=aeqd +lat_0=34 +lon_0=66),
nearest one per query (one batched, vectorised query call). Compares its answers with
Frontline's (near-*-answers.i32 written by frontline-bench). usage: ckdtree_near.py WORKDIR
"""
import json
import os
import sys
import time

import numpy as np
import pyproj
from scipy.spatial import cKDTree


def load(path):
    return np.fromfile(path, dtype=np.float64).reshape(-1, 2)


def main():
    work = sys.argv[1]
    queries = load(os.path.join(work, "near-queries.f64"))
    to_plane = pyproj.Transformer.from_crs("EPSG:4326", "+proj=aeqd +lat_0=34 +lon_0=66 +datum=WGS84", always_xy=True)
    qx, qy = to_plane.transform(queries[:, 0], queries[:, 1])
    q = np.column_stack([qx, qy])
    result = {}
    for name in ["districts", "gazetteer"]:
        points = load(os.path.join(work, f"near-{name}.f64"))
        px, py = to_plane.transform(points[:, 0], points[:, 1])
        start = time.perf_counter()
        tree = cKDTree(np.column_stack([px, py]))
        build = time.perf_counter() - start
        times = []
        for _ in range(3):
            start = time.perf_counter()
            _, answers = tree.query(q, k=1)
            times.append(time.perf_counter() - start)
        frontline = np.fromfile(os.path.join(work, f"near-{name}-answers.i32"), dtype=np.int32)
        same = int((frontline == answers).sum())
        seconds = sorted(times)[1]
        result[name] = {"points": len(points), "queries": len(q), "build_s": build, "seconds": seconds,
                        "us_per_query": seconds / len(q) * 1e6, "same_as_frontline": same}
    import scipy
    result["scipy"] = scipy.__version__
    print(json.dumps(result))


if __name__ == "__main__":
    main()

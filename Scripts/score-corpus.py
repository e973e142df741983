#!/usr/bin/env python3
"""Scores `frontline extract` on a gold-annotated corpus, by split (development tool).

    Scripts/score-corpus.py [--binary PATH] [--corpus DIR] [--check-set FILE] [--details]

Scoring follows the corpus README (and DevCorpusTests): (document, type, place) triples, the
place being the pcode (a city counts as its district, a temporary district as its 399-set
parent); gold `attack` events are optional (a `contested` prediction for the same place is
neither rewarded nor punished); region-level predictions are left out.

The texts listed in the check set (Tests/dev-check-set.txt) are scored in aggregate only: their
individual errors are never printed, so the rules cannot be tuned on them. --details prints the
errors of the tuned set.
"""
import argparse, json, os, subprocess, sys

TEMPORARY = {"Takhta Pul": "AF2711", "Delaram": "AF3405", "Badpakh": "AF0701",
             "Mirzaka": "AF1306", "Gultepa": "AF1901", "Laja Mangal": "AF1308"}

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", default=os.path.join(root, ".build/debug/frontline"))
    ap.add_argument("--corpus", default=os.path.join(root, "../shared/corpus/dev"))
    ap.add_argument("--check-set", default=os.path.join(root, "Tests/dev-check-set.txt"))
    ap.add_argument("--details", action="store_true")
    ap.add_argument("--only", help="comma-separated ids (never check-set ids)")
    ap.add_argument("--by-type", action="store_true", help="also print TP/FP/FN per event type for each split (counts only)")
    ap.add_argument("--causes", action="store_true",
                    help="also print, per split, how misses and false events arise (counts only)")
    args = ap.parse_args()
    check = set()
    if os.path.exists(args.check_set):
        check = {l.strip() for l in open(args.check_set) if l.strip() and not l.startswith("#")}
    ids = sorted(f[:-4] for f in os.listdir(args.corpus) if f.endswith(".txt"))
    if args.only:
        ids = [i for i in args.only.split(",") if i not in check]
    out = subprocess.run([args.binary, "extract"] + [os.path.join(args.corpus, i + ".txt") for i in ids],
                         capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(out.stderr)
    predicted = {}
    for line in out.stdout.splitlines():
        e = json.loads(line)
        if e["place"]["level"] == "region":
            continue
        predicted.setdefault(e["doc"], {}).setdefault(e["type"] + "|" + e["place"]["pcode"], set()).add(e.get("date"))
    groups = {"tuned": [0, 0, 0, 0, 0], "check": [0, 0, 0, 0, 0], "000-060": [0, 0, 0, 0, 0], "aNN/bNN": [0, 0, 0, 0, 0]}
    by_type = {}  # (split, type) -> [TP, FP, FN]
    causes = {}  # (split, cause) -> count
    details = []
    for doc in ids:
        gold = json.load(open(os.path.join(args.corpus, doc + ".gold.json")))["events"]
        required, optional, dates = set(), set(), {}
        for g in gold:
            key = g["pcode"] or TEMPORARY.get(g["place"], "?" + g["place"])
            # attack events, and captures marked DISPUTED:, are optional to extract.
            if g["type"] == "attack":
                optional.add("contested|" + key)
            elif (g.get("note") or "").startswith("DISPUTED:"):
                optional.add(g["type"] + "|" + key)
            else:
                required.add(g["type"] + "|" + key)
                if g["date"]:
                    dates.setdefault(g["type"] + "|" + key, set()).add(g["date"])
        pred = predicted.get(doc, {})
        tp = set(pred) & required
        fp = set(pred) - required - optional
        fn = required - set(pred)
        dated = [k for k in tp if k in dates]
        right = [k for k in dated if dates[k] & pred[k]]
        counts = [len(tp), len(fp), len(fn), len(dated), len(right)]
        split = "check" if doc in check else "tuned"
        for name, keys in ((0, tp), (1, fp), (2, fn)):
            for k in keys:
                by_type.setdefault((split, k.split("|")[0]), [0, 0, 0])[name] += 1
        # Why each error arises, by the place's other entries in the same text (counts only).
        levels = {(g["pcode"] or TEMPORARY.get(g["place"], "?" + g["place"])): g["level"] for g in gold}
        for k in fn:
            kind, place = k.split("|")
            # (Each other type marked by how the gold holds it: required, optional or absent.)
            other = sorted(t.split("|")[0] + (" [in gold]" if t in required else " [optional in gold]" if t in optional else " [not in gold]")
                           for t in pred if t.split("|")[1] == place)
            near = any(t.split("|")[1][:4] == place[:4] and t.split("|")[1] != place for t in pred)
            cause = f"FN {kind} ({levels.get(place, '?')}): " + (
                "predicted as " + "+".join(other) if other else
                "not predicted; another place of its province is" if near else "place not predicted")
            causes[(split, cause)] = causes.get((split, cause), 0) + 1
        for k in fp:
            kind, place = k.split("|")
            other = sorted(t.split("|")[0] for t in required | optional if t.split("|")[1] == place)
            cause = f"FP {kind}: " + ("gold has " + "+".join(other) if other else
                                      "place in no gold event of the text")
            causes[(split, cause)] = causes.get((split, cause), 0) + 1
        era = "000-060" if doc[0].isdigit() else "aNN/bNN"
        for g in (split, era):
            groups[g] = [a + b for a, b in zip(groups[g], counts)]
        if split == "tuned":
            for k in sorted(fp): details.append(f"{doc} FP {k} {sorted(map(str, pred[k]))}")
            for k in sorted(fn): details.append(f"{doc} FN {k}")
            for k in sorted(set(dated) - set(right)): details.append(f"{doc} date {k}: gold {sorted(dates[k])} got {sorted(map(str, pred[k]))}")
    if args.details:
        print("\n".join(details))
    if args.by_type:
        # Aggregate counts only: which kinds of event a split misses, never which texts or places.
        for (split, kind), (tp, fp, fn) in sorted(by_type.items()):
            print(f"{split:6} {kind:13} TP {tp:3} FP {fp:3} FN {fn:3}")
    if args.causes:
        for (split, cause), n in sorted(causes.items()):
            print(f"{split:6} {n:3}  {cause}")
    total = [a + b for a, b in zip(groups["tuned"], groups["check"])]
    for name, (tp, fp, fn, dated, right) in list(groups.items()) + [("all", total)]:
        if tp + fp + fn == 0:
            continue
        p = tp / max(1, tp + fp); r = tp / max(1, tp + fn); f = 0 if p + r == 0 else 2 * p * r / (p + r)
        print(f"{name:8} P {p:.3f} R {r:.3f} F1 {f:.3f} (TP {tp}, FP {fp}, FN {fn}); dates {right/max(1,dated):.3f} ({right}/{dated})")

if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Peers of `frontline extract`: find gazetteer spellings in every report, whole words,
case-insensitive, with one of three engines.

    name_scan.py ENGINE DIR SPELLINGS OUT      ENGINE: pyahocorasick | ahocorasick-rs | hyperscan

They do far less than Frontline (no tokens, sentences, triggers, dates, places or events): read
each DIR/*.txt, run one automaton of all spellings over it, keep the matches that stand on word
boundaries, and write `doc<TAB>start<TAB>end<TAB>spelling` lines (code-point offsets for the
two Aho-Corasick engines, byte offsets for Hyperscan, which scans UTF-8 bytes). The number of
hits goes to standard error; it differs between engines by their overlap rule (pyahocorasick
and Hyperscan report overlapping spellings, ahocorasick-rs leftmost-longest ones only). Build time of the automaton is included in the run, as Frontline's
start-up is.
"""
import os
import re
import sys


def boundaries(lower, start, end):
    """Whether [start, end) stands on word boundaries of `lower`."""
    return (start == 0 or not lower[start - 1].isalnum()) and (end >= len(lower) or not lower[end].isalnum())


def pyahocorasick_scanner(spellings):
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for name in spellings:
        automaton.add_word(name.lower(), name)
    automaton.make_automaton()

    def scan(text):
        lower = text.lower()
        for end, spelling in automaton.iter(lower):
            start = end - len(spelling) + 1
            if boundaries(lower, start, end + 1):
                yield start, end + 1, spelling
    return scan


def ahocorasick_rs_scanner(spellings):
    import ahocorasick_rs

    patterns = sorted({name.lower() for name in spellings})
    automaton = ahocorasick_rs.AhoCorasick(patterns, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)

    def scan(text):
        lower = text.lower()
        for index, start, end in automaton.find_matches_as_indexes(lower):
            if boundaries(lower, start, end):
                yield start, end, patterns[index]
    return scan


def hyperscan_scanner(spellings, cache):
    """Hyperscan's database is compiled once and kept in `cache` (keyed by the spellings), as
    Frontline computes its name index when it is built: compiling ~4 750 word-bounded patterns
    takes Hyperscan 10–20 s, scanning 10 MB a tenth of a second."""
    import hashlib
    import hyperscan

    patterns = sorted({name.lower() for name in spellings})
    expressions = [(r"\b" + re.escape(p) + r"\b").encode("utf-8") for p in patterns]
    lengths = [len(p.encode("utf-8")) for p in patterns]
    # No start-of-match tracking (SOM costs Hyperscan most of its speed): a spelling is a literal,
    # so its start is its end less its length in bytes.
    flags = [hyperscan.HS_FLAG_CASELESS | hyperscan.HS_FLAG_UTF8] * len(patterns)
    key = hashlib.sha256(b"\n".join(expressions) + repr(flags).encode()).hexdigest()
    database = None
    if os.path.exists(cache) and os.path.exists(cache + ".key") and open(cache + ".key").read() == key:
        with open(cache, "rb") as f:
            database = hyperscan.loadb(f.read(), mode=hyperscan.HS_MODE_BLOCK)
        database.scratch = hyperscan.Scratch(database)
    if database is None:
        database = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
        database.compile(expressions=expressions, ids=list(range(len(patterns))), elements=len(patterns), flags=flags)
        with open(cache, "wb") as f:
            f.write(hyperscan.dumpb(database))
        with open(cache + ".key", "w") as f:
            f.write(key)

    def scan(text):
        hits = []

        def on_match(index, start, end, flags, context):
            hits.append((end - lengths[index], end, patterns[index]))

        database.scan(text.encode("utf-8"), match_event_handler=on_match)
        return hits
    return scan


ENGINES = {"pyahocorasick": pyahocorasick_scanner, "ahocorasick-rs": ahocorasick_rs_scanner, "hyperscan": hyperscan_scanner}


def main():
    if len(sys.argv) != 5 or sys.argv[1] not in ENGINES:
        sys.exit(f"usage: name_scan.py {{{'|'.join(ENGINES)}}} DIR SPELLINGS OUT")
    engine, directory, spellings_path, out = sys.argv[1:5]
    with open(spellings_path, encoding="utf-8") as f:
        spellings = [line.strip() for line in f if line.strip()]
    scan = ENGINES[engine](spellings, spellings_path + ".hsdb") if engine == "hyperscan" else ENGINES[engine](spellings)
    found = 0
    with open(out, "w", encoding="utf-8") as sink:
        for name in sorted(n for n in os.listdir(directory) if n.endswith(".txt")):
            with open(os.path.join(directory, name), encoding="utf-8") as f:
                text = f.read()
            doc = name[:-4]
            lines = [f"{doc}\t{start}\t{end}\t{spelling}\n" for start, end, spelling in scan(text)]
            found += len(lines)
            sink.writelines(lines)
    print(found, file=sys.stderr)


if __name__ == "__main__":
    main()

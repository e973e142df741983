#!/usr/bin/env python3
"""Peer of `frontline extract`: finds gazetteer spellings in every report with pyahocorasick.

Does far less than Frontline (no tokens, sentences, triggers, dates, places or events): reads
each DIR/*.txt, lower-cases it, runs one Aho-Corasick automaton of all lower-cased spellings
over it, keeps matches on word boundaries, and writes `doc<TAB>start<TAB>end<TAB>spelling`
lines (offsets in code points). usage: aho_extract.py DIR SPELLINGS OUT
"""
import os
import sys

import ahocorasick


def main():
    directory, spellings, out = sys.argv[1:4]
    automaton = ahocorasick.Automaton()
    with open(spellings, encoding="utf-8") as f:
        for line in f:
            name = line.strip()
            if name:
                automaton.add_word(name.lower(), name)
    automaton.make_automaton()
    names = sorted(n for n in os.listdir(directory) if n.endswith(".txt"))
    found = 0
    with open(out, "w", encoding="utf-8") as sink:
        for name in names:
            with open(os.path.join(directory, name), encoding="utf-8") as f:
                text = f.read()
            lower = text.lower()
            n = len(lower)
            doc = name[:-4]
            lines = []
            for end, spelling in automaton.iter(lower):
                start = end - len(spelling) + 1
                if start > 0 and lower[start - 1].isalnum():
                    continue
                if end + 1 < n and lower[end + 1].isalnum():
                    continue
                lines.append(f"{doc}\t{start}\t{end + 1}\t{spelling}\n")
            found += len(lines)
            sink.writelines(lines)
    print(found, file=sys.stderr)


if __name__ == "__main__":
    main()

#!/usr/bin/env bash
# Regenerates Sources/Gazetteer/Generated/EmbeddedGazetteerIndex+Generated.swift, the gazetteer
# index computed at build time (issue #16), and EmbeddedSpellingKeys+Generated.swift beside it (the
# keys of the places' own spellings, which the extractor's name filter reads), from the embedded CSV
# (Sources/Gazetteer/Generated/EmbeddedGazetteer+Generated.swift). Run it after
# `Scripts/build-gazetteer.py` or after changing NameNormalizer / ArabicScript; the
# GazetteerIndexGenerationTests fail until you do.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
swift run --package-path "$root" generate-gazetteer-index "$root"

#!/usr/bin/env bash
# Regenerates Sources/Gazetteer/Generated/EmbeddedGazetteerIndex+Generated.swift, the gazetteer
# index computed at build time (issue #16), from the embedded CSV
# (Sources/Gazetteer/Generated/EmbeddedGazetteer+Generated.swift). Run it after
# `Scripts/build-gazetteer.py` or after changing NameNormalizer / ArabicScript; the
# GazetteerIndexGenerationTests fail until you do.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
swift run --package-path "$root" generate-gazetteer-index "$root"

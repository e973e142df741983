#!/usr/bin/env bash
# Measures the peak memory of `frontline extract -` on a generated JSON Lines stream (issue 6:
# "extract - over a 1 GB JSON Lines stream runs in constant memory, peak RSS under 200 MB").
#
#   Scripts/measure-extract-memory.sh [MEGABYTES=1024] [FRONTLINE=.build/release/frontline]
#
# The stream is written to a temporary file outside the repository (removed afterwards), then
# piped into `extract -` under /usr/bin/time -v (Debian package `time`). Prints the records,
# events, wall time and "Maximum resident set size"; exits 1 when the peak is 200 MB or more.
set -euo pipefail
megabytes="${1:-1024}"
frontline="${2:-.build/release/frontline}"
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 64; }
[ -x "$frontline" ] || { echo "no $frontline; build it first (swift build -c release)" >&2; exit 64; }

stream="$(mktemp "${TMPDIR:-/tmp}/frontline-stream-XXXXXX.jsonl")"
events="$(mktemp "${TMPDIR:-/tmp}/frontline-events-XXXXXX.jsonl")"
report="$(mktemp "${TMPDIR:-/tmp}/frontline-time-XXXXXX.txt")"
trap 'rm -f "$stream" "$events" "$report"' EXIT

# Records as scrapers emit them: ~16 KB of raw HTML kept beside ~1 KB of report text with one
# event, so the stream is large while extraction stays a realistic share of the work.
python3 - "$megabytes" "$stream" <<'PY'
import json, sys
megabytes, path = int(sys.argv[1]), sys.argv[2]
html = "<div class='story'><p>" * 700
filler = "Residents said the road to the market stayed closed for another day. " * 14
with open(path, "w") as out:
    written, n = 0, 0
    while written < megabytes << 20:
        n += 1
        line = json.dumps({"id": f"r{n}", "published": "2021-07-05", "html": html,
                           "text": filler + "The Taliban captured Kaldar district in Balkh on Sunday."}) + "\n"
        out.write(line)
        written += len(line)
print(f"records: {n} ({written >> 20} MB)")
PY

/usr/bin/time -v "$frontline" extract - -o "$events" < "$stream" 2> "$report" || { cat "$report" >&2; exit 1; }
echo "events: $(wc -l < "$events")"
grep -E "Elapsed \(wall clock\)|Maximum resident set size" "$report"
peak_kb="$(awk -F': ' '/Maximum resident set size/ {print $2}' "$report")"
echo "peak RSS: $((peak_kb / 1024)) MB (limit 200 MB)"
[ "$peak_kb" -lt $((200 * 1024)) ]

#!/usr/bin/env bash
# Load test of `frontline serve` with wrk, on loopback only.
#
# Starts the server on a free 127.0.0.1 port (release build), then runs
# `wrk -t2 -c100 -d30s --latency` against a mix of OGC API requests (see
# Scripts/load-test-serve.lua) and prints requests/s, p99 latency and any errors.
# Exits 1 when wrk reports socket errors or non-2xx answers, 0 otherwise; exits 0
# with a message when wrk is missing (Debian: apt-get install wrk).
#
# Usage: Scripts/load-test-serve.sh [seconds]      (default 30)
# Env:   FRONTLINE=path/to/frontline  use this binary instead of building one
#        BOUNDARIES=adm2.geojson      district polygons (default ../shared/data OCHA file when present)
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${1:-30}"
[[ "$duration" =~ ^[0-9]+$ ]] && (( duration >= 1 && duration <= 300 )) || { echo "seconds must be 1…300" >&2; exit 64; }

if ! command -v wrk >/dev/null; then
  echo "load-test-serve: wrk is not installed (apt-get install wrk); skipping"
  exit 0
fi

binary="${FRONTLINE:-}"
if [[ -z "$binary" ]]; then
  swift build -c release --scratch-path .build-serve-release --product frontline >&2
  binary=".build-serve-release/release/frontline"
fi

args=(serve --host 127.0.0.1 --port 0)
boundaries="${BOUNDARIES:-../shared/data/afg_adm2_ocha_agcho_20180522.geojson}"
provinces="../shared/data/afg_adm1_ocha_agcho_20180522.geojson"
[[ -f "$boundaries" ]] && args+=(--boundaries "$boundaries")
[[ -f "$provinces" ]] && args+=(--provinces "$provinces")

log="$(mktemp)"
"$binary" "${args[@]}" >"$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -f "$log"' EXIT

# Wait (at most 120 s) for the "serving … on http://127.0.0.1:PORT/" line.
url=""
for _ in $(seq 1 240); do
  url="$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$log" | head -1 || true)"
  [[ -n "$url" ]] && break
  kill -0 "$server" 2>/dev/null || { cat "$log" >&2; exit 1; }
  sleep 0.5
done
[[ -n "$url" ]] || { echo "server did not start:" >&2; cat "$log" >&2; exit 1; }
echo "load-test-serve: $url, wrk -t2 -c100 -d${duration}s"

out="$(wrk -t2 -c100 -d"${duration}s" --latency -s Scripts/load-test-serve.lua "$url")"
echo "$out"

rps="$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")"
p99="$(awk '$1 == "99%" {print $2}' <<<"$out")"
errors="$(grep -E 'Socket errors|Non-2xx' <<<"$out" || true)"
echo "load-test-serve: requests/s=${rps} p99=${p99} errors=${errors:-none}"
[[ -z "$errors" ]]

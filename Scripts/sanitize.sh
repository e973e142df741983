#!/usr/bin/env bash
# Runs the whole test suite under a sanitizer (issue 6): ThreadSanitizer or AddressSanitizer
# (with LeakSanitizer).
#
#   Scripts/sanitize.sh thread     # data races             (about 10-15 min on 2 cores)
#   Scripts/sanitize.sh address    # memory errors, leaks   (about 15-20 min on 2 cores)
#   Scripts/sanitize.sh address --filter ReliabilityTests   # extra arguments go to swift test
#
# Each sanitizer builds in its own folder (.build-tsan, .build-asan) so the normal build stays
# warm. Timing-bound tests (the SIGKILL loop) disable themselves under a sanitizer runtime.
# LeakSanitizer reads Scripts/lsan-suppressions.txt: leaks inside the Swift runtime's own
# libraries (XCTest, Foundation's Process), none in Frontline's code.
set -euo pipefail
cd "$(dirname "$0")/.."
kind="${1:-}"
case "$kind" in
  thread) scratch=.build-tsan ;;
  address) scratch=.build-asan ;;
  *) echo "usage: Scripts/sanitize.sh thread|address [swift test arguments…]" >&2; exit 64 ;;
esac
shift

export TSAN_OPTIONS="${TSAN_OPTIONS:-halt_on_error=0:second_deadlock_stack=1}"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:detect_stack_use_after_return=0}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$PWD/Scripts/lsan-suppressions.txt:print_suppressions=0}"

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
status=0
swift test --sanitize="$kind" --scratch-path "$scratch" "$@" 2>&1 | tee "$log" || status=$?

# A sanitizer report does not always change the exit status (halt_on_error=0): look for one.
if grep -qE "^(WARNING: ThreadSanitizer|==[0-9]+==ERROR: (Address|Leak)Sanitizer)" "$log"; then
  echo "sanitize.sh: $kind sanitizer reported problems (see above)" >&2
  exit 1
fi
if [ "$status" -ne 0 ]; then
  echo "sanitize.sh: swift test failed under the $kind sanitizer (status $status)" >&2
  exit "$status"
fi
echo "sanitize.sh: the suite passed under the $kind sanitizer with no report"

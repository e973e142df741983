#!/usr/bin/env bash
# Checks that every target of Package.swift declares exactly the modules its Swift files import
# (issue #17): a module imported but not declared compiles today only because SwiftPM puts every
# transitive dependency on the search path, and a declared module nobody imports is a dependency
# the graph claims but does not have. Build-time only (CI runs it before `swift build`).
#
#     Scripts/check-imports.sh
#
# The declared dependencies come from `swift package dump-package`; a product dependency counts
# under its product name (Hummingbird, NIOCore, Logging, ArgumentParser), which is also the
# module it provides. Toolchain and system modules (SYSTEM_MODULES below) are never declared and
# are ignored. Exits 1, naming the target and each missing or extra module, when they differ.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

# A scratch folder of its own: dump-package needs no build, and .build may be locked by a
# running `swift build` or `swift test`.
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
swift package --scratch-path "$work/scratch" dump-package > "$work/package.json"

python3 - "$work/package.json" <<'PY'
import json, os, re, sys

# Modules of the Swift toolchain and the operating system: imported freely, never declared.
SYSTEM_MODULES = {
    "Swift", "_Concurrency", "_StringProcessing", "Foundation", "FoundationEssentials",
    "FoundationInternationalization", "FoundationNetworking", "FoundationXML", "Dispatch",
    "Glibc", "Musl", "Darwin", "WinSDK", "Android", "Synchronization", "RegexBuilder",
    "Observation", "Distributed", "os", "Testing", "XCTest",
}

IMPORT = re.compile(
    r"^\s*(?:@[A-Za-z_]+(?:\([^)]*\))?\s+)*"
    r"(?:(?:public|package|internal|fileprivate|private)\s+)?"
    r"import\s+(?:(?:typealias|struct|class|enum|protocol|let|var|func)\s+)?"
    r"([A-Za-z_][A-Za-z0-9_]*)"
)

with open(sys.argv[1]) as f:
    package = json.load(f)

def dependency_name(dependency):
    for kind in ("byName", "target", "product"):
        if kind in dependency:
            return dependency[kind][0]
    raise SystemExit(f"check-imports: unknown dependency form {dependency}")

def swift_files(target):
    if target["type"] == "test":
        default = os.path.join("Tests", target["name"])
    else:
        default = os.path.join("Sources", target["name"])
    directory = target.get("path") or default
    excluded = [os.path.normpath(os.path.join(directory, e)) for e in target.get("exclude", [])]
    for base, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if os.path.normpath(os.path.join(base, d)) not in excluded)
        for name in sorted(files):
            if name.endswith(".swift"):
                yield os.path.join(base, name)

def imported_modules(target):
    modules = {}
    for path in swift_files(target):
        in_comment = False
        in_string = False  # inside a multi-line string literal (""" … """), e.g. a Python script
        with open(path, encoding="utf-8") as f:
            for line in f:
                stripped = line.strip()
                if line.count('"""') % 2 == 1:
                    in_string = not in_string
                    continue
                if in_string:
                    continue
                if in_comment:
                    if "*/" in stripped:
                        in_comment = False
                    continue
                if stripped.startswith("/*") and "*/" not in stripped:
                    in_comment = True
                    continue
                match = IMPORT.match(line)
                if match and match.group(1) not in SYSTEM_MODULES:
                    modules.setdefault(match.group(1), path)
    return modules

failures = []
for target in package["targets"]:
    if target["type"] in ("system", "binary", "plugin", "macro"):
        continue
    declared = {dependency_name(d) for d in target.get("dependencies", [])}
    imported = imported_modules(target)
    for module in sorted(set(imported) - declared):
        failures.append(
            f"{target['name']}: imports {module} ({imported[module]}) but does not declare it in Package.swift")
    for module in sorted(declared - set(imported)):
        failures.append(
            f"{target['name']}: declares {module} in Package.swift but no file of it imports {module}")

if failures:
    print("check-imports: declared dependencies differ from the imports:", file=sys.stderr)
    for failure in failures:
        print("  " + failure, file=sys.stderr)
    sys.exit(1)
print(f"check-imports: every target's declared dependencies are exactly its imports "
      f"({sum(1 for t in package['targets'] if t['type'] not in ('system', 'binary', 'plugin', 'macro'))} targets)")
PY

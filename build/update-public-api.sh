#!/usr/bin/env bash
# Adds every public symbol the build reports as undeclared (RS0016) to src/AttributionKit/PublicAPI.Unshipped.txt.
# Run it after adding public API on purpose; review the diff: that file is the library's public surface.
set -euo pipefail
cd "$(dirname "$0")/.."
file=src/AttributionKit/PublicAPI.Unshipped.txt
for _ in 1 2 3; do
  out=$(dotnet build src/AttributionKit/AttributionKit.csproj --no-incremental 2>&1 || true)
  new=$(grep -o "error RS0016: Symbol '[^']*'" <<<"$out" | sed "s/error RS0016: Symbol '//; s/'\$//" | sort -u || true)
  [ -z "$new" ] && break
  { cat "$file"; echo "$new"; } | grep -v '^#nullable enable$' | sort -u > "$file.tmp"
  { echo '#nullable enable'; cat "$file.tmp"; } > "$file"; rm "$file.tmp"
done
grep -E "error|warn" <<<"$out" | grep -v RS0016 | sort -u | head -40 || true

#!/usr/bin/env bash
# Re-creates build/local-feed/vswhere.2.8.4.nupkg from vswhere.nuspec.
# A .nupkg is a zip archive; NuGet needs only the .nuspec at its root.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
feed="$here/../../local-feed"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$here/vswhere.nuspec" "$tmp/vswhere.nuspec"
mkdir -p "$feed"
rm -f "$feed/vswhere.2.8.4.nupkg"
(cd "$tmp" && python3 - <<'PY'
import zipfile
with zipfile.ZipFile("vswhere.2.8.4.nupkg", "w", zipfile.ZIP_DEFLATED) as z:
    info = zipfile.ZipInfo("vswhere.nuspec", date_time=(2025, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    z.writestr(info, open("vswhere.nuspec", "rb").read())
PY
)
cp "$tmp/vswhere.2.8.4.nupkg" "$feed/"
echo "wrote $feed/vswhere.2.8.4.nupkg"

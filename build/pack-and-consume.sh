#!/usr/bin/env bash
# Packs the library (AttributionKit) and the tool (AttributionKit.Cli) into a temporary local feed, then consumes
# them the way a user would, offline:
#   1. a fresh console app (in a temp folder) references the AttributionKit package from that feed, runs on
#      samples/articles/seed.txt and must print the seed's document date;
#   2. `dotnet tool install --tool-path` installs AttributionKit.Cli from the feed and `attributionkit check` runs on
#      the seed: it must exit 1 and report the seed's date-mismatch.
# Prints "pack-and-consume: passed" or "pack-and-consume: FAILED (<step>)" as its last line; exits non-zero on failure.
set -uo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
work=$(mktemp -d "${TMPDIR:-/tmp}/attributionkit-pack.XXXXXX")
feed="$work/feed"
# A version of its own each run: the global packages folder caches by id+version, so reusing 0.1.0 could consume a stale package.
base=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' "$repo/Directory.Build.props" | head -1)
version="${base:-0.1.0}-local.$(date -u +%Y%m%d%H%M%S).$$"
packages="${NUGET_PACKAGES:-$HOME/.nuget/packages}"
# Leave nothing behind: the temp folder and this run's copies in the global packages folder.
trap 'rm -rf "$work" "$packages/attributionkit/$version" "$packages/attributionkit.cli/$version"' EXIT
seed="$repo/samples/articles/seed.txt"

fail() { echo "pack-and-consume: FAILED ($1)"; exit 1; }
step() { echo "== $*"; }

step "pack $version into $feed"
for project in src/AttributionKit/AttributionKit.csproj src/AttributionKit.Cli/AttributionKit.Cli.csproj; do
  dotnet pack "$repo/$project" -c Release -o "$feed" -p:Version="$version" -p:ContinuousIntegrationBuild=true --nologo -v quiet \
    || fail "dotnet pack $project"
done
ls "$feed"
[ -f "$feed/AttributionKit.$version.nupkg" ] || fail "library package missing"
[ -f "$feed/AttributionKit.Cli.$version.nupkg" ] || fail "tool package missing"

# The consumer's nuget.config: the temp feed for our packages, the repo's sources for everything else (offline mirror),
# and the repo's vswhere placeholder feed, with source mapping so each package comes from exactly one place.
nuget_org=$(sed -n 's:.*<add key="nuget.org" value="\([^"]*\)".*:\1:p' "$repo/nuget.config" | head -1)
write_config() {
  cat > "$1/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="attributionkit-local" value="$feed" />
    <add key="nuget.org" value="${nuget_org:-https://api.nuget.org/v3/index.json}" protocolVersion="3" />
    <add key="local-placeholders" value="$repo/build/local-feed" />
  </packageSources>
  <packageSourceMapping>
    <packageSource key="attributionkit-local">
      <package pattern="AttributionKit" />
      <package pattern="AttributionKit.Cli" />
    </packageSource>
    <packageSource key="nuget.org">
      <package pattern="*" />
    </packageSource>
    <packageSource key="local-placeholders">
      <package pattern="vswhere" />
    </packageSource>
  </packageSourceMapping>
</configuration>
XML
}

step "consume the library from a fresh console app"
app="$work/consumer"
mkdir -p "$app"
write_config "$app"
# Stand alone like a user's project: these stop MSBuild from importing any Directory.*.props/targets found above the temp folder.
echo '<Project />' > "$app/Directory.Build.props"
echo '<Project />' > "$app/Directory.Build.targets"
echo '<Project><PropertyGroup><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup></Project>' > "$app/Directory.Packages.props"
cat > "$app/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net8.0</TargetFramework>
    <RollForward>Major</RollForward>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <NuGetAudit>false</NuGetAudit>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="AttributionKit" Version="$version" />
  </ItemGroup>
</Project>
XML
cat > "$app/Program.cs" <<'CS'
using AttributionKit;

var result = ArticleAnalyzer.Analyze(args[0]);
Console.WriteLine($"published: {result.Article.Metadata.Published?.Value ?? "unknown"}");
Console.WriteLine($"quotes: {result.Quotes.Length}, dates: {result.Dates.Length}, outlets: {result.Outlets.Length}, findings: {result.Findings.Length}");
foreach (var finding in result.Findings)
{
    Console.WriteLine($"{finding.Span.Line}:{finding.Span.Column} {finding.RuleName} {finding.Message}");
}
CS
(cd "$app" && dotnet restore --nologo -v quiet) || fail "restore of the consumer app"
output=$(cd "$app" && dotnet run --no-restore -- "$seed") || fail "running the consumer app"
echo "$output"
grep -q '^published: 2025-10-06$' <<<"$output" || fail "consumer app output (expected 'published: 2025-10-06')"

step "install the tool with dotnet tool install --tool-path"
tools="$work/tools"
# --add-source cannot be combined with package source mapping, so install from a folder whose nuget.config has no
# sources at all: the tool package carries everything it needs, the temp feed is the only source.
home="$work/tool-install"
mkdir -p "$home"
printf '<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <packageSources>\n    <clear />\n  </packageSources>\n</configuration>\n' > "$home/nuget.config"
(cd "$home" && dotnet tool install --tool-path "$tools" --add-source "$feed" AttributionKit.Cli --version "$version") \
  || fail "dotnet tool install"
checked=$(cd "$repo" && "$tools/attributionkit" check samples/articles/seed.txt)
status=$?
echo "$checked"
echo "attributionkit check samples/articles/seed.txt: exit $status"
# The seed says "today, May 19, 2025" in an article dated October 6, 2025: one date-mismatch, exit 1.
[ "$status" -eq 1 ] || fail "attributionkit check exited $status (expected 1: the seed has a date mismatch)"
grep -q 'error date-mismatch' <<<"$checked" || fail "attributionkit check did not report the seed's date-mismatch"
(cd "$repo" && "$tools/attributionkit" check samples/articles/seed.txt --format sarif >/dev/null); sarif=$?
[ "$sarif" -le 1 ] || fail "attributionkit check --format sarif exited $sarif"

echo "pack-and-consume: passed"

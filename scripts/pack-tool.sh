#!/usr/bin/env bash
# Packs the `evidencelint` tool for release, compiled to native code ahead of time for this machine's platform:
#   EvidenceLint.Cli.<version>.nupkg        the package `dotnet tool install EvidenceLint.Cli` finds first; it names the
#                                           package for each platform
#   EvidenceLint.Cli.<rid>.<version>.nupkg  this platform's native tool (Native AOT: no JIT, starts in about 0.1 s)
#   EvidenceLint.Cli.any.<version>.nupkg    the portable tool for any other platform, run by an installed .NET 10
# Native AOT cannot cross-compile between operating systems, so a release runs this script once per platform (into
# the same folder) and publishes the lot; the first two lines below are the same on every platform.
#
# Usage: scripts/pack-tool.sh [OUT] [extra dotnet pack arguments, e.g. -p:PackageVersion=1.2.3]
# Env:   TOOL_RIDS  the platforms the pointer package names (default: the common six, and "any")
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

out="${1:-artifacts/tool}"
shift || true
rid="$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')"
rids="${TOOL_RIDS:-linux-x64;linux-arm64;osx-arm64;osx-x64;win-x64;win-arm64;any}"
case ";$rids;" in
  *";$rid;"*) ;;
  *) echo "this machine's platform ($rid) is not in TOOL_RIDS ($rids)" >&2; exit 2 ;;
esac

# MSBuild reads ';' on a command line as a separator of properties, so the list travels escaped.
pack=(dotnet pack src/EvidenceLint.Cli -c Release -o "$out" "-p:ToolRuntimeIdentifiers=${rids//;/%3B}" -nologo -v q "$@")
"${pack[@]}"
"${pack[@]}" -r any
"${pack[@]}" -r "$rid"
ls -1 "$out"/EvidenceLint.Cli*.nupkg

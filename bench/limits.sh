#!/usr/bin/env bash
# Times the CLI on oversized and pathological inputs: a 49 MB DOCX of 100,000 paragraphs, a 190,000-word DOCX, a
# 2,000-page and a 500-page PDF, one 5 MB paragraph (.txt and .docx), and tables nested 60 and 20,000 deep. Each must
# be read within the default limits or refused with the EL0xxx that names the limit; this prints which, with the wall
# time and peak memory of the whole process.
#
# Usage: bench/limits.sh
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
if [[ ! -x /usr/bin/time ]]; then
  echo "/usr/bin/time is needed for wall time and peak memory (apt-get install time)" >&2
  exit 2
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "building the CLI and the input generator (Release)..." >&2
source "$repo/bench/lib.sh"
build_cli "$work/cli" "$work/build.log"
# Built in place, so the generator finds the shared dev corpus above the repository and writes real learner prose.
dotnet build -c Release "$repo/tests/EvidenceLint.Benchmarks/EvidenceLint.Benchmarks.csproj" > "$work/build.log" 2>&1 \
  || { cat "$work/build.log" >&2; exit 1; }
dotnet "$repo/tests/EvidenceLint.Benchmarks/bin/Release/net10.0/EvidenceLint.Benchmarks.dll" limit-inputs "$work/inputs"

printf '%-38s %9s  %-36s %8s %9s\n' input size outcome "wall s" "peak MB"
for input in "$work"/inputs/*; do
  name="$(basename "$input")"
  size="$(du -h "$input" | cut -f1)"
  set +e
  /usr/bin/time -f '%e %M' -o "$work/time" dotnet "$work/cli/EvidenceLint.Cli.dll" check --format json "$input" > "$work/out.json" 2> /dev/null
  set -e
  # GNU time puts "Command exited with non-zero status N" before its figures when the run fails.
  read -r wall kb < <(tail -n 1 "$work/time")
  refused="$(grep -o '"id": *"EL000[1-4]"' "$work/out.json" | head -1 | grep -o 'EL000[1-4]' || true)"
  if [[ -n "$refused" ]]; then
    outcome="refused: $refused"
  else
    outcome="read and analysed: $(grep -c '"id": *"EL' "$work/out.json" || true) findings"
  fi
  printf '%-38s %9s  %-36s %8s %9d\n' "$name" "$size" "$outcome" "$wall" "$((kb / 1024))"
done

#!/usr/bin/env bash
# Measures `evidencelint serve` on this machine: time from start to the first /healthz 200, checks per second for a
# 1,000-word Word account with 16 concurrent clients, p50/p99 latency, and the service's memory after warm-up and
# after every request (growth after warm-up would be a leak).
#
# Usage: bench/serve.sh [REQUESTS] [CLIENTS]     (default 10000 16)
# Env:   PORT (default 5099), CLI=a folder with a built EvidenceLint.Cli.dll, or a native EvidenceLint.Cli (scripts/pack-tool.sh, dotnet publish -p:PublishAot=true), to measure instead of this tree, STARTS (timed starts, default 5), CORPUS=a Markdown account to build the document from (default: the shared dev corpus)
set -euo pipefail

requests="${1:-10000}"
clients="${2:-16}"
port="${PORT:-5099}"
repo="$(cd "$(dirname "$0")/.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

source_md="${CORPUS:-}"
if [[ -z "$source_md" ]]; then
  dir="$repo"
  while [[ "$dir" != "/" && -z "$source_md" ]]; do
    [[ -f "$dir/shared/corpus/dev/02-mcs-typical.md" ]] && source_md="$dir/shared/corpus/dev/02-mcs-typical.md"
    dir="$(dirname "$dir")"
  done
fi
[[ -n "$source_md" ]] || source_md="$repo/samples/sample-account.md"

work="$(mktemp -d)"
server=""
cleanup() { [[ -n "$server" ]] && kill "$server" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

if [[ -n "${CLI:-}" ]]; then cp -r "$CLI" "$work/cli"; else dotnet build -c Release "$repo/src/EvidenceLint.Cli" -o "$work/cli" -v q -nologo > /dev/null; fi
if [[ -x "$work/cli/EvidenceLint.Cli" && ! -f "$work/cli/EvidenceLint.Cli.dll" ]]; then service=("$work/cli/EvidenceLint.Cli"); else service=(dotnet "$work/cli/EvidenceLint.Cli.dll"); fi
dotnet build -c Release "$repo/bench/serve-load" -o "$work/load" -v q -nologo > /dev/null
dotnet "$work/load/serve-load.dll" make-docx "$source_md" "$work/account.docx" 1000

rss() { awk '/VmRSS/ {printf "%.0f MB", $2/1024}' "/proc/$server/status"; }
hwm() { awk '/VmHWM/ {printf "%.0f MB", $2/1024}' "/proc/$server/status"; }

# Start-up: STARTS fresh processes, each timed from launch to its first /healthz 200 (listening) and its first
# /readyz 200 (rules loaded, checks run at once); the medians are printed. The machine may be shared: take medians.
starts="${STARTS:-5}"
launch() {
  "${service[@]}" serve --urls "http://127.0.0.1:$port" --Logging:LogLevel:Default=Warning > "$work/serve.log" 2>&1 &
  server=$!
}
wait_for() { # PATH -> milliseconds since $start
  for _ in $(seq 1 4000); do
    if curl -fs -o /dev/null "http://127.0.0.1:$port$1"; then break; fi
    sleep 0.005
  done
  echo $(( ($(date +%s%N) - start) / 1000000 ))
}
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }
healthz=(); readyz=()
for _ in $(seq 1 "$starts"); do
  start=$(date +%s%N)
  launch
  healthz+=("$(wait_for /healthz)")
  readyz+=("$(wait_for /readyz)")
  kill "$server"; wait "$server" 2>/dev/null || true; server=""
done
echo "start to first /healthz 200: median $(printf '%s\n' "${healthz[@]}" | median) ms of ${healthz[*]}"
echo "start to first /readyz 200:  median $(printf '%s\n' "${readyz[@]}" | median) ms of ${readyz[*]}"

# Quiet logs: one line per request would cost more than the checks being measured.
launch
wait_for /readyz > /dev/null

url="http://127.0.0.1:$port/v1/check?unit=auto"
dotnet "$work/load/serve-load.dll" "$url" "$work/account.docx" "$clients" 500 > /dev/null || true
echo "memory after 500 warm-up checks: $(rss) resident"
dotnet "$work/load/serve-load.dll" "$url" "$work/account.docx" "$clients" "$requests"
echo "memory after $((requests + 500)) checks: $(rss) resident, peak $(hwm)"

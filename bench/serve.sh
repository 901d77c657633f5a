#!/usr/bin/env bash
# Measures `evidencelint serve` on this machine: time from start to the first /healthz 200, checks per second for a
# 1,000-word Word account with 16 concurrent clients, p50/p99 latency, and the service's memory after warm-up and
# after every request (growth after warm-up would be a leak).
#
# Usage: bench/serve.sh [REQUESTS] [CLIENTS]     (default 10000 16)
# Env:   PORT (default 5099), CORPUS=a Markdown account to build the document from (default: the shared dev corpus)
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

dotnet build -c Release "$repo/src/EvidenceLint.Cli" -o "$work/cli" -v q -nologo > /dev/null
dotnet build -c Release "$repo/bench/serve-load" -o "$work/load" -v q -nologo > /dev/null
dotnet "$work/load/serve-load.dll" make-docx "$source_md" "$work/account.docx" 1000

rss() { awk '/VmRSS/ {printf "%.0f MB", $2/1024}' "/proc/$server/status"; }
hwm() { awk '/VmHWM/ {printf "%.0f MB", $2/1024}' "/proc/$server/status"; }

# Quiet logs: one line per request would cost more than the checks being measured.
start=$(date +%s%N)
dotnet "$work/cli/EvidenceLint.Cli.dll" serve --urls "http://127.0.0.1:$port" --Logging:LogLevel:Default=Warning > "$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 2000); do
  if curl -fs -o /dev/null "http://127.0.0.1:$port/healthz"; then break; fi
  sleep 0.005
done
ready=$(( ($(date +%s%N) - start) / 1000000 ))
echo "start to first /healthz 200: ${ready} ms"

url="http://127.0.0.1:$port/v1/check?unit=auto"
dotnet "$work/load/serve-load.dll" "$url" "$work/account.docx" "$clients" 500 > /dev/null || true
echo "memory after 500 warm-up checks: $(rss) resident"
dotnet "$work/load/serve-load.dll" "$url" "$work/account.docx" "$clients" "$requests"
echo "memory after $((requests + 500)) checks: $(rss) resident, peak $(hwm)"

#!/usr/bin/env bash
# Times `evidencelint cohort` over a generated cohort of N Word accounts: the dev corpus's Markdown accounts converted
# to .docx once (with pandoc) and copied round-robin, one learner per file. Reports wall time and peak memory, with the
# HTML, CSV and JSON outputs written as a tutor would ask for them.
#
# Usage: bench/cohort.sh [N]          (default 300)
# Env:   CORPUS=dir of *.md accounts (default: the shared dev corpus, found by walking up from this script)
#        JOBS=--jobs value (default: the number of cores)
set -euo pipefail

count="${1:-300}"
if ! [[ "$count" =~ ^[0-9]+$ ]] || (( count < 1 )); then
  echo "usage: $0 [N]  (a positive whole number of accounts, default 300)" >&2
  exit 2
fi

repo="$(cd "$(dirname "$0")/.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

source "$repo/bench/lib.sh"
corpus="${CORPUS:-$(find_corpus dev '*.md')}"
if [[ -z "$corpus" ]] || ! compgen -G "$corpus/*.md" > /dev/null; then
  echo "no Markdown accounts found; set CORPUS to a folder of *.md files" >&2
  exit 2
fi
if ! command -v pandoc > /dev/null; then
  echo "pandoc is needed to turn the Markdown accounts into Word documents (apt-get install pandoc)" >&2
  exit 2
fi

out="$(mktemp -d)"
work="$(mktemp -d)"
trap 'rm -rf "$out" "$work"' EXIT

echo "building the CLI (Release)..." >&2
build_cli "$out" "$work/build.log"

templates=()
mkdir "$work/docx"
for account in "$corpus"/*.md; do
  name="$(basename "$account" .md)"
  [[ "$name" == README ]] && continue
  pandoc -f markdown -t docx -o "$work/docx/$name.docx" "$account"
  templates+=("$work/docx/$name.docx")
done

cohort="$work/cohort"
mkdir "$cohort"
for ((i = 0; i < count; i++)); do
  template="${templates[i % ${#templates[@]}]}"
  cp "$template" "$cohort/learner-$(printf '%05d' "$((i + 1))")-$(basename "$template")"
done
bytes=$(du -sk "$cohort" | cut -f1)
echo "checking a cohort of $count Word accounts (${bytes} kB) from $corpus" >&2

args=(cohort "$cohort" --unit auto --html "$work/report.html" --csv "$work/matrix.csv" --json "$work/report.json")
[[ -n "${JOBS:-}" ]] && args+=(--jobs "$JOBS")

load_before="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
# Exit code 1 only means findings were reported; anything else is a failure of the run itself.
set +e
if [[ -x /usr/bin/time ]]; then
  /usr/bin/time -v -o "$work/time.txt" dotnet "$out/EvidenceLint.Cli.dll" "${args[@]}" > "$work/stdout.txt" 2> "$work/stderr.txt"
  status=$?
  wall=$(sed -n 's/^[[:space:]]*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time.txt")
  rss_kb=$(sed -n 's/^[[:space:]]*Maximum resident set size (kbytes): //p' "$work/time.txt")
  user=$(sed -n 's/^[[:space:]]*User time (seconds): //p' "$work/time.txt")
  sys=$(sed -n 's/^[[:space:]]*System time (seconds): //p' "$work/time.txt")
  cpu="$user s user + $sys s system"
else
  # Without GNU time: poll the process's high-water mark in /proc while it runs.
  start=$(date +%s.%N)
  dotnet "$out/EvidenceLint.Cli.dll" "${args[@]}" > "$work/stdout.txt" 2> "$work/stderr.txt" &
  pid=$!
  rss_kb=0
  while kill -0 "$pid" 2> /dev/null; do
    hwm=$(sed -n 's/^VmHWM:[[:space:]]*\([0-9]*\) kB/\1/p' "/proc/$pid/status" 2> /dev/null || true)
    [[ -n "$hwm" ]] && (( hwm > rss_kb )) && rss_kb=$hwm
    sleep 0.05
  done
  wait "$pid"
  status=$?
  wall="$(echo "$(date +%s.%N) - $start" | bc) s (peak RSS sampled every 50 ms)"
  cpu="unknown (install GNU time)"
fi
set -e
load_after="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
if (( status != 0 && status != 1 )); then
  echo "the CLI exited with $status" >&2
  tail -20 "$work/stderr.txt" >&2
  exit "$status"
fi

echo "accounts:     $count"
echo "cores:        $(nproc 2>/dev/null || echo unknown) (load average before: $load_before, after: $load_after)"
echo "exit code:    $status"
echo "wall time:    $wall"
echo "CPU time:     $cpu"
echo "max RSS:      $((rss_kb / 1024)) MB ($rss_kb kB)"
echo "HTML report:  $(( $(stat -c %s "$work/report.html") / 1024 )) kB"
echo "CSV matrix:   $(( $(stat -c %s "$work/matrix.csv") / 1024 )) kB"
echo "JSON report:  $(( $(stat -c %s "$work/report.json") / 1024 )) kB"

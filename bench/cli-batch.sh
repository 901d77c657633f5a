#!/usr/bin/env bash
# Times the CLI over a tutor-sized batch: N copies of every dev-corpus Markdown account in one folder, checked in
# one `check FOLDER --format json` run. Reports wall time and peak memory, the two numbers that decide whether a
# centre can check a whole cohort on an ordinary laptop.
#
# Usage: bench/cli-batch.sh [COPIES]          (default 100)
# Env:   CORPUS=dir of *.md accounts (default: the shared dev corpus, found by walking up from this script)
set -euo pipefail

copies="${1:-100}"
if ! [[ "$copies" =~ ^[0-9]+$ ]] || (( copies < 1 )); then
  echo "usage: $0 [COPIES]  (a positive whole number, default 100)" >&2
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
if [[ ! -x /usr/bin/time ]]; then
  echo "/usr/bin/time is needed for wall time and peak memory (apt-get install time)" >&2
  exit 2
fi

out="$(mktemp -d)"
work="$(mktemp -d)"
trap 'rm -rf "$out" "$work"' EXIT

echo "building the CLI (Release)..." >&2
build_cli "$out" "$work/build.log"

batch="$work/batch"
mkdir "$batch"
# Every Markdown file but a README is an account.
accounts=()
for account in "$corpus"/*.md; do
  [[ "$(basename "$account")" == README.md ]] || accounts+=("$account")
done
for ((i = 1; i <= copies; i++)); do
  for account in "${accounts[@]}"; do
    name="$(basename "$account" .md)"
    cp "$account" "$batch/$(printf '%04d' "$i")-$name.md"
  done
done
files=$(find "$batch" -type f -name '*.md' | wc -l)
words=$(cat "$batch"/*.md | wc -w)
echo "checking $files accounts ($words words) from $corpus x $copies" >&2

# Exit code 1 only means findings were reported; anything else is a failure of the run itself.
set +e
/usr/bin/time -v -o "$work/time.txt" dotnet "$out/EvidenceLint.Cli.dll" check "$batch" --format json --output /dev/null
status=$?
set -e
if (( status != 0 && status != 1 )); then
  echo "the CLI exited with $status" >&2
  cat "$work/time.txt" >&2
  exit "$status"
fi

wall=$(sed -n 's/^[[:space:]]*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time.txt")
rss_kb=$(sed -n 's/^[[:space:]]*Maximum resident set size (kbytes): //p' "$work/time.txt")
echo "accounts:     $files"
echo "words:        $words"
echo "exit code:    $status"
echo "wall time:    $wall"
echo "max RSS:      $((rss_kb / 1024)) MB ($rss_kb kB)"

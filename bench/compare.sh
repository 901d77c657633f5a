#!/usr/bin/env bash
# Side by side in one run, on the same files: `evidencelint cohort` against pandoc's plain-text extraction (Word) and
# pdftotext (PDF) over a 300-document cohort, and one-file `check` against one pandoc or pdftotext call. Prints the
# times and the ratios the README quotes. A converter does no analysis, so it is the floor a linter is measured
# against: reading each file is the part of the work both must do.
#
# Usage: bench/compare.sh [N]          (default 300 documents per format)
# Env:   CORPUS=dir of *.docx and *.pdf accounts (default: the shared dev2 corpus, found by walking up from this script)
#        RUNS=runs of each one-file command, of which the median is reported (default 11)
#        SCALE_TO=M also times evidencelint cohorts of M documents per format and prints how the time grew from N
#        TOOL=native (default: compiled ahead of time, as the released tool is) or portable (the JIT-compiled build)
#        CLI=path of an evidencelint program already built or installed, used instead of building one
set -euo pipefail

count="${1:-300}"
runs="${RUNS:-11}"
if ! [[ "$count" =~ ^[0-9]+$ ]] || (( count < 1 )); then
  echo "usage: $0 [N]  (a positive whole number of documents, default 300)" >&2
  exit 2
fi

repo="$(cd "$(dirname "$0")/.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# The converters come from Debian, installed only when absent (as root, or with password-less sudo).
missing=()
command -v pandoc > /dev/null || missing+=(pandoc)
command -v pdftotext > /dev/null || missing+=(poppler-utils)
[[ -x /usr/bin/time ]] || missing+=(time)
if (( ${#missing[@]} > 0 )); then
  sudo=()
  [[ $(id -u) -eq 0 ]] || sudo=(sudo -n)
  echo "installing ${missing[*]} (Debian packages)..." >&2
  { "${sudo[@]}" apt-get update -qq && DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" > /dev/null; } \
    || { echo "could not install ${missing[*]}; install them and run again" >&2; exit 2; }
fi

source "$repo/bench/lib.sh"
corpus="${CORPUS:-$(find_corpus dev2 '*.docx' '*.pdf')}"
if [[ -z "$corpus" ]] || ! compgen -G "$corpus/*.docx" > /dev/null || ! compgen -G "$corpus/*.pdf" > /dev/null; then
  echo "no Word and PDF accounts found; set CORPUS to a folder with *.docx and *.pdf files" >&2
  exit 2
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
tool="${TOOL:-native}"
if [[ -n "${CLI:-}" ]]; then
  tool="$CLI"
  cli=("$CLI")
elif [[ "$tool" == native ]]; then
  echo "compiling the CLI to native code (Release, Native AOT; a few minutes)..." >&2
  build_native_cli "$work/cli" "$work/build.log"
  cli=("$work/cli/EvidenceLint.Cli")
else
  echo "building the CLI (Release, portable)..." >&2
  build_cli "$work/cli" "$work/build.log"
  cli=(dotnet "$work/cli/EvidenceLint.Cli.dll")
fi

# make_cohort DIR EXT N: N accounts of one format, copied round-robin from the corpus, one learner per file.
make_cohort() {
  mkdir "$1"
  local templates=("$corpus"/*."$2") i template
  for ((i = 0; i < $3; i++)); do
    template="${templates[i % ${#templates[@]}]}"
    cp "$template" "$1/learner-$(printf '%05d' "$((i + 1))")-$(basename "$template")"
  done
}
for ext in docx pdf; do
  make_cohort "$work/$ext" "$ext" "$count"
done

# Wall seconds of a command (its output discarded); exit codes 0 and 1 (findings reported) are both success.
seconds() {
  local status
  set +e
  /usr/bin/time -f '%e %M' -o "$work/t" "$@" > /dev/null 2> "$work/err"
  status=$?
  set -e
  if (( status != 0 && status != 1 )); then
    echo "failed ($status): $*" >&2
    tail -5 "$work/err" >&2
    exit 1
  fi
  tail -n 1 "$work/t" | cut -d' ' -f1
  tail -n 1 "$work/t" | cut -d' ' -f2 > "$work/peak"
}

# Peak resident memory of the last command timed, in MB.
peak() { awk '{ printf "%.0f", $1 / 1024 }' "$work/peak"; }

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / b }'; }

cores=$(nproc)
# Warm the file cache and the tools once, so neither side pays for the first read from disk.
cat "$work"/docx/* "$work"/pdf/* > /dev/null
"${cli[@]}" --version > /dev/null

echo "timing the cohorts ($count documents per format, $cores cores)..." >&2
ours_docx=$(seconds "${cli[@]}" cohort "$work/docx" --unit auto --json "$work/docx.json")
ours_docx_peak=$(peak)
pandoc_docx=$(seconds bash -c "cd '$work/docx' && printf '%s\0' *.docx | xargs -0 -P $cores -n 1 pandoc -t plain -o /dev/null")
ours_pdf=$(seconds "${cli[@]}" cohort "$work/pdf" --unit auto --json "$work/pdf.json")
ours_pdf_peak=$(peak)
pdftotext_pdf=$(seconds bash -c "cd '$work/pdf' && printf '%s\0' *.pdf | xargs -0 -P $cores -I{} pdftotext {} /dev/null")

echo "timing one-file commands ($runs runs each, median)..." >&2
one_docx="$work/docx/$(ls "$work/docx" | head -1)"
one_pdf="$work/pdf/$(ls "$work/pdf" | head -1)"
check_docx=$(for ((r = 0; r < runs; r++)); do seconds "${cli[@]}" check "$one_docx"; done | median)
pandoc_one=$(for ((r = 0; r < runs; r++)); do seconds pandoc -t plain -o /dev/null "$one_docx"; done | median)
check_pdf=$(for ((r = 0; r < runs; r++)); do seconds "${cli[@]}" check "$one_pdf"; done | median)
pdftotext_one=$(for ((r = 0; r < runs; r++)); do seconds pdftotext "$one_pdf" /dev/null; done | median)

scale="${SCALE_TO:-}"
if [[ -n "$scale" ]]; then
  echo "timing cohorts of $scale documents per format..." >&2
  for ext in docx pdf; do
    make_cohort "$work/$ext-$scale" "$ext" "$scale"
  done
  cat "$work"/docx-"$scale"/* "$work"/pdf-"$scale"/* > /dev/null
  ours_docx_scaled=$(seconds "${cli[@]}" cohort "$work/docx-$scale" --unit auto --json "$work/docx-$scale.json")
  ours_docx_scaled_peak=$(peak)
  ours_pdf_scaled=$(seconds "${cli[@]}" cohort "$work/pdf-$scale" --unit auto --json "$work/pdf-$scale.json")
  ours_pdf_scaled_peak=$(peak)
fi

echo
echo "tool: $tool; machine: $cores cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), load before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-44s %10s %12s %s\n' "job" "evidencelint" "converter" "converter / evidencelint"
printf '%-44s %10ss %11ss %sx\n' "cohort of $count DOCX (pandoc -t plain, -P $cores)" "$ours_docx" "$pandoc_docx" "$(ratio "$pandoc_docx" "$ours_docx")"
printf '%-44s %10ss %11ss %sx\n' "cohort of $count PDF (pdftotext, -P $cores)" "$ours_pdf" "$pdftotext_pdf" "$(ratio "$pdftotext_pdf" "$ours_pdf")"
printf '%-44s %10s\n' "evidencelint cohort peak memory (DOCX, PDF)" "${ours_docx_peak} MB, ${ours_pdf_peak} MB"
printf '%-44s %10ss %11ss %sx\n' "one DOCX: check vs pandoc (median)" "$check_docx" "$pandoc_one" "$(ratio "$pandoc_one" "$check_docx")"
printf '%-44s %10ss %11ss %sx\n' "one PDF: check vs pdftotext (median)" "$check_pdf" "$pdftotext_one" "$(ratio "$pdftotext_one" "$check_pdf")"
if [[ -n "$scale" ]]; then
  printf '%-44s %10ss %11s %sx the time of %s (%s MB peak)\n' "cohort of $scale DOCX" "$ours_docx_scaled" "" "$(ratio "$ours_docx_scaled" "$ours_docx")" "$count" "$ours_docx_scaled_peak"
  printf '%-44s %10ss %11s %sx the time of %s (%s MB peak)\n' "cohort of $scale PDF" "$ours_pdf_scaled" "" "$(ratio "$ours_pdf_scaled" "$ours_pdf")" "$count" "$ours_pdf_scaled_peak"
fi

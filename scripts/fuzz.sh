#!/usr/bin/env bash
# Fuzzes one of EvidenceLint's untrusted inputs with AFL++ and SharpFuzz (see docs/fuzzing.md).
#
#   scripts/fuzz.sh TARGET SECONDS        TARGET = docx | pdf | pack | config
#
# Installs what is missing (Debian's afl++, the SharpFuzz.CommandLine dotnet tool), publishes and instruments the
# harness, seeds it from the repository's documents, packs and configuration examples and ../shared/external/, and
# runs afl-fuzz for SECONDS. Exits 1, with every crashing or hanging input copied to fuzz/findings/TARGET/ (and its
# exception printed), when any input crashes the harness, hangs past the time limit or lets an exception other than
# the documented EL0xxx diagnostics, PackException or ConfigurationException escape; 0 when there is none.
#
# Environment: FUZZ_TIMEOUT_MS (default 35000: the 30 s reading limit plus 5 s), FUZZ_NICE (default 19),
# FUZZ_RESUME=1 to continue the previous run's queue instead of starting from the seeds.
set -euo pipefail

usage() { echo "usage: $0 {docx|pdf|pack|config} SECONDS" >&2; exit 2; }
[[ $# -eq 2 ]] || usage
target=$1
seconds=$2
[[ $target =~ ^(docx|pdf|pack|config)$ ]] || usage
[[ $seconds =~ ^[0-9]+$ && $seconds -gt 0 ]] || usage

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work=$root/fuzz/work/$target
findings=$root/fuzz/findings/$target
shared=$(cd "$root/.." && pwd)/shared/external
timeout_ms=${FUZZ_TIMEOUT_MS:-35000}
nice_level=${FUZZ_NICE:-19}
tool_version=2.3.0

log() { echo "fuzz.sh: $*" >&2; }

# --- Tools ---------------------------------------------------------------------------------------------------------
if ! command -v afl-fuzz >/dev/null; then
  log "installing afl++ (Debian package)"
  sudo_cmd=()
  [[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get install -y afl++ || { "${sudo_cmd[@]}" apt-get update && "${sudo_cmd[@]}" apt-get install -y afl++; }
fi

export PATH="$PATH:$HOME/.dotnet/tools"
if ! command -v sharpfuzz >/dev/null; then
  log "installing the SharpFuzz.CommandLine dotnet tool $tool_version"
  dotnet tool install --global SharpFuzz.CommandLine --version "$tool_version"
fi

# --- Harness: publish, then instrument the assemblies that parse this target's input -------------------------------
bin=$work/bin
rm -rf "$bin" "$work/replay"
mkdir -p "$work" "$findings"
log "publishing the harness"
nice -n "$nice_level" dotnet publish "$root/fuzz/EvidenceLint.Fuzz/EvidenceLint.Fuzz.csproj" -c Release -o "$bin" --nologo -v quiet -p:EnableSourceLink=false -p:EnableSourceControlManagerQueries=false >&2

# An uninstrumented copy replays findings (instrumented code needs afl-fuzz's shared memory).
rm -rf "$work/replay"
cp -r "$bin" "$work/replay"

case $target in
  docx) assemblies=(EvidenceLint.dll DocumentFormat.OpenXml.dll DocumentFormat.OpenXml.Framework.dll System.IO.Packaging.dll) ;;
  pdf) assemblies=(EvidenceLint.dll UglyToad.PdfPig.dll UglyToad.PdfPig.Core.dll UglyToad.PdfPig.Fonts.dll UglyToad.PdfPig.Tokenization.dll UglyToad.PdfPig.Tokens.dll) ;;
  pack) assemblies=(EvidenceLint.dll EvidenceLint.Rules.dll YamlDotNet.dll) ;;
  config) assemblies=(EvidenceLint.dll EvidenceLint.Rules.dll) ;;
esac
for assembly in "${assemblies[@]}"; do
  if [[ -f $bin/$assembly ]]; then
    log "instrumenting $assembly"
    nice -n "$nice_level" sharpfuzz "$bin/$assembly" >&2
  fi
done

# --- Seeds ---------------------------------------------------------------------------------------------------------
# Small inputs only: afl-fuzz skips files over 1 MB and slows down on large ones.
seeds=$work/seeds
rm -rf "$seeds"
mkdir -p "$seeds"
add_seeds() { # PATTERN-matched files under DIR, up to MAX bytes each
  local dir=$1 max=$2; shift 2
  [[ -d $dir ]] || { log "no seeds at $dir (skipped)"; return 0; }
  local file
  while IFS= read -r -d '' file; do
    cp "$file" "$seeds/$(basename "$(dirname "$file")")-$(basename "$file")"
  done < <(find "$dir" -type f \( "$@" \) -size -"$max"c -print0)
}
cp "$root/fuzz/seeds/$target"/* "$seeds/" 2>/dev/null || true
case $target in
  docx)
    add_seeds "$root/samples" 262144 -name '*.docx'
    add_seeds "$shared/docx" 262144 -name '*.docx'
    # The main parts too: the harness wraps non-ZIP input in a package, so these mutate the XML directly.
    for docx in "$root"/samples/*.docx "$shared"/docx/*.docx; do
      [[ -f $docx ]] || continue
      unzip -p "$docx" word/document.xml > "$seeds/$(basename "$docx" .docx).document.xml" 2>/dev/null || true
    done
    find "$seeds" -name '*.document.xml' \( -empty -o -size +131072c \) -delete
    ;;
  pdf) add_seeds "$shared/pdf" 131072 -name '*.pdf' ;;
  pack) add_seeds "$root/rules" 65536 -name '*.yaml' ;;
  config) ;;
esac
log "$(find "$seeds" -type f | wc -l) seeds"

dictionary=(-x "$root/fuzz/dictionaries/$target.dict")

# --- Run -----------------------------------------------------------------------------------------------------------
out=$work/out
input=(-i "$seeds")
if [[ ${FUZZ_RESUME:-0} == 1 && -d $out/default ]]; then
  input=(-i -)
else
  rm -rf "$out"
fi

log "fuzzing $target for $seconds s (hang limit $timeout_ms ms)"
export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_NO_AFFINITY=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
export AFL_FORKSRV_INIT_TMOUT=60000 DOTNET_TieredPGO=0 DOTNET_CLI_TELEMETRY_OPTOUT=1
set +e
nice -n "$nice_level" afl-fuzz "${input[@]}" -o "$out" -t "$timeout_ms" -m none -V "$seconds" "${dictionary[@]}" \
  -- "$bin/EvidenceLint.Fuzz" "$target" >"$work/afl.log" 2>&1
status=$?
set -e
if [[ $status -ne 0 ]]; then
  tail -n 30 "$work/afl.log" >&2
  log "afl-fuzz failed (exit $status); its log is $work/afl.log"
  exit 3
fi

# --- Report --------------------------------------------------------------------------------------------------------
stats=$out/default/fuzzer_stats
stat() { awk -F' *: *' -v k="$1" '$1 == k { print $2 }' "$stats"; }
log "$target: $(stat run_time) s, $(stat execs_done) executions ($(stat execs_per_sec)/s), $(stat corpus_count) paths, $(stat saved_crashes) crashes, $(stat saved_hangs) hangs"

found=0
for kind in crashes hangs; do
  for file in "$out/default/$kind"/id:*; do
    [[ -f $file ]] || continue
    found=$((found + 1))
    name=$kind-$(basename "$file" | tr ':,' '-_')
    cp "$file" "$findings/$name"
    log "finding: fuzz/findings/$target/$name"
    timeout 120 "$work/replay/EvidenceLint.Fuzz" "$target" "$file" >&2 || true
  done
done

if [[ $found -gt 0 ]]; then
  log "$found finding(s) saved under fuzz/findings/$target/"
  exit 1
fi
log "no findings"

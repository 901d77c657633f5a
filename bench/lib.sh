# Shared by the bench scripts (sourced, not run): finding the labelled accounts and building the CLI.
# Expects $repo to be the repository root.

# find_corpus SUBDIR PATTERN...: the nearest shared/corpus/SUBDIR above the repository that holds files matching every
# PATTERN ("*.docx", "*.pdf"), printed; exits 2 with a message naming CORPUS when there is none.
find_corpus() {
  local sub=$1 dir=$repo pattern found
  shift
  while [[ $dir != / ]]; do
    found=1
    for pattern in "$@"; do
      compgen -G "$dir/shared/corpus/$sub/$pattern" > /dev/null || found=0
    done
    if (( found )); then
      echo "$dir/shared/corpus/$sub"
      return 0
    fi
    dir=$(dirname "$dir")
  done
  echo "no accounts ($*) found above $repo; set CORPUS to a folder of them" >&2
  exit 2
}

# build_cli OUTDIR LOG: builds the CLI in Release into OUTDIR, printing the build log only when it fails.
build_cli() {
  dotnet build -c Release "$repo/src/EvidenceLint.Cli/EvidenceLint.Cli.csproj" -o "$1" > "$2" 2>&1 || { cat "$2" >&2; exit 1; }
}

# build_native_cli OUTDIR LOG: compiles the CLI to native code for this machine (Native AOT), as the released tool
# package is; OUTDIR/EvidenceLint.Cli is the program. Takes a few minutes.
build_native_cli() {
  local rid
  rid="$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')"
  dotnet publish -c Release -r "$rid" -p:PublishAot=true "$repo/src/EvidenceLint.Cli/EvidenceLint.Cli.csproj" -o "$1" > "$2" 2>&1 \
    || { cat "$2" >&2; exit 1; }
}

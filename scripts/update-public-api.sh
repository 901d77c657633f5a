#!/usr/bin/env bash
# Records the current public API of the packable libraries in their PublicAPI.Unshipped.txt files.
#
# The build fails with RS0016 when a public symbol is missing from a library's PublicAPI.*.txt files and with
# RS0017 when a listed symbol no longer exists. This script builds each library, appends every RS0016 symbol
# and removes every RS0017 one, then builds again to check. Run it after changing a public API or merging a
# branch that did, and commit the files it changes.
set -euo pipefail
cd "$(dirname "$0")/.."
export LC_ALL=C

# Engine first: the rules library cannot build until the engine does.
projects=(src/EvidenceLint/EvidenceLint.csproj src/EvidenceLint.Rules/EvidenceLint.Rules.csproj)

for project in "${projects[@]}"; do
  dir=$(dirname "$project")
  log=$(mktemp)
  dotnet build "$project" -v q -nologo -clp:NoSummary >"$log" 2>&1 || true

  added=$(grep -F "/$(basename "$project")]" "$log" | grep -E ': (error|warning) RS0016: ' \
    | sed -E "s/.* RS0016: Symbol '(.*)' is not part of the declared public API.*/\1/" | sort -u || true)
  removed=$(grep -F "/$(basename "$project")]" "$log" | grep -E ': (error|warning) RS0017: ' \
    | sed -E "s/.* RS0017: Symbol '(.*)' is part of the declared API, but .*/\1/" | sort -u || true)

  if [[ -n "$removed" ]]; then
    for file in "$dir/PublicAPI.Shipped.txt" "$dir/PublicAPI.Unshipped.txt"; do
      grep -vxF -f <(printf '%s\n' "$removed") "$file" >"$file.tmp" || true
      mv "$file.tmp" "$file"
    done
  fi

  if [[ -n "$added" ]]; then
    unshipped="$dir/PublicAPI.Unshipped.txt"
    { grep -vx '#nullable enable' "$unshipped" || true; printf '%s\n' "$added"; } | sort -u >"$unshipped.tmp"
    { echo '#nullable enable'; cat "$unshipped.tmp"; } >"$unshipped"
    rm -f "$unshipped.tmp"
  fi

  printf '%s: %d added, %d removed\n' "$dir" "$(grep -c . <<<"$added" || true)" "$(grep -c . <<<"$removed" || true)"
  rm -f "$log"

  if ! dotnet build "$project" -v q -nologo -clp:NoSummary; then
    echo "$project still does not build; see the errors above." >&2
    exit 1
  fi
done

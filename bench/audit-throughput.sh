#!/usr/bin/env bash
# Batch audit throughput: generates N synthetic .txt reports (jixiao generate, seed 1) and times, in one hyperfine run,
# `cat DIR/*.txt > /dev/null` (warm page cache) beside `jixiao audit 'DIR/*.txt' --format ndjson --jobs 1` and `--jobs 2`
# (Release build, output to /dev/null); prints reports/s, MB/s and the ratio to cat.
# Usage: bench/audit-throughput.sh [N] [RUNS] [DIR]   (defaults: 10000 reports, 3 timed runs, a temporary folder)
set -euo pipefail

count="${1:-10000}"
runs="${2:-3}"
for value in "$count" "$runs"; do
  if ! [[ "$value" =~ ^[1-9][0-9]*$ ]]; then
    echo "audit-throughput.sh: N and RUNS must be positive integers, got '$value'" >&2
    exit 2
  fi
done
for tool in hyperfine jq; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "audit-throughput.sh: needs $tool on the PATH (apt-get install -y hyperfine jq)" >&2
    exit 2
  fi
done

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
echo "== dotnet build src/Jixiao.Cli -c Release"
dotnet build src/Jixiao.Cli -c Release -nologo -v quiet
cli="$root/src/Jixiao.Cli/bin/Release/net10.0/jixiao"
[[ -x "$cli" ]] || cli="dotnet $root/src/Jixiao.Cli/bin/Release/net10.0/jixiao.dll"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dir="${3:-$work/reports}"
if ! compgen -G "$dir/*.txt" >/dev/null; then
  echo "== jixiao generate --count $count --seed 1 --out $dir"
  $cli generate --count "$count" --seed 1 --out "$dir" >/dev/null
fi
files=$(find "$dir" -maxdepth 1 -name '*.txt' | wc -l)
bytes=$(find "$dir" -maxdepth 1 -name '*.txt' -printf '%s\n' | awk '{ s += $1 } END { print s }')
echo "== $files reports, $bytes bytes in $dir; nproc $(nproc); $(uptime)"

hyperfine --warmup 1 --runs "$runs" --style basic --time-unit millisecond --export-json "$work/times.json" \
  -n "cat" "cat $dir/*.txt > /dev/null" \
  -n "jixiao audit --jobs 1" "$cli audit '$dir/*.txt' --format ndjson --jobs 1 > /dev/null 2>&1" \
  -n "jixiao audit --jobs 2" "$cli audit '$dir/*.txt' --format ndjson --jobs 2 > /dev/null 2>&1"

echo
echo "== summary (median of $runs; after the run: $(uptime))"
jq -r --argjson files "$files" --argjson bytes "$bytes" '
  (.results[] | select(.command == "cat") | .median) as $cat
  | .results[]
  | "\(.command)\tmedian \(.median * 1000 | round) ms\tmin \(.min * 1000 | round) ms\t\($files / .median | round) reports/s\t\($bytes / 1e6 / .median * 10 | round / 10) MB/s\t\(.median / $cat * 10 | round / 10)x cat"' "$work/times.json"

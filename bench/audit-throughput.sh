#!/usr/bin/env bash
# Batch audit throughput: generates N synthetic reports (jixiao generate, seed 1) in FORMAT (txt, docx or pdf) and times,
# in one hyperfine run, `cat DIR/*.FORMAT > /dev/null` (warm page cache) beside
# `jixiao audit 'DIR/*.FORMAT' --format ndjson --jobs 1` and `--jobs 2` (Release build, output to /dev/null);
# prints reports/s, MB/s and the ratio to cat.
# Usage: bench/audit-throughput.sh [N] [RUNS] [DIR] [FORMAT]
#   (defaults: 10000 reports, 3 timed runs, a temporary folder, txt; give DIR to keep or reuse the generated reports —
#   a DIR already holding *.FORMAT files is used as it is; pdf needs LibreOffice and takes about 2 s a report)
set -euo pipefail

bench=audit-throughput.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
count="${1:-10000}"
runs="${2:-3}"
format="${4:-txt}"
bench_positive "$count" "$runs"
case "$format" in
  txt | docx | pdf) ;;
  *)
    echo "$bench: FORMAT must be txt, docx or pdf, got '$format'" >&2
    exit 2
    ;;
esac
bench_require "apt-get install -y hyperfine jq" hyperfine jq
bench_build_cli

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dir="${3:-$work/reports}"
if ! compgen -G "$dir/*.$format" >/dev/null; then
  # The text form is always written (the manifest is checked against it); other formats come beside it.
  formats=txt
  [[ "$format" == txt ]] || formats="txt,$format"
  [[ "$format" != pdf ]] || bench_require "apt-get install -y libreoffice-writer-nogui" soffice
  echo "== jixiao generate --count $count --seed 1 --formats $formats --out $dir"
  "${cli[@]}" generate --count "$count" --seed 1 --formats "$formats" --out "$dir" >/dev/null
fi
files=$(find "$dir" -maxdepth 1 -name "*.$format" | wc -l)
bytes=$(find "$dir" -maxdepth 1 -name "*.$format" -printf '%s\n' | awk '{ s += $1 } END { print s }')
echo "== $files .$format reports, $bytes bytes in $dir; nproc $(nproc); $(uptime)"

hyperfine --warmup 1 --runs "$runs" --style basic --time-unit millisecond --export-json "$work/times.json" \
  -n "cat" "cat $dir/*.$format > /dev/null" \
  -n "jixiao audit --jobs 1" "$cli_command audit '$dir/*.$format' --format ndjson --jobs 1 > /dev/null 2>&1" \
  -n "jixiao audit --jobs 2" "$cli_command audit '$dir/*.$format' --format ndjson --jobs 2 > /dev/null 2>&1"

echo
echo "== summary (median of $runs; after the run: $(uptime))"
jq -r --argjson files "$files" --argjson bytes "$bytes" '
  (.results[] | select(.command == "cat") | .median) as $cat
  | .results[]
  | "\(.command)\tmedian \(.median * 1000 | round) ms\tmin \(.min * 1000 | round) ms\tuser \(.user * 10 | round / 10) s\t\($files / .median | round) reports/s\t\($bytes / 1e6 / .median * 10 | round / 10) MB/s\t\(.median / $cat * 10 | round / 10)x cat"' "$work/times.json"

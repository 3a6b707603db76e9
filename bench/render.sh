#!/usr/bin/env bash
# Times `jixiao render` of the bundled sample to .docx, .html and .pdf (whole process), beside LibreOffice converting
# the equivalent HTML (the .html Jixiao renders) to .docx and to .pdf, in the same run on the same machine, and prints
# each Jixiao format's median over the matching soffice median. Needs hyperfine, jq and LibreOffice (soffice).
# Usage: bench/render.sh [N]   (N = timed runs per command, default 10)
set -euo pipefail

bench=render.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
runs="${1:-10}"
bench_positive "$runs"
bench_require "apt-get install -y hyperfine jq libreoffice-writer-nogui" hyperfine jq soffice
bench_build_cli

sample="$root/samples/tianhe-emergency-2023.json"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# The equivalent HTML: the same report, as Jixiao renders it.
"${cli[@]}" render "$sample" --to html -o "$work/equivalent.html" >/dev/null 2>&1
soffice="soffice --headless --norestore -env:UserInstallation=file://$work/lo-profile"

hyperfine --warmup 1 --runs "$runs" --style basic --time-unit millisecond --export-json "$work/times.json" \
  -n "jixiao render --to docx" "$cli_command render $sample --to docx -o $work/r.docx" \
  -n "jixiao render --to html" "$cli_command render $sample --to html -o $work/r.html" \
  -n "jixiao render --to pdf" "$cli_command render $sample --to pdf -o $work/r.pdf" \
  -n "soffice --convert-to docx (equivalent html)" "$soffice --convert-to 'docx:MS Word 2007 XML' --outdir $work/lo $work/equivalent.html" \
  -n "soffice --convert-to pdf (equivalent html)" "$soffice --convert-to pdf --outdir $work/lo $work/equivalent.html"

bench_summary "$work/times.json"
echo
echo "== jixiao render / soffice --convert-to: wall-clock medians, and CPU (user + system; soffice's own children included)"
jq -r '
  (.results | map({key: .command, value: {wall: .median, cpu: (.user + .system)}}) | from_entries) as $m
  | ["docx", "pdf"][]
  | $m["jixiao render --to " + .] as $jixiao
  | $m["soffice --convert-to " + . + " (equivalent html)"] as $soffice
  | "\(.)\twall: \($jixiao.wall * 1000 | round) ms / \($soffice.wall * 1000 | round) ms = \($jixiao.wall / $soffice.wall * 100 | round / 100)\tCPU: \($jixiao.cpu * 1000 | round) ms / \($soffice.cpu * 1000 | round) ms = \($jixiao.cpu / $soffice.cpu * 100 | round / 100)"' "$work/times.json"

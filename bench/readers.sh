#!/usr/bin/env bash
# Reading .docx and .pdf: times `jixiao facts FILE` (whole process: start-up, format detection, reading, extraction,
# key figures as JSON) beside `pandoc -t plain FILE` (.docx) and `pdftotext FILE -` (.pdf, poppler) on the same files,
# in one hyperfine run, and prints jixiao's wall-clock median and CPU time over the other tool's. The documents, made
# reproducibly in DIR (page counts as with pandoc 2.17 and LibreOffice 7.4):
#   one-page.*      the first 30 lines of generated report 1 (jixiao generate --seed 1), Markdown → pandoc → .docx →
#                   LibreOffice → .pdf (1 page)
#   report.*        generated report 1 as jixiao generate writes it (.docx by Jixiao's writer; .pdf is that .docx
#                   converted by LibreOffice, as jixiao does it) (16 pages)
#   hundred-page.*  generated reports 1–10 run together, Markdown → pandoc → .docx → LibreOffice → .pdf (100 pages)
# Page counts are printed with pdfinfo. The same DIR feeds the in-process DocumentReaderBenchmarks
# (JIXIAO_BENCH_DOCUMENTS=DIR dotnet run -c Release --project bench/Jixiao.Benchmarks -- --filter '*DocumentReader*').
# Usage: bench/readers.sh [RUNS] [DIR]   (defaults: 10 timed runs, a temporary folder; a DIR that already holds the
#   six documents is used as it is)
set -euo pipefail

bench=readers.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
runs="${1:-10}"
bench_positive "$runs"
bench_require "apt-get install -y hyperfine jq pandoc poppler-utils libreoffice-writer-nogui" \
  hyperfine jq pandoc pdftotext pdfinfo soffice
bench_build_cli

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dir="${2:-$work/documents}"
documents=(one-page report hundred-page)
make_documents() {
  mkdir -p "$dir"
  echo "== making the documents in $dir"
  "${cli[@]}" generate --count 10 --seed 1 --formats txt,docx --out "$work/generated" >/dev/null
  "${cli[@]}" generate --count 1 --seed 1 --formats txt,pdf --out "$work/generated-pdf" >/dev/null
  local sources=("$work"/generated/*.txt)
  head -n 30 "${sources[0]}" >"$work/one-page.md"
  cat "${sources[@]}" >"$work/hundred-page.md"
  local name
  for name in one-page hundred-page; do
    pandoc -f markdown -t docx -o "$dir/$name.docx" "$work/$name.md"
  done
  cp "${sources[0]%.txt}.docx" "$dir/report.docx"
  cp "$work"/generated-pdf/*.pdf "$dir/report.pdf"
  soffice --headless --norestore "-env:UserInstallation=file://$work/lo-profile" --convert-to pdf --outdir "$dir" \
    "$dir/one-page.docx" "$dir/hundred-page.docx" >/dev/null 2>&1
}
for name in "${documents[@]}"; do
  if [[ ! -f "$dir/$name.docx" || ! -f "$dir/$name.pdf" ]]; then
    make_documents
    break
  fi
done
for name in "${documents[@]}"; do
  echo "== $name: $(pdfinfo "$dir/$name.pdf" | awk '/^Pages:/ { print $2 }') pages; .docx $(stat -c %s "$dir/$name.docx") bytes, .pdf $(stat -c %s "$dir/$name.pdf") bytes"
done
echo "== nproc $(nproc); $(uptime)"

# Reading problems go to stderr (the documents made by pandoc read with a few); a failure to read exits 2 and stops hyperfine.
commands=()
for name in "${documents[@]}"; do
  commands+=(-n "jixiao facts $name.docx" "$cli_command facts $dir/$name.docx > /dev/null 2>&1")
  commands+=(-n "pandoc -t plain $name.docx" "pandoc -t plain $dir/$name.docx > /dev/null")
  commands+=(-n "jixiao facts $name.pdf" "$cli_command facts $dir/$name.pdf > /dev/null 2>&1")
  commands+=(-n "pdftotext $name.pdf" "pdftotext $dir/$name.pdf - > /dev/null")
done
hyperfine --warmup 1 --runs "$runs" --style basic --time-unit millisecond --export-json "$work/times.json" "${commands[@]}"

bench_summary "$work/times.json"
echo
# CPU time (user + system, hyperfine's means) is printed beside the wall-clock medians: it is less disturbed when other work shares the machine.
echo "== jixiao facts / other tool: wall-clock medians, and CPU (user + system); after the run: $(uptime)"
jq -r '
  (.results | map({key: .command, value: {wall: .median, cpu: (.user + .system)}}) | from_entries) as $m
  | ["one-page", "report", "hundred-page"][] as $name
  | [["docx", "pandoc -t plain \($name).docx"], ["pdf", "pdftotext \($name).pdf"]][]
  | $m["jixiao facts \($name).\(.[0])"] as $jixiao
  | $m[.[1]] as $other
  | "\($name).\(.[0])\twall: jixiao \($jixiao.wall * 1000 | round) ms / \(.[1]) \($other.wall * 1000 | round) ms = \($jixiao.wall / $other.wall * 100 | round / 100)\tCPU: \($jixiao.cpu * 1000 | round) ms / \($other.cpu * 1000 | round) ms = \($jixiao.cpu / $other.cpu * 100 | round / 100)"' "$work/times.json"

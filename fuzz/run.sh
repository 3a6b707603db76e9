#!/usr/bin/env bash
# On-demand fuzzing with afl++ and SharpFuzz (see fuzz/README.md). Not run in CI.
# Usage: fuzz/run.sh [load|target] [extra afl-fuzz options…]
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:-load}
shift || true

command -v afl-fuzz >/dev/null || { echo "未找到 afl-fuzz：请先安装 afl++（见 fuzz/README.md）" >&2; exit 2; }
command -v sharpfuzz >/dev/null || { echo "未找到 sharpfuzz：dotnet tool install --global SharpFuzz.CommandLine" >&2; exit 2; }

bin=fuzz/bin
dotnet publish fuzz/Jixiao.Fuzz -c Release -o "$bin" -nologo -v q
# Instrument the assemblies under test (not the harness, not the BCL).
for dll in Jixiao.Documents.dll Jixiao.Domain.dll Jixiao.Audit.dll; do
  sharpfuzz "$bin/$dll"
done

corpus=fuzz/corpus/$target
if [ ! -d "$corpus" ]; then
  mkdir -p "$corpus"
  if [ "$target" = load ]; then
    # Seeds: documents written by Jixiao's own writers from the bundled sample, and the sample report's text when present.
    dotnet run --project src/Jixiao.Cli -- demo --out fuzz/seeds >/dev/null 2>&1 || true
    cp fuzz/seeds/report.docx fuzz/seeds/report.html fuzz/seeds/report.xlsx fuzz/seeds/model.json "$corpus"/ 2>/dev/null || true
    cp ../shared/samples/*.txt "$corpus"/ 2>/dev/null || true
  else
    for t in '≥95%' '不低于90%' '≤100万元' '2023年12月31日前完成' '1.5亿元' '=0起' '按时完成' '≥3个'; do
      printf '%s' "$t" > "$corpus/$(printf '%s' "$t" | md5sum | cut -c1-8)"
    done
  fi
fi

export AFL_SKIP_BIN_CHECK=1
exec afl-fuzz -i "$corpus" -o "fuzz/findings/$target" -t 10000 -m none "$@" -- "$bin/Jixiao.Fuzz" "$target"

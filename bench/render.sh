#!/usr/bin/env bash
# Times `jixiao render` of the bundled sample to .docx, .html and .pdf (whole process), beside LibreOffice converting
# the equivalent HTML (the .html Jixiao renders) to .docx, in the same run on the same machine. Needs hyperfine and
# LibreOffice (soffice). Usage: bench/render.sh [N]   (N = timed runs per command, default 10)
set -euo pipefail

runs="${1:-10}"
if ! [[ "$runs" =~ ^[1-9][0-9]*$ ]]; then
  echo "render.sh: N must be a positive integer, got '$runs'" >&2
  exit 2
fi
for tool in hyperfine soffice; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "render.sh: needs $tool on the PATH (apt-get install -y hyperfine libreoffice-writer-nogui)" >&2
    exit 2
  fi
done

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
sample="$root/samples/tianhe-emergency-2023.json"
cd "$root"
echo "== dotnet build src/Jixiao.Cli -c Release"
dotnet build src/Jixiao.Cli -c Release -nologo -v quiet
cli="$root/src/Jixiao.Cli/bin/Release/net10.0/jixiao"
[[ -x "$cli" ]] || cli="dotnet $root/src/Jixiao.Cli/bin/Release/net10.0/jixiao.dll"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# The equivalent HTML: the same report, as Jixiao renders it.
$cli render "$sample" --to html -o "$work/equivalent.html" >/dev/null 2>&1

hyperfine --warmup 1 --runs "$runs" --style basic --time-unit millisecond --export-json "$work/times.json" \
  -n "jixiao render --to docx" "$cli render $sample --to docx -o $work/r.docx" \
  -n "jixiao render --to html" "$cli render $sample --to html -o $work/r.html" \
  -n "jixiao render --to pdf" "$cli render $sample --to pdf -o $work/r.pdf" \
  -n "soffice --convert-to docx (equivalent html)" \
     "soffice --headless --norestore -env:UserInstallation=file://$work/lo-profile --convert-to 'docx:MS Word 2007 XML' --outdir $work/lo $work/equivalent.html"

if command -v jq >/dev/null 2>&1; then
  echo
  echo "== summary (ms)"
  jq -r '.results[] | "\(.command)\truns=\(.times | length)\tmin \(.min * 10000 | round / 10)\tmedian \(.median * 10000 | round / 10)\tmax \(.max * 10000 | round / 10)"' "$work/times.json"
fi

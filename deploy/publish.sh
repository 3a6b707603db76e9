#!/usr/bin/env bash
# Self-contained packages of the jixiao CLI (all commands, including `serve`) for servers without .NET or internet access.
# Usage: deploy/publish.sh [RID…]   (default: linux-x64 win-x64)
# Writes artifacts/jixiao-<version>-linux-x64.tar.gz and artifacts/jixiao-<version>-win-x64.zip; see docs/deployment.md.
set -euo pipefail
cd "$(dirname "$0")/.."

version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' src/Jixiao.Cli/Jixiao.Cli.csproj)
rids=("$@")
[ ${#rids[@]} -gt 0 ] || rids=(linux-x64 win-x64)

for rid in "${rids[@]}"; do
  name="jixiao-$version-$rid"
  folder="artifacts/publish/$name"
  rm -rf "$folder"
  # ReadyToRun: the package grows by a quarter but `serve` starts in about half the time (docs/deployment.md, 打包).
  dotnet publish src/Jixiao.Cli -c Release -r "$rid" --self-contained \
    -p:PublishReadyToRun=true -p:DebugType=none -p:PublishDocumentationFiles=false -o "$folder"
  cp deploy/jixiao.json deploy/jixiao.service deploy/jixiao-backup.service deploy/jixiao-backup.timer docs/deployment.md "$folder/"
  case "$rid" in
    win-*) (cd artifacts/publish && rm -f "../$name.zip" && zip -qr "../$name.zip" "$name") && echo "artifacts/$name.zip" ;;
    *) tar -C artifacts/publish -czf "artifacts/$name.tar.gz" "$name" && echo "artifacts/$name.tar.gz" ;;
  esac
done

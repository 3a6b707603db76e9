# Shared by the bench/*.sh scripts (sourced, not run): argument and tool checks, and the Release build of the CLI.
# A script sets `bench` to its own name before sourcing this file; every failure prints one line naming it and exits 2.
# Sourcing sets `root`, the repository root (the folder holding Jixiao.slnx).

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [[ ! -f "$root/Jixiao.slnx" ]]; then
  echo "$bench: cannot find Jixiao.slnx in $root" >&2
  exit 2
fi

# bench_positive VALUE...: each value must be a positive integer.
bench_positive() {
  local value
  for value in "$@"; do
    if ! [[ "$value" =~ ^[1-9][0-9]*$ ]]; then
      echo "$bench: counts must be positive integers, got '$value'" >&2
      exit 2
    fi
  done
}

# bench_require "HINT" TOOL...: each tool must be on the PATH; HINT says how to install the missing ones.
bench_require() {
  local hint="$1" tool
  shift
  for tool in "$@"; do
    if ! command -v "$tool" >/dev/null 2>&1; then
      echo "$bench: needs $tool on the PATH ($hint)" >&2
      exit 2
    fi
  done
}

# bench_build_cli: builds src/Jixiao.Cli in Release from the repository root (and stays there), then sets
# `cli` (array, for running it) and `cli_command` (one shell-quoted string, for hyperfine command lines).
bench_build_cli() {
  cd "$root"
  echo "== dotnet build src/Jixiao.Cli -c Release"
  dotnet build src/Jixiao.Cli -c Release -nologo -v quiet
  local out="$root/src/Jixiao.Cli/bin/Release/net10.0"
  if [[ -x "$out/jixiao" ]]; then
    cli=("$out/jixiao")
  elif [[ -f "$out/jixiao.dll" ]]; then
    cli=(dotnet "$out/jixiao.dll")
  else
    echo "$bench: the build produced neither $out/jixiao nor $out/jixiao.dll" >&2
    exit 2
  fi

  printf -v cli_command '%q ' "${cli[@]}"
  cli_command="${cli_command% }"
}

# bench_summary JSON: min/median/max wall-clock time and mean CPU time (user + system) in ms of every command of a
# hyperfine --export-json file.
bench_summary() {
  echo
  echo "== summary (ms)"
  jq -r '.results[] | "\(.command)\truns=\(.times | length)\tmin \(.min * 10000 | round / 10)\tmedian \(.median * 10000 | round / 10)\tmax \(.max * 10000 | round / 10)\tcpu \((.user + .system) * 10000 | round / 10)"' "$1"
}

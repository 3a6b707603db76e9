#!/usr/bin/env bash
# Times the whole jixiao process (start-up + read + extract + audit + render) on the shared sample.
# Usage: bench/whole-process.sh [N]   (N = number of timed runs per command, default 10)
set -euo pipefail

bench=whole-process.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
runs="${1:-10}"
bench_positive "$runs"

shared="$(cd "$root/.." && pwd)/shared"
sample="$shared/samples/tianhe-emergency-2023.txt"
if [[ ! -f "$sample" ]]; then
  echo "whole-process.sh: this benchmark needs the shared folder ../shared next to the repository ($shared)" >&2
  echo "  with samples/tianhe-emergency-2023.txt in it; not found: $sample" >&2
  exit 2
fi

bench_build_cli
echo "== CLI: ${cli[*]}"
echo "== sample: $sample"
echo "== runs: $runs"

# Exit code 1 means "findings reached --fail-on", which is a normal outcome here; 2 or more is a failure.
check() {
  local code=0
  "${cli[@]}" "$@" "$sample" >/dev/null 2>&1 || code=$?
  if (( code > 1 )); then
    echo "whole-process.sh: '${cli[*]} $* $sample' exited with $code" >&2
    exit 2
  fi
}

commands=(audit facts)
for c in "${commands[@]}"; do check "$c"; done

if command -v hyperfine >/dev/null 2>&1; then
  printf -v quoted_sample '%q' "$sample"
  hyperfine_args=(--warmup 2 --runs "$runs" -i --style basic --time-unit millisecond)
  for c in "${commands[@]}"; do
    hyperfine_args+=(-n "jixiao $c" "$cli_command $c $quoted_sample")
  done
  json="$(mktemp)"
  trap 'rm -f "$json"' EXIT
  hyperfine "${hyperfine_args[@]}" --export-json "$json"
  if command -v jq >/dev/null 2>&1; then
    bench_summary "$json"
  fi
else
  echo "(hyperfine not found: timing with a bash loop and date +%s%N)"
  for c in "${commands[@]}"; do
    "${cli[@]}" "$c" "$sample" >/dev/null 2>&1 || true  # warm-up
    times=()
    for ((i = 0; i < runs; i++)); do
      start=$(date +%s%N)
      "${cli[@]}" "$c" "$sample" >/dev/null 2>&1 || true
      end=$(date +%s%N)
      times+=($(( (end - start) / 1000 )))  # microseconds
    done
    mapfile -t sorted < <(printf '%s\n' "${times[@]}" | sort -n)
    n=${#sorted[@]}
    if (( n % 2 == 1 )); then
      median=${sorted[n / 2]}
    else
      median=$(( (sorted[n / 2 - 1] + sorted[n / 2]) / 2 ))
    fi
    ms() { printf '%d.%03d' $(( $1 / 1000 )) $(( $1 % 1000 )); }
    printf 'jixiao %-6s runs=%d  min %s ms  median %s ms  max %s ms\n' \
      "$c" "$n" "$(ms "${sorted[0]}")" "$(ms "$median")" "$(ms "${sorted[n - 1]}")"
  done
fi

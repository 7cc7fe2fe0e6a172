#!/usr/bin/env bash
# ratio.sh [SIZE] — how close logscrub gets to `cat`, and how far it leaves the
# naive regexp baseline behind, on one core.
#
# Builds ./cmd/logscrub, ./bench/gencorpus and ./bench/baselinecmd into a temp
# dir, generates a mixed corpus of SIZE (default 256MiB; any -size value of
# gencorpus: bytes, 64MiB, 1GiB, ...), warms the page cache, then times
#   cat FILE > /dev/null
#   logscrub FILE > /dev/null
#   baselinecmd FILE > /dev/null
# RUNS times each (default 3) and keeps the best wall time. logscrub and the
# baseline run under `taskset -c N` (N the last CPU) when available: one core, so Go sizes
# GOMAXPROCS (and any worker pool) to 1. When ../shared/corpus/loghub exists,
# its 16 samples (CRs stripped, repeated LOGHUB_REPEAT times, default 8, so
# the timings are not dominated by process start-up) are a second input.
# Start-up time (each tool on an empty file) is printed too.
#
# The baseline scrubs only a few MB/s: at 256MiB one run takes over a minute.
# BASELINE_RUNS (default RUNS) lowers its repetitions; 0 skips it.
#
#   bash bench/ratio.sh            # 256MiB
#   RUNS=5 bash bench/ratio.sh 1GiB
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

size=${1:-256MiB}
runs=${RUNS:-3}
baseline_runs=${BASELINE_RUNS:-$runs}
loghub_repeat=${LOGHUB_REPEAT:-8}
loghub_dir=../shared/corpus/loghub

tmp=$(mktemp -d "${TMPDIR:-/tmp}/logscrub-ratio.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

echo "building into $tmp ..." >&2
go build -o "$tmp/logscrub" ./cmd/logscrub
go build -o "$tmp/gencorpus" ./bench/gencorpus
go build -o "$tmp/baseline" ./bench/baselinecmd

echo "generating $size mixed corpus ..." >&2
"$tmp/gencorpus" -size "$size" -seed 1 -loghub "$loghub_dir" -o "$tmp/mixed.log"
echo "generating $size realistic corpus ..." >&2
"$tmp/gencorpus" -shape realistic -size "$size" -seed 1 -loghub "$loghub_dir" -o "$tmp/realistic.log"
inputs=(mixed realistic)

shopt -s nullglob
loghub_files=("$loghub_dir"/*.log)
shopt -u nullglob
if ((${#loghub_files[@]} > 0)); then
	for ((i = 0; i < loghub_repeat; i++)); do
		awk '{ sub(/\r$/, ""); print }' "${loghub_files[@]}"
	done >"$tmp/loghub.log"
	inputs+=(loghub)
else
	echo "note: $loghub_dir not found, skipping the loghub input" >&2
fi

# The last CPU: on these VMs CPU 0 takes the interrupts and times noisier.
cpu=$(($(nproc) - 1))
if command -v taskset >/dev/null 2>&1 && taskset -c "$cpu" true 2>/dev/null; then
	pin=(taskset -c "$cpu")
	pin_note="logscrub and baseline pinned to CPU $cpu with taskset -c $cpu (one core, GOMAXPROCS=1); cat not pinned"
else
	pin=()
	pin_note="taskset not available: nothing pinned, logscrub may use every core"
fi

# best_of N CMD... runs CMD with stdout to /dev/null N times and prints the
# shortest wall time in seconds.
best_of() {
	local n=$1 best="" t0 t1 i
	shift
	for ((i = 1; i <= n; i++)); do
		t0=$(date +%s.%N)
		"$@" >/dev/null
		t1=$(date +%s.%N)
		best=$(awk -v a="$t0" -v b="$t1" -v best="$best" \
			'BEGIN { d = b - a; if (best == "" || d < best) best = d; printf "%.4f", best }')
	done
	echo "$best"
}

: >"$tmp/empty.log"
echo "timing start-up on an empty file ..." >&2
startup_logscrub=$(best_of "$runs" "${pin[@]}" "$tmp/logscrub" "$tmp/empty.log")
startup_baseline=$(best_of "$runs" "${pin[@]}" "$tmp/baseline" "$tmp/empty.log")

declare -A secs bytes
for name in "${inputs[@]}"; do
	file="$tmp/$name.log"
	bytes[$name]=$(wc -c <"$file" | tr -d ' ')
	cat "$file" >/dev/null # warm the page cache
	echo "timing on $name (${bytes[$name]} bytes): cat ..." >&2
	secs[$name.cat]=$(best_of "$runs" cat "$file")
	echo "timing on $name: logscrub ..." >&2
	secs[$name.logscrub]=$(best_of "$runs" "${pin[@]}" "$tmp/logscrub" "$file")
	if ((baseline_runs > 0)); then
		echo "timing on $name: baseline (slow) ..." >&2
		secs[$name.baseline]=$(best_of "$baseline_runs" "${pin[@]}" "$tmp/baseline" "$file")
	fi
done

echo
echo "logscrub vs cat vs naive regexp baseline — best of $runs runs (baseline: $baseline_runs), wall time"
echo "$pin_note"
if [[ " ${inputs[*]} " == *" loghub "* ]]; then
	echo "loghub input = ../shared/corpus/loghub/*.log concatenated ${loghub_repeat}x, CRs stripped"
fi
echo
printf '%-8s %10s  %-9s %10s %10s %10s\n' input MB tool "best s" "MB/s" "time/cat"
for name in "${inputs[@]}"; do
	for tool in cat logscrub baseline; do
		[[ -n "${secs[$name.$tool]:-}" ]] || continue
		awk -v name="$name" -v tool="$tool" -v b="${bytes[$name]}" -v s="${secs[$name.$tool]}" -v c="${secs[$name.cat]}" \
			'BEGIN { mb = b / 1e6; if (s <= 0) s = 0.0001; if (c <= 0) c = 0.0001
			         printf "%-8s %10.1f  %-9s %10.3f %10.1f %10.2f\n", name, mb, tool, s, mb / s, s / c }'
	done
done
echo
echo "start-up (empty input, included above): logscrub ${startup_logscrub} s, baseline ${startup_baseline} s"
for name in "${inputs[@]}"; do
	awk -v name="$name" -v b="${bytes[$name]}" -v l="${secs[$name.logscrub]}" -v u="$startup_logscrub" \
		'BEGIN { d = l - u; if (d <= 0) d = 0.0001; printf "logscrub on %s without its start-up: %.1f MB/s\n", name, b / 1e6 / d }'
	if [[ -n "${secs[$name.baseline]:-}" ]]; then
		awk -v name="$name" -v l="${secs[$name.logscrub]}" -v r="${secs[$name.baseline]}" \
			'BEGIN { if (l <= 0) l = 0.0001; printf "logscrub speed-up over the regexp baseline on %s: %.1fx\n", name, r / l }'
	fi
done

#!/usr/bin/env bash
# compare.sh [SIZE] — logscrub side by side with cat, the naive regexp
# baseline and gitleaks, on the same generated input in one run.
#
# Builds ./cmd/logscrub, ./bench/gencorpus, ./bench/baselinecmd and
# ./bench/compare into a temp dir, installs gitleaks (GITLEAKS_VERSION,
# default v8.30.1) there with `go install` from the Go module proxy (skipped,
# with a note, when that fails; GITLEAKS=0 skips it), generates a mixed
# corpus of SIZE (default 64MiB) with its planted secrets, warms the page
# cache, and runs each tool once on the file, output to a file:
#   cat FILE
#   logscrub --workers 1 FILE        (pinned to one CPU with taskset)
#   logscrub --workers N FILE        (N: every CPU)
#   baselinecmd FILE                 (BASELINE=0 skips it: a few MB/s)
#   gitleaks stdin < FILE            (a detector: it reports, it does not redact)
# The fast tools' times are the best of RUNS (default 3) more runs to
# /dev/null; the slow ones (baseline, gitleaks) run once.
# (Wall times include /usr/bin/time's own start, about a millisecond: at
# 64 MiB cat's time is mostly that; bench/ratio.sh on 256 MiB or more is the
# measure of logscrub against cat.)
# It prints MB/s, the time ÷ cat's, peak RSS, and the share of planted
# secrets removed (scrubbers) or reported (gitleaks), writes the table with
# the machine and the command to bench/RESULTS.md, and, when gnuplot is
# installed, a PNG of the throughputs to bench/compare.png.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

size=${1:-64MiB}
glver=${GITLEAKS_VERSION:-v8.30.1}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/logscrub-compare.XXXXXX")
trap 'chmod -R u+w "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT

echo "building into $tmp ..." >&2
go build -o "$tmp/logscrub" ./cmd/logscrub
go build -o "$tmp/gencorpus" ./bench/gencorpus
go build -o "$tmp/baseline" ./bench/baselinecmd
go build -o "$tmp/compare" ./bench/compare
gitleaks=""
if [[ ${GITLEAKS:-1} != 0 ]]; then
	echo "installing gitleaks $glver ..." >&2
	if (cd "$tmp" && GOBIN="$tmp/bin" GOFLAGS=-modcacherw GOMODCACHE="$tmp/mod" \
		go install "github.com/zricethezav/gitleaks/v8@$glver") >&2; then
		gitleaks="$tmp/bin/gitleaks"
	else
		echo "note: gitleaks could not be installed; its row is left out" >&2
	fi
fi

echo "generating $size ..." >&2
"$tmp/gencorpus" -size "$size" -seed 1 -loghub ../shared/corpus/loghub -truth "$tmp/truth.json" -o "$tmp/in.log"
cat "$tmp/in.log" >/dev/null
bytes=$(stat -c %s "$tmp/in.log")
ncpu=$(nproc)
cpu=$((ncpu - 1))
pin=()
if command -v taskset >/dev/null && taskset -c "$cpu" true 2>/dev/null; then pin=(taskset -c "$cpu"); fi

rows=()
runs=${RUNS:-3}
# run NAME SCORE REPEAT CMD...: runs CMD with stdout to $tmp/out and scores
# that output; with REPEAT, also RUNS times more with stdout to /dev/null
# and keeps the best time (the slow tools run once).
run() {
	local name=$1 score=$2 repeat=$3
	shift 3
	echo "running $name ..." >&2
	local t0 t1 secs rss s2 r2
	t0=$(date +%s.%N)
	/usr/bin/time -f "%M" -o "$tmp/time" "$@" >"$tmp/out" 2>"$tmp/err" || true
	t1=$(date +%s.%N)
	secs=$(echo "$t1 - $t0" | bc)
	rss=$(cat "$tmp/time")
	if [[ $repeat == repeat ]]; then
		for ((i = 0; i < runs; i++)); do
			t0=$(date +%s.%N)
			/usr/bin/time -f "%M" -o "$tmp/time" "$@" >/dev/null 2>"$tmp/err" || true
			t1=$(date +%s.%N)
			s2=$(echo "$t1 - $t0" | bc)
			r2=$(cat "$tmp/time")
			secs=$(awk -v a="$secs" -v b="$s2" 'BEGIN { print (b < a ? b : a) }')
			rss=$(awk -v a="$rss" -v b="$r2" 'BEGIN { print (b > a ? b : a) }')
		done
	fi
	secs=$(awk -v s="$secs" 'BEGIN { printf "%.3f", s }')
	local share="-"
	case $score in
	out) read -r got all < <("$tmp/compare" -truth "$tmp/truth.json" -out "$tmp/out") && share=$(awk -v g="$got" -v a="$all" 'BEGIN { printf "%.1f%% removed", 100*g/a }') ;;
	gitleaks) read -r got all < <("$tmp/compare" -truth "$tmp/truth.json" -gitleaks "$tmp/report.json") && share=$(awk -v g="$got" -v a="$all" 'BEGIN { printf "%.1f%% reported", 100*g/a }') ;;
	esac
	rows+=("$name|$secs|$rss|$share")
}

run cat none repeat cat "$tmp/in.log"
run "logscrub, 1 worker" out repeat "${pin[@]}" "$tmp/logscrub" --workers 1 "$tmp/in.log"
run "logscrub, $ncpu workers" out repeat "$tmp/logscrub" --workers "$ncpu" "$tmp/in.log"
if [[ ${BASELINE:-1} != 0 ]]; then
	run "regexp baseline" out once "${pin[@]}" "$tmp/baseline" "$tmp/in.log"
fi
if [[ -n $gitleaks ]]; then
	run "gitleaks (detects)" gitleaks once sh -c "'$gitleaks' stdin --no-banner --exit-code 0 --report-format json --report-path '$tmp/report.json' < '$tmp/in.log'"
fi

catsecs=$(echo "${rows[0]}" | cut -d'|' -f2)
table="| tool | s | MB/s | time ÷ cat | peak RSS (MB) | planted secrets |
| --- | ---: | ---: | ---: | ---: | --- |"
plot=""
for r in "${rows[@]}"; do
	IFS='|' read -r name secs rss share <<<"$r"
	mbs=$(awk -v b="$bytes" -v s="$secs" 'BEGIN { m = (s > 0 ? b / s / 1e6 : 0); printf (m < 10 ? "%.2f" : "%.0f"), m }')
	ratio=$(awk -v s="$secs" -v c="$catsecs" 'BEGIN { printf "%.1f", (c > 0 ? s / c : 0) }')
	table+=$'\n'"| $name | $secs | $mbs | $ratio | $(awk -v k="$rss" 'BEGIN { printf "%.1f", k / 1024 }') | $share |"
	plot+="\"$name\" $mbs"$'\n'
done
echo "$table"

machine="$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $ncpu CPUs, $(go version | cut -d' ' -f3)"
{
	echo "# logscrub side by side"
	echo
	echo "The last run of \`bash bench/compare.sh $size\` ($(date -u +%Y-%m-%dT%H:%MZ), $machine;"
	echo "logscrub $(git rev-parse --short HEAD 2>/dev/null || echo '?')). One run of each tool on the same"
	echo "$bytes-byte generated mixed corpus (gencorpus -seed 1, loghub background, 2% of lines with a secret),"
	echo "scored from a run with its output to a file; the times of cat and logscrub are the best of $runs"
	echo "more runs to /dev/null, the baseline's and gitleaks' are of their one run (gitleaks $glver,"
	echo "\`gitleaks stdin\`). Planted secrets: removed from the output"
	echo "(scrubbers) or reported on their line (gitleaks, which finds and does not redact)."
	echo
	echo "$table"
	if command -v gnuplot >/dev/null; then
		echo
		echo "![throughput by tool](compare.png)"
	fi
} >bench/RESULTS.md
if command -v gnuplot >/dev/null; then
	printf '%s' "$plot" >"$tmp/plot.dat"
	gnuplot <<GP
set terminal pngcairo size 900,480 noenhanced
set output 'bench/compare.png'
set title 'MB/s on $size of mixed logs (higher is better), $ncpu CPUs'
set style fill solid 0.8
set boxwidth 0.6
set logscale y
set ylabel 'MB/s (log scale)'
set xtics font ',10'
unset key
plot '$tmp/plot.dat' using 0:2:xtic(1) with boxes lc rgb '#3a6ea5', '' using 0:2:2 with labels offset 0,1
GP
else
	echo "note: gnuplot is not installed; no PNG" >&2
fi
echo "wrote bench/RESULTS.md" >&2

#!/usr/bin/env bash
# receive.sh [SIZE] — what the TCP receiver costs beside the file path.
#
# Builds ./cmd/logscrub and ./bench/gencorpus into a temp dir, generates a
# mixed corpus of SIZE (default 256MiB), warms the page cache, then times,
# best of RUNS (default 3):
#   logscrub FILE -o /dev/null                       (the file path)
#   cat FILE > /dev/tcp/… into `logscrub --listen … -o /dev/null`
#   cat FILE > /dev/tcp/… into a plain socket reader (python3), for scale
# logscrub runs under `taskset -c N` (the last CPU) when available; the
# sender on the other. The receive time is the sender's: the receiver's
# backpressure holds it until all but the socket buffers are read. Needs
# python3, bc and ss (iproute2).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
size=${1:-256MiB}
runs=${RUNS:-3}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/logscrub-receive.XXXXXX")
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$tmp"' EXIT
go build -o "$tmp/logscrub" ./cmd/logscrub
go build -o "$tmp/gencorpus" ./bench/gencorpus
"$tmp/gencorpus" -size "$size" -seed 1 -loghub ../shared/corpus/loghub -o "$tmp/mixed.log"
cat "$tmp/mixed.log" >/dev/null
bytes=$(stat -c %s "$tmp/mixed.log")
cpu=$(($(nproc) - 1))
pin=()
if command -v taskset >/dev/null && taskset -c "$cpu" true 2>/dev/null; then pin=(taskset -c "$cpu"); fi
port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
now() { date +%s.%N; }
best() { sort -n | head -1; }
mbs() { awk -v b="$bytes" -v t="$1" 'BEGIN { printf "%.0f", b / t / 1e6 }'; }
waitport() { for _ in $(seq 200); do ss -Hltn "sport = :$1" | grep -q . && return; sleep 0.02; done; }

file=$(for _ in $(seq "$runs"); do
	s=$(now); "${pin[@]}" "$tmp/logscrub" "$tmp/mixed.log" -o /dev/null; e=$(now)
	echo "$e - $s" | bc
done | best)
recv=$(for _ in $(seq "$runs"); do
	p=$(port)
	"${pin[@]}" "$tmp/logscrub" --listen "tcp://127.0.0.1:$p" -o /dev/null --idle-timeout 1m &
	pid=$!
	waitport "$p"
	s=$(now); cat "$tmp/mixed.log" >"/dev/tcp/127.0.0.1/$p"; e=$(now)
	kill -TERM "$pid"; wait "$pid" || true
	echo "$e - $s" | bc
done | best)
plain=$(for _ in $(seq "$runs"); do
	p=$(port)
	python3 -c 'import socket,sys
s=socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1); s.bind(("127.0.0.1", int(sys.argv[1]))); s.listen(1)
c,_=s.accept()
while c.recv(1<<20): pass' "$p" &
	pid=$!
	waitport "$p"
	s=$(now); cat "$tmp/mixed.log" >"/dev/tcp/127.0.0.1/$p"; e=$(now)
	wait "$pid" || true
	echo "$e - $s" | bc
done | best)
printf '%-44s %8s %8s\n' "input: $size mixed ($bytes bytes)" "s" "MB/s"
printf '%-44s %8.3f %8s\n' "logscrub FILE -o /dev/null" "$file" "$(mbs "$file")"
printf '%-44s %8.3f %8s\n' "over TCP into logscrub --listen" "$recv" "$(mbs "$recv")"
printf '%-44s %8.3f %8s\n' "over TCP into a plain reader (python3)" "$plain" "$(mbs "$plain")"

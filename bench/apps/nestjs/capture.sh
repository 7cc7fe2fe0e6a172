#!/usr/bin/env bash
# Captures the logs of the NestJS service in this folder for logscrub's
# bench/apps test, and the truth about what was sent to it.
#
#   bash bench/apps/nestjs/capture.sh            # from anywhere; needs node, npm, openssl, curl
#   SEED=other REQUESTS=250 bash bench/apps/nestjs/capture.sh
#
# It installs the locked dependencies (npm ci), compiles the TypeScript,
# makes a throw-away CA, server and client certificate with openssl in a
# temporary folder (never in the repository), starts a stand-in upstream
# billing API, then three times — ConsoleLogger with colours forced on, with
# colours off, and in json mode — starts the service over HTTPS with mutual
# TLS, runs the seeded driver against it and stops it. Everything listens on
# 127.0.0.1 only, on free ports, and every process it starts has a lifetime
# limit of its own besides being stopped here.
#
# Output, in testdata/apps/nestjs/ at the repository root:
#   console-color.log console-plain.log json.log  stdout and stderr of each run, as written
#   truth.tsv     class, kind, carrier and value of everything the driver recorded
#   secrets.txt   every secret value, one a line
#   harmless.txt  every harmless value, one a line
# The requests and their fake secrets depend only on SEED; the session ids
# the service issues, the certificate fingerprint, ports, pids and times
# differ from one capture to the next.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
out="$root/testdata/apps/nestjs"
seed="${SEED:-logscrub-nestjs-1}"
requests="${REQUESTS:-300}"
# Fake credentials the service is configured with; the driver records them.
demo_password='Quill-Harbor-7-Lantern!'
billing_api_key='sk_live_51Hq8ZtKb3XnR2mVw9Pd4LcYs6FgJ0aE'

for tool in node npm openssl curl; do
  command -v "$tool" >/dev/null || { echo "capture.sh: $tool is required" >&2; exit 1; }
done

cd "$here"
npm ci --no-audit --no-fund --loglevel=error
./node_modules/.bin/tsc -p tsconfig.json
node -e 'const v = require("@nestjs/core/package.json").version; console.error("capture.sh: @nestjs/core " + v + ", node " + process.version)'

tmp="$(mktemp -d)"
pids=()
cleanup() {
  local p
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  rm -rf "$tmp"
}
trap cleanup EXIT

# --- certificates ---
tls="$tmp/tls"
mkdir -p "$tls"
(
  cd "$tls"
  openssl ecparam -name prime256v1 -genkey -noout -out ca-key.pem
  openssl req -x509 -new -key ca-key.pem -sha256 -days 2 -subj '/CN=logscrub bench CA' -out ca.pem
  openssl ecparam -name prime256v1 -genkey -noout -out server-key.pem
  openssl req -new -key server-key.pem -subj '/CN=localhost' -out server.csr
  printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth\n' >server.ext
  openssl x509 -req -in server.csr -CA ca.pem -CAkey ca-key.pem -CAcreateserial -days 2 -sha256 -extfile server.ext -out server.pem
  openssl ecparam -name prime256v1 -genkey -noout -out client-key.pem
  openssl req -new -key client-key.pem -subj '/CN=bench-driver-client' -out client.csr
  printf 'extendedKeyUsage=clientAuth\n' >client.ext
  openssl x509 -req -in client.csr -CA ca.pem -CAkey ca-key.pem -CAcreateserial -days 2 -sha256 -extfile client.ext -out client.pem
) 2>"$tmp/openssl.err" || { cat "$tmp/openssl.err" >&2; exit 1; }

# --- three free ports on 127.0.0.1: the service, the upstream, and a closed one ---
read -r port upstream_port closed_port < <(node -e '
  const net = require("net");
  const ss = [0, 1, 2].map(() => net.createServer());
  Promise.all(ss.map((s) => new Promise((r) => s.listen(0, "127.0.0.1", () => r(s.address().port)))))
    .then((ps) => { console.log(ps.join(" ")); ss.forEach((s) => s.close()); });')

UPSTREAM_PORT="$upstream_port" MAX_LIFETIME_MS=600000 node upstream.mjs &
pids+=("$!")

wait_for() { # wait_for FILE TEXT PID: until FILE has TEXT (at most 30 s)
  local i
  for i in $(seq 300); do
    grep -q "$2" "$1" 2>/dev/null && return 0
    kill -0 "$3" 2>/dev/null || { echo "capture.sh: the service exited early:" >&2; cat "$1" >&2; return 1; }
    sleep 0.1
  done
  echo "capture.sh: timed out waiting for '$2' in $1" >&2
  return 1
}

run() { # run MODE LOGFILE
  local mode="$1" log="$2" pid
  : >"$log"
  env -u NO_COLOR -u NEST_LOG_LEVEL TZ=UTC LANG=C.UTF-8 \
    LOG_MODE="$mode" TLS_DIR="$tls" PORT="$port" \
    UPSTREAM_URL="http://127.0.0.1:$upstream_port" LEDGER_URL="http://127.0.0.1:$closed_port" \
    DEMO_PASSWORD="$demo_password" BILLING_API_KEY="$billing_api_key" MAX_LIFETIME_MS=300000 \
    node dist/main.js >"$log" 2>&1 &
  pid=$!
  pids+=("$pid")
  wait_for "$log" 'Listening on' "$pid"

  # Mutual TLS is really on: without a client certificate the handshake fails.
  if curl -sS --max-time 5 --cacert "$tls/ca.pem" "https://127.0.0.1:$port/health" >/dev/null 2>&1; then
    echo "capture.sh: a request without a client certificate was answered" >&2
    exit 1
  fi

  TLS_DIR="$tls" PORT="$port" SEED="$seed" REQUESTS="$requests" TRUTH="$tmp/truth-$mode.tsv" \
    DEMO_PASSWORD="$demo_password" BILLING_API_KEY="$billing_api_key" \
    node driver.mjs

  kill -TERM "$pid"
  wait "$pid" || true
  echo "capture.sh: $mode: $(wc -l <"$log") lines, $(wc -c <"$log") bytes" >&2
}

run color "$tmp/console-color.log"
run plain "$tmp/console-plain.log"
run json "$tmp/json.log"

mkdir -p "$out"
cp "$tmp/console-color.log" "$tmp/console-plain.log" "$tmp/json.log" "$out/"
# One row per value; the driver's runs differ only in the session ids issued.
cat "$tmp"/truth-*.tsv | LC_ALL=C sort -t "$(printf '\t')" -k4,4 -u | LC_ALL=C sort >"$out/truth.tsv"
awk -F '\t' '$1 == "secret" { print $4 }' "$out/truth.tsv" >"$out/secrets.txt"
awk -F '\t' '$1 == "harmless" { print $4 }' "$out/truth.tsv" >"$out/harmless.txt"
for f in console-color.log console-plain.log json.log; do
  size=$(wc -c <"$out/$f")
  [ "$size" -le 1100000 ] || echo "capture.sh: warning: $f is $size bytes; keep each log under about 1 MB (lower REQUESTS)" >&2
done
echo "capture.sh: wrote $out ($(wc -l <"$out/secrets.txt") secrets, $(wc -l <"$out/harmless.txt") harmless values)" >&2
echo "capture.sh: now run go test ./bench/apps -run TestApps -v and set the bounds in bench/apps/apps_test.go to the new counts" >&2

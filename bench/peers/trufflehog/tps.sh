#!/usr/bin/env bash
# Runs the positive test cases of trufflehog's detectors (the table cases of
# pkg/detectors/<name>/<name>_test.go that expect a secret) through logscrub
# and prints, per trufflehog detector, how many lost their secret.
#
#   bash bench/peers/trufflehog/tps.sh [VERSION] [-v] [-isolate]
#
# VERSION defaults to v3.90.0 (the module proxy refused @latest and the
# newer minor versions tried when this was written). The trufflehog source
# comes from the Go module proxy configured for the go command (go mod
# download), into a temporary module cache that is removed at exit; nothing
# of it is built. Needs network.
set -euo pipefail

version=v3.90.0
if [[ $# -gt 0 && $1 != -* ]]; then
	version=$1
	shift
fi
root=$(cd "$(dirname "$0")/../../.." && pwd)
tmp=$(mktemp -d)
trap 'chmod -R u+w "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT

dir=$(cd "$tmp" && GOWORK=off GOFLAGS=-modcacherw GOMODCACHE="$tmp/mod" \
	go mod download -json "github.com/trufflesecurity/trufflehog/v3@$version" |
	sed -n 's/^[[:space:]]*"Dir": "\(.*\)",\{0,1\}$/\1/p')
if [[ -z $dir || ! -d $dir/pkg/detectors ]]; then
	echo "tps.sh: could not fetch trufflehog $version" >&2
	exit 1
fi
echo "trufflehog $version, logscrub $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?')"
(cd "$root" && go build -o "$tmp/logscrub" ./cmd/logscrub)
cd "$root" && go run ./bench/peers/trufflehog -src "$dir" -bin "$tmp/logscrub" "$@"

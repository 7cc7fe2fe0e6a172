#!/usr/bin/env bash
# Runs gitleaks' own true-positive samples through logscrub and prints, per
# gitleaks rule, how many lost their secret (see rules/COVERAGE.md).
#
#   bash bench/peers/gitleaks/tps.sh [VERSION] [-v]
#
# VERSION defaults to v8.30.1. The gitleaks source comes from the Go module
# proxy configured for the go command (go mod download), into a temporary
# module cache that is removed at exit; nothing of it is built. Needs network.
set -euo pipefail

version=v8.30.1
if [[ $# -gt 0 && $1 != -* ]]; then
	version=$1
	shift
fi
root=$(cd "$(dirname "$0")/../../.." && pwd)
tmp=$(mktemp -d)
trap 'chmod -R u+w "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT

dir=$(cd "$tmp" && GOWORK=off GOFLAGS=-modcacherw GOMODCACHE="$tmp/mod" \
	go mod download -json "github.com/zricethezav/gitleaks/v8@$version" |
	sed -n 's/^[[:space:]]*"Dir": "\(.*\)",\{0,1\}$/\1/p')
if [[ -z $dir || ! -d $dir/cmd/generate/config/rules ]]; then
	echo "tps.sh: could not fetch gitleaks $version" >&2
	exit 1
fi
echo "gitleaks $version, logscrub $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?')"
(cd "$root" && go build -o "$tmp/logscrub" ./cmd/logscrub)
cd "$root" && go run ./bench/peers/gitleaks -src "$dir" -bin "$tmp/logscrub" "$@"

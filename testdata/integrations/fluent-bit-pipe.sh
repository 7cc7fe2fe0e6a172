#!/bin/sh
# Fluent Bit → logscrub → Fluent Bit, through pipes:
#
#   fluent-bit … -o stdout -p format=json_lines | logscrub | fluent-bit -i stdin …
#
# The first Fluent Bit tails the logs and prints one JSON record per line on
# stdout, with a `date` key added (json_date_key; json_date_format double is
# a float epoch, e.g. 1764842400.123456). logscrub scrubs each line and keeps
# it one valid JSON record. The second Fluent Bit reads the records with its
# stdin input, which parses JSON records itself: do not set a parser on it.
# The record keeps `date` as a field; the second Fluent Bit stamps the record
# with the time it read it.
#
# On a Kubernetes node, tail /var/log/containers/*.log with -t 'kube.*' and
# add `-F kubernetes -m 'kube.*'`: each record then carries a nested
# `kubernetes` map (pod_name, namespace_name, labels, …) beside `log`.
#
# Fluent Bit writes its own log and banner to stderr (-q quiets them), so
# stdout carries records only. The stdin input reads in buffer_size chunks
# (default 16k): raise it above your longest record.
#
# Usage: LOGS='/var/log/app/*.log' FORWARD_HOST=logs.internal ./fluent-bit-pipe.sh
#
# cmd/logscrub/recipes_test.go runs the logscrub stage of the pipeline below
# on what this `-o stdout -p format=json_lines` prints.
set -eu

LOGS=${LOGS:-/var/log/app/*.log}
FORWARD_HOST=${FORWARD_HOST:-logs.internal}

fluent-bit -q \
    -i tail -p path="$LOGS" -p read_from_head=true -t app \
    -o stdout -p format=json_lines -p json_date_key=date -p json_date_format=double -m app \
  | logscrub \
  | fluent-bit -q \
    -i stdin -p buffer_size=1M -t app.scrubbed \
    -o forward -p host="$FORWARD_HOST" -p port=24224 -m app.scrubbed

#!/usr/bin/env bash
# Creates the topics of kafka-topics.txt once the cluster answers (auto-creation is off, as in production).
set -euo pipefail
bootstrap=${BOOTSTRAP:-kafka1:19092}
topics=/opt/kafka/bin/kafka-topics.sh

for attempt in $(seq 1 60); do
  if "$topics" --bootstrap-server "$bootstrap" --list >/dev/null 2>&1; then break; fi
  [ "$attempt" = 60 ] && { echo "Kafka at $bootstrap did not answer in 120 s" >&2; exit 1; }
  sleep 2
done

grep -v '^#' /scripts/kafka-topics.txt | while read -r name partitions retention; do
  [ -z "$name" ] && continue
  "$topics" --bootstrap-server "$bootstrap" --create --if-not-exists --topic "$name" \
    --partitions "$partitions" --replication-factor 3 \
    --config min.insync.replicas=2 --config retention.ms="$retention"
done
echo "Topics ready."

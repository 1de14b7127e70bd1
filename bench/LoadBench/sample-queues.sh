#!/usr/bin/env bash
# Prints, every few seconds, where orders wait while a LoadBench run (or the run command) is up: orders Placed and
# Confirmed, deliverable workflow inbox events by kind, instances leased to a worker, activity tasks free/leased.
# Usage: bench/LoadBench/sample-queues.sh [interval-seconds, default 5] [postgres port, default 5432]
set -euo pipefail
interval=${1:-5}
port=${2:-5432}
q() { psql -h 127.0.0.1 -p "$port" -U postgres -d "$1" -Atc "$2" 2>/dev/null || echo "-"; }
while true; do
  orders=$(q ordering "SELECT count(*) FILTER (WHERE status = 'Placed') || ' placed, ' || count(*) FILTER (WHERE status = 'Confirmed') || ' confirmed' FROM orders")
  inbox=$(q workflow "SELECT coalesce(string_agg(kind || '=' || n, ','), 'empty') FROM (SELECT kind, count(*) n FROM wf_inbox WHERE NOT held AND (visible_at IS NULL OR visible_at <= now()) GROUP BY kind) k")
  leased=$(q workflow "SELECT count(*) FROM wf_instances WHERE locked_by IS NOT NULL")
  activities=$(q workflow "SELECT count(*) FILTER (WHERE locked_by IS NULL) || '/' || count(*) FILTER (WHERE locked_by IS NOT NULL) FROM wf_activity_tasks")
  echo "$(date -u +%T) orders: $orders | inbox: $inbox | instances leased: $leased | activities free/leased: $activities"
  sleep "$interval"
done

#!/usr/bin/env bash
# Catalog sync against the real Backstage catalog server (../shared/tools/backstage-catalog) loaded with
# generated entities: full-sync throughput into a new store, and the latency of an incremental sync with
# nothing changed and with one entity changed. Prints "name value unit" lines; run.sh calls it.
#
#   tests/bench/bench-sync.sh BUILD_DIR [ENTITIES]
#
# ENTITIES defaults to $TESSERA_BENCH_SYNC_ENTITIES or 5000; each figure is the median of $TESSERA_BENCH_RUNS (3).
set -euo pipefail

build=$(cd "${1:?usage: bench-sync.sh BUILD_DIR [ENTITIES]}" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
shared=${TESSERA_SHARED_DIR:-$root/../shared}
tool=$shared/tools/backstage-catalog
entities=${2:-${TESSERA_BENCH_SYNC_ENTITIES:-5000}}
runs=${TESSERA_BENCH_RUNS:-3}
cli=$build/bin/tessera-cli

work=$(mktemp -d)
port=""
cleanup() {
    [ -n "$port" ] && "$tool/stop.sh" "$port" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

catalog=$work/catalog.yaml
count=$(node "$here/gen-backstage.js" "$catalog" "$entities")
started=$(date +%s.%N)
server=$(BACKSTAGE_CATALOG_FILE="$catalog" BACKSTAGE_MIN_ENTITIES="$count" BACKSTAGE_START_TIMEOUT=1800 "$tool/start.sh")
eval "$server"
port=$BACKSTAGE_PORT
echo "sync_backstage_ingest_seconds $(echo "$(date +%s.%N) - $started" | bc -l | xargs printf '%.1f') s"

now() { date +%s.%N; }
median() { sort -g | sed -n "$(( (runs + 1) / 2 ))p"; }

# Full sync: a new store each run.
full=()
for _ in $(seq "$runs"); do
    rm -f "$work"/full.sqlite*
    "$cli" sources add bench --type backstage --url "$BACKSTAGE_URL" --store "$work/full.sqlite" >/dev/null
    start=$(now)
    "$cli" sync --store "$work/full.sqlite" >/dev/null
    full+=("$(echo "$(now) - $start" | bc -l)")
done
t_full=$(printf '%s\n' "${full[@]}" | median)
echo "sync_full_entities $count entities"
echo "sync_full_seconds $(printf '%.2f' "$t_full") s"
echo "sync_full_throughput $(echo "$count / $t_full" | bc -l | xargs printf '%.0f') entities/s"

# Incremental with nothing changed: one listing pass, nothing fetched or written.
same=()
for _ in $(seq "$runs"); do
    start=$(now)
    "$cli" sync --store "$work/full.sqlite" >/dev/null
    same+=("$(echo "$(now) - $start" | bc -l)")
done
echo "sync_incremental_unchanged_ms $(printf '%s\n' "${same[@]}" | median | xargs -I{} echo "{} * 1000" | bc -l | xargs printf '%.0f') ms"

# Incremental with one entity changed: edit its description in the catalog file, wait until the server serves
# the new version (its etag moves), then time the sync that brings it.
one=()
entity=dataset-7
etag() {
    curl -s "$BACKSTAGE_URL/api/catalog/entities/by-name/resource/default/$entity" \
        | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{try{console.log(JSON.parse(s).metadata.etag)}catch(e){console.log("")}})'
}
for r in $(seq "$runs"); do
    before=$(etag)
    sed -i "s/^  description: Dataset 7 of the benchmark mesh.*/  description: Dataset 7 of the benchmark mesh, edit $r/" "$catalog"
    for _ in $(seq 240); do
        [ "$(etag)" != "$before" ] && break
        sleep 0.5
    done
    start=$(now)
    out=$("$cli" sync --store "$work/full.sqlite")
    one+=("$(echo "$(now) - $start" | bc -l)")
    case "$out" in *" 1 entity new or changed"*|*" 1 entity(s) new or changed"*) ;; *) echo "bench-sync: expected one changed entity, got: $out" >&2 ;; esac
done
echo "sync_incremental_one_changed_ms $(printf '%s\n' "${one[@]}" | median | xargs -I{} echo "{} * 1000" | bc -l | xargs printf '%.0f') ms"

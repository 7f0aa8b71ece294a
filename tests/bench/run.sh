#!/usr/bin/env bash
# Runs every benchmark and prints one "name value unit" line per figure.
#
#   tests/bench/run.sh BUILD_DIR
#
# Peers run on the same input in the same run: ajv-cli (npm, draft 2019-09) against tessera-cli lint, and
# raw SQLite inserts of the same rows against the store's import.
# npm packages are installed into a cache folder ($TESSERA_BENCH_CACHE, default ~/.cache/tessera-bench).
# Each timing is the median of $TESSERA_BENCH_RUNS runs (default 3).
set -euo pipefail

build=${1:?usage: tests/bench/run.sh BUILD_DIR}
build=$(cd "$build" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
shared=${TESSERA_SHARED_DIR:-$root/../shared}
cache=${TESSERA_BENCH_CACHE:-$HOME/.cache/tessera-bench}
runs=${TESSERA_BENCH_RUNS:-3}
count=${TESSERA_BENCH_CONTRACTS:-1000}
cli=$build/bin/tessera-cli

[ -x "$cli" ] || { echo "run.sh: $cli not found; build first" >&2; exit 2; }
[ -d "$shared/fixtures" ] || { echo "run.sh: shared fixtures not found at $shared" >&2; exit 2; }

# npm peers, pinned, installed once.
if [ ! -x "$cache/npm/node_modules/.bin/ajv" ]; then
    mkdir -p "$cache/npm"
    npm install --prefix "$cache/npm" --no-audit --no-fund --silent ajv@8.17.1 ajv-cli@5.0.0 js-yaml@4.1.0 >&2
fi
# The layout peers, pinned, installed once beside them.
if [ ! -d "$cache/npm/node_modules/dagre" ] || [ ! -d "$cache/npm/node_modules/elkjs" ]; then
    mkdir -p "$cache/npm"
    npm install --prefix "$cache/npm" --no-audit --no-fund --silent dagre@0.8.5 elkjs@0.10.0 >&2
fi
export NODE_PATH=$cache/npm/node_modules

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Median wall time in seconds of running "$@" $runs times.
median_seconds() {
    local times=()
    for _ in $(seq "$runs"); do
        local start end
        start=$(date +%s.%N)
        "$@" >/dev/null 2>&1 || true
        end=$(date +%s.%N)
        times+=("$(echo "$end - $start" | bc -l)")
    done
    printf '%s\n' "${times[@]}" | sort -g | sed -n "$(( (runs + 1) / 2 ))p"
}

# ---- lint throughput: tessera-cli lint against ajv-cli on the same documents ------------------------
# Three pairings: both tools on the same YAML files (ajv-cli reads YAML with js-yaml), both on the same
# JSON files, and Tessera on the YAML against ajv on the JSON (ajv spared the YAML parse).
bytes=$(node "$here/gen-contracts.js" "$shared/fixtures" "$work/contracts" "$count")
schema=$root/resources/schemas/odcs-json-schema-v3.1.0.json
ajv_lint() {
    "$cache/npm/node_modules/.bin/ajv" validate --spec=draft2019 --strict=false --validate-formats=false \
        --all-errors --errors=no -s "$schema" -d "$1"
}

t_tessera=$(median_seconds "$cli" lint "$work"/contracts/yaml/*.yaml)
t_ajv=$(median_seconds ajv_lint "$work/contracts/json/*.json")
t_tessera_json=$(median_seconds "$cli" lint "$work"/contracts/json/*.json)
t_ajv_yaml=$(median_seconds ajv_lint "$work/contracts/yaml/*.yaml")

# Both must reach the same verdict on every file.
"$cli" lint --format json "$work"/contracts/yaml/*.yaml > "$work/tessera.json" || true
"$cache/npm/node_modules/.bin/ajv" validate --spec=draft2019 --strict=false --validate-formats=false \
    --errors=no -s "$schema" -d "$work/contracts/json/*.json" > "$work/ajv.txt" 2>&1 || true
agree=$(node -e '
const fs = require("fs");
const t = JSON.parse(fs.readFileSync(process.argv[1])).files;
const ajv = {};
for (const line of fs.readFileSync(process.argv[2], "utf8").split("\n")) {
  const m = line.match(/contract-(\d+)\.json (valid|invalid)/);
  if (m) ajv[m[1]] = m[2] === "valid";
}
let same = 0;
for (const f of t) { const id = f.file.match(/contract-(\d+)\.yaml/)[1]; if (ajv[id] === f.valid) same++; }
console.log(same);' "$work/tessera.json" "$work/ajv.txt")

rate() { echo "scale=1; $count / $1" | bc -l; }
ratio() { echo "scale=2; $1 / $2" | bc -l; }
echo "lint_corpus_contracts $count contracts"
echo "lint_corpus_size $(echo "scale=1; $bytes / 1048576" | bc -l) MB"
echo "lint_tessera_cli_yaml $(rate "$t_tessera") contracts/s"
echo "lint_ajv_cli_yaml $(rate "$t_ajv_yaml") contracts/s"
echo "lint_ratio_tessera_vs_ajv_same_yaml $(ratio "$t_ajv_yaml" "$t_tessera") x"
echo "lint_tessera_cli_json $(rate "$t_tessera_json") contracts/s"
echo "lint_ajv_cli_json $(rate "$t_ajv") contracts/s"
echo "lint_ratio_tessera_vs_ajv_same_json $(ratio "$t_ajv" "$t_tessera_json") x"
echo "lint_ratio_tessera_yaml_vs_ajv_json $(ratio "$t_ajv" "$t_tessera") x"
echo "lint_verdicts_agreeing_with_ajv $agree/$count files"

# Where Tessera's lint time goes, stage by stage, on one core.
"$build/bin/bench_lint" "$work/contracts/yaml"

# ---- the store: import rate against raw sqlite3 inserts of the same rows, search per keystroke ----------
# The default is the budget's scale: 100,000 products with 10 datasets each (1,000,000 datasets, about
# 4.5 GB of disk for both stores). The mesh is generated and imported in chunks of 2,000 products, one
# transaction each, so memory stays flat. TESSERA_BENCH_PRODUCTS=10000 gives a quick run.
products=${TESSERA_BENCH_PRODUCTS:-100000}
mkdir -p "$work/browser"
"$build/bin/bench_store" "$work/store" "$products" 10 12

# ---- the catalog browser: cold start to the first painted window and to the product list, and search
# latency per keystroke through the product list model, on a store of $products products ---------------
"$build/bin/bench_browser" "$work/browser" "$products" 40

# ---- lineage layout: 500, 2,000 and 10,000-node graphs cut from the scale mesh's lineage, laid out by Tessera
# (dot, layered, Auto) and by dagre and elkjs on the same graph; times, ratios and edge crossings -------------
# TESSERA_BENCH_LAYOUT_SIZES (default 500,2000,10000) and TESSERA_BENCH_PEER_LIMIT (seconds, default 60).
"$build/bin/bench_layout" "$work/layout" "$here/layout-peers.js" "${TESSERA_BENCH_LAYOUT_SIZES:-500,2000,10000}" \
    "${TESSERA_BENCH_PEER_LIMIT:-60}"

# ---- lineage view: a 10,000-node graph in the scene, panned; each frame rendered into an image (median and
# 95th percentile ms), at an overview zoom and at reading zoom ---------------------------------------------
"$build/bin/bench_lineageview" "$work/lineageview" 10000

# ---- contract designer: a contract as large as the peer's anchor (68 tables, over 5,000 lines of YAML) opened
# to the first painted frame, its first lint, and a keystroke to the forms and the autosave request (medians) ---
"$build/bin/bench_designer" "$shared/fixtures" 68

# ---- catalog sync: full-sync throughput from the real Backstage catalog server loaded with generated entities,
# and incremental-sync latency (nothing changed; one entity changed) ------------------------------------------
"$here/bench-sync.sh" "$build" "${TESSERA_BENCH_SYNC_ENTITIES:-5000}"

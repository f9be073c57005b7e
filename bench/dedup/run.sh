#!/usr/bin/env bash
# Deduplication benchmark: blocking + scoring + clustering (sparql-endpoint's Matcher) over every place of a
# real-data release, 3 runs, median time, clusters; then angers + conumm alone (63 clusters expected).
#   bench/dedup/run.sh [RUNS]   (needs ../shared/data/real; builds the release with the publish CLI when
#                                 DEDUP_DATA_DIR is not given, see bench/publish/README.md)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-3}"
xmx="${BENCH_XMX:-1g}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
. bench/lib.sh
data="${DEDUP_DATA_DIR:-}"
# The jar first: its `mvn clean package` would remove the test classes compiled below.
[ -n "$data" ] || bench_jar
mvn -B -q -o -pl sparql-endpoint -am test-compile -DskipTests
mvn -B -q -o -pl sparql-endpoint dependency:build-classpath -Dmdep.outputFile="$work/cp.txt"
if [ -z "$data" ]; then
  data="$work/var"
  bench_publish_real "$data" "$xmx"
fi
bench_machine "-Xmx$xmx"
java -Xmx"$xmx" -cp "sparql-endpoint/target/test-classes:sparql-endpoint/target/classes:$(cat "$work/cp.txt")" \
    org.mednumlod.endpoint.DedupBench "$data" "$runs" 2>&1 | grep -v '^SLF4J'

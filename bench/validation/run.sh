#!/usr/bin/env bash
# Validation benchmark: builds what it needs (offline), then validates synthetic places with 1 and 2 threads.
# Usage: bench/validation/run.sh [places=25000] [runs=3] [threads=1,2]   (from anywhere)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
mvn -B -q install -pl ontology -DskipTests
mvn -B -q test-compile -pl shapes
mvn -B -q dependency:build-classpath -pl shapes -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
echo "machine: $(nproc) processors; $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
free -h | sed -n 1,2p
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
exec java -Xmx${BENCH_XMX:-1g} -cp "shapes/target/test-classes:shapes/target/classes:$(cat shapes/target/bench.classpath)" \
  org.mednumlod.shapes.bench.ValidationBenchmark "${1:-25000}" "${2:-3}" "${3:-1,2}"

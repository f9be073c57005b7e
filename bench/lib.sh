# Shared steps of the benchmarks, sourced by bench/*/run.sh (from the project root):
#   . bench/lib.sh
# Each function says what it needs; none of them measures anything.

# The runnable jar (built once; `mvn clean package` again after a change).
bench_jar() {
  [ -f site/target/mednum-lod.jar ] || mvn -B -q -DskipTests clean package
}

# wrk, from the Debian packages when missing.
bench_wrk() {
  command -v wrk >/dev/null && return
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo=sudo
  $sudo apt-get install -y -q wrk
}

# The folder of the real data (../shared/data/real), absolute.
bench_real() {
  (cd ../shared/data/real && pwd)
}

# One line on the machine: cores, memory, Java, load average now. Extra words are appended.
bench_machine() {
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)," \
       "load before: $(cut -d' ' -f1-3 /proc/loadavg)${*:+, $*}"
}

# Publishes every real source into DATA_DIR (a MEDNUM_DATA_DIR) unless a release is already there, under the base URI
# BASE (the server's public address: its IRIs are minted with it, and a server answers for its own base only).
#   bench_publish_real DATA_DIR XMX BASE
bench_publish_real() {
  local data=$1 xmx=$2 base=${3:-http://localhost:8080}
  [ -f "$data/current" ] && return
  mkdir -p "$data"
  python3 bench/real_sources.py "$(bench_real)" "$data/../sources.json"
  MEDNUM_DATA_DIR="$data" MEDNUM_BASE_URI="$base" java -Xmx"$xmx" -jar site/target/mednum-lod.jar publish \
      --sources "$data/../sources.json" --rapport "$data/../rapport" > "$data/../publish.log" 2>&1
}

# Starts `mednum-lod serve` on DATA_DIR and PORT (extra arguments passed on), waits until it answers, and stops it
# when the script exits (this sets the EXIT trap: a caller that needs its own should kill $BENCH_SERVER in it).
# Sets BENCH_SERVER to its pid. BENCH_JAR: another build's runnable jar (default: this one's).
#   bench_serve DATA_DIR PORT XMX [ARGS...]
bench_serve() {
  local data=$1 port=$2 xmx=$3
  shift 3
  MEDNUM_DATA_DIR="$data" MEDNUM_BASE_URI="http://localhost:$port" SERVER_PORT="$port" \
      java -Xmx"$xmx" -jar "${BENCH_JAR:-site/target/mednum-lod.jar}" serve "$@" > "$data/../serve.log" 2>&1 &
  BENCH_SERVER=$!
  trap 'kill $BENCH_SERVER 2>/dev/null || true' EXIT
  until curl -sf -o /dev/null "http://localhost:$port/"; do
    kill -0 "$BENCH_SERVER" 2>/dev/null || { echo "the server stopped, see $data/../serve.log" >&2; return 1; }
    sleep 1
  done
}

# What the wrk benchmarks share: wrk and the jar, a release of every real source in $BENCH_DIR (a new temporary
# folder when unset; kept between runs when set), and `mednum-lod serve` on it with SERVE_ARGS. Sets the globals
# work, port (BENCH_PORT, else DEFAULT_PORT) and xmx (BENCH_XMX, else 1g) for the caller.
#   bench_real_server DEFAULT_PORT
bench_real_server() {
  bench_wrk
  bench_jar
  work="${BENCH_DIR:-$(mktemp -d)}"
  port="${BENCH_PORT:-$1}"
  xmx="${BENCH_XMX:-1g}"
  bench_publish_real "$work/var" "$xmx" "http://localhost:$port"
  # SERVE_ARGS, e.g. --mednum.cache.max-mb=0 to measure without the page cache.
  bench_serve "$work/var" "$port" "$xmx" ${SERVE_ARGS:-}
}

# The CSV rows (no header) of a SPARQL query to the server on PORT.
#   bench_sparql PORT QUERY
bench_sparql() {
  curl -sf -H 'Accept: text/csv' --data-urlencode "query=$2" "http://localhost:$1/sparql" | tail -n +2 | tr -d '\r'
}

# Runs wrk with bench/pages/rotate.lua over the paths of a file and prints "LABEL: N req/s, p50 …, p99 …, non-200 …".
#   bench_wrk_run LABEL PATHS_FILE ACCEPT PORT CONNECTIONS SECONDS
bench_wrk_run() {
  local out
  out=$(PATHS="$2" ACCEPT="$3" wrk -t2 -c"$5" -d"$6s" --latency -s bench/pages/rotate.lua "http://localhost:$4")
  echo "$1: $(echo "$out" | awk '/Requests\/sec/ {print $2}') req/s," \
       "p50 $(echo "$out" | awk '$1=="50%" {print $2}'), p99 $(echo "$out" | awk '$1=="99%" {print $2}')," \
       "non-200 $(echo "$out" | awk '/non-200/ {n=$2} END {print n+0}')"
}

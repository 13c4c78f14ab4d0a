#!/usr/bin/env bash
# Page benchmark against a static-file ceiling (see docs/benchmark.md). Builds the jar, records launch to first
# page as `java -jar` and as the documented production launch (the jar extracted, with a class-data archive: an AOT
# cache on Java 25), starts the latter on a fresh H2 database, warms up, then for each page runs wrk against the app
# and, in turn, against nginx serving the very same bytes as a static file, and prints both rates, the ratio, the
# app's p50/p99, the bytes and the errors. Then the sheet PDF's median rendered afresh and asked again, a mixed run
# over all pages, and the resident memory after it all.
#
#   src/test/bench/pages.sh                      # defaults below (the JVM options of docs/deploy.md)
#   JVM_OPTS="-Xmx128m -XX:+UseSerialGC" DURATION=15s src/test/bench/pages.sh
#   JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java src/test/bench/pages.sh
#
# Needs wrk, nginx and curl (Debian packages). Run it alone on the machine: every other process skews the figures.
set -euo pipefail
cd "$(dirname "$0")/../../.."

PORT=${PORT:-18080}
NGINX_PORT=${NGINX_PORT:-18081}
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-30}
MIXED=${MIXED:-60s}
JAVA=${JAVA:-java}
version=$("$JAVA" -XshowSettings:properties -version 2>&1 | awk '/java.specification.version/ {print $3}')
# The options docs/deploy.md gives for `java -jar` and the pom gives `spring-boot:run` (keep the three the same),
# with -XX:SweeperThreshold=50 on Java 20 and later (no full collection each time the code cache grows by 15%).
default_opts="-XX:+ExitOnOutOfMemoryError -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:InitialHeapSize=96m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -Xmx128m -XX:MetaspaceSize=128m -Xss512k -XX:ReservedCodeCacheSize=24m -XX:TrimNativeHeapInterval=5000"
[ "${version%%.*}" -ge 20 ] && default_opts="$default_opts -XX:SweeperThreshold=50"
JVM_OPTS=${JVM_OPTS:-$default_opts}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
for tool in wrk nginx curl; do
  command -v "$tool" >/dev/null || { echo "needs $tool (Debian package $tool)"; exit 2; }
done

./mvnw -q -DskipTests package
jar=$(ls target/limber-*.jar | head -n 1)
work=$(mktemp -d /tmp/limber-bench.XXXXXX)
mkdir -p "$work/www" "$work/nginx"
app=
cleanup() {
  [ -n "${app:-}" ] && kill "$app" 2>/dev/null || true
  [ -f "$work/nginx/nginx.pid" ] && nginx -c "$work/nginx/nginx.conf" -s stop 2>/dev/null || true
}
trap cleanup EXIT

# Launch to first page, in a folder of its own (a fresh database each time): sets app (its pid) and launched (ms).
launch() {
  local dir=$1; shift
  mkdir -p "$dir"
  local start=$(date +%s%N)
  (cd "$dir" && exec "$JAVA" $JVM_OPTS "$@" --server.port="$PORT" \
    --limber.limits.saved-routines=100000000 --limber.limits.logged-sessions=100000000 > app.log 2>&1) &
  app=$!
  until curl -s -o /dev/null "http://127.0.0.1:$PORT/"; do
    kill -0 "$app" 2>/dev/null || { echo "the app did not start:"; tail -n 20 "$dir/app.log"; exit 1; }
    sleep 0.02
  done
  launched=$(( ($(date +%s%N) - start) / 1000000 ))
}
stop() { kill "$app"; wait "$app" 2>/dev/null || true; app=; }

# As packaged: the Spring Boot jar with its nested jars.
launch "$work/plain" -jar "$PWD/$jar"; plain=$launched; stop

# As deployed (docs/deploy.md): extracted, in Spring AOT mode, with a class-data archive written by a training run
# that stops once the application context is up. Java 25 and later keep an AOT cache (classes loaded and linked, method profiles);
# earlier ones a CDS archive.
"$JAVA" -Djarmode=tools -jar "$jar" extract --destination "$work/app" > /dev/null
if [ "${version%%.*}" -ge 25 ]; then train="-XX:AOTCacheOutput=$work/app.aot"; use="-XX:AOTCache=$work/app.aot"
else train="-XX:ArchiveClassesAtExit=$work/app.jsa"; use="-XX:SharedArchiveFile=$work/app.jsa"; fi
# Spring AOT too: the bean definitions worked out at build time (process-aot).
use="$use -Dspring.aot.enabled=true"
(mkdir -p "$work/train" && cd "$work/train" && "$JAVA" $JVM_OPTS $train -Dspring.aot.enabled=true -Dspring.context.exit=onRefresh \
  -jar "$work/app/$(basename "$jar")" --server.port="$PORT" > train.log 2>&1)
launch "$work" $use -jar "$work/app/$(basename "$jar")"; first=$launched; stop
# A restart on the same database (what a deployment does after the first start): no migrations to run. Three
# times, the median quoted; the last one stays up for the benchmark.
restarts=()
for i in 1 2 3; do
  [ -n "$app" ] && stop
  launch "$work" $use -jar "$work/app/$(basename "$jar")"; restarts+=("$launched")
done
launch=$(printf '%s\n' "${restarts[@]}" | sort -n | sed -n 2p)
rss_idle=$(ps -o rss= -p "$app")

# A saved routine to measure, saved as a person would (form page, CSRF token, post).
jarfile="$work/cookies"
form=$(curl -s -c "$jarfile" -b "$jarfile" "http://127.0.0.1:$PORT/routines/generate?slot=morning&minutes=10")
csrf=$(printf '%s' "$form" | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//')
saved=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$jarfile" -b "$jarfile" --data-urlencode "_csrf=$csrf" \
  -d 'slot=morning&minutes=10&name=Benchmark' "http://127.0.0.1:$PORT/routines" | sed 's#^[a-z]*://[^/]*##')

pages=(
  "/"
  "/stretches"
  "/stretches?block=stretch&position=seated"
  "/stretches?q=thoracic"
  "/stretches/cat-cow"
  "/routines/generate?slot=morning&minutes=10"
  "/today"
  "$saved"
  "$saved/follow"
  "/api/routines/generate?slot=midday&minutes=10"
  "/routines/generate/sheet.pdf?slot=morning&minutes=10"
  "/plan/week.pdf"
)

# nginx serves each page's bytes, fetched once from the app, as a static file with the app's content type.
{
  echo "worker_processes 1; pid $work/nginx/nginx.pid; error_log $work/nginx/error.log;"
  echo "events { worker_connections 1024; }"
  echo "http { access_log off; client_body_temp_path $work/nginx/b; proxy_temp_path $work/nginx/p;"
  echo "  fastcgi_temp_path $work/nginx/f; uwsgi_temp_path $work/nginx/u; scgi_temp_path $work/nginx/s;"
  echo "  server { listen 127.0.0.1:$NGINX_PORT; root $work/www;"
  i=0
  for page in "${pages[@]}"; do
    i=$((i + 1))
    type=$(curl -s -o "$work/www/p$i" -w '%{content_type}' "http://127.0.0.1:$PORT$page")
    echo "    location = /p$i { types { } default_type \"$type\"; }"
  done
  echo "  }"
  echo "}"
} > "$work/nginx/nginx.conf"
nginx -c "$work/nginx/nginx.conf"

# wrk's summary as: rate p50 p99 errors
measure() {
  wrk -t1 -c"$2" -d"$3" --latency "$1" | awk '
    /Requests\/sec/ {rate=$2}
    / 50%/ {p50=$2} / 99%/ {p99=$2}
    /Non-2xx/ {errors+=$NF}
    /Socket errors/ {gsub(",", ""); errors+=$4+$6+$8+$10}
    END {printf "%s %s %s %d", rate, p50, p99, errors}'
}

echo "Warming up for ${WARMUP} s ..."
per=$(( WARMUP / ${#pages[@]} + 1 ))
for page in "${pages[@]}"; do wrk -t1 -c8 -d"${per}s" "http://127.0.0.1:$PORT$page" > /dev/null; done

echo
echo "Java: $("$JAVA" -version 2>&1 | head -n 1)   JVM options: $JVM_OPTS   MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX"
echo "Launch to first page, extracted with $use: $launch ms restarting (median of ${restarts[*]}),"
echo "  $first ms on a new database;"
echo "  as java -jar on a new database: $plain ms"
echo "Resident memory idle: $(( rss_idle / 1024 )) MB"
echo
printf '%-48s %8s %10s %10s %7s %9s %9s %7s\n' page bytes app/s nginx/s ratio "app p50" "app p99" errors
i=0
for page in "${pages[@]}"; do
  i=$((i + 1))
  read -r rate p50 p99 errors <<< "$(measure "http://127.0.0.1:$PORT$page" 32 "$DURATION")"
  read -r nrate _ _ _ <<< "$(measure "http://127.0.0.1:$NGINX_PORT/p$i" 32 "$DURATION")"
  ratio=$(awk -v a="$rate" -v n="$nrate" 'BEGIN {printf "%.2f%%", (n > 0 ? 100 * a / n : 0)}')
  label=$page
  [ "$page" = "$saved" ] && label="/routines/{token} (saved)"
  [ "$page" = "$saved/follow" ] && label="/routines/{token}/follow"
  printf '%-48s %8s %10s %10s %7s %9s %9s %7s\n' "${label:0:48}" "$(stat -c %s "$work/www/p$i")" "$rate" "$nrate" \
    "$ratio" "$p50" "$p99" "$errors"
done

# The sheet PDF rendered afresh (each request a different routine, after 60 others to warm the renderer up: the
# page warm-up above asks for one sheet, kept after its first render) and asked again (the same sheet: kept).
median() { sort -n | awk '{a[NR] = $1} END {printf "%.1f ms", 1000 * (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2)}'; }
sheet() { echo "http://127.0.0.1:$PORT/routines/generate/sheet.pdf?slot=$1&minutes=$2&place=home"; }
for m in $(seq 5 34); do for s in evening morning; do curl -s -o /dev/null "$(sheet "$s" "$m")"; done; done
rendered=$(for m in $(seq 15 35); do curl -s -o /dev/null -w '%{time_total}\n' "$(sheet midday "$m")"; done | median)
again=$(for i in $(seq 1 21); do curl -s -o /dev/null -w '%{time_total}\n' "$(sheet midday 20)"; done | median)
echo
echo "Sheet PDF, one request at a time: median $rendered rendered afresh (21 routines), $again asked again"

# Mixed: every page in turn, 64 connections.
{
  printf 'paths = {'
  for page in "${pages[@]}"; do printf '"%s",' "$page"; done
  printf '}\ni = 0\nrequest = function()\n  i = i %% #paths + 1\n  return wrk.format("GET", paths[i])\nend\n'
} > "$work/mixed.lua"
echo
echo "Mixed run, ${MIXED} at 64 connections over all pages:"
wrk -t1 -c64 -d"$MIXED" --latency --timeout 10s -s "$work/mixed.lua" "http://127.0.0.1:$PORT" \
  | grep -E 'Requests/sec|50%|99%|Non-2xx|Socket errors' | sed 's/^/  /'
after=$(curl -s -o /dev/null -w '%{http_code} in %{time_total} s' "http://127.0.0.1:$PORT/stretches")
echo "  /stretches afterwards: $after"
rss_after=$(ps -o rss= -p "$app")
# And once at rest: the C library gives back what the load freed every 5 s (-XX:TrimNativeHeapInterval).
sleep 12
echo "Resident memory after the benchmark: $(( rss_after / 1024 )) MB, 12 s later $(( $(ps -o rss= -p "$app") / 1024 )) MB"

#!/usr/bin/env bash
# Page benchmark against a static-file ceiling (see docs/benchmark.md). Builds the jar, starts it on a fresh H2
# database, records launch to first page and resident memory, warms up, then for each page runs wrk against the app
# and, in turn, against nginx serving the very same bytes as a static file, and prints both rates, the ratio, the
# app's p50/p99, the bytes and the errors. Ends with a mixed run over all pages and the resident memory after it.
#
#   src/test/bench/pages.sh                      # defaults below
#   JVM_OPTS="-Xmx128m" DURATION=15s src/test/bench/pages.sh
#
# Needs wrk, nginx and curl (Debian packages). Run it alone on the machine: every other process skews the figures.
set -euo pipefail
cd "$(dirname "$0")/../../.."

PORT=${PORT:-18080}
NGINX_PORT=${NGINX_PORT:-18081}
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-30}
MIXED=${MIXED:-60s}
JVM_OPTS=${JVM_OPTS:--XX:+ExitOnOutOfMemoryError}
for tool in wrk nginx curl; do
  command -v "$tool" >/dev/null || { echo "needs $tool (Debian package $tool)"; exit 2; }
done

./mvnw -q -DskipTests package
jar=$(ls target/limber-*.jar | head -n 1)
work=$(mktemp -d /tmp/limber-bench.XXXXXX)
mkdir -p "$work/www" "$work/nginx"
cleanup() {
  [ -n "${app:-}" ] && kill "$app" 2>/dev/null || true
  [ -f "$work/nginx/nginx.pid" ] && nginx -c "$work/nginx/nginx.conf" -s stop 2>/dev/null || true
}
trap cleanup EXIT

# The app: its own empty database, limits raised (every request of the benchmark comes from one address).
start=$(date +%s%N)
(cd "$work" && exec java $JVM_OPTS -jar "$OLDPWD/$jar" --server.port="$PORT" \
  --limber.limits.saved-routines=100000000 --limber.limits.logged-sessions=100000000 > app.log 2>&1) &
app=$!
until curl -s -o /dev/null "http://127.0.0.1:$PORT/"; do sleep 0.05; done
launch=$(( ($(date +%s%N) - start) / 1000000 ))
rss_idle=$(ps -o rss= -p "$(pgrep -f "server.port=$PORT" | head -n 1)")

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
echo "Java: $(java -version 2>&1 | head -n 1)   JVM options: $JVM_OPTS"
echo "Launch to first page: $launch ms   resident memory idle: $(( rss_idle / 1024 )) MB"
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
echo "Resident memory after the benchmark: $(( $(ps -o rss= -p "$(pgrep -f "server.port=$PORT" | head -n 1)") / 1024 )) MB"

#!/usr/bin/env bash
# Ideas board benchmark: seeds 100,000 ideas and 1,000,000 supports, then measures on loopback
#   (a) the board page sorted Hot, and (b) PUT /api/v1/ideas/{id}/support from many members,
# and in the same run the ceilings: pgbench running the same support transaction directly, and
# nginx serving a static page of the board page's size. Prints the two ratios.
#
# Usage: bench/ideas/run.sh            (from the repository root; builds the jar if missing)
# Needs: wrk, nginx (nginx-light), pgbench + psql (PostgreSQL client 15+), a JDK >= 21.
# Knobs: DURATION (default 20s), CONNECTIONS (32), THREADS (2), PG_CLIENTS (8), MEMBERS (5000).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE="$ROOT/bench/ideas"
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
PG_CLIENTS=${PG_CLIENTS:-8}
MEMBERS=${MEMBERS:-5000}
APP_PORT=${APP_PORT:-18090}
NGINX_PORT=${NGINX_PORT:-18091}
PGBIN=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
# a JDK >= 21: JAVA_HOME when set, else the newest one installed beside the system's default
if [ -z "${JAVA_HOME:-}" ]; then
  JAVA_HOME=$(ls -d /usr/lib/jvm/*-2[1-9]-* /usr/lib/jvm/*-2[1-9] 2>/dev/null | sort -V | tail -1 || true)
fi
export JAVA_HOME
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
WORK=$(mktemp -d /tmp/cocreate-bench-ideas.XXXXXX)
APP_PID=""
NGINX_PID=""

cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true
}
trap cleanup EXIT

JAR=$(ls "$ROOT"/target/cocreate-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$JAR" ]; then
  (cd "$ROOT" && ./mvnw -q -o package -DskipTests)
  JAR=$(ls "$ROOT"/target/cocreate-*.jar | grep -v original | head -1)
fi

echo "== starting the application (embedded PostgreSQL in $WORK)"
# Rate limits on, as in production, but with room for the load: wrk sends every write from one
# origin (which in production would be thousands of members' own addresses) and 5,000 members
# support for 20 s, well within the per-member limit.
COCREATE_DATA_DIR="$WORK/pg" COCREATE_DEMO=false COCREATE_RATE_LIMIT_ORIGIN=100000000 PORT=$APP_PORT \
  "$JAVA" --enable-native-access=ALL-UNNAMED -Xmx1g -jar "$JAR" >"$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 180); do
  curl -fs "http://localhost:$APP_PORT/actuator/health" >/dev/null 2>&1 && break
  kill -0 "$APP_PID" 2>/dev/null || { echo "the application stopped:"; tail -20 "$WORK/app.log"; exit 1; }
  sleep 1
done
PGPORT=$(grep -o 'Embedded PostgreSQL on port [0-9]*' "$WORK/app.log" | grep -o '[0-9]*$')
export PGHOST=localhost PGPORT PGUSER=postgres PGDATABASE=postgres
echo "   app on :$APP_PORT, PostgreSQL on :$PGPORT"

echo "== seeding 100,000 ideas and 1,000,000 supports"
"$PGBIN/psql" -q -v members="$MEMBERS" -f "$HERE/seed.sql"
FIRST_IDEA=$("$PGBIN/psql" -Atc "select min(id) from idea where space_id = (select id from space where slug = 'bench')")
FIRST_MEMBER=$("$PGBIN/psql" -Atc "select min(id) from member where handle like 'bench%'")
SPACE_ID=$("$PGBIN/psql" -Atc "select id from space where slug = 'bench'")

# warm up the JIT and the caches
wrk -t"$THREADS" -c8 -d5s "http://localhost:$APP_PORT/api/v1/spaces/bench/ideas" >/dev/null
BENCH_MEMBERS=$MEMBERS BENCH_FIRST_IDEA=$FIRST_IDEA wrk -t"$THREADS" -c8 -d5s -s "$HERE/support.lua" \
  "http://localhost:$APP_PORT" >/dev/null

# a returning visitor (a reader who only reads gets no session, so the cookie may well be empty)
curl -fs -c "$WORK/cookies" -o /dev/null "http://localhost:$APP_PORT/s/bench/ideas"
SESSION=$(awk '$6 == "COCREATE_SESSION" { print $7 }' "$WORK/cookies")
wrk -t"$THREADS" -c8 -d5s -H "Cookie: COCREATE_SESSION=$SESSION" "http://localhost:$APP_PORT/s/bench/ideas" >/dev/null

rps() { grep 'Requests/sec' "$1" | awk '{print $2}'; }
p99() { grep -E '^ +99%' "$1" | awk '{print $2}'; }

echo "== (a) board page, sorted Hot: wrk -t$THREADS -c$CONNECTIONS -d$DURATION"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "Cookie: COCREATE_SESSION=$SESSION" \
  "http://localhost:$APP_PORT/s/bench/ideas?sort=hot" | tee "$WORK/board.txt"

# For the record (no target): the same page rendered for every request, as a signed-in member gets
# it; an unknown session cookie makes the anonymous page cache step aside.
echo "== (a') board page rendered each time (page cache bypassed): wrk -t$THREADS -c$CONNECTIONS -d$DURATION"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "Cookie: COCREATE_SESSION=bench-no-such-session" \
  "http://localhost:$APP_PORT/s/bench/ideas?sort=hot" | tee "$WORK/rendered.txt"

echo "== (b) PUT support from $MEMBERS members: wrk -t$THREADS -c$CONNECTIONS -d$DURATION"
BENCH_MEMBERS=$MEMBERS BENCH_FIRST_IDEA=$FIRST_IDEA wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency \
  -s "$HERE/support.lua" "http://localhost:$APP_PORT" | tee "$WORK/support.txt"

echo "== ceiling 1: pgbench, the same support transaction, $PG_CLIENTS clients"
"$PGBIN/pgbench" -n -c "$PG_CLIENTS" -j "$THREADS" -T "${DURATION%s}" -f "$HERE/support.pgbench" \
  -D first_idea="$FIRST_IDEA" -D last_idea=$((FIRST_IDEA + 99999)) -D space="$SPACE_ID" \
  -D first_member="$FIRST_MEMBER" -D last_member=$((FIRST_MEMBER + MEMBERS - 1)) | tee "$WORK/pgbench.txt"

echo "== ceiling 2: nginx serving a static page of the same size"
mkdir -p "$WORK/www" "$WORK/nginx"
curl -fs "http://localhost:$APP_PORT/s/bench/ideas?sort=hot" -o "$WORK/www/board.html"
cat >"$WORK/nginx/nginx.conf" <<CONF
worker_processes 2;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $WORK/nginx;
  server { listen 127.0.0.1:$NGINX_PORT; root $WORK/www; location / { default_type text/html; } }
}
CONF
# nginx's workers run as an unprivileged user: they must be able to read the page (mktemp -d is 0700)
chmod 755 "$WORK" "$WORK/www"
chmod 644 "$WORK/www/board.html"
nginx -c "$WORK/nginx/nginx.conf" -g 'daemon off;' &
NGINX_PID=$!
sleep 1
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "http://127.0.0.1:$NGINX_PORT/board.html" | tee "$WORK/nginx.txt"

# A ceiling or a measurement made of error responses means nothing: refuse to print ratios from it.
for run in board rendered support nginx; do
  if grep -q 'Non-2xx or 3xx responses' "$WORK/$run.txt"; then
    echo "!! the $run run got error responses; its figure would be meaningless" >&2
    exit 1
  fi
done
BOARD=$(rps "$WORK/board.txt"); SUPPORT=$(rps "$WORK/support.txt"); STATIC=$(rps "$WORK/nginx.txt")
TPS=$(grep -E '^tps' "$WORK/pgbench.txt" | head -1 | sed -E 's/tps = ([0-9.]+).*/\1/')
SIZE=$(wc -c <"$WORK/www/board.html")
ROWS=$("$PGBIN/psql" -Atc "select count(*) from idea_support s join idea i on i.id = s.idea_id where i.space_id = (select id from space where slug = 'bench')")
DRIFT=$("$PGBIN/psql" -Atc "select count(*) from idea i where i.space_id = (select id from space where slug = 'bench') and i.support_count <> (select count(*) from idea_support s where s.idea_id = i.id)")
echo
echo "== results ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average $(cut -d" " -f1-3 /proc/loadavg), page ${SIZE} bytes)"
printf 'board page (Hot)     %10s req/s   p99 %s\n' "$BOARD" "$(p99 "$WORK/board.txt")"
printf 'static page (nginx)  %10s req/s   p99 %s\n' "$STATIC" "$(p99 "$WORK/nginx.txt")"
printf 'board page rendered  %10s req/s   p99 %s   (page cache bypassed; no target)\n' "$(rps "$WORK/rendered.txt")" "$(p99 "$WORK/rendered.txt")"
printf 'PUT support          %10s req/s   p99 %s\n' "$SUPPORT" "$(p99 "$WORK/support.txt")"
printf 'pgbench support tx   %10s tps\n' "$TPS"
awk -v a="$SUPPORT" -v b="$TPS" 'BEGIN { printf "support / pgbench ceiling = %.2f   (target >= 0.50)\n", a / b }'
awk -v a="$BOARD" -v b="$STATIC" 'BEGIN { printf "board / static ceiling    = %.3f  (target >= 0.10, p99 < 100 ms at 32 connections)\n", a / b }'
echo "supports stored: $ROWS; ideas whose count differs from their rows: $DRIFT"

#!/usr/bin/env bash
# Heap a pabulib import keeps (streamed) against reading the whole file, on a generated file.
# usage: bench/pb/heap.sh [VOTERS]   (default 400000, the import's default limit)
set -euo pipefail
cd "$(dirname "$0")/../.."

if [ -z "${JAVA_HOME:-}" ] || [ ! -x "$JAVA_HOME/bin/java" ]; then
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64 /usr/lib/jvm/java-21-openjdk-amd64; do
    if [ -x "$candidate/bin/java" ]; then export JAVA_HOME="$candidate"; break; fi
  done
fi
if [ -z "${JAVA_HOME:-}" ]; then echo "heap.sh: set JAVA_HOME to a JDK 21 or newer" >&2; exit 1; fi

./mvnw -q -DskipTests test-compile
exec "$JAVA_HOME/bin/java" -Xmx2g -XX:+UseG1GC -cp target/classes:target/test-classes \
  org.cocreate.budgets.bench.PbHeapBench "$@"

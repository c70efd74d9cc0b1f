#!/usr/bin/env bash
# Times parsing vs Equal Shares with Add1 on the largest pabulib instance (or FILE.pb).
# usage: bench/pb/run.sh [FILE.pb] [warm-up rounds] [measured rounds]
set -euo pipefail
cd "$(dirname "$0")/../.."

if [ -z "${JAVA_HOME:-}" ] || [ ! -x "$JAVA_HOME/bin/java" ]; then
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64 /usr/lib/jvm/java-21-openjdk-amd64; do
    if [ -x "$candidate/bin/java" ]; then export JAVA_HOME="$candidate"; break; fi
  done
fi
if [ -z "${JAVA_HOME:-}" ]; then echo "run.sh: set JAVA_HOME to a JDK 21 or newer" >&2; exit 1; fi

./mvnw -q -DskipTests test-compile
# the benchmark needs only the module's own classes: no third-party jar on the class path
exec "$JAVA_HOME/bin/java" -Xms1g -Xmx2g -cp target/classes:target/test-classes \
  org.cocreate.budgets.bench.PbBench "$@"

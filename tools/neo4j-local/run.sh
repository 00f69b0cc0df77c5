#!/usr/bin/env bash
# Resolves the Neo4j jars with Maven (once; cached in ~/.m2) and runs the embedded launcher.
# Environment: see Launcher.java and the README's configuration table.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
command -v java >/dev/null || { echo "NEO4J_LOCAL_ERROR java not found: install JDK 17 (apt-get install openjdk-17-jdk-headless) or set NEO4J_URI" >&2; exit 10; }
command -v mvn >/dev/null || { echo "NEO4J_LOCAL_ERROR mvn not found: install Maven (apt-get install maven) or set NEO4J_URI" >&2; exit 11; }
mkdir -p "$here/target"
cp_file="$here/target/cp.txt"
if [ ! -s "$cp_file" ] || [ "$here/pom.xml" -nt "$cp_file" ]; then
  echo "neo4j-local: resolving Neo4j jars with Maven (first run downloads about 150 MB)..." >&2
  # Progress goes to stderr so the parent can show it; the classpath goes to a file.
  if ! mvn -B -f "$here/pom.xml" -Dorg.slf4j.simpleLogger.log.org.apache.maven.cli.transfer.Slf4jMavenTransferListener=info \
      dependency:build-classpath -Dmdep.outputFile="$cp_file.tmp" 1>&2; then
    echo "NEO4J_LOCAL_ERROR Maven could not resolve the Neo4j jars (see output above)" >&2
    exit 12
  fi
  mv "$cp_file.tmp" "$cp_file"
fi
printf -- '-cp %s\n' "$(cat "$cp_file")" > "$here/target/cp.args"
exec java -Xms${NEO4J_LOCAL_HEAP:-1g} -Xmx${NEO4J_LOCAL_HEAP:-1g} -XX:+UseG1GC -XX:-OmitStackTraceInFastThrow \
  --add-opens=java.base/java.nio=ALL-UNNAMED \
  --add-opens=java.base/java.io=ALL-UNNAMED \
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED \
  --add-opens=java.base/java.lang=ALL-UNNAMED \
  -Dio.netty.tryReflectionSetAccessible=true \
  -Dlog4j2.disable.jmx=true -Dfile.encoding=UTF-8 \
  @"$here/target/cp.args" "$here/Launcher.java"

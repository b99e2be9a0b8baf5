# Shared by the dva scripts: find a JDK 21+ and build the project when it is missing or stale.
# Sourced, not run. Sets DVA_ROOT, JAVA_HOME, JAVA and DVA_CLASSPATH.

DVA_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DVA_JVM_OPTS=(--add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8)

# java_major PATH_TO_JAVA → prints the major version (17, 21, 25…) or nothing.
java_major() {
  "$1" -version 2>&1 | awk -F'"' '/version/ {split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit}'
}

# Finds a JDK 21 or newer: $JAVA_HOME first, then /usr/lib/jvm/*, then java on the PATH.
find_jdk() {
  local candidates=() c major
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  for c in /usr/lib/jvm/*; do [ -d "$c" ] && candidates+=("$c"); done
  if command -v javac >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")")
  fi
  for c in "${candidates[@]}"; do
    [ -x "$c/bin/java" ] && [ -x "$c/bin/javac" ] || continue
    major=$(java_major "$c/bin/java")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      export JAVA_HOME="$c"
      JAVA="$c/bin/java"
      return 0
    fi
  done
  echo "dva: no JDK 21 or newer found (looked at \$JAVA_HOME and /usr/lib/jvm/*; Lucene 10 needs Java 21+)." >&2
  echo "dva: install one (for example a Temurin 21/25 JDK under /usr/lib/jvm) or set JAVA_HOME." >&2
  return 1
}

# Builds the project (skipping tests) when the runtime jars are missing or older than any source.
ensure_built() {
  local stamp="$DVA_ROOT/search-web/target/.dva-built"
  if ! command -v mvn >/dev/null 2>&1; then
    if [ -f "$stamp" ]; then return 0; fi
    echo "dva: Maven (mvn) is needed to build dva; install it (apt-get install maven)." >&2
    return 1
  fi
  if [ -f "$stamp" ] && [ -z "$(find "$DVA_ROOT/pom.xml" "$DVA_ROOT/indexer" "$DVA_ROOT/search-web" \
        \( -path '*/target' -prune \) -o -type f -newer "$stamp" -print -quit)" ]; then
    return 0
  fi
  echo "dva: building (first use or sources changed)…" >&2
  local log="$DVA_ROOT/target/dva-build.log"
  mkdir -p "$DVA_ROOT/target"
  (cd "$DVA_ROOT" && mvn -B -q package -DskipTests) >"$log" 2>&1 || {
    tail -n 40 "$log" >&2
    echo "dva: the build failed; the whole Maven output is in $log" >&2
    return 1
  }
  touch "$stamp"
}

dva_classpath() {
  DVA_CLASSPATH="$DVA_ROOT/search-web/target/classes:$DVA_ROOT/search-web/target/lib/*"
}

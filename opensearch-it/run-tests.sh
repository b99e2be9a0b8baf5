#!/usr/bin/env bash
# Runs this module's tests with JUnit 4 (OpenSearch's test framework is built on it) in a plain JVM.
# The framework refuses to run as root, and CI runs as root: then the tests run as the unprivileged
# user dva-it (created when missing) from a copy of the classes, the jars and the corpus under /tmp
# that this user can read, with a temporary folder it can write. Called by Maven (exec plugin, phase
# integration-test) with JAVA_BIN, IT_LIB, IT_CLASSES, IT_CORPUS set; the exit status is the tests'.
# IT_TESTS, when set, names the test classes to run (default: all of them).
set -euo pipefail
: "${JAVA_BIN:?}" "${IT_LIB:?}" "${IT_CLASSES:?}" "${IT_CORPUS:?}"
user=dva-it

work=$(mktemp -d /tmp/dva-it.XXXXXX)
trap 'rm -rf "$work"' EXIT
chmod 755 "$work"
mkdir -p "$work/tmp"
cp -r "$IT_LIB" "$work/lib"
cp -r "$IT_CLASSES" "$work/classes"
cp -r "$IT_CORPUS" "$work/corpus"

cmd=("$JAVA_BIN" -ea -Xmx1g --add-modules jdk.incubator.vector -Dfile.encoding=UTF-8
  -Djava.io.tmpdir="$work/tmp" -Dtests.locale=vi-VN -Dtests.timezone=Asia/Ho_Chi_Minh
  -Ddva.corpus="$work/corpus" -Dtests.security.manager=false
  -Dopensearch.set.netty.runtime.available.processors=false
  -cp "$work/classes:$work/lib/*" org.junit.runner.JUnitCore ${IT_TESTS:-vn.dva.it.ClusterEqualityIT vn.dva.it.WebEqualityIT})

if [ "$(id -u)" -ne 0 ]; then
  "${cmd[@]}"
  exit $?
fi
if ! id -u "$user" >/dev/null 2>&1; then
  echo "opensearch-it: creating the unprivileged user $user to run the cluster test"
  useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$user"
fi
chown -R "$user" "$work"
cd "$work"
runuser -u "$user" -- "${cmd[@]}"

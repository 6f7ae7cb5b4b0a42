#!/bin/sh
# Unpacks the distribution tarball ($1) into a fresh folder and runs its bin/lockstep from there, outside this
# checkout's build: --version, and lint and explore on a spec ($2); on a JDK 17 (where the machine has one) it must
# refuse with one line and exit 2. Any failure fails the build.
set -eu
tarball=$1
spec=$2
work=$(dirname "$tarball")/dist-check
rm -rf "$work"
mkdir -p "$work"
tar -xzf "$tarball" -C "$work"
bin=$(cd "$work" && pwd)/$(cd "$work" && ls -d lockstep-*/bin/lockstep)
fail() { echo "distribution: $*" >&2; exit 1; }
# bin/lockstep runs on $JAVA_HOME, the JDK 21+ that runs this Maven (the enforcer saw to it)
cd "$work"
version=$("$bin" --version)
[ "$version" = "lockstep 0.1.0" ] || fail "--version printed '$version'"
"$bin" lint "$spec" >/dev/null
"$bin" explore "$spec" --model small > explore.txt
grep -q "distinct states   288" explore.txt || fail "explore printed: $(cat explore.txt)"
old=$(ls -d /usr/lib/jvm/java-17-openjdk* 2>/dev/null | head -n 1)
if [ -n "$old" ]; then
  set +e
  refusal=$(JAVA_HOME=$old "$bin" --version 2>&1)
  code=$?
  set -e
  [ "$code:$refusal" = "2:lockstep: needs Java 21+, but $old/bin/java is Java 17; set JAVA_HOME to a JDK 21+" ] ||
    fail "on JDK 17 bin/lockstep said (exit $code): $refusal"
fi
echo "distribution: $(basename "$(dirname "$(dirname "$bin")")") runs outside the checkout: $version; lint and explore ok"

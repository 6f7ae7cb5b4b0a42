#!/bin/sh
# Unpacks the distribution tarball ($1) into a fresh folder and runs its bin/lockstep from there, outside this
# checkout's build: --version, and lint and explore on a spec ($2). Any failure fails the build.
set -eu
tarball=$1
spec=$2
work=$(dirname "$tarball")/dist-check
rm -rf "$work"
mkdir -p "$work"
tar -xzf "$tarball" -C "$work"
bin=$(ls -d "$work"/lockstep-*/bin/lockstep)
# bin/lockstep runs on $JAVA_HOME, the JDK 21+ that runs this Maven (the enforcer saw to it)
cd "$work"
version=$("$bin" --version)
[ "$version" = "lockstep 0.1.0" ] || { echo "distribution: --version printed '$version'" >&2; exit 1; }
"$bin" lint "$spec" >/dev/null
"$bin" explore "$spec" --model small > explore.txt
grep -q "states" explore.txt || { echo "distribution: explore printed:" >&2; cat explore.txt >&2; exit 1; }
echo "distribution: $(basename "$(dirname "$(dirname "$bin")")") runs outside the checkout: $version; lint and explore ok"

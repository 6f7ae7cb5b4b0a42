# Sourced by ./mvnw and ./lockstep (POSIX sh). Exports JAVA_HOME pointing at a JDK >= 21:
# first $JAVA_HOME, then the JDKs under /usr/lib/jvm (newest first). Stops with one line if none is found.
# Also sets lockstep_unsafe_flag: the JVM flag both scripts pass to that JDK (see below).
lockstep_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 |
    sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}
lockstep_find_jdk() {
  for candidate in ${JAVA_HOME:+"$JAVA_HOME"} $(ls /usr/lib/jvm 2>/dev/null | sort -rV | sed "s|^|/usr/lib/jvm/|"); do
    [ -x "$candidate/bin/javac" ] || continue
    major=$(lockstep_java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      printf '%s\n' "$candidate"
      return 0
    fi
  done
  return 1
}
if lockstep_jdk=$(lockstep_find_jdk); then
  JAVA_HOME=$lockstep_jdk
  export JAVA_HOME
else
  echo "lockstep: no JDK >= 21 found (checked \$JAVA_HOME and /usr/lib/jvm/*); install one, e.g. 'apt-get install openjdk-21-jdk' or Temurin 21+, or set JAVA_HOME." >&2
  exit 1
fi
# JDK 24+ warns on every run that Netty (and Maven's Guava) use sun.misc.Unsafe (JEP 471); allow it quietly.
# JDKs before 23 do not know the flag and would refuse to start, so it is passed only from JDK 24 on.
# The major version comes from $JAVA_HOME/release (no extra JVM start); without that file, no flag.
lockstep_unsafe_flag=
lockstep_release_major=$(sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$JAVA_HOME/release" 2>/dev/null | head -n 1)
if [ "${lockstep_release_major:-0}" -ge 24 ] 2>/dev/null; then
  lockstep_unsafe_flag=--sun-misc-unsafe-memory-access=allow
fi

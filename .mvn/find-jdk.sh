# Sourced by ./mvnw and ./lockstep (POSIX sh). Exports JAVA_HOME pointing at a JDK >= 21:
# first $JAVA_HOME, then the JDKs under /usr/lib/jvm (newest first). Stops with one line if none is found.
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

# shellcheck shell=bash
# Sourced by bin/cobalt, bin/test and .ci/run: finds a JDK >= COBALT_MIN_JAVA (default 21) and
# exports JAVA_HOME. Order: JAVA_HOME if recent enough, then the newest JDK under /usr/lib/jvm,
# /usr/local/lib/jvm, /opt/java and /opt. Fails with a clear message when there is none.

cobalt_java_major() { # $1 = JDK home; prints the feature version or nothing
  local home=$1 v=""
  [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || return 0
  if [ -f "$home/release" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$home/release" | head -n 1)
  fi
  if [ -z "$v" ]; then
    v=$("$home/bin/java" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n 1)
  fi
  v=${v#1.}
  printf '%s\n' "${v%%[.+-]*}"
}

cobalt_find_jdk() {
  local min=${COBALT_MIN_JAVA:-21} best="" best_major=0 home major
  if [ -n "${JAVA_HOME:-}" ]; then
    major=$(cobalt_java_major "$JAVA_HOME")
    if [ -n "$major" ] && [ "$major" -ge "$min" ]; then
      return 0
    fi
  fi
  for home in /usr/lib/jvm/* /usr/local/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/*; do
    [ -d "$home" ] && [ ! -L "$home" ] || continue
    major=$(cobalt_java_major "$home")
    if [ -n "$major" ] && [ "$major" -ge "$min" ] && [ "$major" -gt "$best_major" ]; then
      best=$home
      best_major=$major
    fi
  done
  if [ -z "$best" ]; then
    echo "cobalt: no JDK >= $min found (JAVA_HOME='${JAVA_HOME:-}', searched /usr/lib/jvm, /usr/local/lib/jvm, /opt)." >&2
    echo "cobalt: install one (e.g. 'apt-get install openjdk-21-jdk-headless') or set JAVA_HOME to it." >&2
    return 1
  fi
  export JAVA_HOME=$best
  export PATH="$JAVA_HOME/bin:$PATH"
}

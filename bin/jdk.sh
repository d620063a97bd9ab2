# Sourced by ./mvnw (its hook), deploy/local/start and bench/run-*: exports JAVA_HOME pointing at a JDK 21 or newer found on
# this machine, and the Maven options that keep that JDK quiet.
java_major() {
  "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1
}

pick_jdk() {
  local candidate on_path
  on_path="$(command -v java 2>/dev/null || true)"
  [ -n "$on_path" ] && on_path="$(dirname "$(dirname "$(readlink -f "$on_path")")")"
  for candidate in "${JAVA_HOME:-}" "$on_path" /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
    if [ "$(java_major "$candidate")" -ge 21 ] 2>/dev/null; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

if ! JAVA_HOME="$(pick_jdk)"; then
  echo "No JDK 21 or newer found (looked at JAVA_HOME, java on PATH and /usr/lib/jvm/*): install one, e.g. 'apt install openjdk-21-jdk' or Temurin 21 from adoptium.net, and retry." >&2
  exit 1
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"

# Maven 3.9's Guice calls sun.misc.Unsafe, which JDK 24+ reports at every start; JDK 21-23 know no such
# option, so it is only set where it exists.
if [ "$(java_major "$JAVA_HOME")" -ge 24 ]; then
  case " ${MAVEN_OPTS:-} " in
    *sun-misc-unsafe-memory-access*) ;;
    *) export MAVEN_OPTS="${MAVEN_OPTS:+$MAVEN_OPTS }--sun-misc-unsafe-memory-access=allow" ;;
  esac
fi

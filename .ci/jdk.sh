# Sourced by .ci/run and deploy/local/start: exports JAVA_HOME pointing at a JDK 21 or newer.
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
  echo "No JDK 21 or newer found (looked at JAVA_HOME, java on PATH and /usr/lib/jvm/*). Install one and retry." >&2
  exit 1
fi
export JAVA_HOME

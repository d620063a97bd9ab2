#!/usr/bin/env bash
# An integration script as a CI pipeline would run it: export an artifact, upload it, record it as
# evidence for a control (safe to retry: the Idempotency-Key is derived from the run), then show the
# control's evidence and what it counts for in both frameworks. Everything goes through the gateway: the
# script records with its own key (SCRIPT_KEY, .local/demo-script-key), and a person accepts with the demo
# tenant's key (API_KEY, .local/demo-api-key): segregation of duties refuses an acceptance by the submitter.
set -euo pipefail
GATEWAY_URL="${GATEWAY_URL:-http://localhost:8080}"
LOCAL="$(dirname "$0")/../../.local"
API_KEY="${API_KEY:-$(cat "$LOCAL/demo-api-key" 2>/dev/null || true)}"
SCRIPT_KEY="${SCRIPT_KEY:-$(cat "$LOCAL/demo-script-key" 2>/dev/null || true)}"
[ -n "$API_KEY" ] && [ -n "$SCRIPT_KEY" ] || {
  echo "Set API_KEY and SCRIPT_KEY (or start the local stack, which writes .local/demo-api-key and .local/demo-script-key)" >&2
  exit 1
}
CONTROL="${CONTROL:-VULN-01}"
RUN_ID="${RUN_ID:-local-$(date -u +%Y%m%dT%H%M)}"
# A retry must send the same body as the first try, so the collection time is fixed per run.
COLLECTED_AT="${COLLECTED_AT:-$(date -u +%Y-%m-%dT%H:%M:00Z)}"

# 1. The artifact: here a small scan report; in a pipeline, the scanner's real output.
report="$(mktemp)"
trap 'rm -f "$report"' EXIT
printf '{"scanner":"demo","run":"%s","critical":0,"high":2}\n' "$RUN_ID" > "$report"
sha256="$(sha256sum "$report" | cut -d' ' -f1)"

# 2. Upload it; the service checks the digest and keeps identical files once.
curl -sS --fail-with-body -X POST "$GATEWAY_URL/api/v1/evidence/artifacts" \
  -H "X-Api-Key: $SCRIPT_KEY" -H "Content-Type: application/json" -H "X-Artifact-SHA256: $sha256" \
  --data-binary "@$report" > /dev/null

# 3. Record the evidence; a retry of this run with the same key returns the first result.
curl -sS --fail-with-body -X POST "$GATEWAY_URL/api/v1/evidence" \
  -H "X-Api-Key: $SCRIPT_KEY" -H "Content-Type: application/json" -H "Idempotency-Key: vuln-scan-$RUN_ID" \
  --data @- <<JSON
{
  "controls": ["$CONTROL"],
  "kind": "automated_check",
  "title": "Weekly vulnerability scan, run $RUN_ID",
  "sourceSystem": "ci-pipeline",
  "collectedAt": "$COLLECTED_AT",
  "validForDays": 7,
  "result": "pass",
  "artifact": {"sha256": "$sha256"},
  "metadata": {"critical": 0, "high": 2, "run": "$RUN_ID"},
  "submitter": "ci-pipeline"
}
JSON
echo

# 4. What the control has now (newest first).
curl -sS --fail-with-body "$GATEWAY_URL/api/v1/evidence?control=$CONTROL&limit=5" -H "X-Api-Key: $API_KEY"
echo

# 5. A person accepts it with their own credential (here the demo key; in real life in the UI).
id="$(curl -sS --fail-with-body "$GATEWAY_URL/api/v1/evidence?control=$CONTROL&limit=1" -H "X-Api-Key: $API_KEY" \
  | grep -o '"id":"[0-9a-f-]\{36\}"' | head -n 1 | cut -d'"' -f4)"
curl -sS --fail-with-body -X POST "$GATEWAY_URL/api/v1/evidence/$id/review" -H "X-Api-Key: $API_KEY" \
  -H "Content-Type: application/json" -d '{"decision": "accepted", "reviewer": "demo-reviewer"}' > /dev/null
sleep 2   # the coverage projection follows evidence.events

# 6. One piece of evidence, both frameworks: what it counts for, and each framework's coverage.
echo "evidence $id counts for:"
curl -sS --fail-with-body "$GATEWAY_URL/api/v1/mappings/evidence/$id/satisfies" -H "X-Api-Key: $API_KEY" \
  | grep -o '"requirement":{[^}]*}' | sed 's/"requirement"://'
for framework in iso27001:2022 soc2-tsc:2017; do
  printf '%s coverage: ' "$framework"
  curl -sS --fail-with-body "$GATEWAY_URL/api/v1/mappings/coverage?framework=$framework" -H "X-Api-Key: $API_KEY" \
    | grep -o '"summary":{[^}]*}' | sed 's/"summary"://'
done

#!/bin/sh
# Times networkLandscape end to end over HTTP against a running Regiograph (the demo data):
#   bench/landscape-http.sh [base-url] [repetitions]
# Prints min / median / max milliseconds for one district (06535) and the state of Hesse (06),
# after two unmeasured warm-up requests each. Needs curl and awk.
set -eu
URL="${1:-http://localhost:8080}/graphql"
N="${2:-20}"
FIELDS='networks { network { id } size } clusters { id members { id } bestMatch { jaccard } informal } brokers { actor { id } score connectsClusters } overlaps { jaccard } isolatedActors { id } coverage { uncoveredShortages { code } uncoveredTargetGroups { name } } summary { actors ties modularity byKind { kind actors } }'
run() {
  body="{\"query\":\"query(\$ags: [ID!], \$state: ID) { networkLandscape(ags: \$ags, state: \$state) { $FIELDS } }\", \"variables\": $1}"
  curl -s -f -o /dev/null -H 'Content-Type: application/json' -d "$body" "$URL"
  curl -s -H 'Content-Type: application/json' -d "$body" "$URL" | grep -q '"errors"' && { echo "error: $1" >&2; exit 1; }
  i=0
  while [ "$i" -lt "$N" ]; do
    curl -s -o /dev/null -w '%{time_total}\n' -H 'Content-Type: application/json' -d "$body" "$URL"
    i=$((i + 1))
  done | sort -n | awk -v label="$2" '{ t[NR] = $1 * 1000 } END {
    printf "%-22s n=%d  min %.0f ms  median %.0f ms  max %.0f ms\n", label, NR, t[1], t[int((NR + 1) / 2)], t[NR] }'
}
run '{"ags": ["06535"]}' "district 06535"
run '{"state": "06"}' "state 06 (26 districts)"

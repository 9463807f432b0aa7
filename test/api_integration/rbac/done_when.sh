#!/usr/bin/env bash
# Issue 15's "done when", the way an admin would check it by hand: curl with Basic auth.
#   - a viewer finds and reads cases, and gets 403 on create, patch and delete (nothing changes);
#   - the superuser can do everything;
#   - a user granted securitySolutionCasesV3: ['all'] in space soc-eu only works there, and
#     cannot see the default space's cases.
# Needs KIBANA_URL, KIBANA_USER, KIBANA_PASSWORD (a superuser).
set -euo pipefail

: "${KIBANA_URL:?}" "${KIBANA_USER:?}" "${KIBANA_PASSWORD:?}"
body=$(mktemp)
trap 'rm -f "$body"' EXIT

# call USER:PASSWORD METHOD PATH [JSON]: prints the HTTP status; the answer is left in $body.
call() {
  local auth=$1 method=$2 path=$3 data=${4:-}
  local args=(--silent --show-error -o "$body" -w '%{http_code}' -u "$auth" -H 'kbn-xsrf: true' -H 'Content-Type: application/json' -X "$method")
  [ -n "$data" ] && args+=(-d "$data")
  curl "${args[@]}" "$KIBANA_URL$path"
}
# expect STATUS USER:PASSWORD METHOD PATH [JSON]
expect() {
  local want=$1; shift
  local got
  got=$(call "$@")
  [ "$got" = "$want" ] || { echo "FAIL: $2 $3 as ${1%%:*}: expected $want, got $got: $(head -c 300 "$body")"; exit 1; }
}
# Reads a dotted path (cases.0.id) from the last answer.
field() { node -e 'const v=process.argv[2].split(".").reduce((o,k)=>o[k],JSON.parse(require("fs").readFileSync(process.argv[1],"utf8")));console.log(typeof v==="object"?JSON.stringify(v):v)' "$body" "$1"; }

admin="$KIBANA_USER:$KIBANA_PASSWORD"
viewer="done_viewer:done-viewer-pass"
eu="done_eu:done-eu-pass"
tag="done-when-$RANDOM$RANDOM"
case_json() { echo "{\"title\":\"$1\",\"description\":\"Suspicious logins\",\"tags\":[\"$tag\"],\"owner\":\"securitySolution\",\"settings\":{\"syncAlerts\":false},\"connector\":{\"id\":\"none\",\"name\":\"none\",\"type\":\".none\",\"fields\":null}}"; }

expect 200 "$admin" POST /api/spaces/space '{"id":"soc-eu","name":"SOC EU"}'
expect 204 "$admin" PUT /api/security/role/done_soc_eu_cases_all \
  '{"elasticsearch":{"cluster":[],"indices":[],"run_as":[]},"kibana":[{"base":[],"feature":{"securitySolutionCasesV3":["all"]},"spaces":["soc-eu"]}]}'
expect 200 "$admin" POST /internal/security/users/done_viewer '{"password":"done-viewer-pass","roles":["viewer"]}'
expect 200 "$admin" POST /internal/security/users/done_eu '{"password":"done-eu-pass","roles":["done_soc_eu_cases_all"]}'

expect 200 "$admin" POST /api/cases "$(case_json 'Default space case')"
default_id=$(field id); default_version=$(field version)
expect 200 "$admin" POST /s/soc-eu/api/cases "$(case_json 'EU case')"
eu_id=$(field id)
echo "superuser created $default_id (default) and $eu_id (soc-eu)"

# The viewer reads...
expect 200 "$viewer" GET "/api/cases/_find?tags=$tag"
[ "$(field total)" = "1" ] && [ "$(field cases.0.id)" = "$default_id" ] || { echo "FAIL: the viewer's find: $(cat "$body")"; exit 1; }
expect 200 "$viewer" GET "/api/cases/$default_id"
# ...and may not write.
expect 403 "$viewer" POST /api/cases "$(case_json 'Viewer case')"
expect 403 "$viewer" PATCH /api/cases "{\"cases\":[{\"id\":\"$default_id\",\"version\":\"$default_version\",\"title\":\"Viewer was here\"}]}"
expect 403 "$viewer" DELETE "/api/cases?ids=%5B%22$default_id%22%5D"
expect 200 "$admin" GET "/api/cases/$default_id"
[ "$(field version)" = "$default_version" ] || { echo "FAIL: a refused call changed the case"; exit 1; }
expect 200 "$admin" GET "/api/cases/_find?tags=$tag&perPage=100"
[ "$(field total)" = "1" ] || { echo "FAIL: a refused create made a case"; exit 1; }
echo "viewer: find and get 200; create, patch and delete 403; nothing changed"

# The superuser does everything.
expect 200 "$admin" PATCH /api/cases "{\"cases\":[{\"id\":\"$default_id\",\"version\":\"$default_version\",\"title\":\"Retitled\"}]}"
expect 200 "$admin" POST "/api/cases/$default_id/comments" '{"type":"user","comment":"checked","owner":"securitySolution"}'
expect 200 "$admin" POST /api/cases "$(case_json 'Throwaway')"
expect 204 "$admin" DELETE "/api/cases?ids=%5B%22$(field id)%22%5D"
echo "superuser: patch, comment, create and delete"

# securitySolutionCasesV3 ['all'] in soc-eu only.
expect 200 "$eu" GET "/s/soc-eu/api/cases/_find?tags=$tag"
[ "$(field total)" = "1" ] && [ "$(field cases.0.id)" = "$eu_id" ] || { echo "FAIL: the EU user's find in soc-eu: $(cat "$body")"; exit 1; }
expect 200 "$eu" GET "/s/soc-eu/api/cases/$eu_id"
expect 200 "$eu" POST /s/soc-eu/api/cases "$(case_json 'EU analyst case')"
expect 403 "$eu" GET "/api/cases/_find?tags=$tag"
expect 404 "$eu" GET "/api/cases/$default_id"
expect 404 "$eu" GET "/s/soc-eu/api/cases/$default_id"
expect 403 "$eu" POST /api/cases "$(case_json 'EU analyst in default')"
echo "soc-eu user: works in soc-eu; the default space's cases are invisible"

echo "all steps passed"

#!/usr/bin/env bash
# The shell steps of the DTP GitLab CI job (dtp.gitlab-ci.yml beside this file), in one script so they can be run,
# and tested, outside GitLab:
#   steps.sh validate   problems in the job log and GitLab's Code Quality report (gl-code-quality-report.json)
#   steps.sh note       in a merge request pipeline: what moved in each affected plan since the merge base, as one
#                       note that is updated on every push (found again by a hidden marker); needs DTP_GITLAB_TOKEN
#   steps.sh finish     fail when validation found errors, or a plan slipped more than DTP_FAIL_ON_SLIP allows
# Environment: DTP (how to run dtp; default `dtp`), DTP_FILES (default `.`), DTP_STATUS_DATE, DTP_FAIL_ON_SLIP,
# DTP_COMMENT (true/false), DTP_CODEQUALITY (default gl-code-quality-report.json), DTP_STATE, DTP_GITLAB_TOKEN (a
# project access token with the api scope: CI_JOB_TOKEN cannot write notes), and from GitLab: CI_PIPELINE_SOURCE,
# CI_MERGE_REQUEST_DIFF_BASE_SHA, CI_MERGE_REQUEST_IID, CI_PROJECT_ID, CI_API_V4_URL.
set -euo pipefail
set -f # paths and globs reach dtp as written: dtp expands globs itself

DTP=${DTP:-dtp}
DTP_FILES=${DTP_FILES:-.}
DTP_STATE=${DTP_STATE:-${TMPDIR:-/tmp}/dtp-state}
mkdir -p "$DTP_STATE"
# shellcheck source=../diff-comment.sh
. "$(dirname "$0")/../diff-comment.sh"

status_args=()
[ -n "${DTP_STATUS_DATE:-}" ] && status_args=(--status-date "$DTP_STATUS_DATE")

validate() {
    local report=${DTP_CODEQUALITY:-gl-code-quality-report.json} code=0
    # shellcheck disable=SC2086 # DTP and DTP_FILES are split on purpose
    $DTP validate $DTP_FILES ${status_args[@]+"${status_args[@]}"} || code=$?
    [ "$code" -le 1 ] || exit "$code"
    local report_code=0
    # shellcheck disable=SC2086
    $DTP validate $DTP_FILES --format codequality ${status_args[@]+"${status_args[@]}"} > "$report" || report_code=$?
    [ "$report_code" -le 1 ] || exit "$report_code"
    echo "$code" > "$DTP_STATE/validate"
}

# The id of this job's earlier note on the merge request, read from GitLab's JSON with node (dtp needs it anyway).
find_note() {
    node -e '
        let text = "";
        process.stdin.on("data", chunk => (text += chunk)).on("end", () => {
            const notes = JSON.parse(text || "[]");
            const mine = Array.isArray(notes) ? notes.find(note => typeof note.body === "string" && note.body.startsWith(process.argv[1])) : undefined;
            if (mine) process.stdout.write(String(mine.id));
        });' "$DTP_MARKER"
}

note() {
    if [ "${CI_PIPELINE_SOURCE:-}" != merge_request_event ]; then
        echo "dtp: not a merge request pipeline (${CI_PIPELINE_SOURCE:-no source}); nothing to compare"
        return 0
    fi
    local base=${CI_MERGE_REQUEST_DIFF_BASE_SHA:?CI_MERGE_REQUEST_DIFF_BASE_SHA must name the merge base}
    local body="$DTP_STATE/note.md" code=0
    dtp_diff_body "$base" "$body" || code=$?
    [ "$code" -le 1 ] || exit "$code"
    echo "$code" > "$DTP_STATE/slip"
    cat "$body"
    if [ "${DTP_COMMENT:-true}" != true ]; then return 0; fi
    if [ -z "${DTP_GITLAB_TOKEN:-}" ]; then
        echo "dtp: DTP_GITLAB_TOKEN is not set, so no note is posted (a project access token with the api scope)"
        return 0
    fi
    local notes="${CI_API_V4_URL:?}/projects/${CI_PROJECT_ID:?}/merge_requests/${CI_MERGE_REQUEST_IID:?}/notes" id
    id=$(curl --fail --silent --show-error --header "PRIVATE-TOKEN: $DTP_GITLAB_TOKEN" "$notes?per_page=100&sort=asc&order_by=created_at" | find_note) || id=
    if [ -n "$id" ]; then
        curl --fail --silent --show-error --request PUT --header "PRIVATE-TOKEN: $DTP_GITLAB_TOKEN" --data-urlencode "body@$body" "$notes/$id" > /dev/null \
            || echo "dtp: could not update the merge request note (check DTP_GITLAB_TOKEN's scope)"
    elif grep -q '^\*\*`' "$body"; then
        curl --fail --silent --show-error --request POST --header "PRIVATE-TOKEN: $DTP_GITLAB_TOKEN" --data-urlencode "body@$body" "$notes" > /dev/null \
            || echo "dtp: could not post the merge request note (check DTP_GITLAB_TOKEN's scope)"
    else
        echo "dtp: no plan changed; no note"
    fi
}

finish() {
    local validated slipped
    validated=$(cat "$DTP_STATE/validate" 2> /dev/null || echo 0)
    slipped=$(cat "$DTP_STATE/slip" 2> /dev/null || echo 0)
    if [ "$validated" != 0 ]; then echo "dtp: the plans have problems (see above, and the Code Quality report)"; exit 1; fi
    if [ "$slipped" != 0 ]; then echo "dtp: a plan slipped more than DTP_FAIL_ON_SLIP (${DTP_FAIL_ON_SLIP:-}) days allows"; exit 1; fi
    echo "dtp: all plans pass"
}

case "${1:-}" in
    validate) validate ;;
    note) note ;;
    finish) finish ;;
    *) echo "usage: $0 validate|note|finish" >&2; exit 2 ;;
esac

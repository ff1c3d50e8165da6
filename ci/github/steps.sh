#!/usr/bin/env bash
# The shell steps of the DTP GitHub Action (action.yml at the repository's root), kept in one script so they can
# be run, and tested, outside GitHub:
#   steps.sh validate   annotations on the pull request (--format github) and a SARIF file for code scanning
#   steps.sh comment    on a pull request: what moved in each affected plan since the base, as one comment that
#                       is updated on every push (found again by a hidden marker)
#   steps.sh finish     fail when validation found errors, or a plan slipped more than fail-on-slip allows
# Environment: DTP (how to run dtp; default `dtp`), DTP_FILES (default `.`), DTP_STATUS_DATE, DTP_FAIL_ON_SLIP,
# DTP_COMMENT (true/false), DTP_SARIF (the SARIF file to write), DTP_STATE (a directory the steps share), and from
# GitHub: GITHUB_EVENT_NAME, GITHUB_REPOSITORY, GITHUB_BASE_SHA (the pull request's base commit), DTP_PR_NUMBER,
# GH_TOKEN (for `gh`), GITHUB_OUTPUT, GITHUB_STEP_SUMMARY.
set -euo pipefail
set -f # paths and globs reach dtp as written: dtp expands globs itself

DTP=${DTP:-dtp}
DTP_FILES=${DTP_FILES:-.}
DTP_STATE=${DTP_STATE:-${RUNNER_TEMP:-/tmp}/dtp-state}
mkdir -p "$DTP_STATE"
# shellcheck source=../diff-comment.sh
. "$(dirname "$0")/../diff-comment.sh"

status_args=()
[ -n "${DTP_STATUS_DATE:-}" ] && status_args=(--status-date "$DTP_STATUS_DATE")

validate() {
    local sarif=${DTP_SARIF:-${RUNNER_TEMP:-/tmp}/dtp.sarif} code=0
    # shellcheck disable=SC2086 # DTP and DTP_FILES are split on purpose
    $DTP validate $DTP_FILES --format github ${status_args[@]+"${status_args[@]}"} || code=$?
    # 2 is a usage error (no plans, unreadable file, bad option): nothing after this can be trusted.
    [ "$code" -le 1 ] || exit "$code"
    local sarif_code=0
    # shellcheck disable=SC2086
    $DTP validate $DTP_FILES --format sarif ${status_args[@]+"${status_args[@]}"} > "$sarif" || sarif_code=$?
    [ "$sarif_code" -le 1 ] || exit "$sarif_code"
    echo "$code" > "$DTP_STATE/validate"
    echo "sarif=$sarif" >> "${GITHUB_OUTPUT:-/dev/null}"
}

comment() {
    case "${GITHUB_EVENT_NAME:-}" in
        pull_request | pull_request_target) ;;
        *) echo "dtp: not a pull request (${GITHUB_EVENT_NAME:-no event}); nothing to compare"; return 0 ;;
    esac
    local base=${GITHUB_BASE_SHA:?GITHUB_BASE_SHA must name the pull request base commit}
    local body="$DTP_STATE/comment.md" code=0
    dtp_diff_body "$base" "$body" || code=$?
    [ "$code" -le 1 ] || exit "$code"
    echo "$code" > "$DTP_STATE/slip"
    if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then cat "$body" >> "$GITHUB_STEP_SUMMARY"; fi
    if [ "${DTP_COMMENT:-true}" != true ]; then cat "$body"; return 0; fi
    local repo=${GITHUB_REPOSITORY:?} pr=${DTP_PR_NUMBER:?DTP_PR_NUMBER must be the pull request number} id
    id=$(gh api --paginate "repos/$repo/issues/$pr/comments" --jq ".[] | select(.body | startswith(\"$DTP_MARKER\")) | .id" | head -n 1) || id=
    if [ -n "$id" ]; then
        gh api --method PATCH "repos/$repo/issues/comments/$id" -F "body=@$body" > /dev/null \
            || echo "::warning title=dtp::could not update the roadmap comment (the token needs pull-requests: write; pull requests from forks get a read-only token)"
    elif grep -q '^\*\*`' "$body"; then
        gh api --method POST "repos/$repo/issues/$pr/comments" -F "body=@$body" > /dev/null \
            || echo "::warning title=dtp::could not post the roadmap comment (the token needs pull-requests: write; pull requests from forks get a read-only token)"
    else
        echo "dtp: no plan changed; no comment"
    fi
}

finish() {
    local validated slipped
    validated=$(cat "$DTP_STATE/validate" 2> /dev/null || echo 0)
    slipped=$(cat "$DTP_STATE/slip" 2> /dev/null || echo 0)
    if [ "$validated" != 0 ]; then echo "::error title=dtp::the plans have problems (see the annotations)"; exit 1; fi
    if [ "$slipped" != 0 ]; then echo "::error title=dtp::a plan slipped more than fail-on-slip (${DTP_FAIL_ON_SLIP:-}) days allows"; exit 1; fi
    echo "dtp: all plans pass"
}

case "${1:-}" in
    validate) validate ;;
    comment) comment ;;
    finish) finish ;;
    *) echo "usage: $0 validate|comment|finish" >&2; exit 2 ;;
esac

# Shared by ci/github/steps.sh and ci/gitlab/steps.sh (sourced, not run): the body of the pull/merge-request
# comment that says what moved in the roadmap, one `dtp diff BASE PLAN --format md` per affected plan.
#
# Which plans: every plan (a .dtp file that declares a programme) changed between BASE and HEAD; when a .dtp
# without a programme changed (a capability catalogue), every plan among DTP_FILES, since any of them may import it.

DTP_MARKER='<!-- dtp-roadmap-diff -->'
# Comments are limited to 65,536 characters on GitHub and 1,000,000 on GitLab; stay well under both.
DTP_MAX_BODY=60000

dtp_holds_programme() {
    grep -Eq '^[[:space:]]*programme[[:space:]]' "$1"
}

# Makes sure BASE is in the clone: CI checkouts are often shallow.
dtp_fetch_base() {
    local base=$1
    if ! git cat-file -e "$base^{commit}" 2>/dev/null; then
        echo "dtp: fetching the base commit $base" >&2
        git fetch --quiet --no-tags --depth=1 origin "$base" || {
            echo "dtp: cannot fetch the base commit $base; check out the repository with its history (e.g. fetch-depth: 0)" >&2
            return 2
        }
    fi
}

# The plans to compare, one per line, as paths relative to the repository's top level.
dtp_affected_plans() {
    local base=$1 changed file catalogue=0
    changed=$(git diff --name-only --diff-filter=ACMR "$base" HEAD -- '*.dtp')
    [ -n "$changed" ] || return 0
    while IFS= read -r file; do
        [ -f "$file" ] || continue
        if dtp_holds_programme "$file"; then echo "$file"; else catalogue=1; fi
    done <<< "$changed"
    if [ "$catalogue" = 1 ]; then
        # shellcheck disable=SC2086 # DTP_FILES is a list of paths or pathspecs, split on purpose
        git ls-files -- $DTP_FILES | grep -E '\.dtp$' | while IFS= read -r file; do
            if [ -f "$file" ] && dtp_holds_programme "$file"; then echo "$file"; fi
        done
    fi
}

# dtp_diff_body BASE OUT: writes the comment body to OUT; returns 1 when a plan slipped beyond DTP_FAIL_ON_SLIP,
# 2 on a failure that makes the comparison meaningless (the base cannot be fetched).
dtp_diff_body() {
    local base=$1 out=$2 plans plan n=0 code slipped=0 err sections=0
    dtp_fetch_base "$base" || return 2
    plans=$(dtp_affected_plans "$base" | sort -u)
    local args=(--format md)
    [ -n "${DTP_STATUS_DATE:-}" ] && args+=(--status-date "$DTP_STATUS_DATE")
    [ -n "${DTP_FAIL_ON_SLIP:-}" ] && args+=(--fail-on-slip "$DTP_FAIL_ON_SLIP")
    {
        echo "$DTP_MARKER"
        echo "## Roadmap: what moved"
        echo
    } > "$out"
    if [ -z "$plans" ]; then
        echo "No plan changed since the base (\`${base:0:7}\`)." >> "$out"
        return 0
    fi
    echo "Compared with the base of this change (\`${base:0:7}\`)." >> "$out"
    while IFS= read -r plan; do
        n=$((n + 1))
        err="$DTP_STATE/diff-$n.err"
        code=0
        $DTP diff "$base" "$plan" "${args[@]}" > "$DTP_STATE/diff-$n.md" 2> "$err" || code=$?
        cat "$err" >&2
        {
            echo
            echo "---"
            echo
            echo "**\`$plan\`**"
            echo
        } >> "$out"
        if [ "$code" -le 1 ]; then
            cat "$DTP_STATE/diff-$n.md" >> "$out"
            if grep -q 'slipped more than --fail-on-slip' "$err"; then
                slipped=1
                echo >> "$out"
                echo "> **Slipped more than ${DTP_FAIL_ON_SLIP} days** (fail-on-slip)." >> "$out"
            fi
            if grep -q ' has [0-9]* error' "$err"; then
                echo >> "$out"
                echo "> This plan has errors; the comparison uses what could be scheduled (see the annotations)." >> "$out"
            fi
        elif grep -q 'does not exist at revision' "$err"; then
            echo "A new plan: it is not in the base." >> "$out"
        else
            echo "Not compared: $(head -n 1 "$err" | sed 's/^dtp: //')" >> "$out"
        fi
        sections=$((sections + 1))
    done <<< "$plans"
    if [ "$(wc -c < "$out")" -gt "$DTP_MAX_BODY" ]; then
        head -c "$DTP_MAX_BODY" "$out" > "$out.cut"
        printf '\n\n… cut to fit the comment; run `dtp diff %s PLAN` for the whole comparison.\n' "${base:0:7}" >> "$out.cut"
        mv "$out.cut" "$out"
    fi
    return "$slipped"
}

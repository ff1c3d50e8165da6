// The CI integrations, run the way CI runs them: the exact shell steps of the GitHub Action (ci/github/steps.sh) and
// of the GitLab job (ci/gitlab/steps.sh) against a temporary git repository with a pull request's worth of commits,
// environment variables standing in for the CI's, and fake `gh` and `curl` on PATH that record what would be posted.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestRepo, type TestRepo } from '../cli/git-repo.js';
import { WARNING_PLAN } from '../cli/plans.js';
import { dtpBin, repoRoot, requireBuiltCli, temporaryDirectory } from '../cli/run-dtp.js';

const GITHUB_STEPS = path.join(repoRoot, 'ci/github/steps.sh');
const GITLAB_STEPS = path.join(repoRoot, 'ci/gitlab/steps.sh');
const MARKER = '<!-- dtp-roadmap-diff -->';

const FAKE_GH = `#!/usr/bin/env bash
# Stands in for the GitHub CLI: records the call, keeps a body sent with -F body=@FILE, answers a listing by running
# the caller's --jq filter over the comments in comments.json (as gh would over the API's answer).
printf '%s\\n' "$*" >> "$FAKE_DIR/gh.log"
prev=; filter=
for arg in "$@"; do
    case "$arg" in body=@*) cp "\${arg#body=@}" "$FAKE_DIR/gh-body.md" ;; esac
    [ "$prev" = --jq ] && filter=$arg
    prev=$arg
done
if [ -n "$filter" ]; then jq -r "$filter" "$FAKE_DIR/comments.json"; else echo '{"id": 1}'; fi
`;

const FAKE_CURL = `#!/usr/bin/env bash
# Stands in for curl against the GitLab API: records the call, keeps a body sent with --data-urlencode body@FILE,
# answers a GET with notes.json.
printf '%s\\n' "$*" >> "$FAKE_DIR/curl.log"
prev=; method=GET
for arg in "$@"; do
    [ "$prev" = --request ] && method=$arg
    case "$arg" in body@*) cp "\${arg#body@}" "$FAKE_DIR/curl-body.md" ;; esac
    prev=$arg
done
if [ "$method" = GET ]; then cat "$FAKE_DIR/notes.json"; else echo '{"id": 1}'; fi
`;

let repo: TestRepo;
let fake: ReturnType<typeof temporaryDirectory>;
let fakeBin: string;
let state: string;

beforeAll(() => {
    requireBuiltCli();
    repo = createTestRepo();
    // The pull request also adds a plan with a warning (no continuous-improvement phase).
    writeFileSync(path.join(repo.dir, 'plans/warn.dtp'), WARNING_PLAN);
    repo.git('add', '.');
    repo.git('commit', '-q', '-m', 'a plan with three phases');
    fake = temporaryDirectory('dtp-fake-');
    fakeBin = path.join(fake.dir, 'bin');
    mkdirSync(fakeBin);
    for (const [name, text] of [['gh', FAKE_GH], ['curl', FAKE_CURL]]) {
        writeFileSync(path.join(fakeBin, name), text);
        chmodSync(path.join(fakeBin, name), 0o755);
    }
});
afterAll(() => {
    repo.remove();
    fake.remove();
});
beforeEach(() => {
    state = path.join(fake.dir, 'state');
    rmSync(state, { recursive: true, force: true });
    for (const file of ['gh.log', 'gh-body.md', 'curl.log', 'curl-body.md']) rmSync(path.join(fake.dir, file), { force: true });
    writeFileSync(path.join(fake.dir, 'comments.json'), '[]');
    writeFileSync(path.join(fake.dir, 'notes.json'), '[]');
});

function step(script: string, command: string, env: Record<string, string>) {
    const result = spawnSync('bash', [script, command], {
        cwd: repo.dir,
        encoding: 'utf8',
        env: {
            PATH: `${fakeBin}:${process.env.PATH}`, HOME: process.env.HOME ?? fake.dir,
            FAKE_DIR: fake.dir, DTP: `${process.execPath} ${dtpBin}`, DTP_STATE: state, ...env
        }
    });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
const read = (file: string) => readFileSync(path.join(fake.dir, file), 'utf8');
const calls = (file: string) => (existsSync(path.join(fake.dir, file)) ? read(file).trimEnd().split('\n') : []);

/** What every comment on this pull request says, whichever CI posts it. */
function expectRoadmapComment(body: string): void {
    expect(body.split('\n')[0]).toBe(MARKER);
    expect(body).toContain('## Roadmap: what moved');
    expect(body).toContain(`Compared with the base of this change (\`${repo.commits[0].slice(0, 7)}\`).`);
    // The catalogue changed, so every plan is compared; the two new plans say so.
    expect(body).toContain('**`plans/plan.dtp`**');
    expect(body).toMatch(/\*\*`plans\/second\.dtp`\*\*\n\nA new plan: it is not in the base\./);
    expect(body).toMatch(/\*\*`plans\/warn\.dtp`\*\*\n\nA new plan: it is not in the base\./);
    expect(body).toContain('### Roadmap changes: Town &lt;b&gt;programme&lt;/b&gt; (`town`)');
    expect(body).toMatch(new RegExp(String.raw`^The programme end moved \*\*14 days later\*\*: 2027-06-30 → \*\*2027-07-14\*\* \(compared with ${repo.commits[0].slice(0, 7)}\)\.$`, 'm'));
    expect(body).toContain('| `go` | Go \\| approved | 2027-02-01 | 2027-02-15 | +14d |');
    expect(body).toContain('| `old` | Old work | removed | 2027-02-01 | 2027-02-14 |  |');
}

// The fake gh filters with jq, as gh's --jq does; npm test installs jq (scripts/ensure-test-tools.mjs).
describe('GitHub Action steps (ci/github/steps.sh)', () => {
    const pullRequest = {
        GITHUB_EVENT_NAME: 'pull_request', GITHUB_REPOSITORY: 'town/plans', DTP_PR_NUMBER: '7', GH_TOKEN: 'token'
    };

    it('validate: annotations on stdout, a SARIF file valid against the SARIF 2.1.0 schema, its path as a step output', () => {
        const output = path.join(fake.dir, 'github-output');
        writeFileSync(output, '');
        const sarifFile = path.join(fake.dir, 'dtp.sarif');
        const result = step(GITHUB_STEPS, 'validate', { DTP_FILES: '.', DTP_SARIF: sarifFile, GITHUB_OUTPUT: output });
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
        expect(result.stdout.trimEnd().split('\n')).toEqual([
            expect.stringMatching(/^::warning file=plans\/warn\.dtp,line=1,col=\d+,endLine=\d+,endColumn=\d+,title=dtp missing-phase::.*continuous-improvement/)
        ]);
        expect(read('github-output')).toBe(`sarif=${sarifFile}\n`);
        const log = JSON.parse(readFileSync(sarifFile, 'utf8'));
        const schema = JSON.parse(readFileSync(path.join(repoRoot, 'test/cli/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
        const { $schema: _draft, id, ...rest } = schema;
        const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
        addFormats.default(ajv);
        const validate = ajv.compile({ $id: id, ...rest });
        expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
        expect(log.runs[0].results.map((r: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
            [r.ruleId, r.locations[0].physicalLocation.artifactLocation.uri])).toEqual([['missing-phase', 'plans/warn.dtp']]);
        expect(step(GITHUB_STEPS, 'finish', {}).code).toBe(0);
    });

    it('validate: errors still write the SARIF file, and finish fails the job', () => {
        writeFileSync(path.join(repo.dir, 'broken.dtp'), 'programme broken {\n    start 2027-13-01\n}\n');
        try {
            const result = step(GITHUB_STEPS, 'validate', { DTP_FILES: '.', DTP_SARIF: path.join(fake.dir, 'dtp.sarif') });
            expect(result.code).toBe(0); // the upload and the comment run before the job fails
            expect(result.stdout).toMatch(/^::error file=broken\.dtp,line=2,/m);
            expect(JSON.parse(read('dtp.sarif')).runs[0].results.some((r: { level: string }) => r.level === 'error')).toBe(true);
            const finish = step(GITHUB_STEPS, 'finish', {});
            expect(finish.code).toBe(1);
            expect(finish.stdout).toBe('::error title=dtp::the plans have problems (see the annotations)\n');
        } finally {
            rmSync(path.join(repo.dir, 'broken.dtp'));
        }
    });

    it('validate: a usage error stops the action (exit 2)', () => {
        const result = step(GITHUB_STEPS, 'validate', { DTP_FILES: 'no-such-dir', DTP_SARIF: path.join(fake.dir, 'dtp.sarif') });
        expect(result.code).toBe(2);
        expect(result.stderr).toMatch(/^dtp: no-such-dir: no such file or directory/);
    });

    it('comment: posts one comment with what moved, found by the caller\'s own filter when it already exists', () => {
        const first = step(GITHUB_STEPS, 'comment', { ...pullRequest, GITHUB_BASE_SHA: repo.commits[0] });
        expect(first.code).toBe(0);
        expect(calls('gh.log')).toEqual([
            'api --paginate repos/town/plans/issues/7/comments --jq .[] | select(.body | startswith("<!-- dtp-roadmap-diff -->")) | .id',
            expect.stringMatching(/^api --method POST repos\/town\/plans\/issues\/7\/comments -F body=@.*comment\.md$/)
        ]);
        expectRoadmapComment(read('gh-body.md'));

        // The next push: the comment is there (among others), so it is updated rather than posted again.
        rmSync(path.join(fake.dir, 'gh.log'));
        writeFileSync(path.join(fake.dir, 'comments.json'), JSON.stringify([
            { id: 41, body: 'Looks good to me' }, { id: 42, body: `${MARKER}\n## Roadmap: what moved\n(old)` }, { id: 43, body: `quoting ${MARKER}` }
        ]));
        const second = step(GITHUB_STEPS, 'comment', { ...pullRequest, GITHUB_BASE_SHA: repo.commits[0] });
        expect(second.code).toBe(0);
        expect(calls('gh.log')[1]).toMatch(/^api --method PATCH repos\/town\/plans\/issues\/comments\/42 -F body=@/);
        expectRoadmapComment(read('gh-body.md'));
        expect(step(GITHUB_STEPS, 'finish', {}).code).toBe(0);
    });

    it('comment: --fail-on-slip at its boundary: a slip of exactly DAYS passes, DAYS + 1 fails the job', () => {
        const atLimit = step(GITHUB_STEPS, 'comment', { ...pullRequest, GITHUB_BASE_SHA: repo.commits[0], DTP_FAIL_ON_SLIP: '14' });
        expect(atLimit.code).toBe(0);
        expect(read('gh-body.md')).not.toContain('Slipped more than');
        expect(step(GITHUB_STEPS, 'finish', { DTP_FAIL_ON_SLIP: '14' }).code).toBe(0);

        const over = step(GITHUB_STEPS, 'comment', { ...pullRequest, GITHUB_BASE_SHA: repo.commits[0], DTP_FAIL_ON_SLIP: '13' });
        expect(over.code).toBe(0); // the comment is still posted
        expect(read('gh-body.md')).toContain('> **Slipped more than 13 days** (fail-on-slip).');
        const finish = step(GITHUB_STEPS, 'finish', { DTP_FAIL_ON_SLIP: '13' });
        expect(finish.code).toBe(1);
        expect(finish.stdout).toBe('::error title=dtp::a plan slipped more than fail-on-slip (13) days allows\n');
    });

    it('comment: nothing outside pull requests, and comment: false only prints the body', () => {
        const push = step(GITHUB_STEPS, 'comment', { GITHUB_EVENT_NAME: 'push' });
        expect(push.code).toBe(0);
        expect(push.stdout).toBe('dtp: not a pull request (push); nothing to compare\n');
        expect(calls('gh.log')).toEqual([]);
        const quiet = step(GITHUB_STEPS, 'comment', { ...pullRequest, GITHUB_BASE_SHA: repo.commits[0], DTP_COMMENT: 'false' });
        expect(quiet.code).toBe(0);
        expect(calls('gh.log')).toEqual([]);
        expectRoadmapComment(quiet.stdout);
    });

    it('comment: when no plan changed, says so and posts nothing new', () => {
        const result = step(GITHUB_STEPS, 'comment', { ...pullRequest, GITHUB_BASE_SHA: repo.git('rev-parse', 'HEAD').trim() });
        expect(result.code).toBe(0);
        expect(calls('gh.log')).toHaveLength(1); // the look-up only
        expect(result.stdout).toContain('dtp: no plan changed; no comment');
    });
});

describe('GitLab job steps (ci/gitlab/steps.sh)', () => {
    const mergeRequest = {
        CI_PIPELINE_SOURCE: 'merge_request_event', CI_API_V4_URL: 'https://gitlab.example/api/v4', CI_PROJECT_ID: '5', CI_MERGE_REQUEST_IID: '9'
    };

    it('validate: the problems in the log and a Code Quality report', () => {
        const report = path.join(fake.dir, 'gl-code-quality-report.json');
        const result = step(GITLAB_STEPS, 'validate', { DTP_FILES: '.', DTP_CODEQUALITY: report });
        expect(result.code).toBe(0);
        expect(result.stdout).toMatch(/^plans\/warn\.dtp:1:\d+ {2}warning {2}.*\[missing-phase\]$/m);
        const issues = JSON.parse(readFileSync(report, 'utf8'));
        expect(issues).toEqual([{
            description: expect.stringContaining('continuous-improvement'),
            check_name: 'missing-phase',
            fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
            severity: 'minor',
            location: { path: 'plans/warn.dtp', lines: { begin: 1 } }
        }]);
        expect(step(GITLAB_STEPS, 'finish', {}).code).toBe(0);
    });

    it('note: posts one merge request note with what moved, and updates it on the next push', () => {
        const first = step(GITLAB_STEPS, 'note', { ...mergeRequest, CI_MERGE_REQUEST_DIFF_BASE_SHA: repo.commits[0], DTP_GITLAB_TOKEN: 'glpat-test' });
        expect(first.code).toBe(0);
        const notes = 'https://gitlab.example/api/v4/projects/5/merge_requests/9/notes';
        expect(calls('curl.log')).toEqual([
            `--fail --silent --show-error --header PRIVATE-TOKEN: glpat-test ${notes}?per_page=100&sort=asc&order_by=created_at`,
            expect.stringMatching(new RegExp(`^--fail --silent --show-error --request POST --header PRIVATE-TOKEN: glpat-test --data-urlencode body@.*note\\.md ${notes}$`))
        ]);
        expectRoadmapComment(read('curl-body.md'));

        rmSync(path.join(fake.dir, 'curl.log'));
        writeFileSync(path.join(fake.dir, 'notes.json'), JSON.stringify([{ id: 76, body: 'LGTM' }, { id: 77, body: `${MARKER}\n(old)` }]));
        const second = step(GITLAB_STEPS, 'note', { ...mergeRequest, CI_MERGE_REQUEST_DIFF_BASE_SHA: repo.commits[0], DTP_GITLAB_TOKEN: 'glpat-test' });
        expect(second.code).toBe(0);
        expect(calls('curl.log')[1]).toMatch(new RegExp(`--request PUT .* ${notes}/77$`));
        expectRoadmapComment(read('curl-body.md'));
    });

    it('note: without a token prints the comparison and posts nothing; outside merge requests does nothing', () => {
        const noToken = step(GITLAB_STEPS, 'note', { ...mergeRequest, CI_MERGE_REQUEST_DIFF_BASE_SHA: repo.commits[0] });
        expect(noToken.code).toBe(0);
        expectRoadmapComment(noToken.stdout);
        expect(noToken.stdout).toContain('dtp: DTP_GITLAB_TOKEN is not set, so no note is posted');
        expect(calls('curl.log')).toEqual([]);
        const branch = step(GITLAB_STEPS, 'note', { CI_PIPELINE_SOURCE: 'push' });
        expect(branch.stdout).toBe('dtp: not a merge request pipeline (push); nothing to compare\n');
    });

    it('note + finish: DTP_FAIL_ON_SLIP fails the job only beyond its days', () => {
        step(GITLAB_STEPS, 'note', { ...mergeRequest, CI_MERGE_REQUEST_DIFF_BASE_SHA: repo.commits[0], DTP_FAIL_ON_SLIP: '14' });
        expect(step(GITLAB_STEPS, 'finish', { DTP_FAIL_ON_SLIP: '14' }).code).toBe(0);
        step(GITLAB_STEPS, 'note', { ...mergeRequest, CI_MERGE_REQUEST_DIFF_BASE_SHA: repo.commits[0], DTP_FAIL_ON_SLIP: '13' });
        const finish = step(GITLAB_STEPS, 'finish', { DTP_FAIL_ON_SLIP: '13' });
        expect(finish.code).toBe(1);
        expect(finish.stdout).toBe('dtp: a plan slipped more than DTP_FAIL_ON_SLIP (13) days allows\n');
    });
});

describe('the CI definitions run these steps', () => {
    it('action.yml calls ci/github/steps.sh validate, comment and finish, and uploads the SARIF it wrote', () => {
        const action = readFileSync(path.join(repoRoot, 'action.yml'), 'utf8');
        for (const command of ['validate', 'comment', 'finish']) expect(action).toContain(`bash "\${{ github.action_path }}/ci/github/steps.sh" ${command}`);
        expect(action).toMatch(/uses: github\/codeql-action\/upload-sarif@v3\n\s+with:\n\s+sarif_file: \$\{\{ steps\.validate\.outputs\.sarif \}\}/);
        expect(action).toContain('GITHUB_BASE_SHA: ${{ github.event.pull_request.base.sha }}');
    });

    it('the GitLab job calls ci/gitlab/steps.sh and reports code quality', () => {
        const job = readFileSync(path.join(repoRoot, 'ci/gitlab/dtp.gitlab-ci.yml'), 'utf8');
        for (const command of ['validate', 'note', 'finish']) expect(job).toContain(`bash /tmp/dtp/ci/gitlab/steps.sh ${command}`);
        expect(job).toMatch(/reports:\n\s+codequality: gl-code-quality-report\.json/);
    });
});

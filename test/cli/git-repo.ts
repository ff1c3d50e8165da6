// A temporary git repository with two commits of a plan and its imported catalogue, for `dtp diff` and the CI steps.
// Commit 1 is the baseline; commit 2 makes the transformation plan 2 weeks longer (everything after it moves 14
// days), removes `old`, adds `extra` and the capability `api` it provides (in the catalogue), and adds a second plan.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { temporaryDirectory } from './run-dtp.js';

export const CATALOGUE_V1 = `capability cloud "Cloud" facility\n`;
export const CATALOGUE_V2 = `capability cloud "Cloud" facility\ncapability api "API | gateway" facility\n`;

export const PLAN_V1 = `import "../catalogue/capabilities.dtp"

programme town "Town <b>programme</b>" {
    start 2027-01-04
    phase initiation {
        transformation-plan dtp "Digital Transformation Plan" { duration 4w }
        milestone go "Go | approved" { after dtp }
    }
    phase foundation {
        activity landing "Landing zone" { duration 2m after go provides cloud }
        activity old "Old work" { duration 2w after go }
    }
    phase improvement {
        activity portal "Portal" { duration 3m requires cloud }
        milestone live "Live" { after portal }
    }
    phase continuous-improvement {
        activity review "Review" { every 3m }
    }
}
`;

export const PLAN_V2 = PLAN_V1
    .replace('{ duration 4w }', '{ duration 6w }')
    .replace('        activity old "Old work" { duration 2w after go }\n', '        activity extra "Extra | work" { duration 1m after go provides api }\n');

export interface TestRepo {
    dir: string;
    /** Full ids of commit 1 and commit 2. */
    commits: [string, string];
    git: (...args: string[]) => string;
    remove: () => void;
}

export function git(cwd: string, ...args: string[]): string {
    return execFileSync('git', ['-c', 'user.name=DTP Test', '-c', 'user.email=dtp-test@example.invalid', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], {
        cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']
    });
}

export function createTestRepo(): TestRepo {
    const { dir, remove } = temporaryDirectory('dtp-git-');
    mkdirSync(path.join(dir, 'plans'));
    mkdirSync(path.join(dir, 'catalogue'));
    const write = (file: string, text: string) => writeFileSync(path.join(dir, file), text);
    git(dir, 'init', '-q');
    write('catalogue/capabilities.dtp', CATALOGUE_V1);
    write('plans/plan.dtp', PLAN_V1);
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'baseline');
    const first = git(dir, 'rev-parse', 'HEAD').trim();
    write('catalogue/capabilities.dtp', CATALOGUE_V2);
    write('plans/plan.dtp', PLAN_V2);
    write('plans/second.dtp', PLAN_V2.replace('programme town', 'programme second'));
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'a longer transformation plan');
    const second = git(dir, 'rev-parse', 'HEAD').trim();
    return { dir, commits: [first, second], git: (...args) => git(dir, ...args), remove };
}

// Plans as they were at a git revision, read with git itself (`git cat-file` in the file's repository): what
// `dtp diff REV FILE` and `dtp render --base REV` compare against. The revision is served to Langium as a file
// system, so imports resolve exactly as on disk — relative to the importing file — but at that revision.
import { execFileSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import * as path from 'node:path';
import type { FileSystemNode, FileSystemProvider, URI } from 'langium';
import { UsageError } from './errors.js';
import { displayPath } from './files.js';

const MAX_BUFFER = 64 * 1024 * 1024;

function git(cwd: string, args: string[]): string {
    return execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: MAX_BUFFER, stdio: ['ignore', 'pipe', 'pipe'] });
}

export interface GitRevision {
    /** The repository's top level, as git reports it (symbolic links resolved). */
    root: string;
    /** The full commit id the revision names. */
    commit: string;
    /** The revision as the user wrote it. */
    revision: string;
}

/**
 * The repository holding `file` and the commit `revision` names there. Usage errors: git missing, the file outside a
 * repository, an unknown revision.
 */
export function resolveRevision(revision: string, file: string): GitRevision {
    const directory = realDirectory(path.dirname(path.resolve(file)));
    let root: string;
    try {
        root = git(directory, ['rev-parse', '--show-toplevel']).trim();
    } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new UsageError(`'${revision}' would be a git revision, but git is not installed; install git, or give the base as a .dtp file or a model saved with \`dtp schedule --json\``);
        throw new UsageError(`'${revision}' is not a file, and ${displayPath(file)} is not in a git repository, so it cannot be a revision either; give the base as a .dtp file, a model saved with \`dtp schedule --json\`, or a revision of the plan's repository`);
    }
    // `--end-of-options` keeps a revision that starts with `-` from being read as an option.
    const commit = revision.startsWith('-') ? '' : tryGit(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`]);
    if (!commit) {
        throw new UsageError(`'${revision}' is neither a file nor a revision of the git repository ${displayPath(root) || '.'}; give a commit, branch or tag (e.g. HEAD~1, main, v1.0), a .dtp file or a saved model (in CI, fetch the base commit first: actions/checkout with fetch-depth: 0)`);
    }
    return { root, commit: commit.trim(), revision };
}

function tryGit(cwd: string, args: string[]): string | undefined {
    try {
        return git(cwd, args);
    } catch {
        return undefined;
    }
}

/** The path git knows `file` by in the repository: relative to its top level, `/`-separated; undefined outside it. */
export function repositoryPath(root: string, file: string): string | undefined {
    const absolute = path.resolve(file);
    const real = path.join(realDirectory(path.dirname(absolute)), path.basename(absolute));
    const relative = path.relative(root, real);
    if (!relative || relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
    return relative.split(path.sep).join('/');
}

/** The directory with symbolic links resolved as far as it exists on disk (a folder may exist only at the revision). */
function realDirectory(directory: string): string {
    try {
        return realpathSync(directory);
    } catch {
        const parent = path.dirname(directory);
        return parent === directory ? directory : path.join(realDirectory(parent), path.basename(directory));
    }
}

/** A read-only file system over one commit: what Langium reads plans and their imports through. */
export class GitRevisionFileSystem implements FileSystemProvider {
    private readonly types = new Map<string, string | undefined>();
    private readonly texts = new Map<string, string>();

    constructor(private readonly repo: GitRevision) {}

    /** The object's type at the commit (`blob`, `tree`), or undefined when the path does not exist there. */
    typeOf(file: string): string | undefined {
        const inRepo = repositoryPath(this.repo.root, file);
        if (inRepo === undefined) return undefined;
        if (!this.types.has(inRepo)) this.types.set(inRepo, tryGit(this.repo.root, ['cat-file', '-t', `${this.repo.commit}:${inRepo}`])?.trim());
        return this.types.get(inRepo);
    }

    private text(uri: URI): string {
        const file = uri.fsPath;
        if (this.typeOf(file) !== 'blob') throw notFound(file, this.repo.revision);
        const inRepo = repositoryPath(this.repo.root, file)!;
        let text = this.texts.get(inRepo);
        if (text === undefined) {
            text = git(this.repo.root, ['cat-file', 'blob', `${this.repo.commit}:${inRepo}`]);
            this.texts.set(inRepo, text);
        }
        return text;
    }

    statSync(uri: URI): FileSystemNode {
        const type = this.typeOf(uri.fsPath);
        if (!type) throw notFound(uri.fsPath, this.repo.revision);
        return { uri, isFile: type === 'blob', isDirectory: type === 'tree' };
    }
    async stat(uri: URI): Promise<FileSystemNode> { return this.statSync(uri); }
    existsSync(uri: URI): boolean { return this.typeOf(uri.fsPath) !== undefined; }
    async exists(uri: URI): Promise<boolean> { return this.existsSync(uri); }
    readFileSync(uri: URI): string { return this.text(uri); }
    async readFile(uri: URI): Promise<string> { return this.text(uri); }
    readBinarySync(uri: URI): Uint8Array { return new TextEncoder().encode(this.text(uri)); }
    async readBinary(uri: URI): Promise<Uint8Array> { return this.readBinarySync(uri); }

    readDirectorySync(uri: URI): FileSystemNode[] {
        const inRepo = repositoryPath(this.repo.root, uri.fsPath);
        if (this.typeOf(uri.fsPath) !== 'tree' || inRepo === undefined) throw notFound(uri.fsPath, this.repo.revision);
        const listing = git(this.repo.root, ['ls-tree', '-z', `${this.repo.commit}:${inRepo}`]);
        return listing.split('\0').filter(Boolean).map(entry => {
            const [meta, name] = entry.split('\t');
            const type = meta.split(' ')[1];
            return { uri: uri.with({ path: `${uri.path.replace(/\/$/, '')}/${name}` }), isFile: type === 'blob', isDirectory: type === 'tree' };
        });
    }
    async readDirectory(uri: URI): Promise<FileSystemNode[]> { return this.readDirectorySync(uri); }
}

function notFound(file: string, revision: string): NodeJS.ErrnoException {
    const error: NodeJS.ErrnoException = new Error(`${displayPath(file)} does not exist at revision ${revision}`);
    error.code = 'ENOENT';
    return error;
}

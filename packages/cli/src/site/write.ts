// Writing the site to a folder without ever replacing what a person wrote: the folder is new or empty, or it holds a
// `.dtp-site` marker listing the files an earlier `dtp build` wrote (only those are replaced or removed). Anything
// else needs --force, and even then only files of the site's own names are replaced.
import { lstat, mkdir, readdir, readFile, realpath, rename, rmdir, stat, unlink, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { UsageError } from '../errors.js';
import { displayPath } from '../files.js';
import { MARKER_FILE, type SiteFiles } from './pages.js';

interface Marker {
    generator: 'dtp build';
    version: string;
    files: string[];
}

export interface WriteResult {
    written: number;
    /** Plans whose pages were removed: they are gone since the last build. */
    removedPlans: number;
}

/**
 * Whether dtp may write the site into `outDir`: a usage error when it is a file, or a non-empty folder dtp did not
 * write (without --force). Checked before the plans are read, so the mistake is reported at once.
 */
export async function checkSiteFolder(outDir: string, force: boolean): Promise<{ exists: boolean; marker?: Marker }> {
    const target = path.resolve(outDir);
    const shown = displayPath(target);
    const info = await stat(target).catch(() => undefined);
    if (!info) return { exists: false };
    if (!info.isDirectory()) throw new UsageError(`-o ${shown} is a file; give a folder for the site (it is created when missing)`);
    const marker = await readMarker(target);
    if (!marker && !force && (await readdir(target)).length > 0) {
        throw new UsageError(`${shown} is not empty and was not written by dtp build; give a new or empty folder, or add --force to write the site into it (files of the same names are replaced, nothing else is touched)`);
    }
    return { exists: true, marker };
}

export async function writeSite(outDir: string, files: SiteFiles, options: { force: boolean; version: string }): Promise<WriteResult> {
    const target = path.resolve(outDir);
    const shown = displayPath(target);
    const { exists, marker } = await checkSiteFolder(outDir, options.force);
    const previous = marker?.files ?? [];
    if (exists) {
        if (marker && !options.force) {
            // A file the site would replace that the last build did not write is someone's own.
            const owned = new Set(previous);
            const foreign: string[] = [];
            for (const file of files.keys()) {
                if (!owned.has(file) && await lstat(path.join(target, file)).then(() => true, () => false)) foreign.push(file);
            }
            if (foreign.length > 0) {
                throw new UsageError(`${shown}/${foreign[0]}${foreign.length > 1 ? ` and ${foreign.length - 1} more` : ''} would be replaced but ${foreign.length > 1 ? 'were' : 'was'} not written by dtp build; move ${foreign.length > 1 ? 'them' : 'it'} away, or add --force to replace ${foreign.length > 1 ? 'them' : 'it'}`);
            }
        }
    } else {
        await mkdir(target, { recursive: true });
    }
    const root = await realpath(target);

    let written = 0;
    for (const [file, content] of files) {
        const destination = path.join(root, ...file.split('/'));
        const folder = path.dirname(destination);
        await mkdir(folder, { recursive: true });
        // A folder of the site that is a symbolic link out of it must not make dtp write elsewhere.
        const real = await realpath(folder);
        if (real !== root && !real.startsWith(root + path.sep)) throw new UsageError(`${displayPath(folder)} leads out of ${shown} (a symbolic link); remove it or build into another folder`);
        // Written beside and renamed: a reader never sees half a page, and a symbolic link in its place is replaced, not followed.
        const temporary = `${destination}.dtp-${process.pid}.tmp`;
        await writeFile(temporary, content);
        await rename(temporary, destination);
        written++;
    }

    let removedPlans = 0;
    const current = new Set(files.keys());
    for (const file of previous) {
        if (current.has(file) || !isSitePath(file)) continue;
        const stale = path.join(root, ...file.split('/'));
        if (await unlink(stale).then(() => true, () => false) && file.endsWith('/index.html')) removedPlans++;
        await removeEmptyFolders(path.dirname(stale), root);
    }
    const record: Marker = { generator: 'dtp build', version: options.version, files: [...current].sort() };
    await writeFile(path.join(root, MARKER_FILE), JSON.stringify(record, null, 2) + '\n');
    return { written, removedPlans };
}

async function readMarker(folder: string): Promise<Marker | undefined> {
    const text = await readFile(path.join(folder, MARKER_FILE), 'utf8').catch(() => undefined);
    if (text === undefined) return undefined;
    try {
        const value = JSON.parse(text) as Partial<Marker>;
        return { generator: 'dtp build', version: String(value.version ?? ''), files: Array.isArray(value.files) ? value.files.filter((f): f is string => typeof f === 'string') : [] };
    } catch {
        return { generator: 'dtp build', version: '', files: [] }; // a damaged marker still says the folder is the site's
    }
}

/** Only paths the site itself could have written are removed: a hand-edited marker cannot make dtp delete `../x`. */
function isSitePath(file: string): boolean {
    return /^(index\.html|assets\/[^/]+|plans\/.+\/(index|roadmap)\.html)$/.test(file) && !file.split('/').some(segment => segment === '..' || segment === '.' || segment === '');
}

async function removeEmptyFolders(folder: string, root: string): Promise<void> {
    let current = folder;
    while (current.startsWith(root + path.sep)) {
        if (!(await rmdir(current).then(() => true, () => false))) return; // not empty (or gone): stop
        current = path.dirname(current);
    }
}

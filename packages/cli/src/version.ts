// The version `dtp --version` and SARIF report: read from the package, which sits one level above both
// out/ (tsc) and dist/ (the bundle).
import { readFileSync } from 'node:fs';

let cached: string | undefined;

export function dtpVersion(): string {
    if (cached === undefined) {
        try {
            const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: string };
            cached = manifest.version ?? '0.0.0';
        } catch {
            cached = '0.0.0'; // a copied bundle without its package.json still runs
        }
    }
    return cached;
}

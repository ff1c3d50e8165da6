// `dtp validate --format sarif`: SARIF 2.1.0 for code-scanning dashboards; one rule per DTP diagnostic code.
import { pathToFileURL } from 'node:url';
import type { Severity } from '@dtp/roadmap';
import type { ValidationReport } from '../diagnostics.js';

export interface SarifRuleSource {
    code: string;
    severity: Severity;
    summary: string;
    /** The page that explains the code (docs/diagnostics/<code>.md); viewers link the rule to it. */
    helpUri?: string;
}

type SarifLevel = 'error' | 'warning' | 'note';
const LEVELS: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };
const SRCROOT = '%SRCROOT%';

export function formatSarif(report: ValidationReport, rules: readonly SarifRuleSource[], toolVersion: string, cwd = process.cwd()): string {
    const ruleIndex = new Map(rules.map((rule, index) => [rule.code, index]));
    const results = [];
    for (const file of report.files) {
        for (const d of file.diagnostics) {
            const index = ruleIndex.get(d.code);
            results.push({
                ruleId: d.code,
                ...(index === undefined ? {} : { ruleIndex: index }),
                level: LEVELS[d.severity],
                message: { text: d.message },
                locations: [{
                    physicalLocation: {
                        artifactLocation: { uri: encodeUri(file.path), ...(isRelative(file.path) ? { uriBaseId: SRCROOT } : {}) },
                        region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn }
                    }
                }]
            });
        }
    }
    const log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [{
            tool: {
                driver: {
                    name: 'dtp',
                    version: toolVersion,
                    informationUri: 'https://www.npmjs.com/package/dtp',
                    rules: rules.map(rule => ({
                        id: rule.code,
                        shortDescription: { text: rule.summary },
                        ...(rule.helpUri ? { helpUri: rule.helpUri } : {}),
                        defaultConfiguration: { level: LEVELS[rule.severity] }
                    }))
                }
            },
            originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(cwd.endsWith('/') ? cwd : cwd + '/').href } },
            results
        }]
    };
    return JSON.stringify(log, null, 2) + '\n';
}

function isRelative(path: string): boolean {
    return !path.startsWith('/') && !/^[A-Za-z]:/.test(path);
}

function encodeUri(path: string): string {
    return isRelative(path) ? path.split('/').map(encodeURIComponent).join('/') : pathToFileURL(path).href;
}

// Tracking in the editor: on a plan with a status date, hover shows planned against forecast and the variance, and
// the preview follows edits of the status date and of progress with a new forecast.
import * as vscode from 'vscode';
import type { DtpExtensionApi } from '../../src/activation.js';
import type { RoadmapPreviewApi } from '../../src/preview/roadmap-previews.js';
import { contains, equal, ok } from './expect.js';
import { closeAllEditors, codeOf, EXTENSION_ID, eventually, openFile, positionOf, waitForDiagnostics, workspaceFile } from './workspace.js';

// Status date 2027-04-01. `landing` was planned 2027-02-01 → 2027-03-31 (59 days) and is 10% done: 54 days remain, so
// its forecast ends 2027-05-25 (exclusive) and `portal` after it: both late. Ends are exclusive; people read last days.
const TRACKED = `programme tracked "Tracked programme" {
    start 2027-01-04
    status-date 2027-04-01
    capability cloud "Cloud platform" facility

    phase initiation {
        transformation-plan dtp "Digital Transformation Plan" { duration 4w  finished 2027-01-29 }
        milestone go "Programme approved" { after dtp  finished 2027-02-01 }
    }
    phase foundation {
        activity landing "Landing zone" { duration 2m  after go  provides cloud  started 2027-02-01  progress 10% }
    }
    phase improvement {
        activity portal "Citizen portal" { duration 3m  requires cloud }
    }
    phase continuous-improvement {
        activity review "Benefits review" { every 3m }
    }
}
`;

async function previews(): Promise<RoadmapPreviewApi> {
    const extension = vscode.extensions.getExtension<DtpExtensionApi>(EXTENSION_ID);
    ok(extension, `extension ${EXTENSION_ID} is installed`);
    const api = extension.isActive ? extension.exports : await extension.activate();
    await api.ready;
    return api.preview;
}

/** A saved plan in the test workspace (one file per test: nothing one test typed can reach the next), in an editor. */
async function openTrackedPlan(name: string): Promise<vscode.TextEditor> {
    await vscode.workspace.fs.writeFile(workspaceFile(name), new TextEncoder().encode(TRACKED));
    return openFile(name);
}

async function replace(document: vscode.TextDocument, oldText: string, newText: string): Promise<void> {
    const edit = new vscode.WorkspaceEdit();
    const start = positionOf(document, oldText);
    edit.replace(document.uri, new vscode.Range(start, start.translate(0, oldText.length)), newText);
    ok(await vscode.workspace.applyEdit(edit), `the edit of "${oldText}" applies`);
}

function hoverText(hovers: vscode.Hover[] | undefined): string {
    return (hovers ?? []).flatMap(hover => hover.contents).map(content => (typeof content === 'string' ? content : content.value)).join('\n');
}

function hoverOn(document: vscode.TextDocument, needle: string, delta: number): Thenable<vscode.Hover[]> {
    return vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, positionOf(document, needle, delta));
}

suite('Tracking', () => {
    teardown(async () => {
        // Revert the edited plan while its editor is active, then close what is left (the preview).
        await closeAllEditors();
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });

    test('hover on an activity shows planned against forecast and the variance; the status date moves them', async () => {
        const { document } = await openTrackedPlan('tracked-hover.dtp');
        await waitForDiagnostics(document.uri, diagnostics => diagnostics.some(d => codeOf(d) === 'overdue'), 'the overdue warning on landing');
        const hover = await eventually(() => hoverOn(document, 'activity landing', 'activity l'.length), found => hoverText(found).includes('Forecast'), 'a hover with the forecast');
        const text = hoverText(hover);
        contains(text, '- Planned: 2027-02-01 → 2027-03-31', 'hover of landing: the plan');
        contains(text, '- Forecast: 2027-02-01 → 2027-05-24', 'hover of landing: the forecast');
        contains(text, '- Variance: +54 days', 'hover of landing: the variance');
        contains(text, '- State on 2027-04-01: active (started 2027-02-01, 10% done)', 'hover of landing: the state');

        // A month later the same 54 days remain: the forecast moves with the status date (2027-05-03 + 54 days).
        await replace(document, 'status-date 2027-04-01', 'status-date 2027-05-03');
        const moved = await eventually(() => hoverOn(document, 'activity landing', 'activity l'.length),
            found => hoverText(found).includes('State on 2027-05-03'), 'the hover of the new status date');
        contains(hoverText(moved), '- Forecast: 2027-02-01 → 2027-06-25\n- Variance: +86 days', 'hover of landing after the status date moved');
    });

    test('the preview follows edits of the status date and of progress with the new forecast', async () => {
        const { document } = await openTrackedPlan('tracked-preview.dtp');
        const preview = await previews();
        await vscode.commands.executeCommand('dtp.openPreview', document.uri);
        const first = await preview.whenRendered(document.uri, r => r.bars > 0);
        equal(first.statusDate, '2027-04-01', 'status date of the first picture');
        equal(first.late, 2, 'late bars in the first picture (landing and portal)');

        await replace(document, 'status-date 2027-04-01', 'status-date 2027-05-03');
        const moved = await preview.whenRendered(document.uri, r => r.statusDate === '2027-05-03');
        ok(moved.version > first.version, `the picture shows the edited text (version ${moved.version} > ${first.version})`);
        equal(moved.late, 2, 'late bars once the status date moved (still late)');

        // Back to 2027-04-01, and landing at 100%: no day remains, so it ends on the status date, which is its planned
        // end; portal follows on plan. Nothing is late.
        await replace(document, 'status-date 2027-05-03', 'status-date 2027-04-01');
        await preview.whenRendered(document.uri, r => r.statusDate === '2027-04-01' && r.version > moved.version);
        await replace(document, 'progress 10%', 'progress 100%');
        const caughtUp = await preview.whenRendered(document.uri, r => r.late === 0);
        equal(caughtUp.statusDate, '2027-04-01', 'status date of the picture after the progress edit');
        equal(caughtUp.bars, first.bars, 'bars after the progress edit');
        ok(document.isDirty, 'the edits are not saved: the preview follows the text, not the file');
    });
});

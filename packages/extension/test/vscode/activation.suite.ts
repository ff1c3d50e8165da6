// Opening a .dtp file is what brings the extension (and its language server) to life.
import * as vscode from 'vscode';
import type { DtpExtensionApi } from '../../src/activation.js';
import { equal, ok } from './expect.js';
import { closeAllEditors, codeOf, EXTENSION_ID, eventually, openCopy, openFile, positionOf, waitForDiagnostics } from './workspace.js';

suite('Activation', () => {
    teardown(closeAllEditors);

    test('opening a .dtp file activates the extension and starts the language server', async () => {
        const editor = await openFile('examples/noordstad.dtp');
        equal(editor.document.languageId, 'dtp', 'language of a .dtp file');
        const extension = vscode.extensions.getExtension<DtpExtensionApi>(EXTENSION_ID);
        ok(extension, `extension ${EXTENSION_ID} is installed`);
        await eventually(async () => extension.isActive, active => active, 'the extension to activate');
        await extension.exports.ready;
    });

    test('the outline lists the programme with its phases', async () => {
        const editor = await openFile('examples/noordstad.dtp');
        const symbols = await eventually(
            () => vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri),
            found => Array.isArray(found) && found.length > 0,
            'document symbols'
        );
        const programme = symbols.find(symbol => symbol.name === 'noordstad');
        ok(programme, `a symbol for programme noordstad among ${symbols.map(s => s.name).join(', ')}`);
        equal(programme.children.length >= 4, true, 'the programme symbol has its four phases (and capabilities) as children');
    });

    test('imports resolve: go to definition of an imported capability opens the catalogue', async () => {
        // In VS Code for the web the server has no disk: it reads capabilities.dtp through the client.
        const editor = await openFile('examples/noordstad.dtp');
        const position = positionOf(editor.document, 'provides cloud', 'provides c'.length);
        const locations = await eventually(
            () => vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', editor.document.uri, position),
            found => Array.isArray(found) && found.length > 0,
            'the definition of `cloud`'
        );
        const target = locations.map(location => ('targetUri' in location ? location.targetUri : location.uri).toString());
        ok(target.some(uri => uri.endsWith('/examples/capabilities.dtp')), `cloud is defined in capabilities.dtp, not in ${target.join(', ')}`);
        const problems = vscode.languages.getDiagnostics(editor.document.uri)
            .filter(d => d.severity <= vscode.DiagnosticSeverity.Warning)
            .map(d => `${codeOf(d)}: ${d.message}`);
        equal(problems.length, 0, `errors and warnings on the reference plan: ${JSON.stringify(problems)}`);
    });

    test('DTP: Restart Language Server brings back a working server', async () => {
        await vscode.commands.executeCommand('dtp.restartServer');
        const { document } = await openCopy('invalid/unmet-prerequisite.dtp');
        await waitForDiagnostics(document.uri, found => found.some(d => codeOf(d) === 'unmet-prerequisite'), 'diagnostics after the restart');
    });

    test('the commands of the extension are registered', async () => {
        const commands = await vscode.commands.getCommands(true);
        for (const id of ['dtp.openPreview', 'dtp.restartServer']) ok(commands.includes(id), `${id} is registered`);
    });
});

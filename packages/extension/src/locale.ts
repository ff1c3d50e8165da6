// The language of the roadmap's own words in the preview and its exports: VS Code's display language (`vscode.env.language`,
// e.g. `nl` or `en-us`). The language server gets the same language from the client itself (`locale` in `initialize`).
import { localeOf, type Locale } from '@dtp/roadmap';
import * as vscode from 'vscode';

export function displayLocale(): Locale {
    return localeOf(vscode.env.language) ?? 'en';
}

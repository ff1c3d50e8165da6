// Colours of the roadmap picture. A palette value is a concrete colour (standalone SVG/PNG: resvg and image
// viewers know no CSS variables), a VS Code theme variable with a fallback (the preview webview), or a
// `--dtp-*` variable (the HTML page, whose light/dark toggle swaps the variables' values).
import type { PhaseKind } from './model.js';

export type ThemeName = 'light' | 'dark' | 'vscode';

export interface Palette {
    background: string;
    text: string;
    mutedText: string;
    grid: string;
    gridMajor: string;
    laneStripe: string;
    phaseInitiation: string;
    phaseFoundation: string;
    phaseImprovement: string;
    phaseContinuous: string;
    barInitiation: string;
    barFoundation: string;
    barImprovement: string;
    barContinuous: string;
    barText: string;
    critical: string;
    milestone: string;
    transformationPlan: string;
    progress: string;
    arrow: string;
    requiresArrow: string;
    today: string;
    error: string;
    warning: string;
    info: string;
    capability: string;
    /** Tracking: the status-date line, and the health marks (Okabe–Ito hues: told apart by colour-blind readers too). */
    statusLine: string;
    healthDone: string;
    healthOnTrack: string;
    healthAtRisk: string;
    healthLate: string;
    /** The finished part of a bar: a shade laid over the phase colour. */
    progressFill: string;
    /** Outline of the base version's ghost bar (`base` render option). */
    baseGhost: string;
}

const LIGHT: Palette = {
    background: '#ffffff',
    text: '#1f2328',
    mutedText: '#57606a',
    grid: '#eaeef2',
    gridMajor: '#c8d1da',
    laneStripe: '#f6f8fa',
    phaseInitiation: '#ede4fb',
    phaseFoundation: '#dcebfb',
    phaseImprovement: '#dcf3e4',
    phaseContinuous: '#fcefd6',
    barInitiation: '#6f42c1',
    barFoundation: '#1f6feb',
    barImprovement: '#1a7f37',
    barContinuous: '#b35900',
    barText: '#ffffff',
    critical: '#cf222e',
    milestone: '#1f2328',
    transformationPlan: '#8a4baf',
    progress: '#0b1f33',
    arrow: '#6e7781',
    requiresArrow: '#0969da',
    today: '#d1242f',
    error: '#cf222e',
    warning: '#bf8700',
    info: '#0969da',
    capability: '#0969da',
    statusLine: '#1f2328',
    healthDone: '#57606a',
    healthOnTrack: '#0072b2',
    healthAtRisk: '#b36b00',
    healthLate: '#c8400f',
    progressFill: '#000000',
    baseGhost: '#57606a'
};

const DARK: Palette = {
    background: '#0d1117',
    text: '#e6edf3',
    mutedText: '#9198a1',
    grid: '#21262d',
    gridMajor: '#3d444d',
    laneStripe: '#151b23',
    phaseInitiation: '#2a2040',
    phaseFoundation: '#132a45',
    phaseImprovement: '#12301f',
    phaseContinuous: '#3a2a10',
    barInitiation: '#8957e5',
    barFoundation: '#2f81f7',
    barImprovement: '#2ea043',
    barContinuous: '#d07a1a',
    barText: '#ffffff',
    critical: '#ff7b72',
    milestone: '#e6edf3',
    transformationPlan: '#bc8cff',
    progress: '#010409',
    arrow: '#8b949e',
    requiresArrow: '#58a6ff',
    today: '#ff7b72',
    error: '#f85149',
    warning: '#d29922',
    info: '#58a6ff',
    capability: '#58a6ff',
    statusLine: '#e6edf3',
    healthDone: '#9198a1',
    healthOnTrack: '#56b4e9',
    healthAtRisk: '#e69f00',
    healthLate: '#f07838',
    progressFill: '#000000',
    baseGhost: '#9198a1'
};

/** VS Code theme variables, falling back to the light palette outside a webview. */
const VSCODE_VARIABLES: Partial<Record<keyof Palette, string>> = {
    background: '--vscode-editor-background',
    text: '--vscode-editor-foreground',
    mutedText: '--vscode-descriptionForeground',
    grid: '--vscode-editorIndentGuide-background1',
    gridMajor: '--vscode-editorRuler-foreground',
    laneStripe: '--vscode-editorWidget-background',
    critical: '--vscode-charts-red',
    barInitiation: '--vscode-charts-purple',
    barFoundation: '--vscode-charts-blue',
    barImprovement: '--vscode-charts-green',
    barContinuous: '--vscode-charts-orange',
    milestone: '--vscode-editor-foreground',
    arrow: '--vscode-descriptionForeground',
    requiresArrow: '--vscode-textLink-foreground',
    today: '--vscode-charts-red',
    error: '--vscode-editorError-foreground',
    warning: '--vscode-editorWarning-foreground',
    info: '--vscode-editorInfo-foreground',
    capability: '--vscode-textLink-foreground',
    statusLine: '--vscode-editor-foreground',
    healthDone: '--vscode-descriptionForeground',
    baseGhost: '--vscode-descriptionForeground'
};

/** Health colours for the preview: mid tones that keep 3:1 contrast on light and dark editor backgrounds alike. */
const VSCODE_FIXED: Partial<Palette> = { healthOnTrack: '#3b82c4', healthAtRisk: '#a67c00', healthLate: '#d8590f' };

export function palette(theme: ThemeName): Palette {
    if (theme === 'dark') return DARK;
    if (theme === 'light') return LIGHT;
    const result = { ...LIGHT, ...VSCODE_FIXED };
    for (const key of Object.keys(VSCODE_VARIABLES) as (keyof Palette)[]) {
        result[key] = `var(${VSCODE_VARIABLES[key]}, ${LIGHT[key]})`;
    }
    return result;
}

/** The palette as `var(--dtp-…)` references, for a page that defines the variables per theme. */
export function variablePalette(): Palette {
    const result = {} as Palette;
    for (const key of Object.keys(LIGHT) as (keyof Palette)[]) result[key] = `var(${cssVariableName(key)})`;
    return result;
}

/** `--dtp-bar-text: #fff; …` declarations of a concrete palette, for the page's theme rules. */
export function paletteDeclarations(theme: 'light' | 'dark'): string {
    const values = theme === 'dark' ? DARK : LIGHT;
    return (Object.keys(values) as (keyof Palette)[]).map(key => `${cssVariableName(key)}:${values[key]}`).join(';');
}

function cssVariableName(key: keyof Palette): string {
    return `--dtp-${key.replace(/[A-Z]/g, ch => `-${ch.toLowerCase()}`)}`;
}

export function phaseBandColour(p: Palette, kind: PhaseKind): string {
    switch (kind) {
        case 'initiation': return p.phaseInitiation;
        case 'foundation': return p.phaseFoundation;
        case 'improvement': return p.phaseImprovement;
        case 'continuous-improvement': return p.phaseContinuous;
    }
}

export function phaseBarColour(p: Palette, kind: PhaseKind): string {
    switch (kind) {
        case 'initiation': return p.barInitiation;
        case 'foundation': return p.barFoundation;
        case 'improvement': return p.barImprovement;
        case 'continuous-improvement': return p.barContinuous;
    }
}

/** Which optional parts the picture has: their rules are added only then, so other pictures stay byte for byte the same. */
export interface CssFeatures {
    tracking?: boolean;
    base?: boolean;
    /** Folded groups, a date window, the owners or board view. */
    views?: boolean;
}

/** The stylesheet of the roadmap SVG: classes only, so the markup carries no inline style (CSP-friendly). */
export function roadmapCss(p: Palette, features: CssFeatures = {}): string {
    const phases: PhaseKind[] = ['initiation', 'foundation', 'improvement', 'continuous-improvement'];
    const extra: string[] = [];
    if (features.tracking) extra.push(...trackingCss(p, phases));
    if (features.base) extra.push(...baseCss(p));
    if (features.views) extra.push(...viewsCss(p, phases));
    return [
        `.dtp-roadmap{font-family:'DejaVu Sans','Segoe UI',Helvetica,Arial,sans-serif;font-size:12px}`,
        `.background{fill:${p.background}}`,
        `.title{fill:${p.text};font-size:20px;font-weight:bold}`,
        `.subtitle,.tick-label,.lane-meta,.legend-text,.cap-label,.note{fill:${p.mutedText}}`,
        `.tick-label{font-size:11px}`,
        `.tick-label.major{fill:${p.text};font-weight:bold}`,
        `.grid{stroke:${p.grid};stroke-width:1}`,
        `.grid.major{stroke:${p.gridMajor}}`,
        `.lane-stripe{fill:${p.laneStripe}}`,
        `.lane-label{fill:${p.text};font-weight:bold;font-size:13px}`,
        `.lane-meta{font-size:11px}`,
        `.lane-divider{stroke:${p.gridMajor};stroke-width:1}`,
        ...phases.map(kind => `.band-${kind}{fill:${phaseBandColour(p, kind)}}`),
        `.band-edge{stroke:${p.gridMajor};stroke-width:1;stroke-dasharray:3 3}`,
        ...phases.map(kind => `.phase-${kind} .bar{fill:${phaseBarColour(p, kind)}}`),
        ...phases.map(kind => `.phase-${kind} .tick-mark{stroke:${phaseBarColour(p, kind)}}`),
        `.bar{stroke:none}`,
        `.bar.critical{stroke:${p.critical};stroke-width:2.5}`,
        `.bar.transformation-plan{fill:${p.transformationPlan};stroke:${p.text};stroke-width:1.5;stroke-dasharray:5 2}`,
        `.bar.transformation-plan.critical{stroke:${p.critical};stroke-width:2.5}`,
        `.bar.status-done{fill-opacity:0.7}`,
        `.bar.unscheduled{fill:none;stroke:${p.error};stroke-width:1.5;stroke-dasharray:4 3}`,
        `.progress{fill:${p.progress};fill-opacity:0.35;pointer-events:none}`,
        `.milestone{fill:${p.milestone};stroke:${p.background};stroke-width:1.5}`,
        `.milestone.critical{fill:${p.critical}}`,
        `.label{fill:${p.text};paint-order:stroke;stroke:${p.background};stroke-width:3px;stroke-linejoin:round}`,
        `.label.inside{fill:${p.barText};stroke:none;pointer-events:none}`,
        `.label.critical{font-weight:bold}`,
        `.tp-tag{fill:${p.barText};font-size:9px;font-weight:bold;letter-spacing:0.5px}`,
        `.tick-mark{stroke-width:2}`,
        `.recurring-line{stroke-width:2;stroke-dasharray:1 0}`,
        `.dep{fill:none;stroke:${p.arrow};stroke-width:1;stroke-opacity:0.6}`,
        `.dep.requires{stroke:${p.requiresArrow};stroke-dasharray:4 3;stroke-opacity:0.55}`,
        `.dep.critical{stroke:${p.critical};stroke-width:2;stroke-opacity:0.9}`,
        `.arrowhead{fill:${p.arrow}}`,
        `.arrowhead.requires{fill:${p.requiresArrow}}`,
        `.arrowhead.critical{fill:${p.critical}}`,
        `.today-line{stroke:${p.today};stroke-width:2;stroke-dasharray:6 4}`,
        `.today-label{fill:${p.today};font-weight:bold;font-size:11px}`,
        `.badge.error{fill:${p.error}}`,
        `.badge.warning{fill:${p.warning}}`,
        `.badge.info,.badge.hint{fill:${p.info}}`,
        `.badge-text{fill:#ffffff;font-size:10px;font-weight:bold}`,
        `.cap-line{stroke:${p.capability};stroke-width:3;stroke-opacity:0.45}`,
        `.cap-available{fill:${p.capability}}`,
        `.cap-needed{fill:${p.background};stroke:${p.capability};stroke-width:1.5}`,
        `.cap-needed.late{stroke:${p.error};fill:${p.error}}`,
        `.cap-label{font-size:11px}`,
        `.legend-text{font-size:11px}`,
        `.legend-frame{fill:none;stroke:${p.gridMajor}}`,
        `.fade-stop-solid{stop-color:${p.barContinuous};stop-opacity:0.9}`,
        `.fade-stop-clear{stop-color:${p.barContinuous};stop-opacity:0}`,
        `.open-band-solid{stop-color:${p.phaseContinuous};stop-opacity:1}`,
        `.open-band-clear{stop-color:${p.phaseContinuous};stop-opacity:0}`,
        // After the per-phase fills on purpose: an open-ended bar or band fades out instead.
        `.bar.recurring{fill:url(#dtp-fade);stroke:none}`,
        `.band-open{fill:url(#dtp-open-band)}`,
        ...extra
    ].join('\n');
}

function trackingCss(p: Palette, phases: PhaseKind[]): string[] {
    return [
        // The plan under a moved bar: the phase colour, faint and dashed, so it reads as secondary.
        ...phases.map(kind => `.phase-${kind} .ghost-planned{fill:${phaseBarColour(p, kind)};stroke:${phaseBarColour(p, kind)}}`),
        `.ghost{pointer-events:none}`,
        `.ghost-planned{fill-opacity:0.28;stroke-width:1;stroke-dasharray:3 2;stroke-opacity:0.9}`,
        ...phases.map(kind => `.phase-${kind} .ghost-link-planned{stroke:${phaseBarColour(p, kind)}}`),
        `.ghost-link{fill:none;stroke-width:1;stroke-dasharray:1 3;stroke-opacity:0.8;pointer-events:none}`,
        `.progress-fill{fill:${p.progressFill};fill-opacity:0.32;pointer-events:none}`,
        `.pct{font-size:10.5px;font-weight:bold;fill:${p.text};paint-order:stroke;stroke:${p.background};stroke-width:3px;stroke-linejoin:round}`,
        `.pct.inside{fill:${p.barText};stroke:none;pointer-events:none}`,
        // The stroke, in the background colour and painted under the fill, is a halo around the mark.
        `.health{stroke:${p.background};stroke-width:2.5;stroke-linejoin:round;paint-order:stroke}`,
        `.health-done{fill:${p.healthDone}}`,
        `.health-on-track{fill:${p.healthOnTrack}}`,
        `.health-at-risk{fill:${p.healthAtRisk}}`,
        `.health-late{fill:${p.healthLate}}`,
        `.status-line{stroke:${p.statusLine};stroke-width:2}`,
        `.status-pill{fill:${p.statusLine}}`,
        `.status-label{fill:${p.background};font-size:11px;font-weight:bold}`
    ];
}

function viewsCss(p: Palette, phases: PhaseKind[]): string[] {
    return [
        // A folded group: the phase colour (a neutral one for an owner's mixed work), darker caps as in a project plan.
        `.summary .summary-bar{stroke:${p.text};stroke-width:1;stroke-opacity:0.35}`,
        `.summary .summary-bar.summary-owner{fill:${p.mutedText}}`,
        `.summary-owner-group .ghost-planned{fill:${p.mutedText};stroke:${p.mutedText}}`,
        `.summary-segment{pointer-events:none}`,
        `.summary .summary-bar.recurring{stroke:none}`,
        `.summary-caps{fill:${p.text};fill-opacity:0.7}`,
        `.summary-label{font-weight:bold}`,
        ...phases.map(kind => `.phase-${kind} .summary-caps{fill:${phaseBarColour(p, kind)}}`),
        `.clip-mark{fill:${p.background};pointer-events:none}`,
        `.cap-summary-mark{fill:${p.capability}}`,
        `.cap-summary-line{stroke:${p.capability};stroke-width:3;stroke-opacity:0.45}`
    ];
}

function baseCss(p: Palette): string[] {
    return [
        `.ghost{pointer-events:none}`,
        `.ghost-base{fill:none;stroke:${p.baseGhost};stroke-width:1.5;stroke-linecap:square}`,
        `.ghost-link-base{stroke:${p.baseGhost}}`,
        `.ghost-link{fill:none;stroke-width:1;stroke-dasharray:1 3;stroke-opacity:0.8;pointer-events:none}`
    ];
}

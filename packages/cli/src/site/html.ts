// The frame every page of the site shares: a strict Content-Security-Policy (only the site's own stylesheet and,
// under `dtp serve`, its own live-reload script and event stream; nothing inline, nothing remote), the header and
// the footer. Every user string goes through `esc`.
import { escapeXml } from '@dtp/roadmap';
import type { SiteWords } from './words.js';

export const esc = escapeXml;

export interface PageFrame {
    /** `../../` from a page two folders down: links stay relative, so the site works from file:// and any host. */
    root: string;
    title: string;
    /** Items of the breadcrumb after the site's name, the last one being this page. */
    crumbs?: { text: string; href?: string }[];
    body: string;
    words: SiteWords;
    /** dtp serve: load the live-reload script and allow its event stream. */
    live: boolean;
    footer: string;
}

export function contentSecurityPolicy(live: boolean, frames: boolean): string {
    return [
        "default-src 'none'",
        "style-src 'self'",
        live ? "script-src 'self'" : "script-src 'none'",
        ...(live ? ["connect-src 'self'"] : []),
        ...(frames ? ["frame-src 'self'"] : []),
        "base-uri 'none'",
        "form-action 'none'"
    ].join('; ');
}

export function page(frame: PageFrame): string {
    const { root, words } = frame;
    const frames = frame.body.includes('<iframe');
    const crumbs = frame.crumbs?.length
        ? `<nav aria-label="${esc(words.breadcrumb)}"><ol class="crumbs">${frame.crumbs.map(c => `<li>${c.href ? `<a href="${esc(c.href)}">${esc(c.text)}</a>` : `<span aria-current="page">${esc(c.text)}</span>`}</li>`).join('')}</ol></nav>`
        : '';
    return `<!DOCTYPE html>
<html lang="${esc(words.lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(frame.live, frames)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="referrer" content="no-referrer">
<title>${esc(frame.title)}</title>
<link rel="stylesheet" href="${esc(root)}assets/site.css">
${frame.live ? `<script src="${esc(root)}assets/live.js" defer></script>\n` : ''}</head>
<body>
<header class="site-header"><div class="wrap">
<a class="brand" href="${esc(root)}index.html">${LOGO}<span>${esc(words.siteTitle)}</span></a>
${crumbs}
${frame.live ? `<span class="live" id="live" hidden>${esc(words.liveStatus)}</span>` : ''}
</div></header>
<main class="wrap">
${frame.body}
</main>
<footer class="wrap site-footer">${frame.footer}</footer>
</body>
</html>
`;
}

/** Four overlapping phase bars: the product's mark, drawn in the phase colours. */
const LOGO = '<svg width="22" height="22" viewBox="0 0 22 22" aria-hidden="true" focusable="false"><rect class="logo-a" x="1" y="2" width="9" height="4" rx="1.5"/><rect class="logo-b" x="6" y="7" width="10" height="4" rx="1.5"/><rect class="logo-c" x="11" y="12" width="9" height="4" rx="1.5"/><rect class="logo-d" x="15" y="17" width="6" height="4" rx="1.5"/></svg>';

/** A relative URL from path segments: each one percent-encoded, so any file name makes a working link. */
export function href(...segments: string[]): string {
    return segments.flatMap(segment => segment.split('/')).map(encodeURIComponent).join('/');
}

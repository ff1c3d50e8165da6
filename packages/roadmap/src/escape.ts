// Every user string (labels, ids, owners, descriptions, messages) reaches SVG/HTML only through these functions,
// so a plan cannot inject elements or attributes into a picture someone opens in a browser or a webview.

const XML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

// XML 1.0 forbids most C0 control characters even as references; a plan with binary junk must still give valid SVG.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters XML forbids
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Escapes text for element content and for double- or single-quoted attribute values. */
export function escapeXml(text: string | number): string {
    const value = String(text);
    // Most labels need nothing: test once rather than run two replaces over 100,000 strings.
    if (!NEEDS_ESCAPE.test(value)) return value;
    return value.replace(XML_INVALID, '\uFFFD').replace(/[&<>"']/g, ch => XML_ENTITIES[ch]);
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: the same forbidden characters, tested before replacing
const NEEDS_ESCAPE = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/**
 * JSON for a `<script type="application/json">` block: `<` is written as `\u003c` so no `</script>` or `<!--` in
 * user text can end the block, and U+2028/U+2029 are escaped for older parsers.
 */
export function jsonForScript(value: unknown): string {
    return JSON.stringify(value)
        .replace(/</g, '\\u003c')
        .replace(/>/g, '\\u003e')
        .replace(/&/g, '\\u0026')
        .replace(/\u2028/g, '\\u2028')
        .replace(/\u2029/g, '\\u2029');
}

/**
 * A Mermaid gantt task or section name: `:` separates the name from its data, `#` and `;` start comments or end
 * statements, and line breaks end the line, so they are replaced with look-alike or plain characters.
 */
export function mermaidText(text: string): string {
    const cleaned = text
        .replace(/[\r\n\t]+/g, ' ')
        .replace(/:/g, '\u2236') // RATIO, reads like a colon
        .replace(/#/g, 'No.')
        .replace(/;/g, ',')
        .replace(/%/g, '\uFF05') // a line starting with % is a Mermaid comment
        .replace(/[{}]/g, '')
        // Mermaid sanitises HTML itself, but a Markdown viewer without Mermaid shows the block raw: keep it tag-free.
        .replace(/</g, '\u2039')
        .replace(/>/g, '\u203A')
        .replace(XML_INVALID, '')
        .trim();
    return cleaned.length > 0 ? cleaned : 'unnamed';
}

/** A Mermaid task id: letters, digits, `_` and `-` only, unique per chart (callers add a prefix when needed). */
export function mermaidId(id: string): string {
    return id.replace(/[^A-Za-z0-9_-]/g, '_');
}

/** Markdown table cell text: pipes and line breaks would split the table. */
export function markdownCell(text: string): string {
    return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

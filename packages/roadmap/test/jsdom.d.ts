// The little of jsdom the Mermaid test uses (jsdom ships no types; @types/jsdom would pull in the DOM lib).
declare module 'jsdom' {
    export class JSDOM {
        constructor(html: string);
        readonly window: { document: object } & Record<string, unknown>;
    }
}

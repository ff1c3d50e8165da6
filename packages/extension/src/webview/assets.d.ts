// esbuild bundles stylesheets imported by the webview script into dist/webview/preview.css; TypeScript only
// needs to know such an import exists.
declare module '*.css';

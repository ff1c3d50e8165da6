// langium-cli 4.4 runs chevrotain 13, which calls Object.groupBy (Node >= 21): polyfill it on Node 20.
Object.groupBy ??= (items, key) => {
    const groups = Object.create(null); let i = 0;
    for (const item of items) (groups[key(item, i++)] ??= []).push(item);
    return groups;
};
// Properties are written as `prop=value` alternatives inside `( … )*` on purpose: a property written twice is
// reported by the checker (duplicate-property), so Langium's "multiple assignments" warnings are noise here.
for (const method of ['log', 'warn']) {
    const print = console[method].bind(console);
    console[method] = (...args) => {
        if (!String(args[0]).includes('Found multiple assignments to')) print(...args);
    };
}
process.argv = [process.argv[0], 'langium', 'generate'];
await import('../../../node_modules/langium-cli/lib/langium.js');

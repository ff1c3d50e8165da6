// langium-cli 4.4 runs chevrotain 13, which calls Object.groupBy (Node >= 21): polyfill it on Node 20.
Object.groupBy ??= (items, key) => {
    const groups = Object.create(null); let i = 0;
    for (const item of items) (groups[key(item, i++)] ??= []).push(item);
    return groups;
};
process.argv = [process.argv[0], 'langium', 'generate'];
await import('../../../node_modules/langium-cli/lib/langium.js');

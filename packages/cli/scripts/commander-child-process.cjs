// What commander gets for `node:child_process` in the bundle (scripts/bundle.mjs). It requires the module when it
// loads, for executable subcommands (`git`-style `dtp-foo` programs), which dtp does not have; loading it (and the
// `net` and streams behind it) was about 3 ms of every command. Its one use, spawn, loads the real module on call.
'use strict';
let childProcess;
module.exports = {
    spawn: (...args) => (childProcess ??= require('node:child_process')).spawn(...args)
};

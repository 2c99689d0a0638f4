#!/usr/bin/env node
// The only place that exits: runs the CLI and turns its result into the process exit code.
// CommonJS (bin/package.json), so Node starts without its ES module loader: about 10 ms of a one-file run. It
// requires dist/bundle/main.cjs (src/start/main.ts), which runs the CLI bundle through V8's code cache.
'use strict';
const { main } = require('../dist/bundle/main.cjs');

/**
 * Stdin, for the `-` path (helm template ... | vvp-kv-lint -): all of it, or, once more than `maxBytes` arrived
 * (the file size limit), what has arrived so far: the rest is never read, so an endless or huge stream costs
 * neither time nor memory before it is refused.
 */
async function readStdin(maxBytes = Infinity) {
  const chunks = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk);
    total += chunk.length;
    if (total > maxBytes) break;
  }
  return Buffer.concat(chunks).toString('utf8');
}

// A reader that stops early (`vvp-kv-lint . | head`) closes the pipe: the rest of the report has nowhere to go,
// and the run still ends with the exit code its findings call for. Without this, Node printed an unhandled EPIPE
// stack trace instead.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (!err || (err.code !== 'EPIPE' && err.code !== 'ERR_STREAM_DESTROYED')) throw err;
  });
}

main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env, readStdin }).then(
  (code) => {
    process.exitCode = code;
    // Exit now rather than when the event loop has drained: nothing is left to do, and tearing down a large heap
    // cost a pre-commit run over 2,000 files about 60 ms. Only when stdout and stderr hold no unwritten data (pipes
    // are asynchronous on some platforms; on Linux every write is complete by now). 'exit' handlers still run.
    if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit(code);
  },
  (err) => {
    process.stderr.write(`vvp-kv-lint: internal error: ${err?.message ?? err}\n`);
    process.exitCode = 2;
  },
);

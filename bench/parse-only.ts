// The parse-only limit the linter is measured against: the same files found with the same globs, read, and parsed
// with `yaml` keeping positions (the AST with ranges, as the linter needs), nothing else. Run as its own process
// so its wall time and peak RSS compare with the CLI's.
import { readFile } from 'node:fs/promises';
import fg from 'fast-glob';
import { parseAllDocuments } from 'yaml';

const root = process.argv[2];
if (!root) {
  process.stderr.write('usage: parse-only DIR\n');
  process.exit(2);
}
const files = (await fg(['**/*.yaml', '**/*.yml', '**/*.json'], { cwd: root, dot: true, onlyFiles: true, followSymbolicLinks: false, absolute: true })).sort();
// Keep every document alive to the end, as the linter keeps its inventory: otherwise RSS would not compare.
const kept: unknown[] = [];
let documents = 0;
let next = 0;
// Same read concurrency as the loader: reads overlap, parsing is serial on the main thread anyway.
await Promise.all(
  Array.from({ length: 32 }, async () => {
    while (next < files.length) {
      const f = files[next++]!;
      const text = await readFile(f, 'utf8');
      const parsed = parseAllDocuments(text);
      const docs = Array.isArray(parsed) ? parsed : [];
      documents += docs.length;
      kept.push(docs);
    }
  }),
);
process.stdout.write(JSON.stringify({ files: files.length, documents, kept: kept.length }) + '\n');

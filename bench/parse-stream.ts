// The honest parse limit: the same files found with the same globs, read, parsed with `yaml` keeping positions
// (the AST with ranges, as the linter needs) and turned into plain values (`toJS`), one file at a time, nothing
// kept. One process, one thread. What no linter that parses every file with `yaml` can beat on one core.
// (bench/parse-only.ts keeps every AST alive instead, which adds its own garbage-collection cost to the baseline.)
import { readFile } from 'node:fs/promises';
import fg from 'fast-glob';
import { parseAllDocuments } from 'yaml';

const root = process.argv[2];
if (!root) {
  process.stderr.write('usage: parse-stream DIR\n');
  process.exit(2);
}
const files = (await fg(['**/*.yaml', '**/*.yml', '**/*.json'], { cwd: root, dot: true, onlyFiles: true, followSymbolicLinks: false, absolute: true })).sort();
let documents = 0;
let values = 0;
let next = 0;
await Promise.all(
  Array.from({ length: 32 }, async () => {
    while (next < files.length) {
      const f = files[next++]!;
      const text = await readFile(f, 'utf8');
      const parsed = parseAllDocuments(text);
      const docs = Array.isArray(parsed) ? parsed : [];
      documents += docs.length;
      for (const d of docs) {
        if (d.errors.length) continue;
        try {
          if (d.toJS({ maxAliasCount: 1000 }) != null) values++;
        } catch {
          // An unresolvable document counts as parsed: the linter reports it and moves on.
        }
      }
    }
  }),
);
process.stdout.write(JSON.stringify({ files: files.length, documents, values }) + '\n');

// The honest parse limit: the same files found with the same globs, read, parsed with `yaml` keeping positions
// (the AST with ranges, as the linter needs) and turned into plain values (`toJS`), one file at a time, nothing
// kept. One process, one thread. What no linter that parses every file with `yaml` can beat on one core.
// (bench/parse-only.ts keeps every AST alive instead, which adds its own garbage-collection cost to the baseline.)
import { parseAllDocuments } from 'yaml';
import { baselineFiles, forEachText } from './baseline-files.js';

const files = await baselineFiles('parse-stream');
let documents = 0;
let values = 0;
await forEachText(files, (text) => {
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
});
process.stdout.write(JSON.stringify({ files: files.length, documents, values }) + '\n');

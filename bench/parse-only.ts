// The parse-only limit the linter is measured against: the same files found with the same globs, read, and parsed
// with `yaml` keeping positions (the AST with ranges, as the linter needs), nothing else. Run as its own process
// so its wall time and peak RSS compare with the CLI's.
import { parseAllDocuments } from 'yaml';
import { baselineFiles, forEachText } from './baseline-files.js';

const files = await baselineFiles('parse-only');
// Keep every document alive to the end, as a linter holding every AST would: otherwise RSS would not compare.
const kept: unknown[] = [];
let documents = 0;
await forEachText(files, (text) => {
  const parsed = parseAllDocuments(text);
  const docs = Array.isArray(parsed) ? parsed : [];
  documents += docs.length;
  kept.push(docs);
});
process.stdout.write(JSON.stringify({ files: files.length, documents, kept: kept.length }) + '\n');

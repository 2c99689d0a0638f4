// `tsc -p tsconfig.json --noEmit`: the strict type check of src/, test/ and bench/, reported as tsc reports it (exit 1
// on an error). scripts/compile.mjs emits dist/ without it (esbuild); `npm run build` runs this after the emit, and
// `npm test` runs it as a test (test/workflow/typecheck.test.ts), beside the others.
import ts from 'typescript';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const host = { getCanonicalFileName: (f) => f, getCurrentDirectory: () => root, getNewLine: () => ts.sys.newLine };
const report = (diagnostics) => {
  if (!diagnostics.length) return;
  const format = process.stdout.isTTY ? ts.formatDiagnosticsWithColorAndContext : ts.formatDiagnostics;
  process.stdout.write(format(diagnostics, host));
};

const config = ts.getParsedCommandLineOfConfigFile(join(root, 'tsconfig.json'), { noEmit: true }, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => report([d]) });
if (!config) process.exit(1);
const program = ts.createProgram({ rootNames: config.fileNames, options: config.options, projectReferences: config.projectReferences, configFileParsingDiagnostics: config.errors });
const diagnostics = ts.sortAndDeduplicateDiagnostics([...config.errors, ...ts.getPreEmitDiagnostics(program)]);
report(diagnostics);
const errors = diagnostics.filter((d) => d.category === ts.DiagnosticCategory.Error).length;
if (errors) {
  process.stdout.write(`\nFound ${errors} error(s).\n`);
  process.exit(1);
}

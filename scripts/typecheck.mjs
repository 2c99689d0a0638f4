// `tsc -p tsconfig.json --noEmit`: the type check of src/, test/ and bench/, reported as tsc reports it (exit 1 on an
// error). scripts/compile.mjs runs it beside esbuild's emit; `node scripts/typecheck.mjs` runs it alone.
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
const diagnostics = ts.sortAndDeduplicateDiagnostics([...ts.getPreEmitDiagnostics(program)]);
report(diagnostics);
const errors = diagnostics.filter((d) => d.category === ts.DiagnosticCategory.Error).length;
if (errors) {
  process.stdout.write(`\nFound ${errors} error(s).\n`);
  process.exit(1);
}

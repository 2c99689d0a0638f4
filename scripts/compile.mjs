// `tsc -p tsconfig.json`, with one difference: each output is written only when its bytes change, and then
// atomically (scripts/lib/write-if-changed.mjs). tsc itself truncates and rewrites every output on every build, so a
// second build beside a running suite (two `npm test` in one checkout) could hand a test process a half-written
// module. Type errors are reported as tsc reports them and fail the build (exit 1).
import ts from 'typescript';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeIfChanged } from './lib/write-if-changed.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const configPath = join(root, 'tsconfig.json');
const host = { getCanonicalFileName: (f) => f, getCurrentDirectory: () => root, getNewLine: () => ts.sys.newLine };
const report = (diagnostics) => {
  if (!diagnostics.length) return;
  const format = process.stdout.isTTY ? ts.formatDiagnosticsWithColorAndContext : ts.formatDiagnostics;
  process.stdout.write(format(diagnostics, host));
};

const config = ts.getParsedCommandLineOfConfigFile(configPath, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => report([d]) });
if (!config) process.exit(1);
const program = ts.createProgram({ rootNames: config.fileNames, options: config.options, projectReferences: config.projectReferences, configFileParsingDiagnostics: config.errors });
const diagnostics = [...ts.getPreEmitDiagnostics(program)];
const emitted = program.emit(undefined, (fileName, text) => writeIfChanged(fileName, text));
diagnostics.push(...emitted.diagnostics);
report(ts.sortAndDeduplicateDiagnostics(diagnostics));
if (diagnostics.some((d) => d.category === ts.DiagnosticCategory.Error)) {
  process.stdout.write(`\nFound ${diagnostics.filter((d) => d.category === ts.DiagnosticCategory.Error).length} error(s).\n`);
  process.exit(1);
}

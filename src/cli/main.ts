// The command-line entry: dispatches subcommands and returns an exit code. Only bin/ exits the process.
import { lintCommand } from './commands/lint.js';
import type { CliIO } from './io.js';
import { EXIT } from './io.js';
import { TOOL_VERSION } from '../version.js';
import { HELP_TEXT } from './help.js';
import { escapeControls } from '../report/escape.js';
import { COMMAND_HELP, wantsHelp } from './command-help.js';

type Command = (args: string[], io: CliIO) => Promise<number>;

/** Subcommands are loaded on demand so `lint` never imports live-mode code. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  lint: async () => lintCommand,
  audit: () => command('audit', 'auditCommand'),
  snapshot: () => command('snapshot', 'snapshotCommand'),
  baseline: () => command('baseline', 'baselineCommand'),
  rules: () => command('rules', 'rulesCommand'),
  explain: () => command('rules', 'explainCommand'),
  policy: () => command('policy', 'policyCommand'),
  why: () => command('why', 'whyCommand'),
  lsp: () => command('lsp', 'lspCommand'),
};

async function command(module: string, exportName: string): Promise<Command> {
  const mod = (await import(`./commands/${module}.js`)) as Record<string, Command>;
  const fn = mod[exportName];
  if (typeof fn !== 'function') throw new Error(`command module ${module} lacks ${exportName}`);
  return fn;
}

export async function main(argv: readonly string[], rawIo: CliIO): Promise<number> {
  const io: CliIO = { ...rawIo, stderr: safeStderr(rawIo.stderr) };
  const args = [...argv];
  if (args[0] === '--version' || args[0] === '-v') {
    io.stdout.write(`${TOOL_VERSION}\n`);
    return EXIT.OK;
  }
  if (args[0] === '--help' || args[0] === '-h' || args[0] === 'help') {
    io.stdout.write(HELP_TEXT);
    return EXIT.OK;
  }
  const first = args[0];
  if (first !== undefined && Object.hasOwn(COMMANDS, first)) {
    args.shift();
    if (Object.hasOwn(COMMAND_HELP, first) && wantsHelp(args)) {
      io.stdout.write(COMMAND_HELP[first]!);
      return EXIT.OK;
    }
    try {
      const command = await COMMANDS[first]!();
      return await command(args, io);
    } catch (err) {
      return fatal(io, err);
    }
  }
  if (wantsHelp(args)) {
    io.stdout.write(COMMAND_HELP['lint']!);
    return EXIT.OK;
  }
  try {
    return await lintCommand(args, io);
  } catch (err) {
    return fatal(io, err);
  }
}

/**
 * stderr carries file names, paths and messages built from input: control characters in them are made visible
 * (they could rewrite the terminal). The progress line's own "return and clear line" prefix is the one exception.
 */
function safeStderr(stream: CliIO['stderr']): CliIO['stderr'] {
  const CLEAR = '\r\x1b[K';
  return {
    isTTY: stream.isTTY,
    write(chunk: string): unknown {
      let s = String(chunk);
      let prefix = '';
      while (s.startsWith(CLEAR)) {
        prefix += CLEAR;
        s = s.slice(CLEAR.length);
      }
      return stream.write(prefix + escapeControls(s, { keepNewlines: true }));
    },
  };
}

/** An unexpected error: one line for the user, exit 2. The stack only with VVP_KV_LINT_DEBUG. */
function fatal(io: CliIO, err: unknown): number {
  const e = err as Error;
  io.stderr.write(`vvp-kv-lint: ${e?.message ?? String(err)}\n`);
  if (io.env['VVP_KV_LINT_DEBUG']) io.stderr.write(`${e?.stack ?? ''}\n`);
  return EXIT.ERROR;
}

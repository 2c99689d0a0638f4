// Argument parsing for every command: node:util parseArgs, with errors in the words users know from ESLint and
// kubectl ("unknown option --formt (did you mean --format?)") instead of Node's parser text.
import type { ParseArgsConfig } from 'node:util';
import { similarIds } from '../engine/similar-ids.js';

type Options = NonNullable<ParseArgsConfig['options']>;

export function explainParseError(err: unknown, options: Options): string {
  const e = err as { code?: string; message?: string };
  const message = e?.message ?? String(err);
  if (e?.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const given = /Unknown option '([^']+)'/.exec(message)?.[1] ?? '';
    return `unknown option ${given}${suggestOption(given, options)}`;
  }
  if (e?.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    // "Option '-f, --format <value>' argument missing" / "Option '--quiet' does not take an argument".
    const name = /Option '(?:-\w, )?(--[\w-]+)/.exec(message)?.[1];
    if (/argument missing/.test(message) && name) return `option ${name} needs a value`;
    if (/does not take an argument/.test(message) && name) return `option ${name} does not take a value`;
  }
  if (e?.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    const arg = /Unexpected argument '([^']+)'/.exec(message)?.[1];
    return `unexpected argument ${arg !== undefined ? `"${arg}"` : ''} (this command takes no paths)`.replace('  ', ' ');
  }
  return message.split('\n')[0]!.replace(/\. To specify .*$/, '');
}

/** " (did you mean --format?)" for a mistyped long or short option; "" when nothing is close. */
export function suggestOption(given: string, options: Options): string {
  const bare = given.replace(/^-+/, '').split('=')[0]!;
  const longs = Object.keys(options);
  const close = similarIds(bare, longs, 2);
  if (close.length) return ` (did you mean ${close.map((c) => `--${c}`).join(' or ')}?)`;
  // `-format` written with one dash.
  if (given.startsWith('-') && !given.startsWith('--') && longs.includes(bare)) return ` (did you mean --${bare}?)`;
  return '';
}

// One declaration per command-line option: what node:util parseArgs reads (type, short, multiple) and what --help
// prints (value name, description, default, repeatable) sit in the same entry, so an option cannot be accepted
// without a help line, and the help cannot name an option the parser refuses. Commands hand their table to
// parseArgs as it is (it ignores the help fields) and to renderOptions for their --help.

export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  /** Repeatable: every occurrence is kept, and the help says so. */
  readonly multiple?: boolean;
  /** The value's name in help (`FILE`, `text|json`); string options only. */
  readonly value?: string;
  /** One sentence, without the default and without "repeatable": those are added from the fields. */
  readonly help: string;
  /**
   * The default as the help states it (`text`, `120s`). Not named `default`: parseArgs would apply it, and the
   * commands tell "not given" from "given" (the config file may set the value).
   */
  readonly defaultText?: string;
}

export type OptionTable = Readonly<Record<string, OptionSpec>>;

/** -h/--help: every command accepts it; src/cli/main.ts answers it before the command's parser runs. */
export const HELP_OPTION = { help: { type: 'boolean', short: 'h', help: 'print this help' } } as const satisfies OptionTable;

/** Where the description column starts, and the width descriptions are wrapped to. */
const DESCRIPTION_COLUMN = 32;
const WIDTH = 116;

/** `  -f, --format text|json` / `      --root DIR`: the left column of one option. */
export function optionLabel(name: string, o: OptionSpec): string {
  const flag = `--${name}${o.type === 'string' ? ` ${o.value ?? 'VALUE'}` : ''}`;
  return `  ${o.short ? `-${o.short}, ` : '    '}${flag}`;
}

/**
 * The description with its generated notes: `output format (default: text)`; a description that already ends in
 * a parenthesis takes them inside it: `overall deadline (--azure; default: 120s)`.
 */
export function optionDescription(o: OptionSpec): string {
  const notes = [o.multiple ? 'repeatable' : undefined, o.defaultText !== undefined ? `default: ${o.defaultText}` : undefined].filter(Boolean).join('; ');
  if (!notes) return o.help;
  return o.help.endsWith(')') ? `${o.help.slice(0, -1)}; ${notes})` : `${o.help} (${notes})`;
}

/** The option lines of a help text, in the table's order. */
export function renderOptions(table: OptionTable): string {
  const lines: string[] = [];
  for (const [name, o] of Object.entries(table)) {
    const label = optionLabel(name, o);
    const first = label.length + 2 <= DESCRIPTION_COLUMN ? label.padEnd(DESCRIPTION_COLUMN) : `${label}  `;
    const words = optionDescription(o).split(' ');
    let line = first;
    let fresh = true;
    for (const w of words) {
      if (!fresh && line.length + 1 + w.length > WIDTH) {
        lines.push(line);
        line = ' '.repeat(DESCRIPTION_COLUMN);
        fresh = true;
      }
      line += fresh ? w : ` ${w}`;
      fresh = false;
    }
    lines.push(line);
  }
  return lines.join('\n') + '\n';
}

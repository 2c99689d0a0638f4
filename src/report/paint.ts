// The styles the text reports use (report/text.ts, the why command's cli/why/render.ts): chalk's when colouring, the
// text as it is otherwise. Chalk is loaded only when colour is on: importing it asks both standard streams whether
// they are terminals (its supports-color, which loads node:tty and with it node:net), a few milliseconds of the start
// of every run, which a run writing JSON, SARIF or uncoloured text never needed.
type Style = (text: string) => string;

export interface Paint {
  readonly bold: Style;
  readonly dim: Style;
  readonly red: Style;
  readonly green: Style;
  readonly yellow: Style;
  readonly blue: Style;
  readonly cyan: Style;
  readonly underline: Style;
}

const same: Style = (text) => text;

/** No colour: every style gives its text back (what chalk does at level 0). */
export const PLAIN: Paint = { bold: same, dim: same, red: same, green: same, yellow: same, blue: same, cyan: same, underline: same };

/** Chalk's styles at `level` (1 = 16 colours), from a private instance: the environment never changes them. */
export async function loadPaint(level: 1 | 2 | 3 = 1): Promise<Paint> {
  const { Chalk } = await import('chalk');
  return new Chalk({ level });
}

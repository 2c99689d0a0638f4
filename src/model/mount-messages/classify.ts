// Reads a FailedMount message against the table (table.ts): the first entry whose shape matches names the cause.
// Pure and offline-safe: cluster-mount-failing (a rule) and `vvp-kv-lint why` both use it.
import { MOUNT_MESSAGES, type MountMessage } from './table.js';

export interface MessageMatch {
  readonly entry: MountMessage;
  /** The part of the text that matched (already redacted text: never a secret). */
  readonly matched: string;
}

let compiled: { entry: MountMessage; re: RegExp }[] | undefined;

function table(): { entry: MountMessage; re: RegExp }[] {
  compiled ??= MOUNT_MESSAGES.map((entry) => ({ entry, re: new RegExp(entry.pattern, 'i') }));
  return compiled;
}

/** Longest text read: real messages are a few KB; a hostile event must not make a pattern backtrack for long. */
const MAX_TEXT = 16 * 1024;

/** The table entry a message matches first, or undefined when the table does not know it. */
export function classifyMountMessage(message: string): MessageMatch | undefined {
  const text = message.length > MAX_TEXT ? message.slice(0, MAX_TEXT) : message;
  for (const { entry, re } of table()) {
    const m = re.exec(text);
    if (m) return { entry, matched: m[0] };
  }
  return undefined;
}

/** A table entry by id (the id a FailedMount fact records). */
export function mountMessageById(id: string): MountMessage | undefined {
  return MOUNT_MESSAGES.find((m) => m.id === id);
}

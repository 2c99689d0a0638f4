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

/** The table entry a message matches first, or undefined when the table does not know it. */
export function classifyMountMessage(message: string): MessageMatch | undefined {
  for (const { entry, re } of table()) {
    const m = re.exec(message);
    if (m) return { entry, matched: m[0] };
  }
  return undefined;
}

/** A table entry by id (the id a FailedMount fact records). */
export function mountMessageById(id: string): MountMessage | undefined {
  return MOUNT_MESSAGES.find((m) => m.id === id);
}

// What both parse baselines (parse-stream.ts, parse-only.ts) share: the files of DIR found with the linter's default
// globs, and each file's text handed to a callback as it is read (32 reads in flight; the texts are parsed one at a
// time on the main thread either way). The baselines keep reading this way so their figures compare across rounds.
import { readFile } from 'node:fs/promises';
import fg from 'fast-glob';

/** The files of the directory named on the command line, sorted; exits with usage when there is none. */
export async function baselineFiles(name: string): Promise<string[]> {
  const root = process.argv[2];
  if (!root) {
    process.stderr.write(`usage: ${name} DIR\n`);
    process.exit(2);
  }
  return (await fg(['**/*.yaml', '**/*.yml', '**/*.json'], { cwd: root, dot: true, onlyFiles: true, followSymbolicLinks: false, absolute: true })).sort();
}

export async function forEachText(files: readonly string[], visit: (text: string) => void): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: 32 }, async () => {
      while (next < files.length) visit(await readFile(files[next++]!, 'utf8'));
    }),
  );
}

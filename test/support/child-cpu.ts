// CPU time of this process's finished children (Linux: /proc/self/stat, cutime + cstime). A child that was waited
// for (spawnSync returns only then) is counted with all the descendants it waited for: git, pre-commit and the hooks
// they run. Speed bounds on this are load-independent, where wall-clock time stretches on a busy machine.
import { readFileSync } from 'node:fs';

/** Clock ticks per second of the times in /proc (USER_HZ: 100 on every Linux architecture Node supports). */
const USER_HZ = 100;

/** Seconds of CPU (user + system) spent so far by this process's waited-for children; undefined off Linux. */
export function childCpuSeconds(): number | undefined {
  let stat: string;
  try {
    stat = readFileSync('/proc/self/stat', 'utf8');
  } catch {
    return undefined;
  }
  // The command name (field 2) may contain spaces and parentheses: the fields after it follow the last ')'.
  // Field 3 (state) is index 0 there, so cutime (field 16) and cstime (field 17) are indices 13 and 14.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const cutime = Number(fields[13]);
  const cstime = Number(fields[14]);
  return Number.isFinite(cutime) && Number.isFinite(cstime) ? (cutime + cstime) / USER_HZ : undefined;
}

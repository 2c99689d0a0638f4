// Loads files that exist only in memory (the RuleTester's cases) into an inventory, through exactly the per-file
// path the project loader uses (ingestFile): same parsing, same kept kinds, same input problems.
import { parse as parseYaml } from 'yaml';
import { Inventory } from '../model/inventory.js';
import { decodeSource } from './read-file.js';
import { ingestFile, isVvpValuesFile } from './project.js';

export interface MemoryLoadOptions {
  /** The `kind`s to build objects for (see ParseOptions.keepKinds); undefined keeps every kind. */
  readonly keepKinds?: ReadonlySet<string>;
  /** Namespace for objects without one, by exact file path. */
  readonly defaultNamespaces?: Readonly<Record<string, string>>;
}

/** Every file is "reported on"; paths are POSIX and relative, as in a project. */
export function loadFiles(files: Readonly<Record<string, string>>, opts: MemoryLoadOptions = {}): Inventory {
  const inventory = new Inventory();
  const rels = Object.keys(files).sort();
  const chartDirs = new Set(
    rels.filter((rel) => /(^|\/)Chart\.yaml$/.test(rel) && isVvpChart(files[rel]!)).map((rel) => (rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : '')),
  );
  for (const rel of rels) {
    const outcome = decodeSource(new TextEncoder().encode(files[rel]!), `/memory/${rel}`, rel);
    ingestFile(inventory, outcome, rel, {
      reported: true,
      defaultNamespace: opts.defaultNamespaces?.[rel],
      vvpValuesFile: isVvpValuesFile(rel, chartDirs),
      keepKinds: opts.keepKinds,
    });
  }
  return inventory;
}

function isVvpChart(text: string): boolean {
  try {
    const chart = parseYaml(text) as { name?: unknown } | null;
    return chart?.name === 'ververica-platform';
  } catch {
    return false;
  }
}

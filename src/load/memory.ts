// Loads files that exist only in memory (the RuleTester's cases) into an inventory with the project loader's parser
// (parseSourceFile): same objects, same kept kinds, same input problems.
import { parse as parseYaml } from 'yaml';
import { Inventory } from '../model/inventory.js';
import { decodeSource } from './read-file.js';
import { isVvpValuesFile } from './project.js';
import { isKustomization, readKustomization } from './kustomize.js';
import { DEFAULT_LIMITS, parseSourceFile } from './parse.js';

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
  // Kustomizations first, as the project loader reads them: the files they patch are partial objects, and their
  // secretGenerator Secrets exist.
  const patchFiles = new Set<string>();
  for (const rel of rels.filter(isKustomization)) {
    const k = readKustomization(rel, files[rel]!);
    for (const p of k.patchFiles) patchFiles.add(p);
    for (const name of k.generatedSecrets) inventory.generatedSecretNames.add(name);
  }
  for (const rel of rels) {
    const outcome = decodeSource(new TextEncoder().encode(files[rel]!), `/memory/${rel}`, rel);
    if (!outcome.ok && outcome.kind === 'io') continue; // in-memory text cannot fail to read
    inventory.files.set(rel, outcome.file);
    if (!outcome.ok) {
      inventory.inputProblems.push({ kind: 'parse-error', file: outcome.file, span: outcome.span, reason: outcome.reason });
      continue;
    }
    const parsed = parseSourceFile(outcome.file, { ...DEFAULT_LIMITS, defaultNamespace: opts.defaultNamespaces?.[rel], vvpValuesFile: isVvpValuesFile(rel, chartDirs), keepKinds: opts.keepKinds, ...(patchFiles.has(rel) ? { partial: true } : {}) });
    inventory.documentCount += parsed.documents;
    inventory.inputProblems.push(...parsed.problems);
    for (const o of parsed.objects) inventory.add(o);
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

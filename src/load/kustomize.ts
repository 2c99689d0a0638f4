// Kustomize patch files. A strategic-merge patch names an object and sets a few fields of it; linted as a whole
// object it would get "not set" findings for everything the base provides. The kustomization files of the
// project name their patches (`patches`, `patchesStrategicMerge`, `patchesJson6902`); those files hold partial
// objects (see ManifestObject.partial). Their `secretGenerator` entries are Secrets that exist once built.
import { posix } from 'node:path';
import { parse } from 'yaml';
import { isRecord } from '../model/kinds.js';

const KUSTOMIZATION_NAMES = new Set(['kustomization.yaml', 'kustomization.yml', 'Kustomization']);

export function isKustomization(rel: string): boolean {
  return KUSTOMIZATION_NAMES.has(posix.basename(rel));
}

export interface KustomizationFacts {
  /** Repository-relative paths of the patch files it names. */
  readonly patchFiles: string[];
  /** Names of the Secrets its `secretGenerator` makes. */
  readonly generatedSecrets: string[];
}

/** What the loader needs of the kustomization at `rel` (whose text is `text`). */
export function readKustomization(rel: string, text: string): KustomizationFacts {
  let doc: unknown;
  try {
    // Kustomization files are small; a broken one is reported by the normal parse.
    doc = parse(text, { maxAliasCount: 100, uniqueKeys: false });
  } catch {
    return { patchFiles: [], generatedSecrets: [] };
  }
  if (!isRecord(doc)) return { patchFiles: [], generatedSecrets: [] };
  return { patchFiles: patchFilesOf(rel, doc), generatedSecrets: generatedSecretsOf(doc) };
}

function generatedSecretsOf(doc: Record<string, unknown>): string[] {
  const list = doc['secretGenerator'];
  if (!Array.isArray(list)) return [];
  return list.flatMap((g) => (isRecord(g) && typeof g['name'] === 'string' && g['name'].trim() ? [g['name'].trim()] : []));
}

function patchFilesOf(rel: string, doc: Record<string, unknown>): string[] {
  const dir = posix.dirname(rel);
  const out: string[] = [];
  const add = (p: unknown): void => {
    if (typeof p !== 'string' || p.trim() === '' || /^[a-z]+:\/\//i.test(p)) return;
    const joined = posix.normalize(posix.join(dir, p.trim()));
    if (!joined.startsWith('../') && joined !== '..' && !posix.isAbsolute(joined)) out.push(joined);
  };
  for (const key of ['patchesStrategicMerge', 'patches', 'patchesJson6902']) {
    const list = doc[key];
    if (!Array.isArray(list)) continue;
    for (const entry of list) {
      // patchesStrategicMerge: file names (or inline patches, which are no path); patches / patchesJson6902: {path}.
      if (typeof entry === 'string' && !entry.includes('\n')) add(entry);
      else if (isRecord(entry)) add(entry['path']);
    }
  }
  return out;
}

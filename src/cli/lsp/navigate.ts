// Go to definition and hover. Definition follows the references the rules follow, from the pod sources of the
// project (Kubernetes workloads, VVP Deployments and their pods, Helm values): a volume's `secretProviderClass` to
// the SecretProviderClass in the pod namespace, its `nodePublishSecretRef` to the Secret, the `aadpodidbinding` pod
// label to the AzureIdentityBinding whose selector it is. Hover on a finding shows the rule's explanation.
import type { Hover, Location } from 'vscode-languageserver';
import { MarkupKind } from 'vscode-languageserver';
import type { Inventory } from '../../model/inventory.js';
import type { DerivedViews } from '../../model/views.js';
import type { FieldPath, ManifestObject, ResolvedLocation } from '../../model/types.js';
import { isRecord } from '../../model/kinds.js';
import type { Finding } from '../../engine/types.js';
import { metaById } from '../../engine/run.js';
import { ruleHelpUri } from '../../report/sarif-rules.js';
import { rangeOf, uriOf } from './convert.js';

interface Reference {
  /** Field paths whose key or value, under the cursor, make the reference. */
  readonly at: readonly FieldPath[];
  readonly targets: () => readonly ManifestObject[];
}

/** Definitions of the reference under `offset` in file `rel`, if there is one there. */
export function definitionAt(rel: string, offset: number, inventory: Inventory, views: DerivedViews): Location[] {
  for (const src of views.podSources) {
    const o = src.object;
    if (o.source.kind !== 'file' || o.source.file.relPath !== rel) continue;
    const refs: Reference[] = [];
    for (const vol of src.volumes) {
      if (vol.spcName !== undefined) {
        const name = vol.spcName;
        refs.push({ at: [[...vol.path, 'csi', 'volumeAttributes', 'secretProviderClass']], targets: () => near(inventory, 'SecretProviderClass', src.namespace, name) });
      }
      const ref = vol.csi?.['nodePublishSecretRef'];
      const secretName = isRecord(ref) && typeof ref['name'] === 'string' ? ref['name'] : undefined;
      if (secretName !== undefined) {
        const base = [...vol.path, 'csi', 'nodePublishSecretRef'];
        refs.push({ at: [base, [...base, 'name']], targets: () => near(inventory, 'Secret', src.namespace, secretName) });
      }
    }
    const label = src.labels['aadpodidbinding'];
    if (typeof label === 'string' && label !== '') {
      refs.push({
        at: [[...src.labelsPath, 'aadpodidbinding']],
        targets: () => {
          const bindings = inventory.ofClass('AzureIdentityBinding').filter((b) => isRecord(b.body['spec']) && b.body['spec']['selector'] === label);
          const same = bindings.filter((b) => src.namespace === undefined || b.namespace === undefined || b.namespace === src.namespace);
          return same.length ? same : bindings;
        },
      });
    }
    for (const r of refs) {
      if (!r.at.some((path) => under(o, path, offset))) continue;
      return r.targets().flatMap((t) => definitionOf(t));
    }
  }
  return [];
}

/** Objects of that kind and name in the pod namespace (or of unknown namespace); else in any namespace. */
function near(inventory: Inventory, kind: string, namespace: string | undefined, name: string): readonly ManifestObject[] {
  const found = inventory.find(kind, namespace, name);
  return found.length ? found : inventory.find(kind, undefined, name);
}

/** True when the offset is on the key or the value at `path` of the object. */
function under(o: ManifestObject, path: FieldPath, offset: number): boolean {
  for (const target of ['key', 'value'] as const) {
    const loc = o.locator.locate(path, target);
    if (loc.kind === 'file' && loc.exact && offset >= loc.span.start && offset <= loc.span.end) return true;
  }
  return false;
}

function definitionOf(o: ManifestObject): Location[] {
  const named = o.locator.locate(['metadata', 'name'], 'value');
  const loc: ResolvedLocation = named.kind === 'file' && named.exact ? named : o.locator.locate([]);
  if (loc.kind !== 'file') return [];
  return [{ uri: uriOf(loc.file), range: rangeOf(loc.file.text, loc.span) }];
}

/** Hover over findings: each one's message, the rule's explanation and how to fix it, and a link to its documentation. */
export function hoverFor(findings: readonly Finding[], range: Hover['range']): Hover | undefined {
  if (!findings.length) return undefined;
  const parts = findings.map((f) => {
    const meta = metaById(f.ruleId);
    const lines = [`**${f.ruleId}** (${f.level}): ${escapeMarkdown(f.message)}`];
    if (meta) {
      lines.push('', escapeMarkdown(meta.fullDescription.replace(/\s+/g, ' ').trim()));
      lines.push('', `**How to fix:** ${escapeMarkdown(meta.remediation.replace(/\s+/g, ' ').trim())}`);
    }
    lines.push('', `[Rule documentation: ${f.ruleId}](${ruleHelpUri(f.ruleId)})`);
    return lines.join('\n');
  });
  return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') }, ...(range ? { range } : {}) };
}

/** Messages quote names from the input: they must not become links or markup. */
function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+!|<>]/g, (c) => `\\${c}`);
}

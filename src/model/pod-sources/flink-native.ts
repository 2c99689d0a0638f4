// Flink's native Kubernetes mode: pod-template files named by `kubernetes.pod-template-file.default|jobmanager|
// taskmanager` in a Flink configuration (FlinkDeployment spec.flinkConfiguration, VVP flinkConfiguration, a
// flink-conf.yaml or config.yaml in the repository). The option holds a path as the Flink client sees it, often in an
// image (`/opt/flink/pod-template/tm.yaml`): it is resolved against the repository — relative to the configuration
// file, then to the root, then by its longest trailing part that names exactly one file — and, when the file is
// there, its pod becomes a Flink pod template (Flink's main container, the configuration's namespace).
import { posix } from 'node:path';
import type { Inventory } from '../inventory.js';
import type { FieldPath, ManifestObject } from '../types.js';
import { isRecord } from '../kinds.js';
import { at } from './fields.js';
import { confString, flattenConf, FLINK_SYSTEM_VOLUMES, POD_TEMPLATE_FILE_KEYS } from './flink-config.js';
import { flinkSpecPath } from './flink-operator.js';
import { kubeWorkload } from './kube-workload.js';
import type { PodSource } from './types.js';
import { resolveTarget, type VvpIndex } from './vvp-index.js';

/** A reference to a pod-template file: where the option is written and what it tells about the pods. */
interface TemplateRef {
  readonly object: ManifestObject;
  readonly path: FieldPath;
  readonly key: string;
  readonly value: string;
  readonly role: 'jobmanager' | 'taskmanager' | 'both';
  readonly namespace: string | undefined;
  /** The ServiceAccount Flink runs the pods as (it overwrites the template's serviceAccountName); undefined = default. */
  readonly serviceAccount: string | undefined;
}

const CONF_FILE_NAMES = new Set(['flink-conf.yaml', 'config.yaml']);

/**
 * Every option of POD_TEMPLATE_FILE_KEYS names this, in one key (flattened keys join keys with dots): a body that
 * cannot contain it has no reference, and need not be parsed to tell (see ManifestObject.mayContain).
 */
const OPTION_WORD = 'pod-template-file';
const mayName = (o: ManifestObject): boolean => o.mayContain?.(OPTION_WORD) !== false;

/** Every pod-template-file option written in the inventory's Flink configurations. */
function templateRefs(inv: Inventory, index: VvpIndex): TemplateRef[] {
  const out: TemplateRef[] = [];
  type Role = TemplateRef['role'];
  type Conf = ReturnType<typeof flattenConf>;
  const read = (o: ManifestObject, confPath: FieldPath, namespace: (conf: Conf) => string | undefined, effective: (role: Role, conf: Conf) => Role | undefined = (r) => r, specAccount?: string): void => {
    const conf = flattenConf(confPath.length ? at(o.body, confPath) : o.body, confPath);
    for (const [key, written] of POD_TEMPLATE_FILE_KEYS) {
      const value = confString(conf, key);
      const role = value ? effective(written, conf) : undefined;
      if (!value || !role) continue;
      // kubernetes.jobmanager|taskmanager.service-account fall back to kubernetes.service-account (the operator
      // sets that one from spec.serviceAccount); for both roles only a common value is certain.
      const generic = specAccount ?? confString(conf, 'kubernetes.service-account');
      const serviceAccount = role === 'both' ? generic : (confString(conf, `kubernetes.${role}.service-account`) ?? generic);
      out.push({ object: o, path: conf.get(key)!.path, key, value, role, namespace: namespace(conf), serviceAccount });
    }
  };
  for (const o of inv.ofClass('FlinkDeployment')) {
    if (!mayName(o)) continue;
    // The operator writes its own template file for a role, replacing this option, when it has a template for it
    // (FlinkConfigBuilder.applyPodTemplate, lines 282-340): the JobManager whenever there is a common or JobManager
    // template or the JobManager startup probe is on (kubernetes.operator.jm-deployment.startup.probe.enabled,
    // default true), the TaskManager when there is a common or TaskManager template.
    const base = flinkSpecPath(o);
    const spec = isRecord(at(o.body, base)) ? (at(o.body, base) as Record<string, unknown>) : {};
    const common = isRecord(spec['podTemplate']);
    const effective = (role: Role, conf: Conf): Role | undefined => {
      const jmFree = !common && !isRecord(at(spec, ['jobManager', 'podTemplate'])) && confString(conf, 'kubernetes.operator.jm-deployment.startup.probe.enabled')?.toLowerCase() === 'false';
      const tmFree = !common && !isRecord(at(spec, ['taskManager', 'podTemplate']));
      if (role === 'jobmanager') return jmFree ? role : undefined;
      if (role === 'taskmanager') return tmFree ? role : undefined;
      return jmFree && tmFree ? 'both' : tmFree ? 'taskmanager' : jmFree ? 'jobmanager' : undefined;
    };
    const sa = typeof spec['serviceAccount'] === 'string' && spec['serviceAccount'] !== '' ? spec['serviceAccount'] : undefined;
    read(o, base.concat(['flinkConfiguration']), () => o.namespace, effective, sa);
  }
  for (const o of inv.ofClass('VvpDeployment')) if (mayName(o)) read(o, ['spec', 'template', 'spec', 'flinkConfiguration'], () => resolveTarget(index, o)?.namespace);
  for (const o of inv.ofClass('VvpSessionCluster')) if (mayName(o)) read(o, ['spec', 'flinkConfiguration'], () => resolveTarget(index, o)?.namespace);
  for (const o of inv.objects) {
    if (o.kind !== undefined || o.hint !== undefined || o.source.kind !== 'file') continue;
    if (!CONF_FILE_NAMES.has(posix.basename(o.source.file.relPath)) || !mayName(o)) continue;
    read(o, [], (conf) => confString(conf, 'kubernetes.namespace'));
  }
  return out;
}

/** The repository file a pod-template-file option names, when exactly one file fits. */
export function resolveTemplateFile(files: ReadonlySet<string>, value: string, from: ManifestObject): string | undefined {
  const norm = (p: string): string => posix.normalize(p).replace(/^(\.\/)+/, '');
  const v = value.replace(/^file:(\/\/)?/, '');
  if (!v.startsWith('/') && from.source.kind === 'file') {
    const beside = norm(posix.join(posix.dirname(from.source.file.relPath), v));
    if (files.has(beside)) return beside;
  }
  const segments = norm(v).split('/').filter((s) => s !== '' && s !== '..' && s !== '.');
  for (let i = 0; i < segments.length; i++) {
    const tail = segments.slice(i).join('/');
    if (i === 0 && files.has(tail)) return tail;
    const fits = [...files].filter((f) => f === tail || f.endsWith('/' + tail));
    if (fits.length === 1) return fits[0];
    if (fits.length > 1) return undefined;
  }
  return undefined;
}

/**
 * Turns the pod sources of referenced pod-template files into Flink pod templates (and adds the pods of kind-less
 * template files, which Flink accepts). `include` limits new sources to reported objects, as in pod-sources.ts.
 */
export function applyNativeTemplates(inv: Inventory, index: VvpIndex, sources: PodSource[], include?: (o: ManifestObject) => boolean): PodSource[] {
  const refs = templateRefs(inv, index);
  if (!refs.length) return sources;
  // Files read this run, and those whose objects came from the context cache without a read.
  const files = new Set(inv.files.keys());
  for (const o of inv.objects) if (o.source.kind === 'file') files.add(o.source.file.relPath);
  const byFile = new Map<string, TemplateRef[]>();
  for (const r of refs) {
    const file = resolveTemplateFile(files, r.value, r.object);
    if (file === undefined) continue;
    const list = byFile.get(file);
    if (list) list.push(r);
    else byFile.set(file, [r]);
  }
  if (!byFile.size) return sources;
  const fileOf = (o: ManifestObject): string | undefined => (o.source.kind === 'file' ? o.source.file.relPath : undefined);
  const out: PodSource[] = [];
  const done = new Set<ManifestObject>();
  for (const s of sources) {
    const rs = s.kind === 'kube' && s.object.kind === 'Pod' ? byFile.get(fileOf(s.object) ?? '') : undefined;
    if (!rs) {
      out.push(s);
      continue;
    }
    done.add(s.object);
    out.push(...asTemplates(s, rs));
  }
  for (const [file, rs] of byFile) {
    for (const o of inv.objects) {
      if (fileOf(o) !== file || done.has(o) || o.kind !== undefined || o.hint !== undefined || !isRecord(o.body['spec'])) continue;
      if (include && !include(o)) continue;
      const s = kubeWorkload({ ...o, kind: 'Pod' });
      if (s) out.push(...asTemplates({ ...s, object: o }, rs));
    }
  }
  return out;
}

/** One source per pod namespace and ServiceAccount the file is used with (its findings then come once per place). */
function asTemplates(s: PodSource, refs: readonly TemplateRef[]): PodSource[] {
  const byNs = new Map<string, TemplateRef[]>();
  for (const r of refs) {
    const ns = `${r.namespace ?? s.namespace ?? ''}\u0000${r.serviceAccount ?? ''}`;
    const list = byNs.get(ns);
    if (list) list.push(r);
    else byNs.set(ns, [r]);
  }
  const rel = s.object.source.kind === 'file' ? s.object.source.file.relPath : (s.object.name ?? '');
  return [...byNs].map(([key, rs]) => {
    const ns = key.slice(0, key.indexOf('\u0000'));
    const roles = new Set(rs.map((r) => r.role));
    const role = roles.size === 1 ? [...roles][0]! : 'both';
    return {
      ...s,
      kind: 'flink-template' as const,
      description: `Flink pod template ${rel}`,
      namespace: ns === '' ? undefined : ns,
      // Flink overwrites the template's serviceAccountName with its configured account.
      serviceAccountName: rs[0]!.serviceAccount,
      serviceAccountPath: undefined,
      flinkRole: role,
      implicitVolumes: FLINK_SYSTEM_VOLUMES,
      flinkTemplateRef: { object: rs[0]!.object, path: rs[0]!.path, key: rs[0]!.key },
    };
  });
}

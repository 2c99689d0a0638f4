// Flink configuration as written: `flinkConfiguration` maps (FlinkDeployment, VVP) and flink-conf.yaml / config.yaml
// files. Keys may be flat (`kubernetes.pod-template-file.default: …`, flink-conf.yaml) or nested YAML maps (Flink
// 1.19+ config.yaml, and FlinkDeployment `flinkConfiguration` since operator 1.10), which Flink flattens by joining
// the keys with dots: both spellings name the same option.
import type { FieldPath } from '../types.js';
import { isRecord } from '../kinds.js';

export interface ConfValue {
  readonly value: unknown;
  /** Where the value is written, relative to the object holding the configuration map. */
  readonly path: FieldPath;
}

/** Every option of a configuration map by its flattened key. The first spelling written wins. */
export function flattenConf(conf: unknown, base: FieldPath): Map<string, ConfValue> {
  const out = new Map<string, ConfValue>();
  const walk = (v: unknown, prefix: string, path: FieldPath): void => {
    if (isRecord(v)) {
      for (const [k, child] of Object.entries(v)) walk(child, prefix ? `${prefix}.${k}` : k, path.concat([k]));
      return;
    }
    if (prefix && !out.has(prefix)) out.set(prefix, { value: v, path });
  };
  if (isRecord(conf)) walk(conf, '', base);
  return out;
}

/** A configuration value as a string (Flink reads every option from text), or undefined when absent. */
export function confString(conf: ReadonlyMap<string, ConfValue>, key: string): string | undefined {
  const v = conf.get(key)?.value;
  return typeof v === 'string' ? v.trim() : typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;
}

/** `kubernetes.operator.pod-template.merge-arrays-by-name` (default false). */
export const MERGE_BY_NAME_KEY = 'kubernetes.operator.pod-template.merge-arrays-by-name';

/** The pod-template file options of Flink's native Kubernetes mode, by the pods they shape. */
export const POD_TEMPLATE_FILE_KEYS = [
  ['kubernetes.pod-template-file.default', 'both'],
  ['kubernetes.pod-template-file.jobmanager', 'jobmanager'],
  ['kubernetes.pod-template-file.taskmanager', 'taskmanager'],
  // The pre-1.13 spelling of `.default`, still read by Flink as a fallback key.
  ['kubernetes.pod-template-file', 'both'],
] as const;

/** Flink's main container name: a pod-template container of this name is the base of the Flink container. */
export const FLINK_MAIN_CONTAINER = 'flink-main-container';

/**
 * Volumes Flink's native Kubernetes decorators add to every JobManager/TaskManager pod (FlinkConfMountDecorator,
 * HadoopConfMountDecorator, KerberosMountDecorator, PodTemplateMountDecorator): template mounts may name them.
 */
export const FLINK_SYSTEM_VOLUMES = ['flink-config-volume', 'hadoop-config-volume', 'kerberos-keytab-volume', 'kerberos-krb5conf-volume', 'pod-template-volume'];

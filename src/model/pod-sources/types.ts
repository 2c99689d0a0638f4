// The normalised pod view every CSI/identity rule reads, whatever shape the pod came from.
import type { FieldPath, ManifestObject } from '../types.js';
import type { PositionalRename } from './flink-merge.js';

export type PodSourceKind = 'kube' | 'vvp-template' | 'vvp-pods' | 'helm-values' | 'vvp-defaults' | 'flink-template';

export interface PodVolume {
  readonly name: string | undefined;
  readonly path: FieldPath;
  readonly body: Record<string, unknown>;
  /** The `csi` block, when the volume is a CSI volume. */
  readonly csi: Record<string, unknown> | undefined;
  /** volumeAttributes.secretProviderClass, when set to a string. */
  readonly spcName: string | undefined;
  /** A volume of the secrets-store driver, or one naming an SPC (whatever its driver). */
  readonly isSecretsVolume: boolean;
}

export interface PodMount {
  readonly name: string | undefined;
  readonly readOnly: boolean;
  /** Whether the mount has a `readOnly` key at all (a fix then replaces its value rather than adding the key). */
  readonly readOnlySet: boolean;
  /** `mountPath` as written (undefined when absent or not a string): where the volume's files appear. */
  readonly mountPath: string | undefined;
  readonly path: FieldPath;
}

/**
 * One entry of VVP's `kubernetes.pods.volumeMounts[]`, which pairs a volume with its mount under one entry name
 * (VVP builds both from it, so the three names must agree).
 */
export interface VvpVolumeEntry {
  readonly path: FieldPath;
  /** The entry's `name`, `volume.name` and `volumeMount.name` as written (any type; undefined when absent). */
  readonly name: unknown;
  readonly volumeName: unknown;
  readonly mountName: unknown;
  /** The entry's volume and mount as the pod view holds them (the same objects as in `volumes` / `containers`). */
  readonly volume: PodVolume | undefined;
  readonly mount: PodMount | undefined;
}

export interface PodContainer {
  readonly name: string | undefined;
  readonly path: FieldPath;
  readonly hasImage: boolean;
  readonly mounts: readonly PodMount[];
}

export interface PodSource {
  readonly object: ManifestObject;
  readonly kind: PodSourceKind;
  /** Human description for messages, e.g. `VVP Deployment top-speed jobManagerPodTemplate`. */
  readonly description: string;
  /** The pod template (or `pods`) node: where "the pod template" findings point. */
  readonly podPath: FieldPath;
  /** Where pod labels live (or would be added). */
  readonly labelsPath: FieldPath;
  readonly labels: Readonly<Record<string, string>>;
  readonly volumes: readonly PodVolume[];
  readonly containers: readonly PodContainer[];
  readonly serviceAccountName: string | undefined;
  readonly serviceAccountPath: FieldPath | undefined;
  /** Kubernetes namespace of the pods; undefined when unknown (then same-namespace lookups match any). */
  readonly namespace: string | undefined;
  /** The object that decided the namespace (a DeploymentTarget), for related locations. */
  readonly namespaceFrom?: { readonly object: ManifestObject; readonly path: FieldPath };
  /** VVP and Flink: which Flink pod the template patches. */
  readonly flinkRole?: 'jobmanager' | 'taskmanager' | 'both';
  /** Labels a VVP object sets under kubernetes.labels: they do not reach pods. */
  readonly nonPodLabels?: { readonly labels: Readonly<Record<string, string>>; readonly path: FieldPath };
  /** VVP `kubernetes.pods`: the `volumeMounts[]` entries, each pairing a volume with its mount. */
  readonly volumeEntries?: readonly VvpVolumeEntry[];
  /** Volumes VVP adds itself (flink-logs...), which pod-template mounts may refer to. */
  readonly implicitVolumes?: readonly string[];
  /**
   * FlinkDeployment: volumes of the common spec.podTemplate that the other role's pod mounts (a volume shared by
   * both pods and mounted by one is not unmounted).
   */
  readonly mountedInSiblingPods?: readonly string[];
  /** FlinkDeployment: entries the operator's positional merge fuses although their names differ (./flink-merge.ts). */
  readonly positionalRenames?: readonly PositionalRename[];
  /** Flink native pod-template file: the configuration option that names it (for messages). */
  readonly flinkTemplateRef?: { readonly object: ManifestObject; readonly path: FieldPath; readonly key: string };
}

// The seed article's setup (Azure Key Vault via the Secrets Store CSI driver, mounted into Flink jobmanager pods
// of VVP Deployments), as resources written in git and as the VVP API returns the same resources.
// SecretProviderClasses live in files (the Kubernetes namespace of the DeploymentTarget); VVP resources either
// in files or served by the fake VVP API.
import { stringify } from 'yaml';

const TARGET_ID = '5f0b8a7e-2c1d-4c6e-9a55-2b8f0c1a9d01';

export const deploymentTarget = {
  kind: 'DeploymentTarget',
  apiVersion: 'v1',
  metadata: { name: 'vvp-jobs', namespace: 'default' },
  spec: { kubernetes: { namespace: 'vvp-jobs' } },
};

function csiVolume(spc: string, opts: { readOnly?: boolean; secretRef?: string } = {}): Record<string, unknown> {
  return {
    name: 'azkvsecret',
    csi: {
      driver: 'secrets-store.csi.k8s.io',
      ...(opts.readOnly === false ? {} : { readOnly: true }),
      volumeAttributes: { secretProviderClass: spc },
      ...(opts.secretRef ? { nodePublishSecretRef: { name: opts.secretRef } } : {}),
    },
  };
}

function deployment(name: string, kubernetes: Record<string, unknown>, target = 'vvp-jobs'): Record<string, unknown> {
  return {
    kind: 'Deployment',
    apiVersion: 'v1',
    metadata: { name, namespace: 'default', displayName: name },
    spec: {
      state: 'RUNNING',
      deploymentTargetName: target,
      template: {
        spec: {
          artifact: { kind: 'JAR', flinkVersion: '1.17', jarUri: 'https://repo1.maven.org/maven2/org/apache/flink/flink-examples-streaming_2.12/1.17.1/flink-examples-streaming_2.12-1.17.1-TopSpeedWindowing.jar' },
          parallelism: 1,
          kubernetes,
        },
      },
    },
  };
}

/** Service principal mode, exactly as the article: a CSI volume in jobManagerPodTemplate (no finding expected). */
export const spDeployment = deployment('top-speed-sp', {
  jobManagerPodTemplate: {
    spec: {
      containers: [{ name: 'flink-jobmanager', volumeMounts: [{ mountPath: '/azkvsecret', name: 'azkvsecret', readOnly: true }] }],
      volumes: [csiVolume('kv-spc', { secretRef: 'sp-creds' })],
    },
  },
});

/** Wrong container name, writable CSI volume, SPC that does not exist. */
export const badDeployment = deployment('top-speed-bad', {
  jobManagerPodTemplate: {
    spec: {
      containers: [{ name: 'flink-main-container', volumeMounts: [{ mountPath: '/azkvsecret', name: 'azkvsecret', readOnly: true }] }],
      volumes: [csiVolume('kv-spc-typo', { readOnly: false, secretRef: 'sp-creds' })],
    },
  },
});

/** Pod identity mode without the aadpodidbinding label on the jobmanager pod. */
export const podIdentityDeployment = deployment('top-speed-podid', {
  labels: { aadpodidbinding: 'kv-binding' },
  jobManagerPodTemplate: {
    spec: {
      containers: [{ name: 'flink-jobmanager', volumeMounts: [{ mountPath: '/azkvsecret', name: 'azkvsecret', readOnly: true }] }],
      volumes: [csiVolume('kv-spc-podid')],
    },
  },
});

/** pods together with a pod template, and a pods.volumeMounts entry whose names disagree; unknown target. */
export const podsDeployment = deployment(
  'top-speed-pods',
  {
    pods: {
      volumeMounts: [
        {
          name: 'azkvsecret',
          volume: csiVolume('kv-spc', { secretRef: 'sp-creds' }),
          volumeMount: { name: 'kv', mountPath: '/azkvsecret', readOnly: true },
        },
      ],
    },
    taskManagerPodTemplate: { metadata: { labels: { team: 'flink' } } },
  },
  'vvp-jobs-old',
);

export const vvpResources = [deploymentTarget, spDeployment, badDeployment, podIdentityDeployment, podsDeployment];

export const spcFiles: Record<string, string> = {
  'k8s/spc.yaml': [
    { apiVersion: 'secrets-store.csi.x-k8s.io/v1', kind: 'SecretProviderClass', metadata: { name: 'kv-spc', namespace: 'vvp-jobs' }, spec: { provider: 'azure', parameters: { keyvaultName: 'kv-flink-prod', objects: 'array:\n  - |\n    objectName: db-password\n    objectType: secret\n', tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47' } } },
    { apiVersion: 'secrets-store.csi.x-k8s.io/v1', kind: 'SecretProviderClass', metadata: { name: 'kv-spc-podid', namespace: 'vvp-jobs' }, spec: { provider: 'azure', parameters: { usePodIdentity: 'true', keyvaultName: 'kv-flink-prod', objects: 'array:\n  - |\n    objectName: db-password\n    objectType: secret\n', tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47' } } },
  ]
    .map((d) => stringify(d))
    .join('---\n'),
};

/** The VVP resources as files in git. */
export const vvpFiles: Record<string, string> = {
  'vvp/deployment-target.yaml': stringify(deploymentTarget),
  ...Object.fromEntries(vvpResources.slice(1).map((d) => [`vvp/${(d['metadata'] as { name: string }).name}.yaml`, stringify(d)])),
};

/** What GET /api/v1/namespaces/default/... returns for the same resources: server-side fields added. */
export function asServed(o: Record<string, unknown>, i: number): Record<string, unknown> {
  const id = o['kind'] === 'DeploymentTarget' ? TARGET_ID : `0c6f1e52-9d0a-4c57-8e2b-${String(100000000000 + i)}`;
  const meta = { ...(o['metadata'] as Record<string, unknown>), id, createdAt: '2024-05-15T10:00:00Z', modifiedAt: '2024-05-15T10:00:00Z', resourceVersion: 3 };
  if (o['kind'] !== 'Deployment') return { ...o, metadata: meta };
  const spec = o['spec'] as Record<string, unknown>;
  const knownTarget = spec['deploymentTargetName'] === deploymentTarget.metadata.name;
  return {
    ...o,
    metadata: meta,
    spec: { ...spec, deploymentTargetId: knownTarget ? TARGET_ID : 'a1b2c3d4-0000-4000-8000-000000000000', upgradeStrategy: { kind: 'STATEFUL' }, restoreStrategy: { kind: 'LATEST_STATE' }, maxJobCreationAttempts: 4 },
    status: { state: 'RUNNING', running: { jobId: 'b3e2' } },
  };
}

export function servedData(): { default: { deployments: Record<string, unknown>[]; 'deployment-targets': Record<string, unknown>[]; sessionclusters: Record<string, unknown>[] } } {
  const served = vvpResources.map(asServed);
  return {
    default: {
      'deployment-targets': served.filter((o) => o['kind'] === 'DeploymentTarget'),
      deployments: served.filter((o) => o['kind'] === 'Deployment'),
      sessionclusters: [],
    },
  };
}

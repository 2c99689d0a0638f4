// fast-check generators for the real shapes the linter reads (SPCs, pod volumes in Kubernetes workloads and VVP
// Deployments, Secrets with credentials), plus text mutations that break them in the ways people do.
// Secret values are random high-entropy strings collected beside the files, so tests can grep every output.
import fc from 'fast-check';
import { stringify } from 'yaml';

export interface GenFile {
  readonly name: string;
  readonly text: string;
}

export interface GenRepo {
  readonly files: GenFile[];
  /** Every credential value written anywhere: none may appear in any output. */
  readonly secrets: string[];
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
/** 28–40 chars from 62 symbols: > 160 bits, never produced by chance by anything else in a run. */
const secretValue = fc.string({ unit: fc.constantFrom(...ALNUM.split('')), minLength: 28, maxLength: 40 }).map((s) => `S3cr${s}`);

const dnsName = fc.stringMatching(/^[a-z][a-z0-9-]{0,10}[a-z0-9]$/);
const namespace = fc.constantFrom('apps', 'vvp-jobs', 'default', 'team-a');
const guid = fc.uuid();

/** Any scalar or small structure: what a careless edit puts where a string belongs. */
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.boolean(),
  fc.integer(),
  fc.constant(null),
  fc.constantFrom('yes', 'on', 'True', '${VAULT}', '<tenant-id>', '{{ .Values.x }}', ''),
  fc.dictionary(fc.constantFrom('a', 'b'), fc.string({ maxLength: 4 }), { maxKeys: 2 }),
);

const paramKey = fc.constantFrom('keyvaultName', 'keyVaultName', 'tenantID', 'tenantId', 'clientID', 'usePodIdentity', 'useVMManagedIdentity', 'userAssignedIdentityID', 'useAzureTokenProxy', 'cloudName', 'objects', 'bogusParam');

const objectsBlock = fc
  .array(
    fc.record(
      {
        objectName: fc.oneof(dnsName, fc.constant('bad name!'), fc.constant('')),
        objectType: fc.constantFrom('secret', 'key', 'cert', 'Secret', 'blob'),
        objectAlias: fc.constantFrom('alias.txt', '../escape', '/abs'),
        objectVersion: fc.constantFrom('', 'latest', 'abc'),
        objectFormat: fc.constantFrom('pem', 'pfx', 'json'),
      },
      { requiredKeys: ['objectName', 'objectType'] },
    ),
    { maxLength: 4 },
  )
  .map((entries) => stringify({ array: entries.map((e) => stringify(e)) }));

const spc = fc
  .record({
    name: dnsName,
    namespace,
    apiVersion: fc.constantFrom('secrets-store.csi.x-k8s.io/v1', 'secrets-store.csi.x-k8s.io/v1alpha1', 'secrets-store.csi.k8s.io/v1', ''),
    provider: fc.constantFrom('azure', 'azure', 'Azure', '', 'vault'),
    params: fc.dictionary(paramKey, anyValue, { maxKeys: 6 }),
    good: fc.record({ keyvaultName: dnsName, tenantID: guid, clientID: guid }),
    objects: objectsBlock,
    secretObjects: fc.option(fc.array(fc.record({ secretName: dnsName, type: fc.constantFrom('Opaque', 'kubernetes.io/tls'), data: fc.array(fc.record({ objectName: dnsName, key: dnsName }), { maxLength: 2 }) }), { maxLength: 2 })),
    clientSecret: fc.option(secretValue),
  })
  .map((s) => ({
    doc: {
      apiVersion: s.apiVersion,
      kind: 'SecretProviderClass',
      metadata: { name: s.name, namespace: s.namespace },
      spec: {
        provider: s.provider,
        parameters: { ...s.good, objects: s.objects, ...s.params, ...(s.clientSecret ? { clientsecret: s.clientSecret } : {}) },
        ...(s.secretObjects ? { secretObjects: s.secretObjects } : {}),
      },
    },
    secrets: s.clientSecret ? [s.clientSecret] : [],
    name: s.name,
  }));

const csiVolume = fc.record({
  name: fc.constantFrom('kv', 'secrets-store', 'other'),
  driver: fc.constantFrom('secrets-store.csi.k8s.io', 'secrets-store.csi.k8s.io', 'secrets-store.csi.x-k8s.io', ''),
  readOnly: fc.constantFrom(true, true, false, 'true', undefined),
  spc: fc.option(dnsName),
  secretRef: fc.option(dnsName),
});

type CsiVolume = { name: string; driver: string; readOnly: unknown; spc: string | null; secretRef: string | null };

function volume(v: CsiVolume, spcName: string | undefined): Record<string, unknown> {
  const attrs = v.spc ?? spcName;
  return {
    name: v.name,
    csi: {
      driver: v.driver,
      ...(v.readOnly === undefined ? {} : { readOnly: v.readOnly }),
      ...(attrs ? { volumeAttributes: { secretProviderClass: attrs } } : {}),
      ...(v.secretRef ? { nodePublishSecretRef: { name: v.secretRef } } : {}),
    },
  };
}

const podSpec = (spcName: fc.Arbitrary<string | undefined>) =>
  fc
    .record({
      vols: fc.array(csiVolume, { maxLength: 3 }),
      spcName,
      mounts: fc.array(fc.record({ name: fc.constantFrom('kv', 'secrets-store', 'missing'), readOnly: fc.option(fc.boolean()) }), { maxLength: 3 }),
      sa: fc.option(dnsName),
      labels: fc.dictionary(fc.constantFrom('app', 'aadpodidbinding', 'azure.workload.identity/use'), fc.constantFrom('x', 'true', 'binding-a'), { maxKeys: 2 }),
    })
    .map((p) => ({
      metadata: { labels: p.labels },
      spec: {
        ...(p.sa ? { serviceAccountName: p.sa } : {}),
        containers: [{ name: 'main', image: 'busybox', volumeMounts: p.mounts.map((m) => ({ name: m.name, mountPath: `/mnt/${m.name}`, ...(m.readOnly === null ? {} : { readOnly: m.readOnly }) })) }],
        volumes: p.vols.map((v) => volume(v, p.spcName)),
      },
    }));

const kubeWorkload = (spcNames: string[]) =>
  fc.record({ kind: fc.constantFrom('Deployment', 'StatefulSet', 'Pod', 'Job'), name: dnsName, namespace, pod: podSpec(spcNames.length ? fc.constantFrom(...spcNames) : fc.constant(undefined)) }).map((w) =>
    w.kind === 'Pod'
      ? { apiVersion: 'v1', kind: 'Pod', metadata: { name: w.name, namespace: w.namespace, labels: w.pod.metadata.labels }, spec: w.pod.spec }
      : { apiVersion: w.kind === 'Job' ? 'batch/v1' : 'apps/v1', kind: w.kind, metadata: { name: w.name, namespace: w.namespace }, spec: { selector: { matchLabels: { app: 'x' } }, template: w.pod } },
  );

const vvpDeployment = (spcNames: string[]) =>
  fc
    .record({ name: dnsName, target: fc.constantFrom('t-apps', 't-missing'), pod: podSpec(spcNames.length ? fc.constantFrom(...spcNames) : fc.constant(undefined)), role: fc.constantFrom('taskManagerPodTemplate', 'jobManagerPodTemplate'), containerName: fc.constantFrom('flink-taskmanager', 'flink-jobmanager', 'main') })
    .map((d) => ({
      kind: 'Deployment',
      apiVersion: 'v1',
      metadata: { name: d.name, namespace: 'default' },
      spec: {
        deploymentTargetName: d.target,
        template: {
          spec: {
            artifact: { kind: 'JAR', jarUri: 'https://example.com/job.jar' },
            kubernetes: { [d.role]: { metadata: d.pod.metadata, spec: { ...d.pod.spec, containers: [{ name: d.containerName, volumeMounts: (d.pod.spec.containers[0]!.volumeMounts as unknown[]) }] } } },
          },
        },
      },
    }));

const b64 = (s: string): string => Buffer.from(s).toString('base64');

const secretDoc = fc
  .record({ name: dnsName, namespace, clientid: guid, clientsecret: secretValue, extra: secretValue, asData: fc.boolean(), label: fc.boolean() })
  .map((s) => {
    const values = { clientid: s.clientid, clientsecret: s.clientsecret, password: s.extra };
    const doc = {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: s.name, namespace: s.namespace, ...(s.label ? { labels: { 'secrets-store.csi.k8s.io/used': 'true' } } : {}) },
      type: 'Opaque',
      ...(s.asData ? { data: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, b64(v)])) } : { stringData: values }),
    };
    // Both the text as written (base64 for data) and the decoded value must stay out of every output.
    const secrets = [s.clientsecret, s.extra, ...(s.asData ? [b64(s.clientsecret), b64(s.extra)] : [])];
    return { doc, secrets };
  });

/** A ConfigMap that (wrongly) carries a clientsecret: the key name alone makes the value a credential. */
const leakyConfigMap = fc.record({ name: dnsName, value: secretValue }).map((c) => ({ doc: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: c.name, namespace: 'apps' }, data: { clientsecret: c.value } }, secrets: [c.value] }));

const target = { kind: 'DeploymentTarget', apiVersion: 'v1', metadata: { name: 't-apps', namespace: 'default' }, spec: { kubernetes: { namespace: 'apps' } } };

/** A repository of 1–4 files, each 1–4 documents, built from the shapes above. */
export const genRepo: fc.Arbitrary<GenRepo> = fc
  .array(spc, { minLength: 0, maxLength: 3 })
  .chain((spcs) => {
    const names = spcs.map((s) => s.name);
    const doc = fc.oneof(
      kubeWorkload(names).map((d) => ({ doc: d as unknown, secrets: [] as string[] })),
      vvpDeployment(names).map((d) => ({ doc: d as unknown, secrets: [] as string[] })),
      secretDoc.map((s) => ({ doc: s.doc as unknown, secrets: s.secrets })),
      leakyConfigMap.map((s) => ({ doc: s.doc as unknown, secrets: s.secrets })),
    );
    return fc.record({ spcs: fc.constant(spcs), others: fc.array(doc, { maxLength: 5 }), withTarget: fc.boolean(), split: fc.array(fc.nat(3), { minLength: 12, maxLength: 12 }) });
  })
  .map(({ spcs, others, withTarget, split }) => {
    const all = [...spcs.map((s) => ({ doc: s.doc as unknown, secrets: s.secrets })), ...others, ...(withTarget ? [{ doc: target as unknown, secrets: [] as string[] }] : [])];
    const buckets: string[][] = [[], [], [], []];
    all.forEach((d, i) => buckets[split[i % split.length]!]!.push(stringify(d.doc)));
    const files = buckets.filter((b) => b.length).map((b, i) => ({ name: `f${i}.yaml`, text: b.join('---\n') }));
    return { files, secrets: all.flatMap((d) => d.secrets) };
  });

export type Mutation = { op: 'delete-line' | 'dup-line' | 'indent' | 'tab' | 'truncate' | 'quote' | 'colon' | 'crlf' | 'bom' | 'anchor'; at: number };

export const mutation: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom('delete-line', 'dup-line', 'indent', 'tab', 'truncate', 'quote', 'colon', 'crlf', 'bom', 'anchor'),
  at: fc.nat(),
});

/** Applies one text edit of the kind people make by hand (or editors make for them). */
export function mutate(text: string, m: Mutation): string {
  const lines = text.split('\n');
  const i = lines.length ? m.at % lines.length : 0;
  switch (m.op) {
    case 'delete-line':
      lines.splice(i, 1);
      return lines.join('\n');
    case 'dup-line':
      lines.splice(i, 0, lines[i] ?? '');
      return lines.join('\n');
    case 'indent':
      lines[i] = ` ${lines[i] ?? ''}`;
      return lines.join('\n');
    case 'tab':
      lines[i] = (lines[i] ?? '').replace(/^ {2}/, '\t');
      return lines.join('\n');
    case 'truncate':
      return text.slice(0, m.at % (text.length + 1));
    case 'quote':
      lines[i] = (lines[i] ?? '').replace(': ', ': "');
      return lines.join('\n');
    case 'colon':
      lines[i] = (lines[i] ?? '').replace(':', '');
      return lines.join('\n');
    case 'crlf':
      return text.replace(/\n/g, '\r\n');
    case 'bom':
      return `\uFEFF${text}`;
    case 'anchor':
      lines[i] = (lines[i] ?? '').replace(/: (\S)/, ': *nope $1');
      return lines.join('\n');
  }
}

// Hand-built LintResults for the reporter tests: real YAML text, spans found at real keys, a related location in
// another file, a live finding, a suppressed finding, fixes, notifications, a CRLF file, and an empty run.
import type { Finding, LintResult, RuleMeta } from '../../src/engine/types.js';
import type { FileLocation, LogicalLocation, SourceFile, Span } from '../../src/model/types.js';

export const ROOT = '/work/project root';

export const spcFile: SourceFile = {
  absPath: `${ROOT}/k8s/spc.yaml`,
  relPath: 'k8s/spc.yaml',
  text: [
    'apiVersion: secrets-store.csi.x-k8s.io/v1alpha1',
    'kind: SecretProviderClass',
    'metadata:',
    '  name: kv-spc',
    '  namespace: vvp-jobs',
    'spec:',
    '  provider: azure',
    '  parameters:',
    '    keyVaultName: my-vault',
    '    tenantID: "00000000-0000-0000-0000-000000000000"',
    '',
  ].join('\n'),
};

/** A path with a space and a non-ASCII character, to exercise URI encoding. */
export const deployFile: SourceFile = {
  absPath: `${ROOT}/k8s/my app/déploiement.yaml`,
  relPath: 'k8s/my app/déploiement.yaml',
  text: [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: flink-job',
    '  namespace: vvp-jobs',
    'spec:',
    '  template:',
    '    spec:',
    '      containers:',
    '        - name: job',
    '          image: flink:1.17',
    '          volumeMounts:',
    '            - name: secrets',
    '              mountPath: /mnt/secrets',
    '      volumes:',
    '        - name: secrets',
    '          csi:',
    '            driver: secrets-store.csi.k8s.io',
    '            readOnly: false',
    '            volumeAttributes:',
    '              secretProviderClass: kv-spc',
    '',
  ].join('\n'),
};

/** CRLF line endings: positions and line hashes must agree on line numbers. */
export const crlfFile: SourceFile = {
  absPath: `${ROOT}/values/vvp-values.yaml`,
  relPath: 'values/vvp-values.yaml',
  text: ['vvp:', '  extraLabels:', '    aadpodidbinding: kv-reader', 'volumes:', '  - name: kv', ''].join('\r\n'),
};

/** Span of the `occurrence`-th match of `needle` in the file. */
export function spanOf(file: SourceFile, needle: string, occurrence = 1): Span {
  let at = -1;
  for (let i = 0; i < occurrence; i++) {
    at = file.text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`${needle} not found in ${file.relPath}`);
  }
  return { start: at, end: at + needle.length };
}

export function at(file: SourceFile, needle: string, occurrence = 1): FileLocation {
  return { kind: 'file', file, span: spanOf(file, needle, occurrence), exact: true };
}

export const livePod: LogicalLocation = {
  kind: 'logical',
  source: 'cluster',
  fullyQualifiedName: 'aks-prod/vvp-jobs/Pod/job-1-taskmanager-0',
  displayName: 'pod/vvp-jobs/job-1-taskmanager-0',
  path: ['spec', 'volumes', 0, 'csi', 'volumeAttributes', 'secretProviderClass'],
};

function meta(id: string, level: RuleMeta['level'], group: string, extra: Partial<RuleMeta> = {}): RuleMeta {
  return {
    id,
    group,
    level,
    shortDescription: `Checks ${id.replace(/-/g, ' ')}`,
    fullDescription: `Reports problems of kind ${id.replace(/-/g, ' ')} in Key Vault secret mounts.`,
    remediation: 'Change the field as the message says.',
    help: `# ${id}\n\nReports problems of kind **${id}**.\n\n## How to fix\n\nChange the field as the message says.`,
    tags: ['security', 'kubernetes', 'azure-key-vault'],
    ...extra,
  };
}

export const rules: RuleMeta[] = [
  meta('spc-api-version', 'warning', 'spc', { fixable: true }),
  meta('spc-parameter-unknown', 'warning', 'spc', { fixable: true }),
  meta('csi-volume-not-readonly', 'error', 'csi', { securitySeverity: '5.5' }),
  meta('csi-spc-not-found', 'error', 'csi'),
  meta('csi-mount-not-readonly', 'note', 'csi'),
  meta('csi-volume-unmounted', 'warning', 'csi'),
  meta('pod-identity-deprecated', 'note', 'identity'),
  meta('secret-committed', 'error', 'identity', { securitySeverity: '8.0' }),
];

export function findings(): Finding[] {
  return [
    {
      ruleId: 'spc-api-version',
      level: 'warning',
      message: 'apiVersion secrets-store.csi.x-k8s.io/v1alpha1 is deprecated; use secrets-store.csi.x-k8s.io/v1.',
      location: at(spcFile, 'secrets-store.csi.x-k8s.io/v1alpha1'),
      related: [],
      objectFingerprint: 'SecretProviderClass/vvp-jobs/kv-spc#apiVersion',
      fix: {
        description: 'Use apiVersion secrets-store.csi.x-k8s.io/v1',
        edits: [{ span: spanOf(spcFile, 'secrets-store.csi.x-k8s.io/v1alpha1'), text: 'secrets-store.csi.x-k8s.io/v1' }],
      },
      baselineState: 'unchanged',
    },
    {
      ruleId: 'spc-parameter-unknown',
      level: 'warning',
      message: 'The Azure provider does not read parameter `keyVaultName`; did you mean `keyvaultName`?',
      location: at(spcFile, 'keyVaultName'),
      related: [],
      objectFingerprint: 'SecretProviderClass/vvp-jobs/kv-spc#spec.parameters.keyVaultName',
      fix: { description: 'Rename the key to keyvaultName', edits: [{ span: spanOf(spcFile, 'keyVaultName'), text: 'keyvaultName' }] },
      baselineState: 'new',
    },
    {
      ruleId: 'csi-volume-not-readonly',
      level: 'error',
      message: 'spec.template.spec.volumes[0].csi.readOnly is false: the driver refuses the mount ("Readonly is not true in request").',
      location: at(deployFile, 'false'),
      related: [{ location: at(spcFile, 'kv-spc'), message: 'SecretProviderClass kv-spc mounted by this volume' }],
      objectFingerprint: 'Deployment/vvp-jobs/flink-job#spec.template.spec.volumes[0].csi.readOnly',
      // Deleting a whole line (terminator included) and inserting a new one: exact regions cross the line end.
      fix: {
        description: 'Set readOnly: true',
        edits: [
          { span: { start: spanOf(deployFile, '            readOnly: false').start, end: spanOf(deployFile, '            readOnly: false').end + 1 }, text: '' },
          { span: { start: spanOf(deployFile, '            volumeAttributes').start, end: spanOf(deployFile, '            volumeAttributes').start }, text: '            readOnly: true\n' },
        ],
      },
    },
    {
      ruleId: 'csi-volume-unmounted',
      level: 'warning',
      // An empty span (zero width) at the `csi` key.
      message: 'Volume secrets is not mounted by any container',
      location: { kind: 'file', file: deployFile, span: { start: spanOf(deployFile, 'csi:').start, end: spanOf(deployFile, 'csi:').start }, exact: false },
      related: [],
      objectFingerprint: 'Deployment/vvp-jobs/flink-job#spec.template.spec.volumes[0]',
    },
    {
      ruleId: 'csi-spc-not-found',
      level: 'error',
      message: 'SecretProviderClass kv-spc is not in namespace vvp-jobs of cluster aks-prod.',
      location: livePod,
      related: [
        { location: at(spcFile, 'name: kv-spc'), message: 'the project defines kv-spc here' },
        { location: { ...livePod, path: ['metadata', 'namespace'] }, message: 'pod namespace' },
      ],
      objectFingerprint: 'Pod/vvp-jobs/job-1-taskmanager-0#spec.volumes[0].csi.volumeAttributes.secretProviderClass',
    },
    {
      ruleId: 'csi-mount-not-readonly',
      level: 'note',
      message: 'Container job mounts secrets volume secrets without readOnly: true.',
      location: at(deployFile, '- name: secrets'),
      related: [],
      objectFingerprint: 'Deployment/vvp-jobs/flink-job#spec.template.spec.containers[0].volumeMounts[0]',
      suppressions: [{ kind: 'inSource', justification: 'the job image runs as read-only root anyway', status: 'accepted' }],
    },
    {
      ruleId: 'pod-identity-deprecated',
      level: 'note',
      message: 'AAD Pod Identity is deprecated; move to workload identity.',
      location: at(crlfFile, 'aadpodidbinding'),
      related: [],
      objectFingerprint: 'values/vvp-values.yaml#vvp.extraLabels.aadpodidbinding',
    },
  ];
}

export function sampleResult(overrides: Partial<LintResult> = {}): LintResult {
  return {
    toolVersion: '0.1.0',
    rules,
    findings: findings(),
    notifications: [
      { id: 'file-unreadable', level: 'warning', message: 'EACCES: cannot read file', file: 'k8s/locked.yaml', incomplete: true },
      { id: 'k8s-forbidden', level: 'note', message: 'listing Secrets in vvp-jobs is forbidden: sp-secret rules were skipped' },
    ],
    root: ROOT,
    filesRead: 3,
    documentsRead: 3,
    executionSuccessful: false,
    startTime: new Date('2026-11-28T10:00:00.000Z'),
    endTime: new Date('2026-11-28T10:00:01.250Z'),
    commandLine: 'vvp-kv-lint --format sarif k8s values',
    ...overrides,
  };
}

export function emptyResult(): LintResult {
  return sampleResult({ findings: [], notifications: [], executionSuccessful: true, filesRead: 2, documentsRead: 4 });
}

// Generates a deterministic synthetic GitOps repository for the benchmark: SPCs in several identity modes, VVP
// Deployments and DeploymentTargets, Kubernetes workloads mounting CSI volumes, ConfigMaps and Services as noise,
// about one file in ten carrying a defect. Same seed and size → byte-identical tree, so runs compare.
import { mkdirSync, rmSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** mulberry32: tiny, fast, good enough to vary shapes; never used for anything secret. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const hex = (r: Rand, n: number): string => Array.from({ length: n }, () => Math.floor(r() * 16).toString(16)).join('');
const guid = (r: Rand): string => `${hex(r, 8)}-${hex(r, 4)}-${hex(r, 4)}-${hex(r, 4)}-${hex(r, 12)}`;

type Mode = 'workload' | 'vm-user' | 'vm-system' | 'pod-identity' | 'sp';
const MODES: readonly Mode[] = ['workload', 'workload', 'vm-user', 'vm-system', 'pod-identity', 'sp'];

/** A defect planted in roughly one file in ten; each maps to a rule the linter should report. */
type Defect = 'unquoted-bool' | 'bad-vault' | 'driver-group' | 'not-readonly' | 'param-typo' | 'bad-object-type' | 'missing-spc' | 'yaml-syntax' | undefined;

interface App {
  readonly team: string;
  readonly ns: string;
  readonly name: string;
  readonly mode: Mode;
  readonly spc: string;
  readonly clientId: string;
}

function spcDoc(r: Rand, app: App, defect: Defect): string {
  const p: string[] = [];
  const vault = defect === 'bad-vault' ? `kv_${app.team}_-` : `kv-${app.team}-${hex(r, 4)}`;
  p.push(`    ${defect === 'param-typo' ? 'keyVaultName' : 'keyvaultName'}: "${vault}"`);
  p.push(`    tenantID: "${guid(r)}"`);
  switch (app.mode) {
    case 'workload':
      p.push(`    clientID: "${app.clientId}"`);
      break;
    case 'vm-user':
      p.push(`    useVMManagedIdentity: ${defect === 'unquoted-bool' ? 'true' : '"true"'}`);
      p.push(`    userAssignedIdentityID: "${app.clientId}"`);
      break;
    case 'vm-system':
      p.push(`    useVMManagedIdentity: ${defect === 'unquoted-bool' ? 'true' : '"true"'}`);
      break;
    case 'pod-identity':
      p.push(`    usePodIdentity: ${defect === 'unquoted-bool' ? 'true' : '"true"'}`);
      break;
    case 'sp':
      break;
  }
  const n = 1 + Math.floor(r() * 4);
  const objs: string[] = [];
  for (let i = 0; i < n; i++) {
    const type = defect === 'bad-object-type' && i === 0 ? 'Secret' : pick(r, ['secret', 'secret', 'key', 'cert']);
    objs.push(`        - |\n          objectName: ${app.name}-obj-${i}\n          objectType: ${type}`);
  }
  return `apiVersion: secrets-store.csi.x-k8s.io/v1
kind: SecretProviderClass
metadata:
  name: ${app.spc}
  namespace: ${app.ns}
  labels:
    team: ${app.team}
spec:
  provider: azure
  parameters:
${p.join('\n')}
    objects: |
      array:
${objs.join('\n')}
`;
}

function volumeBlock(indent: string, app: App, defect: Defect): string {
  const spc = defect === 'missing-spc' ? `${app.spc}-gone` : app.spc;
  const driver = defect === 'driver-group' ? 'secrets-store.csi.x-k8s.io' : 'secrets-store.csi.k8s.io';
  const ro = defect === 'not-readonly' ? 'false' : 'true';
  const sp = app.mode === 'sp' ? `\n${indent}    nodePublishSecretRef:\n${indent}      name: ${app.name}-sp-creds` : '';
  return `${indent}- name: secrets-store
${indent}  csi:
${indent}    driver: ${driver}
${indent}    readOnly: ${ro}
${indent}    volumeAttributes:
${indent}      secretProviderClass: ${spc}${sp}`;
}

function podLabels(indent: string, app: App): string {
  const l = [`${indent}app: ${app.name}`];
  if (app.mode === 'workload') l.push(`${indent}azure.workload.identity/use: "true"`);
  if (app.mode === 'pod-identity') l.push(`${indent}aadpodidbinding: ${app.team}-binding`);
  return l.join('\n');
}

function workloadDoc(r: Rand, app: App, defect: Defect): string {
  const kind = pick(r, ['Deployment', 'Deployment', 'StatefulSet', 'DaemonSet']);
  const sa = app.mode === 'workload' ? `      serviceAccountName: ${app.team}-sa\n` : '';
  return `apiVersion: apps/v1
kind: ${kind}
metadata:
  name: ${app.name}
  namespace: ${app.ns}
spec:
  replicas: ${1 + Math.floor(r() * 3)}
  selector:
    matchLabels:
      app: ${app.name}
  template:
    metadata:
      labels:
${podLabels('        ', app)}
    spec:
${sa}      containers:
        - name: main
          image: registry.example.com/${app.team}/${app.name}:${Math.floor(r() * 100)}.${Math.floor(r() * 10)}
          ports:
            - containerPort: 8080
          env:
            - name: LOG_LEVEL
              value: info
          volumeMounts:
            - name: secrets-store
              mountPath: /mnt/secrets-store
              readOnly: true
      volumes:
${volumeBlock('        ', app, defect)}
`;
}

function serviceDoc(r: Rand, app: App): string {
  return `apiVersion: v1
kind: Service
metadata:
  name: ${app.name}
  namespace: ${app.ns}
spec:
  selector:
    app: ${app.name}
  ports:
    - port: 80
      targetPort: ${8000 + Math.floor(r() * 100)}
`;
}

function configMapDoc(r: Rand, app: App): string {
  const keys = Array.from({ length: 2 + Math.floor(r() * 6) }, (_, i) => `  setting_${i}: "${hex(r, 12)}"`).join('\n');
  return `apiVersion: v1
kind: ConfigMap
metadata:
  name: ${app.name}-config
  namespace: ${app.ns}
data:
${keys}
`;
}

function serviceAccountDoc(app: App): string {
  return `apiVersion: v1
kind: ServiceAccount
metadata:
  name: ${app.team}-sa
  namespace: ${app.ns}
  annotations:
    azure.workload.identity/client-id: "${app.clientId}"
`;
}

function vvpTargetDoc(team: string, ns: string): string {
  return `kind: DeploymentTarget
apiVersion: v1
metadata:
  name: ${team}-target
  namespace: default
spec:
  kubernetes:
    namespace: ${ns}
`;
}

function vvpDeploymentDoc(r: Rand, app: App, defect: Defect): string {
  const labels = app.mode === 'workload' ? `\n            labels:\n              azure.workload.identity/use: "true"` : app.mode === 'pod-identity' ? `\n            labels:\n              aadpodidbinding: ${app.team}-binding` : '';
  const sa = app.mode === 'workload' ? `\n            serviceAccountName: ${app.team}-sa` : '';
  return `kind: Deployment
apiVersion: v1
metadata:
  name: ${app.name}-job
  namespace: default
spec:
  state: RUNNING
  deploymentTargetName: ${app.team}-target
  template:
    spec:
      artifact:
        kind: JAR
        jarUri: https://artifacts.example.com/${app.team}/${app.name}-${Math.floor(r() * 50)}.jar
      parallelism: ${1 + Math.floor(r() * 8)}
      flinkConfiguration:
        execution.checkpointing.interval: 10s
      kubernetes:
        taskManagerPodTemplate:
          metadata:${labels || ' {}'}
          spec:${sa}
            containers:
              - name: flink-taskmanager
                volumeMounts:
                  - name: secrets-store
                    mountPath: /flink/secrets
                    readOnly: true
            volumes:
${volumeBlock('              ', app, defect)}
`;
}

export interface SynthSummary {
  readonly dir: string;
  readonly documents: number;
  readonly files: number;
  readonly defectFiles: number;
}

/** One app's files; each file draws a defect that fits it with probability 0.1 (about one file in ten). */
function appFiles(r: Rand, app: App): { name: string; docs: string[]; defective: boolean }[] {
  const draw = (applicable: readonly Defect[]): Defect => (r() < 0.1 ? pick(r, applicable) : undefined);
  const out: { name: string; docs: string[]; defective: boolean }[] = [];
  const sd = draw(['unquoted-bool', 'bad-vault', 'param-typo', 'bad-object-type']);
  // An unquoted bool needs a flag to unquote; SP and workload-identity SPCs have none, so they get a typo instead.
  const spcDefect = sd === 'unquoted-bool' && (app.mode === 'sp' || app.mode === 'workload') ? 'param-typo' : sd;
  out.push({ name: 'spc.yaml', docs: [spcDoc(r, app, spcDefect)], defective: !!spcDefect });
  const wd = draw(['driver-group', 'not-readonly', 'missing-spc']);
  out.push({ name: 'workload.yaml', docs: [workloadDoc(r, app, wd), serviceDoc(r, app)], defective: !!wd });
  const cd = draw(['yaml-syntax']);
  const cm = configMapDoc(r, app);
  // A syntax error: an unclosed flow sequence; the parser reports it and the file's other documents still count.
  out.push({ name: 'config.yaml', docs: [cd ? cm.replace('data:\n', 'data: {broken: [\n') : cm], defective: !!cd });
  const vd = draw(['driver-group', 'not-readonly', 'missing-spc']);
  out.push({ name: 'flink-job.yaml', docs: [vvpDeploymentDoc(r, app, vd)], defective: !!vd });
  return out;
}

/**
 * The two corpora of the bench: `sparse`, about one file in ten with a defect (a repository that has adopted the
 * linter), and `findings`, every file with several findings (the first run after adopting it): errors, warnings and
 * notes, most of them fixable, some located at missing fields and inside SPC `objects` blocks, so the cost of
 * positions, fix edits and output per finding shows.
 */
export type Corpus = 'sparse' | 'findings';
export const CORPORA: readonly Corpus[] = ['sparse', 'findings'];

/**
 * The findings corpus: one app's files, each with defects of several rules at once. Same shapes as the sparse
 * corpus (same documents per file, about the same bytes), so the two compare size for size.
 */
function findingsAppFiles(r: Rand, app: App): { name: string; docs: string[]; defective: boolean }[] {
  // SPC: a parameter typo (warning, fixable), `tenantId` (note, fixable), an unquoted flag (error, fixable) where the
  // mode has one, else a bad vault name; an objects entry of a bad type (error inside the block) every other file.
  let spc = spcDoc(r, app, r() < 0.5 ? 'bad-object-type' : undefined)
    .replace('    keyvaultName:', '    keyVaultName:')
    .replace('    tenantID:', '    tenantId:');
  spc = /: "true"/.test(spc) ? spc.replace(': "true"', ': true') : spc.replace(/keyVaultName: "kv-/, 'keyVaultName: "kv_');
  // Workload: the driver name as API group (error, fixable), readOnly false (error, fixable), a mount without
  // readOnly (note, fixable); a missing SPC (error at the reference) one time in four.
  const workload = workloadDoc(r, app, r() < 0.25 ? 'missing-spc' : 'driver-group')
    .replace('    readOnly: true\n', '    readOnly: false\n')
    .replace(/(mountPath: \/mnt\/secrets-store)\n\s+readOnly: true/, '$1');
  // ConfigMap: a repeated key (warning); a syntax error one time in twenty.
  let cm = configMapDoc(r, app).replace(/\n {2}setting_0: /, (m) => `${m}"dup"\n  setting_0: `);
  if (r() < 0.05) cm = cm.replace('data:\n', 'data: {broken: [\n');
  // VVP Deployment: an unknown DeploymentTarget (note), the Flink container misnamed (error), a mount without
  // readOnly (note, fixable), readOnly false on the volume (error, fixable).
  const vvp = vvpDeploymentDoc(r, app, 'not-readonly')
    .replace(`deploymentTargetName: ${app.team}-target`, `deploymentTargetName: ${app.team}-target-old`)
    .replace('- name: flink-taskmanager', '- name: taskmanager')
    .replace(/(mountPath: \/flink\/secrets)\n\s+readOnly: true/, '$1');
  return [
    { name: 'spc.yaml', docs: [spc], defective: true },
    { name: 'workload.yaml', docs: [workload, serviceDoc(r, app)], defective: true },
    { name: 'config.yaml', docs: [cm], defective: true },
    { name: 'flink-job.yaml', docs: [vvp], defective: true },
  ];
}

/**
 * Writes a repository of about `documents` documents under `dir` (replacing it). A marker file records seed, size
 * and corpus so an unchanged tree is reused across bench runs.
 */
export function generateRepo(dir: string, documents: number, seed = 42, corpus: Corpus = 'sparse'): SynthSummary {
  // Beside the tree, not in it: the linter would read a .json inside it.
  const marker = `${dir}.synth.json`;
  if (existsSync(marker)) {
    const m = JSON.parse(readFileSync(marker, 'utf8')) as SynthSummary & { seed: number; requested: number; version: number; corpus?: Corpus };
    if (m.seed === seed && m.requested === documents && m.version === GENERATOR_VERSION && (m.corpus ?? 'sparse') === corpus) return { dir, documents: m.documents, files: m.files, defectFiles: m.defectFiles };
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const r = prng(seed);
  let docs = 0;
  let files = 0;
  let defectFiles = 0;
  let teamIdx = 0;
  while (docs < documents) {
    const team = `team${teamIdx++}`;
    const ns = `ns-${team}`;
    const teamDir = join(dir, 'clusters', `c${teamIdx % 7}`, team);
    mkdirSync(teamDir, { recursive: true });
    const modes = MODES;
    const clientId = guid(r);
    const sa = serviceAccountDoc({ team, ns, name: '', mode: 'workload', spc: '', clientId });
    // In the findings corpus the team file has a repeated annotation too (warning): no file without a finding.
    const common = [vvpTargetDoc(team, ns), corpus === 'findings' ? sa.replace('  annotations:\n', `  annotations:\n    owner: ${team}\n    owner: ${team}-x\n`) : sa];
    writeFileSync(join(teamDir, 'platform.yaml'), common.join('---\n'));
    docs += common.length;
    files++;
    const apps = 4 + Math.floor(r() * 8);
    for (let a = 0; a < apps && docs < documents; a++) {
      const mode = pick(r, modes);
      const name = `${team}-app${a}`;
      const app: App = { team, ns, name, mode, spc: `${name}-kv`, clientId: mode === 'workload' ? clientId : guid(r) };
      const appDir = join(teamDir, `app${a}`);
      mkdirSync(appDir);
      for (const f of (corpus === 'findings' ? findingsAppFiles : appFiles)(r, app)) {
        writeFileSync(join(appDir, f.name), f.docs.join('---\n'));
        docs += f.docs.length;
        files++;
        if (f.defective) defectFiles++;
      }
    }
  }
  if (corpus === 'findings') defectFiles = files;
  const summary = { dir, documents: docs, files, defectFiles };
  writeFileSync(marker, JSON.stringify({ ...summary, seed, requested: documents, version: GENERATOR_VERSION, corpus }));
  return summary;
}

/** Bump when the generated shapes change, so cached trees are rebuilt. */
const GENERATOR_VERSION = 3;

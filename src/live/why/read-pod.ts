// The reads of `vvp-kv-lint why`: the pod, then only what its chain needs, each a GET of one object or a list
// narrowed to one namespace and one name (field selector) or one selector. No cluster-wide list of pods or
// Secrets: the cost does not grow with the size of the cluster. Every read goes through the audit's GET-only
// transport and is recorded (`reads`) so the README and the tests can say exactly what `why` asks for.
import type { ManifestObject, ToolNotification } from '../../model/types.js';
import type { ClusterFacts } from '../../model/cluster-facts.js';
import { liveObject } from '../../model/live-object.js';
import { isRecord } from '../../model/kinds.js';
import { KubeconfigError, oneLine, resolveKubeconfig, type ResolvedKubeconfig } from '../kube/kubeconfig.js';
import { KubeTransport } from '../kube/transport.js';
import { getOne, listAll, type GetOutcome, type Item, type ListOptions, type ListOutcome } from '../kube/list.js';
import * as R from '../kube/resources.js';
import type { KubeResource } from '../kube/resources.js';
import { slimObject, slimSecret } from '../kube/redact.js';
import { ReadLedger } from '../kube/read-ledger.js';
import { csiDriverFact, failedMountsFact, providerFact } from '../kube/facts.js';
import { Pool } from '../kube/pool.js';
import type { WhyTarget } from './target.js';

export interface WhyReadOptions {
  readonly kubeconfig?: string;
  readonly context?: string;
  readonly timeoutSeconds?: number;
  readonly env?: NodeJS.ProcessEnv;
  readonly requestTimeoutMs?: number;
  readonly retries?: number;
  readonly backoffMs?: number;
}

/** A read that failed for a link: what could not be read and why (the link becomes `?`). */
export interface Unreadable {
  readonly what: string;
  readonly reason: string;
}

export interface WhyRead {
  readonly context: string;
  readonly server: string;
  /** The pod explained (slimmed, status kept: it holds no secret). */
  readonly pod?: Item;
  /** How the pod was chosen (a workload's selector), for the report. */
  readonly selection?: string;
  readonly objects: ManifestObject[];
  readonly facts?: ClusterFacts;
  readonly completeKinds: Map<string, Set<string>>;
  readonly notifications: ToolNotification[];
  /** By key `kind/namespace/name` (lower-case kind). */
  readonly unreadable: Map<string, Unreadable>;
  /** Every request, as `GET path?query`, in order sent (retries not repeated). */
  readonly reads: string[];
  readonly requests: number;
  /** The pod could not be read (exit 2): the one-line cause. */
  readonly fatal?: string;
}

export const FLINK_DEPLOYMENT: KubeResource = { kind: 'FlinkDeployment', group: 'flink.apache.org', version: 'v1beta1', plural: 'flinkdeployments', namespaced: true, display: 'flinkdeployment', optional: true };
const WORKLOAD_RES: Readonly<Record<string, KubeResource>> = { deployment: R.DEPLOYMENT, statefulset: R.STATEFUL_SET, job: R.JOB };

/** Secrets-store CSI volumes of a pod spec (the driver's name, or an SPC attribute under a mistyped driver). */
export function secretsVolumes(podSpec: Record<string, unknown>): { index: number; volume: Record<string, unknown> }[] {
  const vols = Array.isArray(podSpec['volumes']) ? podSpec['volumes'] : [];
  const out: { index: number; volume: Record<string, unknown> }[] = [];
  vols.forEach((v, index) => {
    if (!isRecord(v) || !isRecord(v['csi'])) return;
    const csi = v['csi'];
    const attrs = isRecord(csi['volumeAttributes']) ? csi['volumeAttributes'] : {};
    if (csi['driver'] === R.CSI_DRIVER_NAME || 'secretProviderClass' in attrs || /secrets-store/.test(String(csi['driver'] ?? ''))) out.push({ index, volume: v });
  });
  return out;
}

export async function readPodChain(target: WhyTarget, opts: WhyReadOptions, vvpPodSelector?: { namespace: string; labelSelector: string; what: string }): Promise<WhyRead> {
  let kube: ResolvedKubeconfig;
  try {
    kube = await resolveKubeconfig({ file: opts.kubeconfig, context: opts.context, env: opts.env });
  } catch (e) {
    return failed('', '', e instanceof KubeconfigError ? e.message : `kubeconfig cannot be loaded: ${oneLine(e)}`, [], 0);
  }
  const t = new KubeTransport(kube, {
    deadline: Date.now() + (opts.timeoutSeconds ?? 60) * 1000,
    requestTimeoutMs: opts.requestTimeoutMs,
    retries: opts.retries,
    backoffMs: opts.backoffMs,
  });
  try {
    return await new PodChainReader(kube, t).read(target, vvpPodSelector);
  } catch (e) {
    if (e instanceof KubeconfigError) return failed(kube.contextName, kube.server, e.message, [], t.requests);
    throw e;
  }
}

function failed(context: string, server: string, fatal: string, reads: string[], requests: number): WhyRead {
  return { context, server, objects: [], completeKinds: new Map(), notifications: [], unreadable: new Map(), reads, requests, fatal };
}

class PodChainReader {
  private readonly reads: string[] = [];
  private readonly objects: ManifestObject[] = [];
  private readonly unreadable = new Map<string, Unreadable>();
  private readonly pool = new Pool(4);
  private ledger = new ReadLedger(undefined);

  constructor(
    private readonly kube: ResolvedKubeconfig,
    private readonly t: KubeTransport,
  ) {}

  private get(res: KubeResource, namespace: string | undefined, name: string): Promise<GetOutcome> {
    const path = R.resourcePath(res, namespace, name);
    this.reads.push(`GET ${path}`);
    return this.pool.run(() => getOne(this.t, path));
  }

  private list(res: KubeResource, namespace: string | undefined, o: ListOptions = {}): Promise<ListOutcome> {
    const path = R.resourcePath(res, namespace);
    const q = [o.fieldSelector ? `fieldSelector=${o.fieldSelector}` : '', o.labelSelector ? `labelSelector=${o.labelSelector}` : ''].filter(Boolean).join('&');
    this.reads.push(`GET ${path}${q ? `?${q}` : ''}`);
    return this.pool.run(() => listAll(this.t, path, o));
  }

  private fatal(message: string): WhyRead {
    return failed(this.kube.contextName, this.kube.server, message, this.reads, this.t.requests);
  }

  async read(target: WhyTarget, vvp?: { namespace: string; labelSelector: string; what: string }): Promise<WhyRead> {
    const picked = await this.pickPod(target, vvp);
    if ('fatal' in picked) return this.fatal(picked.fatal);
    const { pod, selection } = picked;
    const ns = String((pod['metadata'] as Record<string, unknown>)['namespace'] ?? target.namespace);
    this.ledger = new ReadLedger(ns);
    const podName = String((pod['metadata'] as Record<string, unknown>)['name']);
    const spec = isRecord(pod['spec']) ? pod['spec'] : {};
    const vols = secretsVolumes(spec);

    const csiP = this.get(R.CSI_DRIVER, undefined, R.CSI_DRIVER_NAME);
    // Provider pods live in kube-system (or wherever the chart went): one list narrowed by their labels.
    const providerP = this.list(R.POD, undefined, { labelSelector: R.PROVIDER_LABEL_SELECTOR, keep: slimProviderPod });
    const eventsP = this.list(R.EVENT, ns, { fieldSelector: `involvedObject.kind=Pod,involvedObject.name=${podName}` });

    const spcNames = [...new Set(vols.map((v) => spcNameOf(v.volume)).filter((n): n is string => n !== undefined))];
    const secretNames = [...new Set(vols.map((v) => secretRefOf(v.volume)).filter((n): n is string => n !== undefined))];
    const saName = typeof spec['serviceAccountName'] === 'string' && spec['serviceAccountName'] ? spec['serviceAccountName'] : 'default';

    const spcPs = spcNames.map((n) => this.readSpc(ns, n));
    const secretPs = secretNames.map((n) => this.list(R.SECRET, ns, { fieldSelector: `metadata.name=${n}`, keep: slimSecret }).then((o) => [n, o] as const));
    const saP = vols.length ? this.list(R.SERVICE_ACCOUNT, ns, { fieldSelector: `metadata.name=${saName}`, keep: slimObject }) : undefined;

    const spcs = await Promise.all(spcPs);
    let spcCrdInstalled: boolean | undefined;
    let spcComplete = true;
    for (const s of spcs) {
      if (s.crdInstalled === false) spcCrdInstalled = false;
      else if (s.crdInstalled === true && spcCrdInstalled === undefined) spcCrdInstalled = true;
      for (const item of s.items) this.add(item, R.SPC_V1);
      if (!s.complete) spcComplete = false;
    }
    if (spcComplete && spcs.length) this.ledger.markComplete(R.SPC_V1.kind);
    // Pod identity needs the namespace's bindings and identities; only then are they read.
    const podIdentity = spcs.some((s) => s.items.some((i) => /^true$/i.test(String(param(i, 'usePodIdentity') ?? '').trim())));
    const aibP = podIdentity ? this.list(R.AZURE_IDENTITY_BINDING, ns, { keep: slimObject }) : undefined;
    const aiP = podIdentity ? this.list(R.AZURE_IDENTITY, ns, { keep: slimObject }) : undefined;

    let secretsComplete = true;
    for (const [n, o] of await Promise.all(secretPs)) {
      for (const item of this.ledger.settle(R.SECRET, 'list', o, false)) this.add(item, R.SECRET);
      if (o.status !== 'ok' && o.status !== 'absent') {
        secretsComplete = false;
        this.unreadable.set(`secret/${ns}/${n}`, { what: `Secret ${ns}/${n}`, reason: reasonOf(o) });
      }
    }
    if (secretsComplete && secretNames.length) this.ledger.markComplete(R.SECRET.kind);
    if (saP) this.settleNamed(R.SERVICE_ACCOUNT, await saP, `serviceaccount/${ns}/${saName}`, `ServiceAccount ${ns}/${saName}`);
    if (aibP) this.settleNamed(R.AZURE_IDENTITY_BINDING, await aibP, `azureidentitybinding/${ns}`, `AzureIdentityBindings in ${ns}`);
    if (aiP) this.settleNamed(R.AZURE_IDENTITY, await aiP, `azureidentity/${ns}`, `AzureIdentities in ${ns}`);

    const csiDriver = csiDriverFact(this.ledger, this.kube.contextName, await csiP);
    if (csiDriver?.present) this.objects.push(csiDriver.object);
    else if (csiDriver === undefined) this.unreadable.set('csidriver', { what: `CSIDriver ${R.CSI_DRIVER_NAME}`, reason: this.ledger.readErrors.csiDriver ?? 'not readable' });
    const providerPods = providerFact(this.ledger, await providerP);
    if (!providerPods) this.unreadable.set('provider', { what: 'the Azure provider pods', reason: this.ledger.readErrors.providerPods ?? 'not readable' });
    const failedMounts = failedMountsFact(this.ledger, await eventsP, [pod], () => undefined);
    if (!failedMounts) this.unreadable.set('events', { what: `the events of pod ${ns}/${podName}`, reason: this.ledger.readErrors.failedMounts ?? 'not readable' });

    // The pod itself stands for its own pod source (no owner template: the question is about this pod).
    this.objects.unshift(liveObject(slimObject(pod), { live: 'cluster', scope: this.kube.contextName, resource: 'pod' }));
    const facts: ClusterFacts = {
      context: this.kube.contextName,
      server: this.kube.server,
      spcCrdInstalled,
      csiDriver,
      providerPods,
      failedMounts,
      readErrors: this.ledger.readErrors,
    };
    return {
      context: this.kube.contextName,
      server: this.kube.server,
      pod,
      ...(selection ? { selection } : {}),
      objects: this.objects,
      facts,
      completeKinds: this.ledger.completeKinds,
      notifications: this.ledger.notifications,
      unreadable: this.unreadable,
      reads: this.reads,
      requests: this.t.requests,
    };
  }

  private settleNamed(res: KubeResource, o: ListOutcome, key: string, what: string): void {
    for (const item of this.ledger.settle(res, 'list', o)) this.add(item, res);
    if (o.status !== 'ok' && o.status !== 'absent') this.unreadable.set(key, { what, reason: reasonOf(o) });
  }

  /**
   * The SecretProviderClass in the pod's namespace (GET). When it is not there: is the CRD installed at all, and
   * is there one of that name in another namespace (one list narrowed to the name)?
   */
  private async readSpc(ns: string, name: string): Promise<{ items: Item[]; complete: boolean; crdInstalled?: boolean }> {
    const one = await this.get(R.SPC_V1, ns, name);
    if (one.status === 'ok') {
      this.ledger.succeeded++;
      return { items: [slimObject({ apiVersion: 'secrets-store.csi.x-k8s.io/v1', kind: 'SecretProviderClass', ...one.item })], complete: true, crdInstalled: true };
    }
    if (one.status !== 'absent') {
      this.ledger.fail(R.SPC_V1, 'get', one, ns);
      this.unreadable.set(`secretproviderclass/${ns}/${name}`, { what: `SecretProviderClass ${ns}/${name}`, reason: one.reason });
      return { items: [], complete: false };
    }
    const crd = await this.get(R.CRD, undefined, R.SPC_CRD_NAME);
    if (crd.status === 'absent') return { items: [], complete: true, crdInstalled: false };
    let res = R.SPC_V1;
    if (crd.status === 'ok') {
      const spec = isRecord(crd.item['spec']) ? crd.item['spec'] : {};
      const versions = (Array.isArray(spec['versions']) ? spec['versions'] : []).filter(isRecord).filter((v) => v['served'] !== false).map((v) => v['name']);
      if (!versions.includes('v1') && versions.includes('v1alpha1')) {
        res = R.SPC_V1ALPHA1;
        const old = await this.get(res, ns, name);
        if (old.status === 'ok') return { items: [slimObject({ apiVersion: 'secrets-store.csi.x-k8s.io/v1alpha1', kind: 'SecretProviderClass', ...old.item })], complete: true, crdInstalled: true };
      }
    }
    // Not in the pod's namespace: one of that name elsewhere is the classic mistake the message should name.
    const elsewhere = await this.list(res, undefined, { fieldSelector: `metadata.name=${name}`, keep: slimObject });
    const items = elsewhere.status === 'ok' ? elsewhere.items : [];
    return { items, complete: true, crdInstalled: crd.status === 'ok' ? true : undefined };
  }

  private async pickPod(target: WhyTarget, vvp?: { namespace: string; labelSelector: string; what: string }): Promise<{ pod: Item; selection?: string } | { fatal: string }> {
    if (target.kind === 'pod') {
      const o = await this.get(R.POD, target.namespace, target.name);
      if (o.status === 'ok') return { pod: { apiVersion: 'v1', kind: 'Pod', ...o.item } };
      return { fatal: this.podUnreadable(`pod ${target.namespace}/${target.name}`, o) };
    }
    let namespace = target.namespace;
    let labelSelector: string;
    let what: string;
    if (target.kind === 'vvp') {
      if (!vvp) return { fatal: `${target.text}: the VVP Deployment's pods cannot be found without --vvp-url` };
      ({ namespace, labelSelector, what } = vvp);
    } else {
      const res = WORKLOAD_RES[target.kind]!;
      const o = await this.get(res, target.namespace, target.name);
      if (o.status === 'ok') {
        const sel = selectorText(o.item);
        if (sel === undefined) return { fatal: `${target.kind} ${target.namespace}/${target.name} has no usable spec.selector` };
        labelSelector = sel;
        what = `${target.kind} ${target.namespace}/${target.name}`;
      } else if (o.status === 'absent' && target.kind === 'deployment') {
        // Not an apps/v1 Deployment: a FlinkDeployment of the Apache Flink Kubernetes Operator labels every pod of
        // its cluster (jobmanager and taskmanagers) with app=<name>.
        const flink = await this.get(FLINK_DEPLOYMENT, target.namespace, target.name);
        if (flink.status !== 'ok') return { fatal: this.podUnreadable(`deployment ${target.namespace}/${target.name}`, o) };
        labelSelector = `app=${target.name}`;
        what = `FlinkDeployment ${target.namespace}/${target.name}`;
      } else {
        return { fatal: this.podUnreadable(`${target.kind} ${target.namespace}/${target.name}`, o) };
      }
    }
    const pods = await this.list(R.POD, namespace, { labelSelector });
    if (pods.status !== 'ok' && pods.status !== 'absent') return { fatal: `the pods of ${what} cannot be listed: ${reasonOf(pods)}` };
    if (pods.items.length === 0) return { fatal: `${what} has no pods (selector ${labelSelector} in namespace ${namespace})` };
    // The pod to explain: one that is stuck (not running), else the first.
    const sorted = [...pods.items].sort((a, b) => String((a['metadata'] as Item)?.['name']).localeCompare(String((b['metadata'] as Item)?.['name'])));
    const stuck = sorted.find((p) => !isRunning(p));
    const pod = stuck ?? sorted[0]!;
    const podName = String((pod['metadata'] as Item)['name']);
    const selection = `${what}: ${sorted.length} pod${sorted.length === 1 ? '' : 's'} (selector ${labelSelector}); explaining ${podName}${stuck ? ', the first that is not running' : ''}`;
    return { pod: { apiVersion: 'v1', kind: 'Pod', ...pod }, selection };
  }

  private podUnreadable(what: string, o: GetOutcome): string {
    if (o.status === 'absent') return `${what} not found in context "${this.kube.contextName}"`;
    if (o.status === 'forbidden') return `${what} cannot be read: forbidden (${o.reason})`;
    if (o.status === 'failed' && this.t.answered === 0) return `cannot reach the Kubernetes API at ${this.kube.server} (context "${this.kube.contextName}"): ${o.reason}`;
    return `${what} cannot be read: ${o.status === 'failed' ? o.reason : 'unexpected answer'}`;
  }

  private add(item: Item, res: KubeResource): void {
    this.objects.push(liveObject(item, { live: 'cluster', scope: this.kube.contextName, resource: res.display }));
  }
}

function reasonOf(o: ListOutcome | GetOutcome): string {
  return 'reason' in o ? o.reason : o.status;
}

function slimProviderPod(item: Item): Item {
  const status = isRecord(item['status']) ? { conditions: item['status']['conditions'] } : {};
  return { ...slimObject(item), status };
}

function spcNameOf(v: Record<string, unknown>): string | undefined {
  const csi = isRecord(v['csi']) ? v['csi'] : {};
  const attrs = isRecord(csi['volumeAttributes']) ? csi['volumeAttributes'] : {};
  const n = attrs['secretProviderClass'];
  return typeof n === 'string' && /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/.test(n) ? n : undefined;
}

function secretRefOf(v: Record<string, unknown>): string | undefined {
  const csi = isRecord(v['csi']) ? v['csi'] : {};
  const ref = isRecord(csi['nodePublishSecretRef']) ? csi['nodePublishSecretRef'] : {};
  return typeof ref['name'] === 'string' && /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/.test(ref['name']) ? ref['name'] : undefined;
}

function param(item: Item, key: string): unknown {
  const spec = isRecord(item['spec']) ? item['spec'] : {};
  const params = isRecord(spec['parameters']) ? spec['parameters'] : {};
  return params[key];
}

/** Running (or finished): every container has started at some point, so its volumes were mounted. */
export function isRunning(pod: Item): boolean {
  const status = isRecord(pod['status']) ? pod['status'] : {};
  if (status['phase'] === 'Running' || status['phase'] === 'Succeeded') return true;
  const cs = Array.isArray(status['containerStatuses']) ? status['containerStatuses'] : [];
  return cs.length > 0 && cs.every((c) => isRecord(c) && isRecord(c['state']) && (isRecord(c['state']['running']) || isRecord(c['state']['terminated'])));
}

/** spec.selector as a label selector string (matchLabels and matchExpressions); undefined when it has none. */
export function selectorText(workload: Item): string | undefined {
  const spec = isRecord(workload['spec']) ? workload['spec'] : {};
  const sel = isRecord(spec['selector']) ? spec['selector'] : undefined;
  if (!sel) return undefined;
  const parts: string[] = [];
  const ml = isRecord(sel['matchLabels']) ? sel['matchLabels'] : {};
  for (const [k, v] of Object.entries(ml)) parts.push(`${k}=${String(v)}`);
  for (const e of Array.isArray(sel['matchExpressions']) ? sel['matchExpressions'] : []) {
    if (!isRecord(e) || typeof e['key'] !== 'string') continue;
    const values = Array.isArray(e['values']) ? e['values'].map(String) : [];
    switch (e['operator']) {
      case 'In': parts.push(`${e['key']} in (${values.join(',')})`); break;
      case 'NotIn': parts.push(`${e['key']} notin (${values.join(',')})`); break;
      case 'Exists': parts.push(e['key']); break;
      case 'DoesNotExist': parts.push(`!${e['key']}`); break;
    }
  }
  return parts.length ? parts.join(',') : undefined;
}

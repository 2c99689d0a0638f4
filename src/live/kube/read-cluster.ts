// Reads one cluster into inventory objects + ClusterFacts. Every read is a paginated list over all namespaces
// (or the one -n namespace), so the request count grows with the number of kinds, never with namespaces.
// Faults never abort the audit: each kind that cannot be read becomes a ToolNotification and is left out of
// `completeKinds`, so no rule can conclude "not found" from a partial list.
import type { ManifestObject, ToolNotification } from '../../model/types.js';
import type { Inventory } from '../../model/inventory.js';
import { isRecord } from '../../model/kinds.js';
import { liveObject } from '../../model/live-object.js';
import type { ClusterFacts, ClusterFactName, FailedMount } from '../../model/cluster-facts.js';
import { KubeconfigError, oneLine, resolveKubeconfig, type ResolvedKubeconfig } from './kubeconfig.js';
import { KubeTransport } from './transport.js';
import { getOne, listAll, type GetOutcome, type Item, type ListOutcome } from './list.js';
import * as R from './resources.js';
import type { KubeResource } from './resources.js';
import { redactEventMessage, slimObject, slimSecret } from './redact.js';
import { name, ns, selectPodSources } from './workloads.js';

export interface ReadClusterOptions {
  readonly kubeconfig?: string;
  readonly context?: string;
  /** -n NS; undefined with allNamespaces = all; undefined without it = the context's namespace or `default`, like kubectl. */
  readonly namespace?: string;
  readonly allNamespaces?: boolean;
  /** --timeout, seconds (default 120). */
  readonly timeoutSeconds?: number;
  /** Secret names referenced from elsewhere (a --with-repo project) that must be read too. */
  readonly extraSecretNames?: Iterable<string>;
  readonly env?: NodeJS.ProcessEnv;
  /** Transport tuning (tests shorten backoff and per-request timeouts). */
  readonly requestTimeoutMs?: number;
  readonly retries?: number;
  readonly backoffMs?: number;
  /** Requests in flight at once (default 4). */
  readonly concurrency?: number;
  readonly onProgress?: (message: string) => void;
}

export interface ClusterReadResult {
  readonly context: string;
  readonly server: string;
  /** undefined = all namespaces. */
  readonly namespace: string | undefined;
  readonly objects: ManifestObject[];
  readonly facts: ClusterFacts | undefined;
  readonly notifications: ToolNotification[];
  /** Kind → namespaces whose list was read completely ('*' = all). Merge into Inventory.completeLiveKinds. */
  readonly completeKinds: Map<string, Set<string>>;
  /** Objects added to the inventory per namespace ('' = cluster-scoped). */
  readonly perNamespace: Map<string, number>;
  /** HTTP requests sent, retries included; every one of them a GET. */
  readonly requests: number;
  /** Set when nothing could be read (bad kubeconfig, unreachable API, no permission at all): the one-line cause. */
  readonly fatal?: string;
}

export async function readCluster(opts: ReadClusterOptions): Promise<ClusterReadResult> {
  let kube: ResolvedKubeconfig;
  try {
    kube = await resolveKubeconfig({ file: opts.kubeconfig, context: opts.context, env: opts.env });
  } catch (e) {
    const cause = e instanceof KubeconfigError ? e.message : `kubeconfig cannot be loaded: ${oneLine(e)}`;
    return emptyResult('', '', undefined, cause, 0);
  }
  const namespace = opts.allNamespaces ? undefined : (opts.namespace ?? kube.namespace ?? 'default');
  const t = new KubeTransport(kube, {
    deadline: Date.now() + (opts.timeoutSeconds ?? 120) * 1000,
    requestTimeoutMs: opts.requestTimeoutMs,
    retries: opts.retries,
    backoffMs: opts.backoffMs,
  });
  try {
    return await new ClusterReader(kube, t, namespace, opts).read();
  } catch (e) {
    if (e instanceof KubeconfigError) return emptyResult(kube.contextName, kube.server, namespace, e.message, t.requests);
    throw e;
  }
}

/** Adds what was read to an inventory (objects, facts, completeness, notifications). */
export function addClusterRead(inventory: Inventory, result: ClusterReadResult): void {
  for (const o of result.objects) inventory.add(o);
  inventory.cluster = result.facts;
  inventory.notifications.push(...result.notifications);
  for (const [kind, set] of result.completeKinds) {
    const have = inventory.completeLiveKinds.get(kind);
    if (have) for (const n of set) have.add(n);
    else inventory.completeLiveKinds.set(kind, new Set(set));
  }
}

function emptyResult(context: string, server: string, namespace: string | undefined, fatal: string, requests: number): ClusterReadResult {
  return { context, server, namespace, objects: [], facts: undefined, notifications: [], completeKinds: new Map(), perNamespace: new Map(), requests, fatal };
}

class ClusterReader {
  private readonly notifications: ToolNotification[] = [];
  private readonly completeKinds = new Map<string, Set<string>>();
  private readonly objects: ManifestObject[] = [];
  private readonly perNamespace = new Map<string, number>();
  private readonly readErrors: Partial<Record<ClusterFactName, string>> = {};
  private succeeded = 0;
  private firstFailure: string | undefined;
  private readonly scopeKey: string;

  constructor(
    private readonly kube: ResolvedKubeconfig,
    private readonly t: KubeTransport,
    private readonly namespace: string | undefined,
    private readonly opts: ReadClusterOptions,
  ) {
    this.scopeKey = namespace ?? '*';
  }

  async read(): Promise<ClusterReadResult> {
    const progress = this.opts.onProgress ?? (() => {});
    progress(`connecting to ${this.kube.server}`);
    // The CSIDriver GET doubles as the reachability probe: when the API does not answer at all, stop here
    // with one cause instead of sending every other request into the same wall.
    const csi = await getOne(this.t, R.resourcePath(R.CSI_DRIVER, undefined, R.CSI_DRIVER_NAME));
    if (csi.status === 'failed' && this.t.answered === 0) {
      const what = /^\d/.test(csi.reason) || csi.reason.startsWith('HTTP') ? 'the Kubernetes API fails at' : 'cannot reach the Kubernetes API at';
      return emptyResult(this.kube.contextName, this.kube.server, this.namespace,
        `${what} ${this.kube.server} (context "${this.kube.contextName}"): ${csi.reason}`, this.t.requests);
    }
    if (csi.status === 'forbidden' && /^401/.test(csi.reason)) {
      return emptyResult(this.kube.contextName, this.kube.server, this.namespace,
        `the API server at ${this.kube.server} rejected the credentials of context "${this.kube.contextName}" (401 Unauthorized)`, this.t.requests);
    }
    const csiDriver = this.csiDriverFact(csi);

    const pool = new Pool(this.opts.concurrency ?? 4);
    // clusterWide: ignore -n (an `undefined` namespace argument would fall back to a default, hence the flag).
    const list = (res: KubeResource, o: Parameters<typeof listAll>[2] = {}, clusterWide = false) =>
      pool.run(() => listAll(this.t, R.resourcePath(res, clusterWide ? undefined : this.namespace), { ...o, onPage: (n) => progress(`reading ${res.plural}: ${n}`) }));

    const spcP = this.readSpcs(pool, list);
    const podsP = list(R.POD, { keep: slimObject });
    const workloadPs = R.WORKLOADS.map((res) => list(res, { keep: slimObject }).then((o) => [res, o] as const));
    const saP = list(R.SERVICE_ACCOUNT, { keep: slimObject });
    const aiP = list(R.AZURE_IDENTITY, { keep: slimObject });
    const aibP = list(R.AZURE_IDENTITY_BINDING, { keep: slimObject });
    // Provider pods live in kube-system (or wherever the chart went): always asked cluster-wide.
    const providerP = list(R.POD, { labelSelector: R.PROVIDER_LABEL_SELECTOR }, true);
    const eventsP = list(R.EVENT, { fieldSelector: 'involvedObject.kind=Pod,reason=FailedMount' });

    const pods = this.settle(R.POD, 'list', await podsP);
    const workloads = new Map<KubeResource, Item[]>();
    for (const [res, o] of await Promise.all(workloadPs)) workloads.set(res, this.settle(res, 'list', o));
    const selection = selectPodSources(pods, R.POD, workloads);
    for (const { item, res } of selection.emit) this.add(item, res);

    // Secrets: only those some nodePublishSecretRef names, one list per distinct name with a field selector,
    // so no other Secret (and no other value) ever crosses the wire. Values are dropped as each page is parsed.
    const secretNames = new Set<string>(this.opts.extraSecretNames ?? []);
    for (const { item } of selection.emit) collectSecretRefs(item, secretNames);
    const secretOutcomes = await Promise.all(
      [...secretNames].sort().map((n) => list(R.SECRET, { fieldSelector: `metadata.name=${n}`, keep: slimSecret })),
    );
    let secretsComplete = true;
    for (const o of secretOutcomes) {
      for (const item of this.settle(R.SECRET, 'list', o, false)) this.add(item, R.SECRET);
      if (o.status !== 'ok' && o.status !== 'absent') secretsComplete = false;
    }
    if (secretsComplete) this.markComplete(R.SECRET.kind);

    for (const item of this.settle(R.SERVICE_ACCOUNT, 'list', await saP)) this.add(item, R.SERVICE_ACCOUNT);
    for (const item of this.settle(R.AZURE_IDENTITY, 'list', await aiP)) this.add(item, R.AZURE_IDENTITY);
    for (const item of this.settle(R.AZURE_IDENTITY_BINDING, 'list', await aibP)) this.add(item, R.AZURE_IDENTITY_BINDING);
    const spc = await spcP;
    for (const item of spc.items) this.add(item, spc.res);

    const providerPods = this.providerFact(await providerP);
    const failedMounts = this.failedMountsFact(await eventsP, pods, selection.ownerOf);

    if (csiDriver?.present) {
      this.objects.push(csiDriver.object);
      this.count('');
    }
    const facts: ClusterFacts = {
      context: this.kube.contextName,
      server: this.kube.server,
      spcCrdInstalled: spc.installed,
      spcVersions: spc.versions,
      csiDriver,
      providerPods,
      failedMounts,
      readErrors: this.readErrors,
    };
    const fatal = this.succeeded === 0 ? `nothing could be read from ${this.kube.server} (context "${this.kube.contextName}"): ${this.firstFailure ?? 'no answer'}` : undefined;
    return {
      context: this.kube.contextName,
      server: this.kube.server,
      namespace: this.namespace,
      objects: this.objects,
      facts: fatal ? undefined : facts,
      notifications: this.notifications,
      completeKinds: this.completeKinds,
      perNamespace: this.perNamespace,
      requests: this.t.requests,
      fatal,
    };
  }

  /** Records the outcome of a list: marks the kind complete, or notifies. Returns the items read. */
  private settle(res: KubeResource, verb: 'get' | 'list', o: ListOutcome, markComplete = true): Item[] {
    if (o.status === 'ok' || o.status === 'absent') {
      this.succeeded++;
      if (markComplete) this.markComplete(res.kind);
      return o.items;
    }
    this.fail(res, verb, o, this.namespace);
    return o.items;
  }

  private fail(res: KubeResource, verb: 'get' | 'list', o: { status: 'forbidden' | 'failed'; reason: string; timedOut?: boolean }, namespace: string | undefined): string {
    const what = R.permissionText(res, verb, res.namespaced ? namespace : undefined);
    let message: string;
    let id: string;
    if (o.status === 'forbidden') {
      id = 'k8s-forbidden';
      message = `forbidden: cannot ${what}; ${res.kind} objects were not checked (${o.reason}). Grant it, see deploy/audit-rbac.yaml.`;
    } else {
      id = o.timedOut ? 'k8s-timeout' : 'k8s-unavailable';
      message = `could not ${verb} ${res.plural}${res.group ? '.' + res.group : ''} after retries: ${o.reason}; ${res.kind} objects were not (fully) checked.`;
    }
    this.firstFailure ??= message;
    this.notifications.push({ id, level: 'warning', message, incomplete: true });
    return message;
  }

  private markComplete(kind: string): void {
    let set = this.completeKinds.get(kind);
    if (!set) this.completeKinds.set(kind, (set = new Set()));
    set.add(this.scopeKey);
  }

  private add(item: Item, res: KubeResource): void {
    const o = liveObject(item, { live: 'cluster', scope: this.kube.contextName, resource: res.display });
    this.objects.push(o);
    this.count(o.namespace ?? '');
  }

  private count(namespace: string): void {
    this.perNamespace.set(namespace, (this.perNamespace.get(namespace) ?? 0) + 1);
  }

  private csiDriverFact(o: GetOutcome): ClusterFacts['csiDriver'] {
    if (o.status === 'absent') return this.succeeded++, { present: false };
    if (o.status === 'ok') {
      this.succeeded++;
      const item = slimObject({ apiVersion: 'storage.k8s.io/v1', kind: 'CSIDriver', ...o.item });
      const spec = isRecord(item['spec']) ? item['spec'] : {};
      const tokenAudiences = (Array.isArray(spec['tokenRequests']) ? spec['tokenRequests'] : [])
        .map((r) => (isRecord(r) && typeof r['audience'] === 'string' ? r['audience'] : ''))
        .filter((a) => a !== '');
      const object = liveObject(item, { live: 'cluster', scope: this.kube.contextName, resource: 'csidriver' });
      return { present: true, tokenAudiences, object };
    }
    this.readErrors.csiDriver = this.fail(R.CSI_DRIVER, 'get', o, undefined);
    return undefined;
  }

  /** CRD first (it says which versions are served); without permission on CRDs, try v1 then v1alpha1. */
  private async readSpcs(pool: Pool, list: (res: KubeResource, o?: Parameters<typeof listAll>[2]) => Promise<ListOutcome>):
    Promise<{ installed: boolean | undefined; versions?: string[]; items: Item[]; res: KubeResource }> {
    const crd = await pool.run(() => getOne(this.t, R.resourcePath(R.CRD, undefined, R.SPC_CRD_NAME)));
    let installed: boolean | undefined;
    let versions: string[] | undefined;
    if (crd.status === 'absent') {
      this.succeeded++;
      this.markComplete(R.SPC_V1.kind); // no CRD, so no SecretProviderClass can exist
      return { installed: false, items: [], res: R.SPC_V1 };
    }
    if (crd.status === 'ok') {
      this.succeeded++;
      installed = true;
      const spec = isRecord(crd.item['spec']) ? crd.item['spec'] : {};
      versions = (Array.isArray(spec['versions']) ? spec['versions'] : [])
        .filter((v): v is Record<string, unknown> => isRecord(v) && v['served'] !== false && typeof v['name'] === 'string')
        .map((v) => v['name'] as string);
    } else {
      this.readErrors.spcCrd = this.fail(R.CRD, 'get', crd, undefined);
    }
    const order = versions && !versions.includes('v1') && versions.includes('v1alpha1') ? [R.SPC_V1ALPHA1] : [R.SPC_V1, R.SPC_V1ALPHA1];
    for (const res of order) {
      const o = await list(res, { keep: slimObject });
      if (o.status === 'absent') continue; // version not served: fall back
      delete this.readErrors.spcCrd;
      return { installed: installed ?? true, versions, items: this.settle(res, 'list', o), res };
    }
    // Neither version is served: the CRD is not installed, whatever the CRD read said.
    this.succeeded++;
    this.markComplete(R.SPC_V1.kind);
    delete this.readErrors.spcCrd;
    return { installed: false, versions, items: [], res: R.SPC_V1 };
  }

  private providerFact(o: ListOutcome): ClusterFacts['providerPods'] {
    if (o.status !== 'ok' && o.status !== 'absent') {
      this.readErrors.providerPods = this.fail(R.POD, 'list', o, undefined);
      return undefined;
    }
    this.succeeded++;
    const namespaces = new Set<string>();
    let ready = 0;
    for (const p of o.items) {
      namespaces.add(ns(p));
      const status = isRecord(p['status']) ? p['status'] : {};
      const conds = Array.isArray(status['conditions']) ? status['conditions'] : [];
      if (conds.some((c) => isRecord(c) && c['type'] === 'Ready' && c['status'] === 'True')) ready++;
    }
    return { ready, total: o.items.length, namespaces: [...namespaces].sort() };
  }

  private failedMountsFact(o: ListOutcome, pods: readonly Item[], ownerOf: (ns: string, pod: string) => ReturnType<ReturnType<typeof selectPodSources>['ownerOf']>): readonly FailedMount[] | undefined {
    if (o.status !== 'ok' && o.status !== 'absent') {
      this.readErrors.failedMounts = this.fail(R.EVENT, 'list', o, this.namespace);
      return undefined;
    }
    this.succeeded++;
    const podByKey = new Map<string, Item>();
    for (const p of pods) podByKey.set(`${ns(p)}/${name(p)}`, p);
    const merged = new Map<string, FailedMount>();
    for (const e of o.items) {
      const inv = isRecord(e['involvedObject']) ? e['involvedObject'] : {};
      const namespace = typeof inv['namespace'] === 'string' ? inv['namespace'] : ns(e);
      const pod = typeof inv['name'] === 'string' ? inv['name'] : '';
      const raw = typeof e['message'] === 'string' ? e['message'] : '';
      const volume = /volume "([^"]+)"/.exec(raw)?.[1];
      if (!isSecretsStoreMount(raw, volume, podByKey.get(`${namespace}/${pod}`))) continue;
      const series = isRecord(e['series']) ? e['series'] : {};
      const count = typeof e['count'] === 'number' ? e['count'] : typeof series['count'] === 'number' ? series['count'] : 1;
      const last = [e['lastTimestamp'], series['lastObservedTime'], e['eventTime'], e['firstTimestamp']].find((x): x is string => typeof x === 'string');
      const key = `${namespace}/${pod}/${volume ?? ''}`;
      const prev = merged.get(key);
      const f: FailedMount = {
        namespace, pod, volume,
        owner: ownerOf(namespace, pod),
        reason: typeof e['reason'] === 'string' ? e['reason'] : 'FailedMount',
        message: redactEventMessage(raw),
        count: count + (prev?.count ?? 0),
        lastTimestamp: prev?.lastTimestamp && last && prev.lastTimestamp > last ? prev.lastTimestamp : (last ?? prev?.lastTimestamp),
      };
      merged.set(key, prev && prev.lastTimestamp && last && prev.lastTimestamp > last ? { ...f, message: prev.message } : f);
    }
    return [...merged.values()].sort((a, b) => `${a.namespace}/${a.pod}`.localeCompare(`${b.namespace}/${b.pod}`));
  }
}

/** A FailedMount is about secrets-store when the text says so or the named volume is a secrets-store CSI volume. */
function isSecretsStoreMount(message: string, volume: string | undefined, pod: Item | undefined): boolean {
  if (/secrets?[-_ ]?store|secretproviderclass/i.test(message)) return true;
  if (!volume || !pod) return false;
  const spec = isRecord(pod['spec']) ? pod['spec'] : {};
  const vols = Array.isArray(spec['volumes']) ? spec['volumes'] : [];
  return vols.some((v) => isRecord(v) && v['name'] === volume && isRecord(v['csi']) &&
    (v['csi']['driver'] === R.CSI_DRIVER_NAME || isRecord(v['csi']['volumeAttributes']) && 'secretProviderClass' in v['csi']['volumeAttributes']));
}

/** Every `nodePublishSecretRef.name` anywhere in an object (pod specs, templates, CronJob job templates). */
export function collectSecretRefs(value: unknown, out: Set<string>, depth = 0): void {
  if (depth > 40) return;
  if (Array.isArray(value)) {
    for (const v of value) collectSecretRefs(v, out, depth + 1);
  } else if (isRecord(value)) {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'nodePublishSecretRef' && isRecord(v) && typeof v['name'] === 'string' && v['name'] !== '') out.add(v['name']);
      else collectSecretRefs(v, out, depth + 1);
    }
  }
}

/** Runs at most `size` tasks at once. */
class Pool {
  private active = 0;
  private readonly queue: (() => void)[] = [];
  constructor(private readonly size: number) {}
  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= this.size) await new Promise<void>((r) => this.queue.push(r));
    this.active++;
    try {
      return await task();
    } finally {
      this.active--;
      this.queue.shift()?.();
    }
  }
}


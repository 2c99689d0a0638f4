// Reads one cluster into inventory objects + ClusterFacts. Every read is a paginated list over all namespaces
// (or the one -n namespace), so the request count grows with the number of kinds, never with namespaces.
// Faults never abort the audit: each kind that cannot be read becomes a ToolNotification and is left out of
// `completeKinds`, so no rule can conclude "not found" from a partial list.
// This module orchestrates the reads; the pool (pool.ts), the bookkeeping (read-ledger.ts), the SPC CRD
// negotiation (spc-crd.ts), the facts (facts.ts) and the Secret selection (secret-refs.ts) live beside it.
import type { ManifestObject, ToolNotification } from '../../model/types.js';
import type { Inventory } from '../../model/inventory.js';
import { liveObject } from '../../model/live-object.js';
import type { ClusterFacts } from '../../model/cluster-facts.js';
import { KubeconfigError, oneLine, resolveKubeconfig, type ResolvedKubeconfig } from './kubeconfig.js';
import { KubeTransport } from './transport.js';
import { getOne, listAll, type Item } from './list.js';
import * as R from './resources.js';
import type { KubeResource } from './resources.js';
import { slimObject, slimSecret } from './redact.js';
import { selectPodSources } from './workloads.js';
import { Pool } from './pool.js';
import { ReadLedger } from './read-ledger.js';
import { readSpcs } from './spc-crd.js';
import { csiDriverFact, failedMountsFact, providerFact } from './facts.js';
import { collectSecretRefs } from './secret-refs.js';

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
  private readonly ledger: ReadLedger;
  private readonly objects: ManifestObject[] = [];
  private readonly perNamespace = new Map<string, number>();

  constructor(
    private readonly kube: ResolvedKubeconfig,
    private readonly t: KubeTransport,
    private readonly namespace: string | undefined,
    private readonly opts: ReadClusterOptions,
  ) {
    this.ledger = new ReadLedger(namespace);
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
    const csiDriver = csiDriverFact(this.ledger, this.kube.contextName, csi);

    const pool = new Pool(this.opts.concurrency ?? 4);
    // clusterWide: ignore -n (an `undefined` namespace argument would fall back to a default, hence the flag).
    const list = (res: KubeResource, o: Parameters<typeof listAll>[2] = {}, clusterWide = false) =>
      pool.run(() => listAll(this.t, R.resourcePath(res, clusterWide ? undefined : this.namespace), { ...o, onPage: (n) => progress(`reading ${res.plural}: ${n}`) }));

    const spcP = readSpcs(this.t, this.ledger, pool, list);
    const podsP = list(R.POD, { keep: slimObject });
    const workloadPs = R.WORKLOADS.map((res) => list(res, { keep: slimObject }).then((o) => [res, o] as const));
    const saP = list(R.SERVICE_ACCOUNT, { keep: slimObject });
    const aiP = list(R.AZURE_IDENTITY, { keep: slimObject });
    const aibP = list(R.AZURE_IDENTITY_BINDING, { keep: slimObject });
    // FlinkDeployments (optional CRD: a 404 means the operator is not installed, and says nothing). Their pods are
    // ordinary pods and Deployments, read above as well; the FlinkDeployment is where a fix is written.
    const flinkP = list(R.FLINK_DEPLOYMENT, { keep: slimObject });
    // Provider pods live in kube-system (or wherever the chart went): always asked cluster-wide.
    const providerP = list(R.POD, { labelSelector: R.PROVIDER_LABEL_SELECTOR }, true);
    const eventsP = list(R.EVENT, { fieldSelector: 'involvedObject.kind=Pod,reason=FailedMount' });

    const pods = this.ledger.settle(R.POD, 'list', await podsP);
    const workloads = new Map<KubeResource, Item[]>();
    for (const [res, o] of await Promise.all(workloadPs)) workloads.set(res, this.ledger.settle(res, 'list', o));
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
      for (const item of this.ledger.settle(R.SECRET, 'list', o, false)) this.add(item, R.SECRET);
      if (o.status !== 'ok' && o.status !== 'absent') secretsComplete = false;
    }
    if (secretsComplete) this.ledger.markComplete(R.SECRET.kind);

    for (const item of this.ledger.settle(R.SERVICE_ACCOUNT, 'list', await saP)) this.add(item, R.SERVICE_ACCOUNT);
    for (const item of this.ledger.settle(R.AZURE_IDENTITY, 'list', await aiP)) this.add(item, R.AZURE_IDENTITY);
    for (const item of this.ledger.settle(R.AZURE_IDENTITY_BINDING, 'list', await aibP)) this.add(item, R.AZURE_IDENTITY_BINDING);
    for (const item of this.ledger.settle(R.FLINK_DEPLOYMENT, 'list', await flinkP)) this.add(item, R.FLINK_DEPLOYMENT);
    const spc = await spcP;
    for (const item of spc.items) this.add(item, spc.res);

    const providerPods = providerFact(this.ledger, await providerP);
    const failedMounts = failedMountsFact(this.ledger, await eventsP, pods, selection.ownerOf);

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
      readErrors: this.ledger.readErrors,
    };
    const fatal = this.ledger.succeeded === 0 ? `nothing could be read from ${this.kube.server} (context "${this.kube.contextName}"): ${this.ledger.firstFailure ?? 'no answer'}` : undefined;
    return {
      context: this.kube.contextName,
      server: this.kube.server,
      namespace: this.namespace,
      objects: this.objects,
      facts: fatal ? undefined : facts,
      notifications: this.ledger.notifications,
      completeKinds: this.ledger.completeKinds,
      perNamespace: this.perNamespace,
      requests: this.t.requests,
      fatal,
    };
  }

  private add(item: Item, res: KubeResource): void {
    const o = liveObject(item, { live: 'cluster', scope: this.kube.contextName, resource: res.display });
    this.objects.push(o);
    this.count(o.namespace ?? '');
  }

  private count(namespace: string): void {
    this.perNamespace.set(namespace, (this.perNamespace.get(namespace) ?? 0) + 1);
  }

}

// Resolves the kubeconfig the way kubectl does and turns it into what the GET-only transport needs:
// the server URL, an HTTP agent (CA, client certs, proxy) and the auth headers. Auth plugins (exec, tokenFile,
// OIDC, azure) come from @kubernetes/client-node, imported lazily so offline runs never load it.
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import type { Agent } from 'node:http';
import { AsyncLocalStorage } from 'node:async_hooks';
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { OPTIONAL_PACKAGES, isMissingModule, missingPackagesError } from '../../source-error.js';
import { reuseExecCredentials, type ExecAuthenticator } from './exec-credentials.js';

const SA_TOKEN = '/var/run/secrets/kubernetes.io/serviceaccount/token';

export interface KubeconfigOptions {
  /** --kubeconfig FILE: only this file, like kubectl. */
  readonly file?: string;
  /** --context NAME */
  readonly context?: string;
  /** Environment to read KUBECONFIG/HOME from (defaults to process.env). */
  readonly env?: NodeJS.ProcessEnv;
  /** Path of the in-cluster token file (tests point it elsewhere). */
  readonly inClusterTokenPath?: string;
}

export interface ResolvedKubeconfig {
  readonly contextName: string;
  readonly server: string;
  /** Namespace of the context (used by kubectl when -n is not given). */
  readonly namespace: string | undefined;
  /** Where the configuration came from, for messages: a file list or `in-cluster`. */
  readonly origin: string;
  /**
   * Auth headers and agent for one request; exec plugins may refresh tokens, so ask per request. An exec plugin
   * runs under `deadline` (epoch ms, the --timeout of the whole read): it is killed then, and the call fails.
   */
  authenticate(deadline?: number): Promise<{ headers: Record<string, string>; agent: Agent | undefined }>;
}

/** A kubeconfig problem that makes the audit impossible; the message is the one-line cause. */
export class KubeconfigError extends Error {}

export async function resolveKubeconfig(opts: KubeconfigOptions): Promise<ResolvedKubeconfig> {
  let k8s: typeof import('./sdk.js');
  try {
    k8s = await import('./sdk.js');
  } catch (err) {
    if (isMissingModule(err)) throw new KubeconfigError(missingPackagesError('audit', OPTIONAL_PACKAGES.kube, err).message);
    throw err;
  }
  boundExecPlugins(k8s);
  const env = opts.env ?? process.env;
  const kc = new k8s.KubeConfig();
  let origin: string;
  const files = kubeconfigFiles(opts, env);
  if (files.length > 0) {
    mergeLikeKubectl(kc, files, (f) => {
      const one = new k8s.KubeConfig();
      one.loadFromFile(f);
      return one;
    });
    origin = files.join(path.delimiter);
  } else if (existsSync(opts.inClusterTokenPath ?? SA_TOKEN) && env['KUBERNETES_SERVICE_HOST']) {
    kc.loadFromCluster();
    origin = 'in-cluster service account';
  } else {
    throw new KubeconfigError('no kubeconfig found: set KUBECONFIG, pass --kubeconfig FILE, or create ~/.kube/config');
  }
  if (opts.context !== undefined) {
    if (!kc.getContextObject(opts.context)) {
      throw new KubeconfigError(`context "${opts.context}" not found in ${origin}`);
    }
    kc.setCurrentContext(opts.context);
  }
  const contextName = kc.getCurrentContext();
  const ctx = contextName ? kc.getContextObject(contextName) : null;
  if (!contextName || !ctx) {
    throw new KubeconfigError(`no current context in ${origin}: pass --context NAME`);
  }
  const cluster = kc.getCurrentCluster();
  if (!cluster || !cluster.server) {
    throw new KubeconfigError(`context "${contextName}" names no cluster with a server in ${origin}`);
  }
  let agent: Agent | undefined;
  let plainHttpCopy: InstanceType<typeof k8s.KubeConfig> | undefined;
  return {
    contextName,
    server: cluster.server.replace(/\/+$/, ''),
    namespace: ctx.namespace,
    origin,
    async authenticate(deadline?: number) {
      const o: { headers?: Record<string, unknown>; agent?: unknown; auth?: string; ca?: Buffer; servername?: string; rejectUnauthorized?: boolean } = {};
      const plainHttp = cluster.server.startsWith('http:');
      const user = kc.getCurrentUser();
      try {
        // kubectl talks plain HTTP to `server: http://...` (kubectl proxy) without insecure-skip-tls-verify; the
        // client library refuses unless that flag is set, and the flag means nothing for plain HTTP: set it on a copy.
        const config = plainHttp ? plainHttpCopy ??= httpAllowed(k8s, kc, cluster.name, contextName) : kc;
        await (deadline === undefined ? config.applyToHTTPSOptions(o as never) : withinDeadline(deadline, contextName, () => config.applyToHTTPSOptions(o as never)));
      } catch (e) {
        if (e instanceof KubeconfigError) throw e;
        // The plugin was killed at the deadline (its spawn timeout may fire just before our own timer).
        if (deadline !== undefined && Date.now() >= deadline) throw deadlineError(contextName);
        throw new KubeconfigError(`credentials of context "${contextName}" could not be obtained: ${oneLine(e)}`);
      }
      if (agent === undefined) {
        // Without a user the library also drops the cluster's CA (kubectl keeps it): build that agent here.
        if (!user && !plainHttp) agent = new (await import('node:https')).Agent({ keepAlive: true, ...clusterTls(cluster) });
        else agent = o.agent as Agent | undefined;
      }
      // One agent for the whole run keeps connections alive; later calls only refresh headers.
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(o.headers ?? {})) if (v !== undefined) headers[k] = String(v);
      if (o.auth) headers['Authorization'] = 'Basic ' + Buffer.from(o.auth).toString('base64');
      return { headers, agent };
    },
  };
}

/**
 * Exec plugins still running. The CLI may exit before a plugin's spawn timeout fires (its own deadline ends the read
 * first): a plugin left behind (an interactive login, `az` waiting for a device code) would outlive the run, so the
 * ones still running are killed when the process exits.
 */
const runningPlugins = new Set<ChildProcess>();
let killOnExit = false;

function tracked(child: ChildProcess): ChildProcess {
  if (!killOnExit) {
    killOnExit = true;
    process.once('exit', killRunningPlugins);
  }
  runningPlugins.add(child);
  child.once('exit', () => runningPlugins.delete(child));
  return child;
}

function killRunningPlugins(): void {
  for (const child of runningPlugins) child.kill('SIGKILL');
  runningPlugins.clear();
}

/** The deadline of the exec plugin started in this async context (see boundExecPlugins). */
const execDeadline = new AsyncLocalStorage<{ readonly deadline: number; readonly env: Readonly<Record<string, string | undefined>> }>();

/** Puts process.env back to `snapshot`: variables added since are removed, changed ones reset. */
function restoreEnv(snapshot: Readonly<Record<string, string | undefined>>): void {
  for (const key of Object.keys(process.env)) if (!Object.hasOwn(snapshot, key)) delete process.env[key];
  for (const [key, value] of Object.entries(snapshot)) if (value !== undefined && process.env[key] !== value) process.env[key] = value;
}
const BOUNDED = Symbol('vvp-kv-lint bounded exec');

/**
 * The client library runs a kubeconfig's exec plugin (`user.exec`, kubelogin, `az`...) with a bare spawn and waits
 * for it without limit: a plugin that hangs (an interactive login nobody answers) would hang the audit past
 * --timeout. Its spawn is replaced once by one that kills the plugin at the deadline of the read that started it.
 */
function boundExecPlugins(k8s: typeof import('./sdk.js')): void {
  // The list is private in the typings, public (a static array) at run time.
  for (const auth of (k8s.KubeConfig as unknown as { authenticators: { execFn?: unknown }[] }).authenticators) {
    if (typeof auth.execFn !== 'function' || (auth.execFn as { [BOUNDED]?: true })[BOUNDED]) continue;
    reuseExecCredentials(auth as unknown as ExecAuthenticator);
    const bounded = (command: string, args: readonly string[], options: SpawnOptions = {}) => {
      const run = execDeadline.getStore();
      // The library writes the kubeconfig's `exec.env` into process.env itself and passes that object: the plugin
      // gets a copy, and process.env is put back as it was when this read began, so one context's plugin variables
      // (a kubelogin client secret) never reach the next context's plugin or anything else the process starts.
      const env = options.env === process.env ? { ...process.env } : options.env;
      if (run && options.env === process.env) restoreEnv(run.env);
      const opts: SpawnOptions = { ...options, ...(env ? { env } : {}) };
      return tracked(spawn(command, args ?? [], run === undefined ? opts : { ...opts, timeout: Math.max(1, run.deadline - Date.now()), killSignal: 'SIGKILL' }));
    };
    auth.execFn = Object.assign(bounded, { [BOUNDED]: true as const });
  }
}

/**
 * Runs `fn` (which may start an exec plugin) under `deadline`: past it the call fails, even when a plugin's own
 * children keep its output open after it was killed.
 */
async function withinDeadline(deadline: number, contextName: string, fn: () => Promise<void>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(deadlineError(contextName)),
      Math.max(0, deadline - Date.now()),
    );
  });
  try {
    await Promise.race([execDeadline.run({ deadline, env: { ...process.env } }, fn), expired]);
  } finally {
    clearTimeout(timer);
  }
}

function deadlineError(contextName: string): KubeconfigError {
  return new KubeconfigError(`credentials of context "${contextName}" could not be obtained: the --timeout deadline passed (an exec plugin in the kubeconfig did not answer in time)`);
}

function httpAllowed(k8s: typeof import('./sdk.js'), kc: InstanceType<typeof k8s.KubeConfig>, clusterName: string, contextName: string): InstanceType<typeof k8s.KubeConfig> {
  const copy = new k8s.KubeConfig();
  copy.loadFromOptions({
    clusters: kc.clusters.map((c) => (c.name === clusterName ? { ...c, skipTLSVerify: true } : c)),
    users: kc.users,
    contexts: kc.contexts,
    currentContext: contextName,
  });
  return copy;
}

/** TLS settings of a cluster entry (CA, server name, skip-verify), for a context that names no user. */
function clusterTls(cluster: { caData?: string; caFile?: string; skipTLSVerify?: boolean; tlsServerName?: string }): { ca?: Buffer; servername?: string; rejectUnauthorized?: boolean } {
  const out: { ca?: Buffer; servername?: string; rejectUnauthorized?: boolean } = {};
  if (cluster.caData) out.ca = Buffer.from(cluster.caData, 'base64');
  else if (cluster.caFile) out.ca = readFileSync(cluster.caFile);
  if (cluster.tlsServerName) out.servername = cluster.tlsServerName;
  if (cluster.skipTLSVerify) out.rejectUnauthorized = false;
  return out;
}

/** --kubeconfig wins; else every existing file of KUBECONFIG; else ~/.kube/config when present. */
function kubeconfigFiles(opts: KubeconfigOptions, env: NodeJS.ProcessEnv): string[] {
  if (opts.file !== undefined) {
    if (!existsSync(opts.file)) throw new KubeconfigError(`kubeconfig file ${opts.file} does not exist`);
    return [opts.file];
  }
  const list = env['KUBECONFIG'];
  if (list) {
    // kubectl ignores entries that do not exist, but fails when none does.
    const files = list.split(path.delimiter).filter((f) => f.length > 0);
    const existing = files.filter((f) => existsSync(f));
    if (existing.length === 0) throw new KubeconfigError(`none of the KUBECONFIG files exist: ${list}`);
    return existing;
  }
  const home = env['HOME'] || env['USERPROFILE'] || homedir();
  const def = path.join(home, '.kube', 'config');
  return existsSync(def) ? [def] : [];
}

interface Named {
  readonly name: string;
}
interface MergeTarget {
  clusters: Named[];
  users: Named[];
  contexts: Named[];
  currentContext: string;
  loadFromOptions(o: unknown): void;
}

/**
 * kubectl's merge: the first file to define a name wins, and the first file to set current-context wins
 * (the client's own loadFromDefault lets later files win and throws on duplicate names).
 */
function mergeLikeKubectl(target: MergeTarget, files: string[], load: (f: string) => MergeTarget): void {
  const clusters = new Map<string, Named>();
  const users = new Map<string, Named>();
  const contexts = new Map<string, Named>();
  let current = '';
  for (const f of files) {
    // kubectl reads an empty file (or one of comments only) as an empty config; the client's loader fails on it
    // with a TypeError about `clusters` of undefined, which said nothing to the user.
    if (holdsNoYaml(f)) continue;
    let one: MergeTarget;
    try {
      one = load(f);
    } catch (e) {
      throw new KubeconfigError(`kubeconfig ${f} cannot be read: ${oneLine(e)}`);
    }
    for (const c of one.clusters ?? []) if (!clusters.has(c.name)) clusters.set(c.name, c);
    for (const u of one.users ?? []) if (!users.has(u.name)) users.set(u.name, u);
    for (const c of one.contexts ?? []) if (!contexts.has(c.name)) contexts.set(c.name, c);
    if (!current && one.currentContext) current = one.currentContext;
  }
  target.loadFromOptions({ clusters: [...clusters.values()], users: [...users.values()], contexts: [...contexts.values()], currentContext: current });
}

/** Whether a kubeconfig file is empty or comments only (what kubectl takes for an empty config). */
function holdsNoYaml(file: string): boolean {
  try {
    return readFileSync(file, 'utf8').split('\n').every((line) => /^\s*(#.*)?$/.test(line));
  } catch {
    return false; // the loader reports why it cannot be read
  }
}

export function oneLine(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  return msg.split('\n')[0]!.trim();
}

/** Every context name of the kubeconfig kubectl would use (for `audit --all-contexts`), in file order. */
export async function listContexts(opts: Omit<KubeconfigOptions, 'context'>): Promise<string[]> {
  const k8s = await import('./sdk.js');
  const files = kubeconfigFiles(opts, opts.env ?? process.env);
  if (files.length === 0) throw new KubeconfigError('no kubeconfig found: set KUBECONFIG, pass --kubeconfig FILE, or create ~/.kube/config');
  const kc = new k8s.KubeConfig();
  mergeLikeKubectl(kc, files, (f) => {
    const one = new k8s.KubeConfig();
    one.loadFromFile(f);
    return one;
  });
  return kc.getContexts().map((c) => c.name);
}

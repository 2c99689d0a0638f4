// Cluster facts from what was read: the CSIDriver object, the Azure provider pods' readiness and the FailedMount
// events of secrets-store volumes (messages redacted).
import { isRecord } from '../../model/kinds.js';
import { liveObject } from '../../model/live-object.js';
import type { ClusterFacts, FailedMount } from '../../model/cluster-facts.js';
import type { GetOutcome, Item, ListOutcome } from './list.js';
import type { ReadLedger } from './read-ledger.js';
import { redactEventMessage, slimObject } from './redact.js';
import * as R from './resources.js';
import { classifyMountMessage } from '../../model/mount-messages/classify.js';
import { name, ns, type selectPodSources } from './workloads.js';

export function csiDriverFact(ledger: ReadLedger, context: string, o: GetOutcome): ClusterFacts['csiDriver'] {
  if (o.status === 'absent') return ledger.succeeded++, { present: false };
  if (o.status === 'ok') {
    ledger.succeeded++;
    const item = slimObject({ apiVersion: 'storage.k8s.io/v1', kind: 'CSIDriver', ...o.item });
    const spec = isRecord(item['spec']) ? item['spec'] : {};
    const tokenAudiences = (Array.isArray(spec['tokenRequests']) ? spec['tokenRequests'] : [])
      .map((r) => (isRecord(r) && typeof r['audience'] === 'string' ? r['audience'] : ''))
      .filter((a) => a !== '');
    const object = liveObject(item, { live: 'cluster', scope: context, resource: 'csidriver' });
    return { present: true, tokenAudiences, object };
  }
  ledger.readErrors.csiDriver = ledger.fail(R.CSI_DRIVER, 'get', o, undefined);
  return undefined;
}

export function providerFact(ledger: ReadLedger, o: ListOutcome): ClusterFacts['providerPods'] {
  if (o.status !== 'ok' && o.status !== 'absent') {
    ledger.readErrors.providerPods = ledger.fail(R.POD, 'list', o, undefined);
    return undefined;
  }
  ledger.succeeded++;
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

export function failedMountsFact(ledger: ReadLedger, o: ListOutcome, pods: readonly Item[], ownerOf: (ns: string, pod: string) => ReturnType<ReturnType<typeof selectPodSources>['ownerOf']>): readonly FailedMount[] | undefined {
  if (o.status !== 'ok' && o.status !== 'absent') {
    ledger.readErrors.failedMounts = ledger.fail(R.EVENT, 'list', o, ledger.namespace);
    return undefined;
  }
  ledger.succeeded++;
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
    // Classified on the whole text before redaction shortens or masks it ("failed to acquire token: AADSTS7000222"
    // loses its code to the token masking): only the entry's id is kept, never the text.
    const causeId = classifyMountMessage(raw.replace(/\s+/g, ' '))?.entry.id;
    const f: FailedMount = {
      namespace, pod, volume,
      owner: ownerOf(namespace, pod),
      reason: typeof e['reason'] === 'string' ? e['reason'] : 'FailedMount',
      message: redactEventMessage(raw),
      ...(causeId !== undefined ? { causeId } : {}),
      count: count + (prev?.count ?? 0),
      lastTimestamp: prev?.lastTimestamp && last && prev.lastTimestamp > last ? prev.lastTimestamp : (last ?? prev?.lastTimestamp),
    };
    merged.set(key, prev && prev.lastTimestamp && last && prev.lastTimestamp > last ? { ...f, message: prev.message, causeId: prev.causeId } : f);
  }
  return [...merged.values()].sort((a, b) => `${a.namespace}/${a.pod}`.localeCompare(`${b.namespace}/${b.pod}`));
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

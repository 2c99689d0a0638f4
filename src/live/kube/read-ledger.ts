// The bookkeeping of one cluster read: which kinds were read completely, what failed (as tool notifications and
// per-fact read errors), and whether anything at all succeeded.
import type { ToolNotification } from '../../model/types.js';
import type { ClusterFactName } from '../../model/cluster-facts.js';
import type { Item, ListOutcome } from './list.js';
import * as R from './resources.js';
import type { KubeResource } from './resources.js';

export class ReadLedger {
  readonly notifications: ToolNotification[] = [];
  readonly completeKinds = new Map<string, Set<string>>();
  readonly readErrors: Partial<Record<ClusterFactName, string>> = {};
  succeeded = 0;
  firstFailure: string | undefined;
  private readonly scopeKey: string;

  /** `namespace`: the -n namespace read, undefined = all. */
  constructor(readonly namespace: string | undefined) {
    this.scopeKey = namespace ?? '*';
  }

  /** Records the outcome of a list: marks the kind complete, or notifies. Returns the items read. */
  settle(res: KubeResource, verb: 'get' | 'list', o: ListOutcome, markComplete = true): Item[] {
    if (o.status === 'ok' || o.status === 'absent') {
      this.succeeded++;
      if (markComplete) this.markComplete(res.kind);
      return o.items;
    }
    this.fail(res, verb, o, this.namespace);
    return o.items;
  }

  fail(res: KubeResource, verb: 'get' | 'list', o: { status: 'forbidden' | 'failed'; reason: string; timedOut?: boolean }, namespace: string | undefined): string {
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

  markComplete(kind: string): void {
    let set = this.completeKinds.get(kind);
    if (!set) this.completeKinds.set(kind, (set = new Set()));
    set.add(this.scopeKey);
  }
}

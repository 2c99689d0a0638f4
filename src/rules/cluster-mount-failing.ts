// Recent FailedMount events for secrets-store volumes, reported on the owning workload (else the pod): one
// finding per workload and volume, so replicas and rollouts do not multiply it and its fingerprint is stable.
import { defineRule } from './contract.js';
import type { FailedMount } from '../model/cluster-facts.js';
import { failedMountObject } from '../model/cluster-facts.js';
import { mountMessageById } from '../model/mount-messages/classify.js';

export default defineRule({
  requires: ['cluster'],
  kinds: [],
  messages: {
    mountFailing: '{{podText}} failed to mount {{vol}} ({{reason}} {{times}}{{when}}): {{cause}}{{message}}',
  },
  create(ctx) {
    const facts = ctx.inventory.cluster;
    if (!facts?.failedMounts) return;
    const groups = new Map<string, FailedMount[]>();
    for (const f of facts.failedMounts) {
      const who = f.owner ? `${f.owner.kind}/${f.owner.name}` : `Pod/${f.pod}`;
      const key = `${f.namespace}\u0000${who}\u0000${f.volume ?? ''}`;
      let list = groups.get(key);
      if (!list) groups.set(key, (list = []));
      list.push(f);
    }
    for (const list of groups.values()) {
      // The most recent event speaks for the group.
      const latest = list.reduce((a, b) => ((b.lastTimestamp ?? '') > (a.lastTimestamp ?? '') ? b : a));
      const count = list.reduce((n, f) => n + f.count, 0);
      const pods = [...new Set(list.map((f) => f.pod))];
      const podText = pods.length === 1 ? `Pod ${latest.namespace}/${pods[0]}` : `${pods.length} pods (${pods.slice(0, 3).join(', ')}${pods.length > 3 ? ', …' : ''})`;
      const vol = latest.volume ? `volume "${latest.volume}"` : 'a secrets-store volume';
      const when = latest.lastTimestamp ? `, last at ${latest.lastTimestamp}` : '';
      ctx.report({
        object: failedMountObject(facts, latest),
        path: volumesPath(latest.owner?.kind),
        // Event text is redacted at read time (src/live/kube/redact.ts): nothing after "clientsecret", no tokens.
        messageId: 'mountFailing', data: { podText, vol, reason: latest.reason, times: count === 1 ? 'once' : `${count} times`, when, cause: causeText(latest.causeId, `${latest.namespace}/${latest.pod}`), message: latest.message },
        discriminator: latest.volume ?? '',
      });
    }
  },
});

/**
 * "cause: <what it means> (rule <id>); the whole chain: vvp-kv-lint why pod/<ns>/<name>; event: " from the mount-message table, so the finding names the cause
 * and not only the quote; '' for a message the table does not know.
 */
function causeText(causeId: string | undefined, pod: string): string {
  const entry = causeId !== undefined ? mountMessageById(causeId) : undefined;
  if (!entry) return '';
  return `cause: ${entry.cause}${entry.ruleId ? ` (rule ${entry.ruleId})` : ''}; the whole chain: vvp-kv-lint why pod/${pod}; event: `;
}

function volumesPath(ownerKind: string | undefined): (string | number)[] {
  if (!ownerKind) return ['spec', 'volumes'];
  if (ownerKind === 'CronJob') return ['spec', 'jobTemplate', 'spec', 'template', 'spec', 'volumes'];
  return ['spec', 'template', 'spec', 'volumes'];
}

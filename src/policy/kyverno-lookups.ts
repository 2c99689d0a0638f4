// The cross-object rules a Kyverno policy can decide with API lookups at admission time, written for kind Pod
// (Kyverno's autogen derives Deployment ... CronJob variants): the SecretProviderClass a CSI volume names exists
// in the pod's namespace (csi-spc-not-found), and the nodePublishSecretRef Secret exists (sp-secret-not-found)
// with the keys clientid and clientsecret, compared case-insensitively as the provider does (sp-secret-keys-missing).
// Kyverno needs RBAC to list SecretProviderClasses and Secrets for these (README, "Admission policies").
import { RULE_META } from '../generated/rule-meta.js';
import type { Level } from '../model/types.js';
import { EXEMPT_PREFIX, message } from './cel.js';

const defaultLevel = new Map(RULE_META.map((m) => [m.id, m.level]));

function levelOf(id: string, ruleLevels: Readonly<Record<string, Level | 'off'>>): Level | 'off' {
  return ruleLevels[id] ?? defaultLevel.get(id) ?? 'error';
}

const SPC_VOLUMES = "request.object.spec.volumes[?csi.volumeAttributes.secretProviderClass]";
const SECRET_VOLUMES = "request.object.spec.volumes[?csi.nodePublishSecretRef.name]";

function base(id: string, selector: Record<string, unknown> | undefined): Record<string, unknown> {
  return {
    name: id,
    match: { any: [{ resources: { kinds: ['Pod'], operations: ['CREATE', 'UPDATE'], ...(selector ? { namespaceSelector: selector } : {}) } }] },
    // The same exemption as the CEL rules: the annotation with a non-empty reason.
    exclude: { any: [{ resources: { annotations: { [`${EXEMPT_PREFIX}${id}`]: '?*' } } }] },
  };
}

function hasAny(list: string): Record<string, unknown> {
  return { all: [{ key: `{{ length(${list} || \`[]\`) }}`, operator: 'GreaterThan', value: 0 }] };
}

export function kyvernoCrossObjectRules(level: Level, failureAction: string, ruleLevels: Readonly<Record<string, Level | 'off'>>, selector: Record<string, unknown> | undefined): Record<string, unknown>[] {
  const rules: Record<string, unknown>[] = [];
  if (levelOf('csi-spc-not-found', ruleLevels) === level) {
    rules.push({
      ...base('csi-spc-not-found', selector),
      preconditions: hasAny(SPC_VOLUMES),
      validate: {
        failureAction,
        message: message('csi-spc-not-found', 'a CSI volume names a SecretProviderClass that is not in the pod namespace {{ request.object.metadata.namespace }} (the driver only reads the pod namespace)'),
        foreach: [{
          list: SPC_VOLUMES,
          context: [{
            name: 'spcCount',
            apiCall: {
              urlPath: '/apis/secrets-store.csi.x-k8s.io/v1/namespaces/{{ request.object.metadata.namespace }}/secretproviderclasses',
              jmesPath: "items[?metadata.name=='{{ element.csi.volumeAttributes.secretProviderClass }}'] | length(@)",
            },
          }],
          deny: { conditions: { any: [{ key: '{{ spcCount }}', operator: 'Equals', value: 0 }] } },
        }],
      },
    });
  }
  // Both Secret rules read one list filtered by name; only key names are compared, values are never used.
  const secretContext = [{
    name: 'secretKeys',
    apiCall: {
      urlPath: '/api/v1/namespaces/{{ request.object.metadata.namespace }}/secrets?fieldSelector=metadata.name={{ element.csi.nodePublishSecretRef.name }}',
      jmesPath: 'items[0].data || `{}` | keys(@) | [].to_lower(@)',
    },
  }, {
    name: 'secretCount',
    apiCall: {
      urlPath: '/api/v1/namespaces/{{ request.object.metadata.namespace }}/secrets?fieldSelector=metadata.name={{ element.csi.nodePublishSecretRef.name }}',
      jmesPath: 'length(items)',
    },
  }];
  if (levelOf('sp-secret-not-found', ruleLevels) === level) {
    rules.push({
      ...base('sp-secret-not-found', selector),
      preconditions: hasAny(SECRET_VOLUMES),
      validate: {
        failureAction,
        message: message('sp-secret-not-found', 'a CSI volume names a nodePublishSecretRef Secret that is not in the pod namespace {{ request.object.metadata.namespace }}'),
        foreach: [{
          list: SECRET_VOLUMES,
          context: [secretContext[1]],
          deny: { conditions: { any: [{ key: '{{ secretCount }}', operator: 'Equals', value: 0 }] } },
        }],
      },
    });
  }
  if (levelOf('sp-secret-keys-missing', ruleLevels) === level) {
    rules.push({
      ...base('sp-secret-keys-missing', selector),
      preconditions: hasAny(SECRET_VOLUMES),
      validate: {
        failureAction,
        message: message('sp-secret-keys-missing', 'a nodePublishSecretRef Secret lacks the key clientid or clientsecret (the provider fails with "could not find clientid in secrets")'),
        foreach: [{
          list: SECRET_VOLUMES,
          context: secretContext,
          // Not found is sp-secret-not-found's finding; here only a found Secret without the keys is denied.
          deny: { conditions: { all: [
            { key: '{{ secretCount }}', operator: 'GreaterThan', value: 0 },
            { key: ['clientid', 'clientsecret'], operator: 'AnyNotIn', value: '{{ secretKeys }}' },
          ] } },
        }],
      },
    });
  }
  return rules;
}

// aad-pod-identity's AzureIdentityBinding as the identity rules read it: the label value it selects pods by and the
// AzureIdentity it hands them. Non-string values read as absent (the API server would reject them).
import type { ManifestObject } from './types.js';
import { isRecord } from './kinds.js';

export interface IdentityBinding {
  /** `spec.selector`: pods labelled `aadpodidbinding: <selector>` in the binding's namespace use this binding. */
  readonly selector: string | undefined;
  /** `spec.azureIdentity`: the name of the AzureIdentity (same namespace) the selected pods get. */
  readonly azureIdentity: string | undefined;
}

export function identityBinding(o: ManifestObject): IdentityBinding {
  const spec = isRecord(o.body['spec']) ? o.body['spec'] : {};
  const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
  return { selector: text(spec['selector']), azureIdentity: text(spec['azureIdentity']) };
}

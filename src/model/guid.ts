// The one GUID check (client ids, tenant ids, object ids): 8-4-4-4-12 hexadecimal digits, either case. Shared by
// the SPC rules, the Azure identity resolution, secret masking and, as RE2, the admission policies.

/** The pattern's source, valid both as a JavaScript RegExp and as RE2 (CEL `matches`). */
export const GUID_PATTERN = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';

const GUID = new RegExp(GUID_PATTERN);

export function isGuid(s: string): boolean {
  return GUID.test(s);
}

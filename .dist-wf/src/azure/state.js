/** Trailing GUID of a role definition id, lower-cased (`/subscriptions/s/providers/.../roleDefinitions/<GUID>`). */
export function roleGuid(roleDefinitionId) {
    const tail = roleDefinitionId.slice(roleDefinitionId.lastIndexOf('/') + 1);
    return tail.toLowerCase();
}
/** Path segments of an ARM id or scope, for case-insensitive whole-segment comparison. */
export function scopeSegments(scope) {
    return scope
        .split('/')
        .filter((s) => s.length > 0)
        .map((s) => s.toLowerCase());
}
/** Subscription and resource group from an ARM resource id, when present. */
export function parseResourceId(id) {
    const parts = id.split('/').filter((s) => s.length > 0);
    const out = {};
    for (let i = 0; i + 1 < parts.length; i += 2) {
        const key = parts[i].toLowerCase();
        if (key === 'subscriptions')
            out.subscription = parts[i + 1];
        else if (key === 'resourcegroups')
            out.resourceGroup = parts[i + 1];
    }
    if (parts.length > 0)
        out.name = parts[parts.length - 1];
    return out;
}
export function emptyIncompleteness() {
    return {
        subscriptions: new Set(),
        identitySubscriptions: new Set(),
        vaultRoleAssignments: new Set(),
        federatedCredentials: new Set(),
        roleDefinitions: new Set(),
        vmssSubscriptions: new Set(),
    };
}

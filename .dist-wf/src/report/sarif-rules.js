import { sentence } from './summary.js';
export const INFORMATION_URI = 'https://github.com/vvp-kv-lint/vvp-kv-lint';
const DOCS_BASE = `${INFORMATION_URI}/blob/main/docs/rules/`;
/** GitHub truncates descriptions beyond this (reportingDescriptor short/fullDescription limits). */
const MAX_DESCRIPTION = 1024;
/** GitHub shows 10 tags per rule. */
const MAX_TAGS = 10;
export function ruleHelpUri(id) {
    return `${DOCS_BASE}${encodeURIComponent(id)}.md`;
}
/** `spc-api-version` → `SpcApiVersion`: SARIF1001 wants a friendly name that differs from the id. */
export function ruleName(id) {
    return id
        .split(/[^A-Za-z0-9]+/)
        .filter((p) => p !== '')
        .map((p) => p[0].toUpperCase() + p.slice(1))
        .join('');
}
function description(text) {
    const s = sentence(text.replace(/\s+/g, ' ').trim());
    return s.length <= MAX_DESCRIPTION ? s : `${s.slice(0, MAX_DESCRIPTION - 1).trimEnd()}…`;
}
export function reportingDescriptor(meta) {
    const helpUri = ruleHelpUri(meta.id);
    const properties = { tags: [...meta.tags].slice(0, MAX_TAGS), precision: 'very-high' };
    if (meta.securitySeverity !== undefined)
        properties['security-severity'] = meta.securitySeverity;
    const markdown = meta.help.trim() !== '' ? meta.help.trim() : `${sentence(meta.fullDescription)}\n\n**How to fix:** ${sentence(meta.remediation)}`;
    return {
        id: meta.id,
        name: ruleName(meta.id),
        shortDescription: { text: description(meta.shortDescription) },
        fullDescription: { text: description(meta.fullDescription) },
        help: {
            text: `${sentence(meta.fullDescription)}\n\nHow to fix: ${sentence(meta.remediation)}\n\nDocumentation: ${helpUri}`,
            markdown: `${markdown}\n\n[Rule documentation](${helpUri})`,
        },
        helpUri,
        defaultConfiguration: { level: meta.level },
        properties,
    };
}
/** Stand-in for a finding whose rule is not in result.rules, so every result still has a descriptor. */
export function unknownRule(id) {
    return {
        id,
        group: 'unknown',
        level: 'warning',
        shortDescription: `Rule ${id}.`,
        fullDescription: `Rule ${id} has no metadata in this build.`,
        remediation: 'See the rule documentation.',
        help: '',
        tags: [],
    };
}

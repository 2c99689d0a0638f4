import { formatFieldPath } from './field-path.js';
import { regionOf } from './positions.js';
import { isSuppressed, summarize } from './summary.js';
export const JSON_FORMAT_VERSION = 1;
export function formatJson(result, options = {}) {
    const summary = summarize(result);
    const doc = {
        version: JSON_FORMAT_VERSION,
        tool: { name: 'vvp-kv-lint', version: result.toolVersion },
        root: result.root,
        executionSuccessful: result.executionSuccessful,
        summary: { ...summary, files: result.filesRead, documents: result.documentsRead },
        findings: result.findings.map(findingJson),
        notifications: result.notifications.map((n) => ({
            id: n.id,
            level: n.level,
            message: n.message,
            file: n.file ?? null,
            incomplete: n.incomplete ?? false,
        })),
    };
    return `${JSON.stringify(doc, null, options.indent ?? 2)}\n`;
}
function findingJson(f) {
    return {
        ruleId: f.ruleId,
        level: f.level,
        message: f.message,
        ...locationJson(f.location),
        related: f.related.map((r) => ({ message: r.message, ...locationJson(r.location) })),
        fingerprint: f.objectFingerprint,
        suppressed: isSuppressed(f),
        suppressions: (f.suppressions ?? []).map((s) => ({ kind: s.kind, justification: s.justification })),
        baselineState: f.baselineState ?? null,
        fix: fixJson(f),
    };
}
function locationJson(loc) {
    if (loc.kind === 'file') {
        return { file: loc.file.relPath, ...regionOf(loc.file, loc.span), logical: null };
    }
    return {
        file: null,
        startLine: null,
        startColumn: null,
        endLine: null,
        endColumn: null,
        logical: {
            source: loc.source,
            fullyQualifiedName: loc.fullyQualifiedName,
            displayName: loc.displayName,
            path: formatFieldPath(loc.path),
            uri: loc.uri ?? null,
        },
    };
}
function fixJson(f) {
    const loc = f.location;
    if (f.fix === undefined || loc.kind !== 'file')
        return null;
    return {
        description: f.fix.description,
        edits: f.fix.edits.map((e) => ({ ...regionOf(loc.file, e.span, 'exact'), text: e.text })),
    };
}

// Baselines: accept today's findings, report only new ones. Entries are keyed by the finding's object
// fingerprint (rule + object identity + field path), never by line, so inserting lines above a finding or
// reordering documents keeps it "unchanged". Several findings may share a fingerprint: entries carry a count.
//
// Baseline entries that no longer occur ("absent" in SARIF terms) are NOT emitted as results: they have no current
// location, and GitHub code scanning ignores baselineState, so an absent result would reopen a fixed alert. They are
// reported as one `baseline-absent` tool notification (count + the first entries) instead, which also lands in the
// SARIF invocation's toolExecutionNotifications.
import { readFileSync } from 'node:fs';
import { lineColumn } from '../model/lines.js';
export const BASELINE_FORMAT_VERSION = 1;
export const ABSENT_NOTIFICATION_ID = 'baseline-absent';
export class BaselineError extends Error {
    code = 'BASELINE';
}
/** The baseline of a result: every finding the user would otherwise have to act on (not suppressed). */
export function createBaseline(result) {
    const byPrint = new Map();
    for (const f of result.findings) {
        if (f.suppressions?.length || f.baselineState === 'absent')
            continue;
        const prev = byPrint.get(f.objectFingerprint);
        if (prev)
            prev.count++;
        else
            byPrint.set(f.objectFingerprint, { fingerprint: f.objectFingerprint, ruleId: f.ruleId, where: where(f), message: f.message, count: 1 });
    }
    const entries = [...byPrint.values()]
        .map(({ count, ...e }) => (count > 1 ? { ...e, count } : e))
        .sort((a, b) => cmp(a.ruleId, b.ruleId) || cmp(a.where, b.where) || cmp(a.fingerprint, b.fingerprint));
    return { version: BASELINE_FORMAT_VERSION, tool: 'vvp-kv-lint', toolVersion: result.toolVersion, entries };
}
export function serializeBaseline(b) {
    return `${JSON.stringify(b, null, 2)}\n`;
}
export function readBaseline(absPath) {
    let text;
    try {
        text = readFileSync(absPath, 'utf8');
    }
    catch (err) {
        throw new BaselineError(`cannot read baseline ${absPath}: ${err.code ?? err.message}`);
    }
    return parseBaseline(text, absPath);
}
export function parseBaseline(text, name) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (err) {
        throw new BaselineError(`${name}: not JSON (${err.message})`);
    }
    const d = doc;
    if (d === null || typeof d !== 'object' || d.tool !== 'vvp-kv-lint' || !Array.isArray(d.entries)) {
        throw new BaselineError(`${name}: not a vvp-kv-lint baseline (write one with \`vvp-kv-lint baseline write ${name}\`)`);
    }
    if (d.version !== BASELINE_FORMAT_VERSION)
        throw new BaselineError(`${name}: baseline format version ${String(d.version)} is not supported (expected ${BASELINE_FORMAT_VERSION})`);
    d.entries.forEach((e, i) => {
        if (typeof e?.fingerprint !== 'string' || typeof e.ruleId !== 'string')
            throw new BaselineError(`${name}: entry ${i} lacks fingerprint or ruleId`);
    });
    return d;
}
/**
 * Marks each unsuppressed finding `new` or `unchanged`; returns the entries no finding matched.
 * Suppressed findings are left alone: they are already accounted for by their suppression.
 */
export function applyBaseline(findings, baseline) {
    const remaining = new Map();
    for (const e of baseline.entries)
        remaining.set(e.fingerprint, (remaining.get(e.fingerprint) ?? 0) + (e.count ?? 1));
    const out = findings.map((f) => {
        if (f.suppressions?.length)
            return f;
        const left = remaining.get(f.objectFingerprint) ?? 0;
        if (left > 0) {
            remaining.set(f.objectFingerprint, left - 1);
            return { ...f, baselineState: 'unchanged' };
        }
        return { ...f, baselineState: 'new' };
    });
    const absent = [];
    for (const e of baseline.entries) {
        const left = remaining.get(e.fingerprint) ?? 0;
        if (left <= 0)
            continue;
        const n = Math.min(left, e.count ?? 1);
        remaining.set(e.fingerprint, left - n);
        const { count: _count, ...rest } = e;
        absent.push(n > 1 ? { ...rest, count: n } : rest);
    }
    return { findings: out, absent };
}
const ABSENT_LISTED = 10;
export function absentNotification(absent, baselineName) {
    const total = absent.reduce((n, e) => n + (e.count ?? 1), 0);
    if (total === 0)
        return undefined;
    const listed = absent.slice(0, ABSENT_LISTED).map((e) => `${e.ruleId} at ${e.where}${(e.count ?? 1) > 1 ? ` (x${e.count})` : ''}`);
    const more = absent.length > ABSENT_LISTED ? `, and ${absent.length - ABSENT_LISTED} more` : '';
    return {
        id: ABSENT_NOTIFICATION_ID,
        level: 'note',
        message: `${total} baseline finding${total === 1 ? '' : 's'} no longer occur${total === 1 ? 's' : ''} (fixed or moved to another object): ${listed.join('; ')}${more}. Refresh the baseline with \`vvp-kv-lint baseline write ${baselineName}\``,
    };
}
/** For text and annotation output: drop findings the baseline already accepts; returns how many were hidden. */
export function hideBaselined(result) {
    const findings = result.findings.filter((f) => f.baselineState !== 'unchanged' || Boolean(f.suppressions?.length));
    return { result: { ...result, findings }, hidden: result.findings.length - findings.length };
}
function where(f) {
    const loc = f.location;
    if (loc.kind === 'logical')
        return loc.path.length ? `${loc.displayName} ${loc.path.join('.')}` : loc.displayName;
    return `${loc.file.relPath}:${lineColumn(loc.file.text, loc.span.start).line}`;
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

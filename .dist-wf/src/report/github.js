import { formatFieldPath } from './field-path.js';
import { regionOf } from './positions.js';
import { describe } from './text.js';
import { isActive } from './summary.js';
/** Escaping of the message part, as in @actions/core `escapeData`. */
export function escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** Escaping of a property value, as in @actions/core `escapeProperty`: also ':' and ','. */
export function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
const COMMAND = { error: 'error', warning: 'warning', note: 'notice' };
export function formatGithub(result, _options = {}) {
    const lines = [];
    for (const f of result.findings)
        if (isActive(f))
            lines.push(findingCommand(f));
    for (const n of result.notifications) {
        const props = [];
        if (n.file !== undefined)
            props.push(['file', n.file]);
        props.push(['title', `vvp-kv-lint: ${n.id}`]);
        lines.push(command(COMMAND[n.level], props, n.message));
    }
    return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
function findingCommand(f) {
    const loc = f.location;
    const props = [];
    let message = f.message;
    if (loc.kind === 'file') {
        const r = regionOf(loc.file, loc.span);
        props.push(['file', loc.file.relPath], ['line', String(r.startLine)]);
        // Annotations honour columns only on single-line ranges (as the checks API's start_column/end_column).
        if (r.startLine === r.endLine)
            props.push(['col', String(r.startColumn)]);
        props.push(['endLine', String(r.endLine)]);
        if (r.startLine === r.endLine)
            props.push(['endColumn', String(r.endColumn)]);
        props.push(['title', f.ruleId]);
    }
    else {
        // A live object has no file: the annotation lands on the run summary, titled with the object.
        props.push(['title', `${f.ruleId} (${loc.displayName})`]);
        const path = formatFieldPath(loc.path);
        if (path !== '')
            message = `${path}: ${message}`;
    }
    for (const r of f.related)
        message += `\n↳ ${describe(r.location)} ${r.message}`.trimEnd();
    return command(COMMAND[f.level], props, message);
}
function command(name, props, message) {
    const p = props.map(([k, v]) => `${k}=${escapeProperty(v)}`).join(',');
    return `::${name}${p === '' ? '' : ` ${p}`}::${escapeData(message)}`;
}

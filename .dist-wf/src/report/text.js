// Human output in the style of ESLint's "stylish" formatter: one block per file (or per live object, named the
// kubectl way: `pod/ns/name`), aligned rows `line:col  level  message  rule-id`, related locations on an indented
// `↳` line, tool problems after the findings, then a one-line summary. Suppressed findings are only counted.
import { Chalk } from 'chalk';
import { formatFieldPath } from './field-path.js';
import { positionOf } from './positions.js';
import { isActive, plural, summarize } from './summary.js';
export function formatText(result, options) {
    const c = new Chalk({ level: options.color ? (options.colorLevel ?? 1) : 0 });
    const summary = summarize(result);
    const groups = groupFindings(result.findings.filter(isActive));
    const out = [];
    for (const group of groups)
        out.push(...renderGroup(group, c));
    if (result.notifications.length > 0)
        out.push(...renderNotifications(result, c));
    const problems = summary.errors + summary.warnings + summary.notes;
    if (out.length > 0 || problems > 0)
        out.push('');
    if (problems === 0) {
        out.push(c.green(`✔ No problems found (${plural(result.filesRead, 'file')}, ${plural(result.documentsRead, 'document')})`));
    }
    else {
        const line = `✖ ${plural(problems, 'problem')} (${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}, ${plural(summary.notes, 'note')})`;
        out.push(c.bold(summary.errors > 0 ? c.red(line) : c.yellow(line)));
    }
    if (summary.suppressed > 0) {
        out.push(c.dim(`  ${plural(summary.suppressed, 'suppressed finding')} not shown`));
    }
    return `${out.join('\n')}\n`;
}
function groupFindings(findings) {
    const files = new Map();
    const live = new Map();
    for (const f of findings) {
        const loc = f.location;
        const map = loc.kind === 'file' ? files : live;
        const title = loc.kind === 'file' ? loc.file.relPath : loc.displayName;
        let group = map.get(title);
        if (group === undefined) {
            group = { title, live: loc.kind !== 'file', rows: [] };
            map.set(title, group);
        }
        group.rows.push(toRow(f));
    }
    const byTitle = (a, b) => (a.title < b.title ? -1 : a.title > b.title ? 1 : 0);
    const ordered = [...[...files.values()].sort(byTitle), ...[...live.values()].sort(byTitle)];
    for (const g of ordered)
        g.rows.sort(compareRows);
    return ordered;
}
function compareRows(a, b) {
    if (typeof a.sortKey === 'number' && typeof b.sortKey === 'number')
        return a.sortKey - b.sortKey;
    return String(a.sortKey) < String(b.sortKey) ? -1 : String(a.sortKey) > String(b.sortKey) ? 1 : 0;
}
function toRow(f) {
    const loc = f.location;
    const where = loc.kind === 'file' ? lineCol(loc.file, loc.span.start) : formatFieldPath(loc.path) || '(object)';
    return {
        where,
        level: f.level,
        message: oneLine(f.message).replace(/\.$/, ''),
        ruleId: f.ruleId,
        related: f.related.map((r) => `${describe(r.location)} ${oneLine(r.message)}`.trimEnd()),
        sortKey: loc.kind === 'file' ? loc.span.start : where,
    };
}
function lineCol(file, offset) {
    const p = positionOf(file, offset);
    return `${p.line}:${p.column}`;
}
/** `file:line:col` for a file location, `kind/ns/name path` for a live one. */
export function describe(loc) {
    if (loc.kind === 'file')
        return `${loc.file.relPath}:${lineCol(loc.file, loc.span.start)}`;
    const path = formatFieldPath(loc.path);
    return path === '' ? loc.displayName : `${loc.displayName} ${path}`;
}
function oneLine(s) {
    return s.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
function renderGroup(group, c) {
    const rows = group.rows;
    const levelWidth = widest(rows.map((r) => r.level.length));
    const messageWidth = widest(rows.map((r) => r.message.length));
    let renderWhere;
    let whereWidth;
    if (group.live) {
        whereWidth = widest(rows.map((r) => r.where.length));
        renderWhere = (r) => c.dim(r.where.padEnd(whereWidth));
    }
    else {
        // Like stylish: line numbers right-aligned, columns left-aligned, so the ':' lines up.
        const parts = rows.map((r) => r.where.split(':'));
        const lw = widest(parts.map((p) => p[0].length));
        const cw = widest(parts.map((p) => p[1].length));
        whereWidth = lw + 1 + cw;
        renderWhere = (r) => {
            const [l, col] = r.where.split(':');
            return c.dim(`${l.padStart(lw)}:${col.padEnd(cw)}`);
        };
    }
    const out = ['', c.underline(group.title)];
    for (const r of rows) {
        out.push(`  ${renderWhere(r)}  ${paintLevel(c, r.level, levelWidth)}  ${r.message.padEnd(messageWidth)}  ${c.dim(r.ruleId)}`.trimEnd());
        for (const rel of r.related)
            out.push(`${' '.repeat(whereWidth + 4)}${c.dim(`↳ ${rel}`)}`);
    }
    return out;
}
function paintLevel(c, level, width) {
    const padded = level.padEnd(width);
    return level === 'error' ? c.red(padded) : level === 'warning' ? c.yellow(padded) : c.blue(padded);
}
function renderNotifications(result, c) {
    const rows = result.notifications.map((n) => ({
        level: n.level,
        message: oneLine(n.file ? `${n.file}: ${n.message}` : n.message).replace(/\.$/, ''),
        id: n.id,
    }));
    const levelWidth = widest(rows.map((r) => r.level.length));
    const messageWidth = widest(rows.map((r) => r.message.length));
    const out = ['', c.underline('Tool problems')];
    for (const r of rows) {
        out.push(`  ${paintLevel(c, r.level, levelWidth)}  ${r.message.padEnd(messageWidth)}  ${c.dim(r.id)}`.trimEnd());
    }
    return out;
}
/** Math.max without spreading: a file can carry 100k rows, beyond the engine's argument limit. */
function widest(lengths) {
    let max = 0;
    for (const n of lengths)
        if (n > max)
            max = n;
    return max;
}

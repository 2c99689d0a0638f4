// YAML embedded in a string scalar (SPC `objects`, each of its `array` items, VVP `globalDeploymentDefaults`):
// parsed on its own, with spans mapped back into the outer file so findings point at the real line and column.
import { parseDocument, isScalar, Scalar } from 'yaml';
import { nodeSpan, spanFor, walk } from './locate.js';
export class EmbeddedYaml {
    file;
    text;
    map;
    scalarSpan;
    doc;
    value;
    /** Parse errors of the embedded text, with spans in outer-file coordinates. */
    errors = [];
    constructor(file, text, map, 
    /** The whole scalar in the outer file: where anything unmappable points. */
    scalarSpan) {
        this.file = file;
        this.text = text;
        this.map = map;
        this.scalarSpan = scalarSpan;
        this.doc = parseDocument(text, { prettyErrors: false, uniqueKeys: false });
        for (const e of this.doc.errors) {
            this.errors.push({ message: e.message.split('\n')[0], span: this.outer({ start: e.pos[0], end: e.pos[1] }) });
        }
        let value;
        try {
            value = this.doc.errors.length ? undefined : this.doc.toJS({ maxAliasCount: 100 });
        }
        catch (err) {
            this.errors.push({ message: err.message, span: scalarSpan });
        }
        this.value = value;
    }
    /** Embeds the string held by `scalar`, a node of `outer` (file text or another embedded text). */
    static fromScalar(scalar, outer) {
        const text = typeof scalar.value === 'string' ? scalar.value : String(scalar.value ?? '');
        const local = literalBlockMap(outer.text, scalar, text);
        const own = nodeSpan(scalar) ?? { start: 0, end: 0 };
        const scalarSpan = outer.scalarSpan(own);
        const map = local ? (off) => outer.toFile(local(off)) : undefined;
        return new EmbeddedYaml(outer.file, text, map, scalarSpan);
    }
    /** Embeds a top-level scalar of a file. */
    static inFile(file, scalar) {
        return EmbeddedYaml.fromScalar(scalar, { file, text: file.text, toFile: (o) => o, scalarSpan: (s) => s });
    }
    /** Embeds a scalar found inside this embedded document (YAML inside YAML inside YAML). */
    nested(scalar) {
        return EmbeddedYaml.fromScalar(scalar, {
            file: this.file,
            text: this.text,
            toFile: (o) => (this.map ? this.map(o) : this.scalarSpan.start),
            scalarSpan: (s) => this.outer(s),
        });
    }
    /** Converts a span of the embedded text to the outer file. */
    outer(span) {
        if (!this.map)
            return this.scalarSpan;
        const start = this.map(span.start);
        const end = span.end > span.start ? this.map(span.end - 1) + 1 : start;
        return { start, end: Math.max(start, end) };
    }
    get root() {
        return this.doc.contents ?? null;
    }
    /** The scalar node at `path` (for nesting), if it is a scalar. */
    scalarAt(path) {
        const { steps, complete } = walk(this.root, path);
        const last = steps[steps.length - 1];
        return complete && last && isScalar(last.node) ? last.node : undefined;
    }
    locator() {
        return {
            locate: (path, target = 'value') => this.locate(path, target),
        };
    }
    locate(path, target = 'value') {
        const { steps, complete } = walk(this.root, path);
        const last = steps[steps.length - 1];
        if (!last || !this.map)
            return { kind: 'file', file: this.file, span: this.scalarSpan, exact: false };
        return { kind: 'file', file: this.file, span: this.outer(spanFor(this.text, last, complete ? target : 'key')), exact: complete };
    }
}
/**
 * For a literal block scalar (`|`), line i of the value is source line i after the header, shifted by the block
 * indentation; that makes the mapping exact. Folded, quoted and plain scalars rewrite their text, so they only
 * map as a whole.
 */
function literalBlockMap(outerText, scalar, value) {
    if (scalar.type !== Scalar.BLOCK_LITERAL || !scalar.range)
        return undefined;
    const [start, valueEnd] = scalar.range;
    const headerEnd = outerText.indexOf('\n', start);
    if (headerEnd < 0 || headerEnd >= valueEnd)
        return undefined;
    const srcLineStarts = [];
    for (let p = headerEnd + 1; p <= valueEnd && p < outerText.length;) {
        srcLineStarts.push(p);
        const nl = outerText.indexOf('\n', p);
        if (nl < 0)
            break;
        p = nl + 1;
    }
    let indent = -1;
    for (const ls of srcLineStarts) {
        let i = ls;
        while (outerText.charCodeAt(i) === 32)
            i++;
        const c = outerText.charCodeAt(i);
        if (c !== 10 && c !== 13 && !Number.isNaN(c)) {
            indent = i - ls;
            break;
        }
    }
    if (indent < 0)
        return undefined;
    const valueLineStarts = [0];
    for (let i = value.indexOf('\n'); i >= 0; i = value.indexOf('\n', i + 1))
        valueLineStarts.push(i + 1);
    return (off) => {
        let lo = 0;
        let hi = valueLineStarts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (valueLineStarts[mid] <= off)
                lo = mid;
            else
                hi = mid - 1;
        }
        const src = srcLineStarts[lo];
        if (src === undefined)
            return valueEnd;
        return Math.min(src + indent + (off - valueLineStarts[lo]), valueEnd);
    };
}

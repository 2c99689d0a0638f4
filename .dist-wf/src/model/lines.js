// Offset → 1-based line/column for one text. Line-start tables are cached per text (findings cluster in few files).
const cache = new Map();
const CACHE_MAX = 64;
export function lineStarts(text) {
    let starts = cache.get(text);
    if (starts)
        return starts;
    starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
        starts.push(i + 1);
    if (cache.size >= CACHE_MAX)
        cache.delete(cache.keys().next().value);
    cache.set(text, starts);
    return starts;
}
/** 1-based line and column (UTF-16 code units, as SARIF's default columnKind) of a 0-based offset. */
export function lineColumn(text, offset) {
    const starts = lineStarts(text);
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= offset)
            lo = mid;
        else
            hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
}

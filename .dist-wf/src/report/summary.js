export function isSuppressed(f) {
    return f.suppressions !== undefined && f.suppressions.length > 0;
}
/** A finding the user still has to act on: not suppressed and not an `absent` (already fixed) baseline entry. */
export function isActive(f) {
    return !isSuppressed(f) && f.baselineState !== 'absent';
}
export function summarize(result) {
    let errors = 0;
    let warnings = 0;
    let notes = 0;
    let suppressed = 0;
    for (const f of result.findings) {
        if (isSuppressed(f))
            suppressed++;
        else if (f.baselineState === 'absent')
            continue;
        else if (f.level === 'error')
            errors++;
        else if (f.level === 'warning')
            warnings++;
        else
            notes++;
    }
    return { errors, warnings, notes, suppressed };
}
export function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
/** Makes a message a sentence (SARIF2001: end with a period); a question or exclamation keeps its own mark. */
export function sentence(text) {
    const t = text.trimEnd();
    return /[.?!]$/.test(t) ? t : `${t}.`;
}

const BLOCK_SIZE = 100;
const MOD = 37n;
const MASK = (1n << 64n) - 1n;
const FIRST_MOD = (() => {
    let m = 1n;
    for (let i = 0; i < BLOCK_SIZE; i++)
        m = (m * MOD) & MASK;
    return m;
})();
const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;
const EOF_MARK = 65535;
/** Hash of every line: element i belongs to line i + 1 (lines end at CR, LF or CRLF, like positions.ts). */
export function computeLineHashes(text) {
    const hashes = [];
    const window = new Array(BLOCK_SIZE).fill(0);
    const lineNumbers = new Array(BLOCK_SIZE).fill(-1);
    const hashCounts = new Map();
    let hash = 0n;
    let index = 0;
    let lineNumber = 0;
    let lineStart = true;
    let prevCR = false;
    const outputHash = () => {
        const value = hash.toString(16);
        const count = (hashCounts.get(value) ?? 0) + 1;
        hashCounts.set(value, count);
        hashes[lineNumbers[index] - 1] = `${value}:${count}`;
        lineNumbers[index] = -1;
    };
    const updateHash = (current) => {
        const begin = window[index];
        window[index] = current;
        // Long arithmetic in the reference wraps at 64 bits; toUnsigned() makes the masked value identical.
        hash = (MOD * hash + BigInt(current) - FIRST_MOD * BigInt(begin)) & MASK;
        index = (index + 1) % BLOCK_SIZE;
    };
    for (let i = 0, len = text.length; i <= len; i++) {
        let current = i === len ? EOF_MARK : text.charCodeAt(i);
        if (current === SPACE || current === TAB || (prevCR && current === LF)) {
            prevCR = false;
            continue;
        }
        if (current === CR) {
            current = LF;
            prevCR = true;
        }
        else {
            prevCR = false;
        }
        if (lineNumbers[index] !== -1)
            outputHash();
        if (lineStart) {
            lineStart = false;
            lineNumber++;
            lineNumbers[index] = lineNumber;
        }
        if (current === LF)
            lineStart = true;
        updateHash(current);
    }
    for (let i = 0; i < BLOCK_SIZE; i++) {
        if (lineNumbers[index] !== -1)
            outputHash();
        updateHash(0);
    }
    return hashes;
}
const cache = new WeakMap();
/** primaryLocationLineHash of a 1-based line of a file; undefined for a line the file does not have. */
export function primaryLocationLineHash(file, line) {
    let hashes = cache.get(file);
    if (hashes === undefined) {
        hashes = computeLineHashes(file.text);
        cache.set(file, hashes);
    }
    return hashes[line - 1];
}

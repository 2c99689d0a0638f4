/** Exit codes, ESLint style. */
export const EXIT = {
    /** No finding at or above the fail level. */
    OK: 0,
    /** Findings at or above the fail level. */
    FINDINGS: 1,
    /** Usage, configuration or tool error (including: nothing could be read). */
    ERROR: 2,
};
export class UsageError extends Error {
    code = 'USAGE';
}
/** Colour decision: FORCE_COLOR wins, then NO_COLOR, then whether the stream is a terminal. */
export function useColor(stream, env) {
    const force = env['FORCE_COLOR'];
    if (force !== undefined)
        return force !== '0' && force !== 'false';
    if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '')
        return false;
    return stream.isTTY === true;
}

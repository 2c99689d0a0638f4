export function shouldColor({ isTTY, env }) {
    if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '')
        return false;
    const force = env['FORCE_COLOR'];
    if (force !== undefined)
        return force !== '0' && force !== 'false';
    return isTTY === true && env['TERM'] !== 'dumb';
}

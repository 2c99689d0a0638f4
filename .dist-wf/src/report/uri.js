// Artifact URIs for SARIF: a repository-relative POSIX path as a relative URI reference. Each segment is
// percent-encoded, so spaces, '%', '#', '?' and a ':' in the first segment (which would read as a scheme) are safe;
// consumers (codeql-action's fingerprinting, GitHub) decodeURIComponent it back to the path.
export function relativeUri(relPath) {
    return relPath
        .replace(/\\/g, '/')
        .split('/')
        .map((segment) => encodeURIComponent(segment))
        .join('/');
}
/** `file:///abs/root/` with the trailing slash SARIF requires of a uriBaseId's base URI. */
export function directoryUri(absPath, toFileUrl) {
    const href = toFileUrl(absPath).href;
    return href.endsWith('/') ? href : `${href}/`;
}

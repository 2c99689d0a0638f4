// Artifact URIs for SARIF: a repository-relative POSIX path as a relative URI reference. Each segment is
// percent-encoded, so spaces, '%', '#', '?' and a ':' in the first segment (which would read as a scheme) are safe;
// consumers (codeql-action's fingerprinting, GitHub) decodeURIComponent it back to the path.
import { relative, resolve, sep } from 'node:path';

/** Segments of characters encodeURIComponent leaves alone, joined by `/`; no empty segment, no backslash. */
const URI_AS_IS = /^[A-Za-z0-9_.!~*'()-]+(?:\/[A-Za-z0-9_.!~*'()-]+)*$/;
export function relativeUri(relPath: string): string {
  // Most paths hold nothing encodeURIComponent changes: they are their own URI (a run names thousands of files).
  if (URI_AS_IS.test(relPath)) return relPath;
  return relPath
    .replace(/\\/g, '/')
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

/** `file:///abs/root/` with the trailing slash SARIF requires of a uriBaseId's base URI. */
export function directoryUri(absPath: string, toFileUrl: (p: string) => URL): string {
  const href = toFileUrl(absPath).href;
  return href.endsWith('/') ? href : `${href}/`;
}

/** A file's path for consumers that resolve paths against the repository (SARIF upload, annotations). */
export function repositoryPath(result: { readonly root: string; readonly repositoryRoot?: string }, relPath: string): string {
  if (!result.repositoryRoot || result.repositoryRoot === result.root) return relPath;
  return relative(result.repositoryRoot, resolve(result.root, relPath)).split(sep).join('/');
}

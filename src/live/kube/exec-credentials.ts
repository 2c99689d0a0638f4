// A kubeconfig exec plugin's credential, fetched once and used for every read, as kubectl (client-go) does.
// @kubernetes/client-node 1.x runs the plugin again for every request unless the credential carries an
// expirationTimestamp (it caches with `Date.parse(expiry) > now`, false for none), and runs it once per request in
// flight until the first answer arrives: an audit of one cluster read with a plugin printing a plain token (an
// `az`-based script, a static-token helper) started it about 25 times, a second of CPU each for `az`. client-go's
// rule: a credential without an expiry is used until the process ends (or the server refuses it); one with an expiry
// until then.
// The library's cache is one for the process (every KubeConfig shares the authenticator) and keyed by the user's
// name alone. Names are unique within the merged kubeconfig an audit reads, but a cached credential should still
// never reach a user whose plugin differs: here the key is the name with the whole exec configuration (command,
// arguments, environment), and the library's own entry is cleared before it is asked.

interface ExecCredential {
  readonly status?: { readonly expirationTimestamp?: string };
}
interface KubeUser {
  readonly name: string;
  readonly exec?: unknown;
  readonly authProvider?: { readonly config?: { readonly exec?: unknown } };
}
/** The library's ExecAuth, as it is at run time (its members are private in the typings). */
export interface ExecAuthenticator {
  getCredential?(user: KubeUser): Promise<ExecCredential | null>;
  tokenCache?: Record<string, unknown>;
}

const REUSING = Symbol('vvp-kv-lint reused exec credentials');

/** Makes `auth` fetch a credential once per user and exec configuration, and reuse it until it expires. */
export function reuseExecCredentials(auth: ExecAuthenticator): void {
  // Private members of the library: a version without them keeps its own behaviour rather than failing every audit.
  if ((auth as { [REUSING]?: true })[REUSING] || typeof auth.getCredential !== 'function') return;
  const fetch = auth.getCredential.bind(auth);
  const held = new Map<string, Promise<ExecCredential | null>>();
  const getCredential = async (user: KubeUser): Promise<ExecCredential | null> => {
    const key = JSON.stringify([user.name, user.exec ?? user.authProvider?.config?.exec ?? null]);
    const pending = held.get(key);
    if (pending) {
      const credential = await pending.catch(() => undefined);
      if (credential !== undefined && !expired(credential)) return credential;
      // Failed or expired: fetch again, unless another read already started that.
      if (held.get(key) !== pending) return getCredential(user);
    }
    if (auth.tokenCache) delete auth.tokenCache[user.name];
    const fetching = fetch(user);
    held.set(key, fetching);
    // A failed fetch (a plugin killed at the --timeout deadline, a login that failed) is not kept: the next read tries again.
    fetching.catch(() => {
      if (held.get(key) === fetching) held.delete(key);
    });
    return fetching;
  };
  auth.getCredential = getCredential;
  Object.assign(auth, { [REUSING]: true as const });
}

function expired(credential: ExecCredential | null): boolean {
  const expiry = credential?.status?.expirationTimestamp;
  if (expiry === undefined) return false;
  const at = Date.parse(expiry);
  // An expiry that does not parse is taken as passed: fetched again, as the library does.
  return !(at > Date.now());
}

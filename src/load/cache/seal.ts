// The context cache's cryptography, all keyed by the user's secret (src/user-key.ts):
//   - content keys: HMAC-SHA256 of a file's text and parse options, so a cache file names no content hash anyone
//     could test guesses against (a short password in an otherwise known file);
//   - the file MAC: HMAC-SHA256 over the whole stored file, checked before a byte of it is believed, so a cache
//     written elsewhere (another machine, another user, a repository's committed node_modules) is a miss;
//   - sealing: AES-256-GCM of the parts of entries that hold a sensitive value, so the disk never holds one in clear.
import { createCipheriv, createDecipheriv, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export class CacheKeys {
  private readonly macKey: Buffer;
  private readonly sealKey: Buffer;

  constructor(userKey: Buffer) {
    // Separate keys per use, derived from the one secret (HMAC as a KDF with fixed labels).
    this.macKey = createHmac('sha256', userKey).update('vvp-kv-lint context-cache mac v1').digest();
    this.sealKey = createHmac('sha256', userKey).update('vvp-kv-lint context-cache seal v1').digest();
  }

  /** A keyed digest of `parts` (content keys): base64url. */
  digest(...parts: string[]): string {
    const h = createHmac('sha256', this.macKey);
    for (const p of parts) h.update(p).update('\0');
    return h.digest('base64url');
  }

  /** The MAC of a stored file's body, hex. */
  mac(body: Buffer): string {
    return createHmac('sha256', this.macKey).update(body).digest('hex');
  }

  /** Whether `mac` (hex, from the file) is the MAC of `body`; constant time. */
  verify(body: Buffer, mac: string): boolean {
    if (!/^[0-9a-f]{64}$/.test(mac)) return false;
    return timingSafeEqual(Buffer.from(this.mac(body), 'hex'), Buffer.from(mac, 'hex'));
  }

  /** `text` encrypted and authenticated; `context` is bound in (as additional data), so a seal cannot move. */
  seal(text: string, context: string): string {
    const iv = randomBytes(12);
    const c = createCipheriv('aes-256-gcm', this.sealKey, iv);
    c.setAAD(Buffer.from(context, 'utf8'));
    const body = Buffer.concat([c.update(text, 'utf8'), c.final()]);
    return Buffer.concat([iv, c.getAuthTag(), body]).toString('base64');
  }

  /** The text `seal` sealed under `context`, or undefined for anything else. */
  unseal(sealed: string, context: string): string | undefined {
    try {
      const raw = Buffer.from(sealed, 'base64');
      if (raw.length < 28) return undefined;
      const d = createDecipheriv('aes-256-gcm', this.sealKey, raw.subarray(0, 12));
      d.setAAD(Buffer.from(context, 'utf8'));
      d.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([d.update(raw.subarray(28)), d.final()]).toString('utf8');
    } catch {
      return undefined;
    }
  }
}

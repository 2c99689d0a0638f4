// Parts of sensitive values, for the redactor (redact.ts): a message that quotes only part of a secret (the
// placeholder inside `clientSecret: "s3cr3t${SUFFIX}"`, an event cut at its length bound in the middle of a value)
// leaks that part. Every run of FRAGMENT characters of a sensitive value is indexed; in a text, each maximal stretch
// of such runs is masked.
//
// To keep ordinary words readable, only token-like values are indexed (no whitespace or quotes, as a password, a key,
// a connection string or a placeholder is; a kubectl last-applied JSON copy or a config file is masked whole, by
// value), and a run needs four different characters (`-0000-00` of a GUID is no fragment of anything).
//
// Runs are kept as two independent 32-bit hashes in an open-addressing table, not as strings: a repository with
// many Secrets must not pay 50 bytes per character of its secrets. Up to MAX_CHARS characters of values are indexed
// (whole values are still masked past that).

/** Shortest run masked as a fragment: shorter runs would mask ordinary words. */
export const FRAGMENT = 8;
const MAX_CHARS = 4_000_000;
const MAX_VALUE = 512;
const TOKEN = /^[^\s"']+$/;

export class FragmentIndex {
  private h1 = new Uint32Array(0);
  /** Second hash, never 0 (0 marks an empty slot). */
  private h2 = new Uint32Array(0);
  private count = 0;
  private chars = 0;

  get empty(): boolean {
    return this.count === 0;
  }

  /** Indexes the runs of `value` when it is token-like and the budget allows. */
  addValue(value: string): void {
    const v = value.trim();
    if (v.length < FRAGMENT || v.length > MAX_VALUE || !TOKEN.test(v) || this.chars + v.length > MAX_CHARS) return;
    this.chars += v.length;
    for (let i = 0; i + FRAGMENT <= v.length; i++) {
      if (!varied(v, i)) continue;
      this.insert(hash1(v, i), hash2(v, i));
    }
  }

  /** `s` with every maximal stretch of indexed runs replaced by `mask`. */
  mask(s: string, mask: string): string {
    if (this.count === 0 || s.length < FRAGMENT) return s;
    let out = '';
    let copied = 0;
    for (let i = 0; i + FRAGMENT <= s.length; ) {
      if (!this.has(s, i)) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j + FRAGMENT <= s.length && this.has(s, j)) j++;
      const end = j - 1 + FRAGMENT;
      // The mask itself (`***`) is never a fragment: joining a masked whole value to its neighbours is one mask.
      out += s.slice(copied, i) + mask;
      copied = end;
      i = end;
    }
    return copied === 0 ? s : out + s.slice(copied);
  }

  private has(s: string, at: number): boolean {
    if (this.count === 0) return false;
    const a = hash1(s, at);
    const b = hash2(s, at);
    const m = this.h1.length - 1;
    for (let slot = a & m; ; slot = (slot + 1) & m) {
      const t = this.h2[slot]!;
      if (t === 0) return false;
      if (t === b && this.h1[slot] === a) return true;
    }
  }

  private insert(a: number, b: number): void {
    if ((this.count + 1) * 2 > this.h1.length) this.grow();
    const m = this.h1.length - 1;
    for (let slot = a & m; ; slot = (slot + 1) & m) {
      const t = this.h2[slot]!;
      if (t === 0) {
        this.h1[slot] = a;
        this.h2[slot] = b;
        this.count++;
        return;
      }
      if (t === b && this.h1[slot] === a) return;
    }
  }

  private grow(): void {
    const old1 = this.h1;
    const old2 = this.h2;
    const size = Math.max(1024, old1.length * 2);
    this.h1 = new Uint32Array(size);
    this.h2 = new Uint32Array(size);
    this.count = 0;
    for (let i = 0; i < old1.length; i++) if (old2[i] !== 0) this.insert(old1[i]!, old2[i]!);
  }
}

/** Whether the run at `at` has at least four different characters. */
function varied(s: string, at: number): boolean {
  const seen = new Set<number>();
  for (let k = 0; k < FRAGMENT; k++) seen.add(s.charCodeAt(at + k));
  return seen.size >= 4;
}

/** FNV-1a over the run's UTF-16 code units. */
function hash1(s: string, at: number): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < FRAGMENT; k++) h = Math.imul(h ^ s.charCodeAt(at + k), 0x01000193);
  return h >>> 0;
}

/** A second, independent hash (multiply-xorshift), never 0. */
function hash2(s: string, at: number): number {
  let h = 0x9e3779b9;
  for (let k = 0; k < FRAGMENT; k++) {
    h = Math.imul(h ^ (s.charCodeAt(at + k) + k * 0x3c6ef372), 0x85ebca6b);
    h ^= h >>> 13;
  }
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0 || 1;
}

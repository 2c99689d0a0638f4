// Paginated list (limit/continue) and single-object GET over the transport, with the outcome classified
// once: read, absent (404: kind not served / object missing), forbidden (403), or failed (after retries).
import type { KubeTransport } from './transport.js';
import { isRecord } from '../../model/kinds.js';

export const PAGE_SIZE = 500;
/**
 * Objects kept from one list at most. Far above any real cluster's count of one kind, far below what exhausts
 * memory: an API that never stops paging (or a proxy that replays a page) ends the list as failed, not the audit.
 */
export const MAX_LIST_ITEMS = 250_000;

export type Item = Record<string, unknown>;

export type ListOutcome =
  | { readonly status: 'ok'; readonly items: Item[] }
  | { readonly status: 'absent'; readonly items: Item[] }
  | { readonly status: 'forbidden'; readonly items: Item[]; readonly reason: string }
  /** Items read before the failure are kept (they can be linted) but the list is not complete. */
  | { readonly status: 'failed'; readonly items: Item[]; readonly reason: string; readonly timedOut: boolean };

export interface ListOptions {
  readonly fieldSelector?: string;
  readonly labelSelector?: string;
  readonly pageSize?: number;
  /** Applied to every item as soon as its page is parsed; return undefined to drop it (e.g. Secret values). */
  readonly keep?: (item: Item) => Item | undefined;
  /** Called after each page with the running item count (progress display). */
  readonly onPage?: (count: number) => void;
  /** Cap on items read (default MAX_LIST_ITEMS). */
  readonly maxItems?: number;
}

export async function listAll(t: KubeTransport, path: string, opts: ListOptions = {}): Promise<ListOutcome> {
  const items: Item[] = [];
  let cont: string | undefined;
  let restarted = false;
  // Every continue token seen: a server that hands one out twice would page forever.
  const tokens = new Set<string>();
  let read = 0;
  let pages = 0;
  const maxItems = opts.maxItems ?? MAX_LIST_ITEMS;
  // Empty pages with ever-new tokens would page until the deadline; no honest list needs more pages than this.
  const maxPages = Math.ceil(maxItems / (opts.pageSize ?? PAGE_SIZE)) + 100;
  for (;;) {
    if (++pages > maxPages) return { status: 'failed', items, reason: `the list did not end after ${maxPages} pages; stopped reading it`, timedOut: false };
    const r = await t.get(path, {
      limit: String(opts.pageSize ?? PAGE_SIZE),
      continue: cont,
      fieldSelector: opts.fieldSelector,
      labelSelector: opts.labelSelector,
    });
    if (!r.ok) {
      if (r.status === 404) return { status: 'absent', items };
      if (r.status === 403 || r.status === 401) return { status: 'forbidden', items, reason: r.reason };
      // 410: the continue token expired (the list took longer than the etcd compaction window): start over once.
      if (r.status === 410 && cont !== undefined && !restarted) {
        restarted = true;
        items.length = 0;
        read = 0;
        tokens.clear();
        cont = undefined;
        continue;
      }
      return { status: 'failed', items, reason: r.reason, timedOut: r.timedOut };
    }
    const body = isRecord(r.body) ? r.body : {};
    const page = Array.isArray(body['items']) ? body['items'] : [];
    // A list response omits apiVersion/kind on items; restore them from the list's own kind (PodList → Pod).
    const listKind = typeof body['kind'] === 'string' ? body['kind'].replace(/List$/, '') : undefined;
    const apiVersion = typeof body['apiVersion'] === 'string' ? body['apiVersion'] : undefined;
    read += page.length;
    if (read > maxItems) {
      return { status: 'failed', items, reason: `the list returned more than ${maxItems} objects; stopped reading it`, timedOut: false };
    }
    for (const raw of page) {
      if (!isRecord(raw)) continue;
      const withKind: Item = { apiVersion: raw['apiVersion'] ?? apiVersion, kind: raw['kind'] ?? listKind, ...raw };
      const kept = opts.keep ? opts.keep(withKind) : withKind;
      if (kept) items.push(kept);
    }
    opts.onPage?.(items.length);
    const meta = isRecord(body['metadata']) ? body['metadata'] : {};
    cont = typeof meta['continue'] === 'string' && meta['continue'] !== '' ? meta['continue'] : undefined;
    if (cont === undefined) return { status: 'ok', items };
    if (tokens.has(cont)) return { status: 'failed', items, reason: 'the API server repeated a continue token (the list would never end); stopped reading it', timedOut: false };
    tokens.add(cont);
  }
}

export type GetOutcome =
  | { readonly status: 'ok'; readonly item: Item }
  | { readonly status: 'absent' }
  | { readonly status: 'forbidden'; readonly reason: string }
  | { readonly status: 'failed'; readonly reason: string; readonly timedOut: boolean };

export async function getOne(t: KubeTransport, path: string): Promise<GetOutcome> {
  const r = await t.get(path);
  if (r.ok) return isRecord(r.body) ? { status: 'ok', item: r.body } : { status: 'failed', reason: 'unexpected response', timedOut: false };
  if (r.status === 404) return { status: 'absent' };
  if (r.status === 403 || r.status === 401) return { status: 'forbidden', reason: r.reason };
  return { status: 'failed', reason: r.reason, timedOut: r.timedOut };
}

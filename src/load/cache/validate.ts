// Checks the shape of what the context cache read from disk. The store's MAC (cache/seal.ts) already proves the
// file was written by this user's tool; the shapes are checked anyway, so a bug or a format mix-up is a miss and
// never a wrong answer.
import { isRecord, OBJECT_CLASSES } from '../../model/kinds.js';
import { PARSE_REASON_IDS } from '../../model/parse-reasons.js';
import type { SpcEntryError, SpcObjectsProblem } from '../../model/spc.js';
import type { FileFacts } from './facts.js';

/**
 * The stat level: a context file whose size, mtime, ctime and inode are those recorded with a content key (and the
 * same parse options) is taken to hold that content, so it is neither read nor hashed; its text is read only if
 * something asks for it (a finding's position). Entries are recorded from a stat taken before the file was read,
 * and only for files last changed over a second before the run, so an edit racing the run never sticks.
 */
export type StatEntry = [size: number, mtimeMs: number, ctimeMs: number, ino: number, opts: string, key: string, textLength: number];

export function validStat(v: unknown): v is StatEntry {
  return Array.isArray(v) && v.length === 7 && [0, 1, 2, 3, 6].every((i) => typeof v[i] === 'number' && Number.isFinite(v[i])) && typeof v[4] === 'string' && typeof v[5] === 'string';
}


const CLASSES: ReadonlySet<string> = new Set(OBJECT_CLASSES);
const PROBLEM_KINDS = new Set(['parse-error', 'duplicate-key']);

/** A ParseReason as stored: an id, and data of strings and numbers (what yaml-parse-error interpolates). */
function validReason(r: unknown): boolean {
  if (!isRecord(r) || typeof r['id'] !== 'string' || !PARSE_REASON_IDS.has(r['id'])) return false;
  const data = r['data'];
  return data === undefined || (isRecord(data) && Object.values(data).every((v) => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v))));
}

/** Checks the shape of a stored entry (it came from disk: anything may be in it). */
export function validFacts(raw: unknown, textLength: number): FileFacts | undefined {
  if (!isRecord(raw)) return undefined;
  const { documents, objects, problems } = raw;
  if (!isCount(documents) || !Array.isArray(objects) || !Array.isArray(problems)) return undefined;
  for (const o of objects) {
    if (!isRecord(o) || !isCount(o['docIndex']) || (o['docIndex'] as number) >= Math.max(documents, 1) || typeof o['bodyJson'] !== 'string') return undefined;
    for (const f of ['apiVersion', 'kind', 'name', 'namespace'] as const) if (o[f] !== undefined && typeof o[f] !== 'string') return undefined;
    if (o['hint'] !== undefined && o['hint'] !== 'helm-values') return undefined;
    if (o['cls'] !== undefined && o['cls'] !== null && !CLASSES.has(o['cls'] as string)) return undefined;
    if (o['spc'] !== undefined && !validSpc(o['spc'], textLength)) return undefined;
  }
  for (const p of problems) {
    if (!isRecord(p) || !PROBLEM_KINDS.has(p['kind'] as string) || !isRecord(p['span'])) return undefined;
    // A parse error carries its reason (an id and plain data); a duplicate key nothing else.
    if (p['kind'] === 'parse-error' ? !validReason(p['reason']) : p['reason'] !== undefined) return undefined;
    const { start, end } = p['span'];
    if (!isCount(start) || !isCount(end) || start > end || end > textLength) return undefined;
  }
  return raw as unknown as FileFacts;
}

function validSpc(spc: unknown, textLength: number): boolean {
  if (!isRecord(spc) || !isRecord(spc['params'])) return false;
  for (const p of Object.values(spc['params'])) {
    if (p === null) continue;
    if (!isRecord(p) || (p['type'] !== null && typeof p['type'] !== 'string') || (p['source'] !== null && typeof p['source'] !== 'string')) return false;
  }
  const objects = spc['objects'];
  if (objects === undefined) return !Object.hasOwn(spc['params'], 'objects');
  if (!isRecord(objects) || !Array.isArray(objects['entries'])) return false;
  const error = objects['error'];
  if (error !== undefined && !(validProblem(error, OBJECTS_PROBLEM_KINDS) && typeof error['exact'] === 'boolean' && validSpan(error['span'], textLength))) return false;
  return objects['entries'].every((e: unknown, i: number) => isRecord(e) && e['index'] === i
    && (e['fields'] === undefined || isRecord(e['fields'])) && (e['error'] === undefined || validProblem(e['error'], ENTRY_ERROR_KINDS)) && (e['fileName'] === undefined || typeof e['fileName'] === 'string'));
}

const OBJECTS_PROBLEM_KINDS: ReadonlySet<string> = new Set<SpcObjectsProblem['kind']>(['not-set', 'empty', 'not-string', 'no-array', 'not-yaml']);
const ENTRY_ERROR_KINDS: ReadonlySet<string> = new Set<SpcEntryError['kind']>(['not-string', 'not-mapping', 'not-yaml']);

/** A cached SpcObjectsProblem or SpcEntryError: a known kind, and the parser's words exactly when not YAML. */
function validProblem(v: unknown, kinds: ReadonlySet<string>): v is Record<string, unknown> {
  return isRecord(v) && typeof v['kind'] === 'string' && kinds.has(v['kind']) && (v['kind'] === 'not-yaml' ? typeof v['yamlError'] === 'string' : v['yamlError'] === undefined);
}

function validSpan(span: unknown, textLength: number): boolean {
  return isRecord(span) && isCount(span['start']) && isCount(span['end']) && span['start'] <= span['end'] && span['end'] <= textLength;
}

export function isCount(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}


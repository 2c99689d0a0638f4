// Evaluates the generated CEL as the API server would: the admitted object (as kubectl sends it: YAML 1.1, nulls
// dropped as the API server drops them) bound to `object`, the policy's variables evaluated in order, then each
// validation. The evaluator is @bufbuild/cel with its strings extension (the subset Kubernetes also provides).
import { run } from '@bufbuild/cel';
import { strings } from '@bufbuild/cel/ext';
import type { Shape } from '../../src/policy/shapes.js';

/** JSON-like value → CEL input: maps as Map, lists as arrays, integers as int (bigint) like Kubernetes' ints. */
export function toCel(v: unknown): unknown {
  if (Array.isArray(v)) return v.filter((x) => x !== null && x !== undefined).map(toCel);
  if (v !== null && typeof v === 'object') return new Map(Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== null && x !== undefined).map(([k, x]) => [k, toCel(x)]));
  if (typeof v === 'number' && Number.isInteger(v)) return BigInt(v);
  return v;
}

export function evalCel(expression: string, bindings: Record<string, unknown>): unknown {
  return run(expression, bindings as never, { funcs: strings });
}

export interface Verdict {
  /** The shape's match condition let the object in. */
  readonly matched: boolean;
  /** Expressions that evaluated to false (denied), by index. */
  readonly failed: readonly number[];
  /** Expressions that raised an error (the test fails on any). */
  readonly errors: readonly string[];
}

export function evaluate(shape: Shape, expressions: readonly string[], body: unknown): Verdict {
  const object = toCel(body);
  const errors: string[] = [];
  if (shape.matchCondition) {
    const m = safe(shape.matchCondition.expression, { object }, errors);
    if (m !== true) return { matched: false, failed: [], errors };
  }
  const variables = new Map<string, unknown>();
  for (const v of shape.variables) variables.set(v.name, safe(v.expression, { object, variables }, errors));
  const failed: number[] = [];
  expressions.forEach((e, i) => {
    const r = safe(e, { object, variables }, errors);
    if (r === false) failed.push(i);
    else if (r !== true && !errors.length) errors.push(`${e}: returned ${String(r)}, not a bool`);
  });
  return { matched: true, failed, errors };
}

function safe(expression: string, bindings: Record<string, unknown>, errors: string[]): unknown {
  try {
    const r = evalCel(expression, bindings);
    if (r instanceof Error) {
      errors.push(`${expression.slice(0, 80)}...: ${r.message}`);
      return undefined;
    }
    return r;
  } catch (err) {
    errors.push(`${expression.slice(0, 80)}...: ${(err as Error).message}`);
    return undefined;
  }
}

// Evaluates the generated CEL as the API server would: the admitted object (as kubectl sends it: YAML 1.1, nulls
// dropped as the API server drops them) bound to `object`, the policy's variables evaluated in order, then each
// validation. The evaluator is @bufbuild/cel with its strings extension (the subset Kubernetes also provides).
import { celEnv, celError, parse, plan } from '@bufbuild/cel';
import { strings } from '@bufbuild/cel/ext';
import type { Shape } from '../../src/policy/shapes.js';

/** JSON-like value → CEL input: maps as Map, lists as arrays, integers as int (bigint) like Kubernetes' ints. */
export function toCel(v: unknown): unknown {
  if (Array.isArray(v)) return v.filter((x) => x !== null && x !== undefined).map(toCel);
  if (v !== null && typeof v === 'object') return new Map(Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== null && x !== undefined).map(([k, x]) => [k, toCel(x)]));
  if (typeof v === 'number' && Number.isInteger(v)) return BigInt(v);
  return v;
}

const env = celEnv({ funcs: strings });
/**
 * Each expression parsed and planned once, as the API server compiles a policy once: the parity test evaluates the
 * same few dozen expressions against thousands of objects, and parsing them per call (what `run` does) was most of
 * its CPU time. Evaluation is the same: `run` is exactly plan(celEnv(...), parse(expr))(bindings).
 */
const programs = new Map<string, ReturnType<typeof plan>>();

export function evalCel(expression: string, bindings: Record<string, unknown>): unknown {
  try {
    let program = programs.get(expression);
    if (!program) {
      program = plan(env, parse(expression));
      programs.set(expression, program);
    }
    return program(bindings as never);
  } catch (e) {
    // `run`'s contract, kept: a CelError is returned, never thrown.
    return celError(e);
  }
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

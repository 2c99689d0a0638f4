// Every rule is either exported as a policy or listed as not exportable with a reason, never both, never neither;
// a rule nobody wrote a policy for is listed by itself (adding a rule touches no policy file).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../support/paths.js';
import { EXPORTED, NOT_EXPORTABLE } from '../../src/policy/registry.js';

test('every rule id is exported or listed as not exportable with why', () => {
  const ids = readdirSync(join(REPO_ROOT, 'rules')).filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -5)).sort();
  const exported = EXPORTED.map((r) => r.id);
  const listed = NOT_EXPORTABLE.map((r) => r.id);
  assert.deepEqual([...exported, ...listed].sort(), ids, 'each rule exactly once');
  for (const r of NOT_EXPORTABLE) assert.ok(r.why.length > 20, `${r.id} needs a reason`);
  for (const r of EXPORTED) {
    assert.ok(r.validations.length > 0, r.id);
    for (const v of r.validations) assert.ok(v.message.startsWith(`[${r.id}] `), `${r.id}: message carries the rule id`);
  }
});

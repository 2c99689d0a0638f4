// suppression-unused: findings come from the suppression pass (src/engine/suppressions.ts), which runs after every rule,
// because a suppression can only be judged once all findings are known. This module keeps the rule in the
// registry (config levels, `vvp-kv-lint rules`) and reports nothing itself.
import type { RuleModule } from '../engine/types.js';

export const rule: RuleModule = {
  id: 'suppression-unused',
  check() {},
};

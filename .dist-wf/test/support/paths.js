// Repository paths for tests: compiled tests live in dist/test/, fixtures stay in test/fixtures/.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const RULE_FIXTURES = join(REPO_ROOT, 'test/fixtures/rules');
export const fixturePath = (...parts) => join(REPO_ROOT, 'test/fixtures', ...parts);

// Every rule's RuleTester cases (test/rules/tester/<id>.ts, required by the build for each rule), run in one test
// process: one file per rule keeps the cases easy to find and write; one process spares the suite a Node start-up
// and a load of the whole engine per rule (63 of them). One rule's cases: node scripts/run-tests.mjs <rule-id>
// (which selects its tests here, in the fixture cases and in the documentation examples by name).
import { readdirSync } from 'node:fs';

const dir = new URL('./tester/', import.meta.url);
for (const f of readdirSync(dir).filter((name) => name.endsWith('.js')).sort()) await import(new URL(f, dir).href);

// The tool version, read once from package.json (shipped beside dist/).
import { readFileSync } from 'node:fs';
function readVersion() {
    for (const rel of ['../../package.json', '../package.json']) {
        try {
            const pkg = JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8'));
            if (pkg.name === 'vvp-kv-lint' && pkg.version)
                return pkg.version;
        }
        catch {
            // try the next candidate
        }
    }
    return '0.0.0';
}
export const TOOL_VERSION = readVersion();
export const INFORMATION_URI = 'https://github.com/vvp-kv-lint/vvp-kv-lint';

// Runs the CLI in-process with captured streams: tests exercise exactly what a user runs.
import { main } from '../../src/cli/main.js';
export async function runCli(args, opts = {}) {
    let stdout = '';
    let stderr = '';
    const code = await main(args, {
        stdout: { write: (s) => (stdout += s) },
        stderr: { write: (s) => (stderr += s) },
        cwd: opts.cwd ?? process.cwd(),
        env: { NO_COLOR: '1', ...(opts.env ?? {}) },
    });
    return { code, stdout, stderr };
}

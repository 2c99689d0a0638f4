// Moved to src/model/identity-resolution.ts (the CLI and the rules share it); this path stays for code written
// against it.
export * from '../../../model/identity-resolution.js';

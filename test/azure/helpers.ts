// Shared test helpers for the Azure tests: fixture paths and a fake credential (any object with getToken).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AccessToken, TokenCredential } from '@azure/core-auth';

/** Repository root (tests run from dist/test/azure). */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export function fixturePath(...parts: string[]): string {
  return fileURLToPath(new URL(`../../../test/fixtures/azure/${parts.join('/')}`, import.meta.url));
}

export function readFixtureJson(...parts: string[]): Record<string, unknown> {
  return JSON.parse(readFileSync(fixturePath(...parts), 'utf8')) as Record<string, unknown>;
}

export const FAKE_TOKEN = 'fake-token-for-127-0-0-1';

export function fakeCredential(): TokenCredential & { calls: number } {
  const cred = {
    calls: 0,
    async getToken(): Promise<AccessToken> {
      cred.calls++;
      return { token: FAKE_TOKEN, expiresOnTimestamp: Date.now() + 3600_000 };
    },
  };
  return cred;
}

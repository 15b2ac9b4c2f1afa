import type { SourceFile } from '../../parse/source.ts';

const TEST_FILE = /(?:^|\/)(?:__tests__|__mocks__|tests?|spec|e2e)\/|\.(?:test|spec|e2e-spec)\.[cm]?[jt]sx?$/;

/**
 * Test code (`test/`, `__tests__/`, `*.test.ts`, `*.spec.js`) builds throw-away apps: a plugin registered
 * without its prefix or its auth plugin, a router mounted bare. Read as the app, it would add phantom
 * endpoints with missing middleware, so adapters leave it out. Paths are relative to the scanned folder,
 * so scanning a fixture inside a `test/` folder still works.
 */
export function isTestFile(file: SourceFile): boolean {
  return TEST_FILE.test(file.rel);
}

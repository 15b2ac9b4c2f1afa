import { describe, expect, it } from 'vitest';
import { isClientComponent } from '../../src/parse/project.ts';

describe("isClientComponent ('use client' directive)", () => {
  it.each([
    ["'use client';\nexport default function A() {}", true],
    ['"use client"\nexport default 1', true],
    ["\uFEFF// form\n/* block\n comment */\n  'use client';", true],
    ["/** a */ /** b */ 'use client'", true],
    ["'use server';", false],
    ["'use clientele';", false],
    ["const a = 'use client';", false],
    ["// 'use client'\nexport const b = 1;", false],
    ['/* unterminated', false],
    ['// only a comment', false],
  ])('%j → %s', (text, expected) => {
    expect(isClientComponent(text)).toBe(expected);
  });

  it('reads a long licence header in linear time (the old regex backtracked for minutes on angular.js)', () => {
    // many block comments, and `*/`-like text inside, with no directive after them: exponential for the old regex
    const header = '/**\n * @license x\n * a */ /* b */\n'.repeat(2000);
    const text = `${header}(function (window) { 'use strict'; })(window);\n`;
    expect(isClientComponent(text)).toBe(false);
    expect(isClientComponent(`${header}'use client';`)).toBe(true);
  });
});

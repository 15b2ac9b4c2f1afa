import { describe, expect, it } from 'vitest';
import { singular } from '../../src/core/words.ts';

describe('singular', () => {
  it.each([
    ['expenses', 'expense'],
    ['cases', 'case'],
    ['licenses', 'license'],
    ['statuses', 'status'],
    ['addresses', 'address'],
    ['boxes', 'box'],
    ['matches', 'match'],
    ['categories', 'category'],
    ['users', 'user'],
    ['status', 'status'],
    ['analysis', 'analysis'],
  ])('%s → %s', (plural, one) => {
    expect(singular(plural)).toBe(one);
  });
});

import { describe, expect, test } from 'vitest';
import { MAX_NAME_GENERATION_CREATE_ATTEMPTS, retryGeneratedName } from './generatedName.js';

describe('retryGeneratedName (createWithGenerateNameRetry)', () => {
  const drawing = (): { draw: () => string; drawn: () => number } => {
    let n = 0;
    return { draw: () => `web-${++n}`, drawn: () => n };
  };

  test('the first free draw wins, and no more names are drawn', () => {
    const d = drawing();
    expect(retryGeneratedName(d.draw, (name) => ['web-1', 'web-2'].includes(name))).toBe('web-3');
    expect(d.drawn()).toBe(3);
  });

  test('eight attempts in all: the eighth draw comes back taken, for the caller\'s AlreadyExists', () => {
    const d = drawing();
    expect(retryGeneratedName(d.draw, () => true)).toBe(`web-${MAX_NAME_GENERATION_CREATE_ATTEMPTS}`);
    expect(d.drawn()).toBe(8);
  });
});

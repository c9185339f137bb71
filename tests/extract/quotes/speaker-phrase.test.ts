import { describe, expect, it } from 'vitest';
import { forgetMemos } from '../../../src/extract/quotes/memo';
import { speakerPhrase, speakerPhraseAtEnd } from '../../../src/extract/quotes/speaker-phrase';

describe('speaker phrases, remembered by text', () => {
  it('give the same phrase at any offset, shifted, whether remembered or not', () => {
    forgetMemos();
    const cold = speakerPhrase(' Foreign Ministry spokesperson Mao Ning', 10);
    const warm = speakerPhrase(' Foreign Ministry spokesperson Mao Ning', 50);
    expect(cold).toEqual({ kind: 'person', mention: 'Foreign Ministry spokesperson Mao Ning', start: 11, end: 49, name: 'Mao Ning', role: 'Foreign Ministry spokesperson' });
    expect(warm).toEqual({ ...cold, start: 51, end: 89 });
    expect(warm).not.toBe(cold);
  });

  it('read the end of a stretch the same way after the words were remembered', () => {
    forgetMemos();
    const text = 'In a statement, the Housing Authority said';
    const before = 'In a statement, the Housing Authority ';
    const cold = speakerPhraseAtEnd(before, 0);
    speakerPhrase('the Housing Authority', 100);
    expect(speakerPhraseAtEnd(before, 0)).toEqual(cold);
    expect(cold).toMatchObject({ kind: 'organization', name: 'Housing Authority', start: 16, end: text.indexOf(' said') });
    expect(speakerPhraseAtEnd('said, and', 0)).toBeUndefined();
  });
});

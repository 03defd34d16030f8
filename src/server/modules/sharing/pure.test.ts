import { describe, expect, it } from 'vitest';
import { sharedLength, shareIntent, X_URL_LENGTH } from './networks';
import { distanceFromSuggestions, findBlockedWords, fold, normalisedDistance, withDisclosure } from './text-rules';

describe('text rules', () => {
  it('folds case, accents and whitespace', () => {
    expect(fold('  Perché   ÀNCORA\n qui ')).toBe('perche ancora qui');
  });

  it('finds blocked words as whole words, ignoring case and accents', () => {
    const blocked = ['concorrènte', 'gratis', 'offerta speciale'];
    expect(findBlockedWords('Meglio del CONCORRENTE!', blocked)).toEqual(['concorrènte']);
    expect(findBlockedWords('I concorrenti e la gratuità', blocked)).toEqual([]);
    expect(findBlockedWords('Un’Offerta  Speciale, davvero', blocked)).toEqual(['offerta speciale']);
  });

  it('adds the disclosure once as a suffix', () => {
    expect(withDisclosure('Bello!', '#dipendente')).toBe('Bello!\n\n#dipendente');
    expect(withDisclosure('Bello! #Dipendente', '#dipendente')).toBe('Bello! #Dipendente');
  });

  it('computes the normalised Levenshtein distance on a known pair', () => {
    expect(normalisedDistance('kitten', 'sitting')).toBeCloseTo(3 / 7, 5);
    expect(normalisedDistance('', '')).toBe(0);
  });

  it('ignores the tracked link, the disclosure, case and accents when comparing with suggestions', () => {
    const link = 'http://localhost:3000/l/abc';
    const d = distanceFromSuggestions(`CAFFÈ buono ${link}\n\n#dip`, ['Un altro testo', 'caffe   buono'], [link, '#dip']);
    expect(d).toBe(0);
    expect(distanceFromSuggestions('anything', [], [])).toBe(1);
  });
});

describe('networks', () => {
  it('counts a link as 23 characters on X whatever its length', () => {
    expect(sharedLength('x', 'a'.repeat(256), 80)).toBe(256 + 1 + X_URL_LENGTH);
    expect(sharedLength('linkedin', 'ab', 30)).toBe(2 + 2 + 30);
    expect(sharedLength('x', '😀', 10)).toBe(1 + 1 + X_URL_LENGTH);
  });

  it('builds share intents that encode the text and the link', () => {
    const link = 'http://localhost:3000/l/Ab3';
    const text = 'Ciao & benvenuti #team';
    expect(shareIntent('x', text, link).intentUrl).toBe(
      'https://x.com/intent/post?text=Ciao%20%26%20benvenuti%20%23team&url=http%3A%2F%2Flocalhost%3A3000%2Fl%2FAb3',
    );
    expect(shareIntent('linkedin', text, link).intentUrl).toBe(
      `https://www.linkedin.com/feed/?shareActive=true&text=${encodeURIComponent(`${text}\n\n${link}`)}`,
    );
    const fb = shareIntent('facebook', text, link);
    expect(fb.intentUrl).toBe(`https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(link)}`);
    expect(fb.intentUrl).not.toContain('Ciao');
    expect(fb.clipboardText).toBe(text);
    expect(shareIntent('whatsapp', text, link).intentUrl).toBe(`https://wa.me/?text=${encodeURIComponent(`${text}\n\n${link}`)}`);
    expect(shareIntent('telegram', text, link).intentUrl).toBe(
      `https://t.me/share/url?url=${encodeURIComponent(link)}&text=${encodeURIComponent(text)}`,
    );
    expect(shareIntent('email', text, link, 'Oggetto sì').intentUrl).toBe(
      `mailto:?subject=Oggetto%20s%C3%AC&body=${encodeURIComponent(`${text}\n\n${link}`)}`,
    );
    expect(shareIntent('copy', text, link)).toEqual({ intentUrl: null, clipboardText: `${text}\n\n${link}`, copyOnly: true });
  });
});

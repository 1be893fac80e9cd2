/**
 * The words of a search marked in a result's plain text, the way the server matches them:
 * case- and accent-insensitive ("rejeicao" marks "Rejeição"). Pure: no DOM, no Lit.
 */

/** Lower case without diacritics, one output character per input UTF-16 unit where possible. */
function fold(char: string): string {
  return char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The search's words (2 characters or more), folded, longest first so overlapping marks prefer them. */
export function searchTerms(q: string | undefined): string[] {
  if (!q) return [];
  const words = fold(q).split(/[^\p{L}\p{N}]+/u).filter((word) => word.length >= 2);
  return [...new Set(words)].sort((a, b) => b.length - a.length);
}

/** A run of the text, `marked` where it matches one of the terms. */
export interface TextRun {
  text: string;
  marked: boolean;
}

/** Splits `text` into runs, marking every occurrence of any term (accent- and case-insensitive). */
export function markTerms(text: string, terms: readonly string[]): TextRun[] {
  if (!terms.length || !text) return [{ text, marked: false }];
  // the folded text, and for each of its characters the index in `text` it came from
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const f = fold(text[i]!);
    for (let k = 0; k < f.length; k++) origin.push(i);
    folded += f;
  }
  const marked = new Uint8Array(text.length);
  for (const term of terms) {
    let from = folded.indexOf(term);
    while (from !== -1) {
      const start = origin[from]!;
      const end = origin[from + term.length - 1]!;
      for (let i = start; i <= end; i++) marked[i] = 1;
      from = folded.indexOf(term, from + term.length);
    }
  }
  const runs: TextRun[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i === text.length || marked[i] !== marked[start]) {
      runs.push({ text: text.slice(start, i), marked: marked[start] === 1 });
      start = i;
    }
  }
  return runs;
}

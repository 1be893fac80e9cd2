/// <reference types="node" />
/**
 * The matched words of a search marked in a result's plain text (src/modules/solutions/solution-text.ts),
 * as the server matches them: case- and accent-insensitive, every occurrence, original text kept.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { markTerms, searchTerms } from '../../src/modules/solutions/solution-text.js';

const marked = (text: string, q: string) => markTerms(text, searchTerms(q)).filter((r) => r.marked).map((r) => r.text);

describe('solution search marks', () => {
  it('folds case and accents both ways: "REJEICAO" marks "rejeição", "férias" marks "FERIAS"', () => {
    assert.deepEqual(marked('Erro de rejeição 539 na NF-e', 'REJEICAO'), ['rejeição']);
    assert.deepEqual(marked('Cálculo de FERIAS coletivas', 'férias'), ['FERIAS']);
  });

  it('marks every occurrence of every word, and the runs rebuild the text exactly', () => {
    const text = 'NF-e rejeitada: a NF-e 539 volta com rejeição 539.';
    const runs = markTerms(text, searchTerms('nf-e 539'));
    assert.equal(runs.map((r) => r.text).join(''), text);
    assert.deepEqual(runs.filter((r) => r.marked).map((r) => r.text), ['NF', 'NF', '539', '539']);
  });

  it('ignores one-letter words and an empty search (nothing marked)', () => {
    assert.deepEqual(searchTerms('a e o'), []);
    assert.deepEqual(markTerms('texto', []), [{ text: 'texto', marked: false }]);
    assert.deepEqual(marked('Como configurar', ''), []);
  });

  it('merges overlapping words into one mark (longest first)', () => {
    assert.deepEqual(marked('Configuração do configurador', 'config configura'), ['Configura', 'configura']);
  });
});

/** LGPD term per organization (acceptance null in A so the acceptance flow is demonstrable). */
import { HOSTILE_SNIPPETS } from './details.js';
import { ORG_A, ORG_B } from './organizations.js';
import type { LgpdTermRecord, PersonRecord } from './types.js';

export const LGPD_VERSION = '3.1';

const CONTENT = `<h2>Termo de Tratamento de Dados Pessoais</h2>
<p>Em conformidade com a <strong>Lei nº 13.709/2018 (LGPD)</strong>, a TOTVS S.A., na qualidade de
<em>operadora</em>, trata os dados pessoais inseridos pelo CLIENTE (controlador) nos sistemas contratados.</p>
<h3>1. Finalidade</h3><p>Os dados são tratados exclusivamente para a prestação dos serviços de suporte, hospedagem e atualização.</p>
<h3>2. Direitos dos titulares</h3><ul><li>Confirmação da existência de tratamento;</li><li>Acesso e correção dos dados;</li><li>Eliminação dos dados desnecessários.</li></ul>
<h3>3. Encarregado (DPO)</h3><p>Contato: <a href="mailto:dpo@totvs.com.br">dpo@totvs.com.br</a> — <a href="https://www.totvs.com/politica-de-privacidade/">Política de Privacidade</a>.</p>
${HOSTILE_SNIPPETS[0]}
<p>Versão ${LGPD_VERSION}, publicada em 01/08/2026.</p>`;

export function createLgpdTerms(fernanda: PersonRecord): Map<string, LgpdTermRecord> {
  const base = { version: LGPD_VERSION, publishedAt: '2026-08-01T09:00:00-03:00', title: 'Termo de Tratamento de Dados Pessoais — LGPD', contentHtml: CONTENT };
  return new Map<string, LgpdTermRecord>([
    [ORG_A, { ...base, acceptance: null }],
    [ORG_B, { ...base, acceptance: { version: LGPD_VERSION, acceptedAt: '2026-08-12T10:41:00-03:00', acceptedBy: { ...fernanda } } }],
  ]);
}

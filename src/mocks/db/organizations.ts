/** Organizations, the signed-in users and each organization's contacts. */
import { AGENT_NAMES, JOB_TITLES, asciiSlug, cnpjFromBase, emailFor, randomName, randomPhone } from './names.js';
import { type Rng, chance, int, pick, rngFor, weighted } from './random.js';
import { DAY, HOUR, REF_MS, iso } from './time.js';
import type { ContactRecord, OrganizationRecord, PersonRecord, UserRecord } from './types.js';

export const ORG_A = 'org-metalurgica-paulista';
export const ORG_B = 'org-sabor-do-sul';
export const USER_ANA = 'usr-ana';
export const USER_MEMBER = 'usr-bruno';
export const USER_ADMIN_A2 = 'usr-carlos';
export const USER_ADMIN_B = 'usr-fernanda';

export function createOrganizations(): OrganizationRecord[] {
  return [
    {
      id: ORG_A,
      name: 'Metalúrgica Paulista S.A.',
      code: 'T45871',
      legalName: 'Metalúrgica Paulista S.A.',
      tradeName: 'Metalúrgica Paulista',
      cnpj: cnpjFromBase('611981640001'),
      stateRegistration: '110.042.490.114',
      address: {
        street: 'Avenida Presidente Wilson',
        number: '4930',
        complement: 'Galpão 3',
        district: 'Ipiranga',
        city: 'São Paulo',
        state: 'SP',
        postalCode: '04220-000',
        country: 'BR',
      },
      phone: '+55 11 2065-4000',
      segment: 'Manufatura',
      subsegment: 'Metalurgia e Siderurgia',
      size: 'large',
      customerSince: '2004-03-15',
      salesExecutive: { name: 'Marcelo Tavares', email: 'marcelo.tavares@totvs.com.br', phone: '+55 11 2099-7000' },
      relationshipManager: { name: 'Patrícia Guimarães', email: 'patricia.guimaraes@totvs.com.br', phone: '+55 11 2099-7100' },
      domain: 'metalurgicapaulista.com.br',
      ddd: '11',
    },
    {
      id: ORG_B,
      name: 'Rede Sabor do Sul Alimentos',
      code: 'T62034',
      legalName: 'Rede Sabor do Sul Alimentos Ltda.',
      tradeName: 'Sabor do Sul',
      cnpj: cnpjFromBase('894377520001'),
      address: {
        street: 'Avenida Assis Brasil',
        number: '2611',
        district: 'Cristo Redentor',
        city: 'Porto Alegre',
        state: 'RS',
        postalCode: '91010-007',
        country: 'BR',
      },
      phone: '+55 51 3344-9000',
      segment: 'Varejo',
      subsegment: 'Supermercados',
      size: 'medium',
      customerSince: '2011-08-01',
      salesExecutive: { name: 'Luciana Werner', email: 'luciana.werner@totvs.com.br' },
      domain: 'sabordosul.com.br',
      ddd: '51',
    },
  ];
}

export function createUsers(): UserRecord[] {
  return [
    {
      id: USER_ANA,
      name: 'Ana Beatriz Carvalho',
      email: 'ana.carvalho@metalurgicapaulista.com.br',
      phone: '+55 11 98765-4321',
      jobTitle: 'Coordenadora de TI',
      language: 'pt-BR',
      timeZone: 'America/Sao_Paulo',
      defaultOrganizationId: ORG_A,
    },
    {
      id: USER_MEMBER,
      name: 'Bruno Henrique Souza',
      email: 'bruno.souza@metalurgicapaulista.com.br',
      phone: '+55 11 97654-3210',
      jobTitle: 'Analista Fiscal',
      language: 'pt-BR',
      timeZone: 'America/Sao_Paulo',
      defaultOrganizationId: ORG_A,
    },
  ];
}

const AREAS = ['support', 'finance', 'ombudsman'] as const;

function randomAreas(rng: Rng): ContactRecord['areas'] {
  const areas = AREAS.filter((area, i) => chance(rng, i === 0 ? 0.85 : 0.3));
  return areas.length > 0 ? areas : undefined;
}

function generatedContacts(rng: Rng, org: OrganizationRecord, prefix: string, count: number, taken: Set<string>): ContactRecord[] {
  const out: ContactRecord[] = [];
  for (let i = 1; out.length < count; i++) {
    const { first, last, name } = randomName(rng);
    let email = emailFor(first, last, org.domain);
    if (taken.has(email)) email = email.replace('@', `${i}@`);
    if (taken.has(email)) continue;
    taken.add(email);
    const status = weighted(rng, [['active', 80], ['inactive', 12], ['invited', 8]] as const);
    const createdMs = REF_MS - int(rng, 30, 3000) * DAY - int(rng, 0, 23) * HOUR;
    const contact: ContactRecord = {
      id: `ctt-${prefix}${String(out.length + 1).padStart(3, '0')}`,
      name,
      email,
      role: 'member',
      status,
      createdAt: iso(createdMs),
    };
    if (chance(rng, 0.7)) contact.phone = randomPhone(rng, org.ddd);
    if (chance(rng, 0.8)) contact.jobTitle = pick(rng, JOB_TITLES);
    const areas = randomAreas(rng);
    if (areas) contact.areas = areas;
    if (status === 'active') contact.lastAccessAt = iso(REF_MS - int(rng, 0, 90 * 24) * HOUR);
    out.push(contact);
  }
  return out;
}

/** Contacts per organization. The signed-in users are contacts too (same ids). */
export function createContacts(seed: number, orgs: OrganizationRecord[]): Map<string, Map<string, ContactRecord>> {
  const [orgA, orgB] = orgs as [OrganizationRecord, OrganizationRecord];
  const a: ContactRecord[] = [
    {
      id: USER_ANA, name: 'Ana Beatriz Carvalho', email: 'ana.carvalho@metalurgicapaulista.com.br',
      phone: '+55 11 98765-4321', jobTitle: 'Coordenadora de TI', role: 'admin', areas: ['support', 'finance', 'ombudsman'],
      status: 'active', createdAt: '2016-05-02T09:12:00-03:00', lastAccessAt: '2026-11-28T11:41:00-03:00',
    },
    {
      id: USER_ADMIN_A2, name: 'Carlos Eduardo Lima', email: 'carlos.lima@metalurgicapaulista.com.br',
      phone: '+55 11 99812-0034', jobTitle: 'Gerente de TI', role: 'admin', areas: ['support', 'finance'],
      status: 'active', createdAt: '2012-02-14T14:30:00-03:00', lastAccessAt: '2026-11-27T17:05:00-03:00',
    },
    {
      id: USER_MEMBER, name: 'Bruno Henrique Souza', email: 'bruno.souza@metalurgicapaulista.com.br',
      phone: '+55 11 97654-3210', jobTitle: 'Analista Fiscal', role: 'member', areas: ['support'],
      status: 'active', createdAt: '2021-09-20T10:00:00-03:00', lastAccessAt: '2026-11-26T08:47:00-03:00',
    },
  ];
  const b: ContactRecord[] = [
    {
      id: USER_ADMIN_B, name: 'Fernanda Rocha Dias', email: 'fernanda.dias@sabordosul.com.br',
      phone: '+55 51 99123-4567', jobTitle: 'Diretora Administrativa', role: 'admin', areas: ['support', 'finance', 'ombudsman'],
      status: 'active', createdAt: '2011-08-03T11:00:00-03:00', lastAccessAt: '2026-11-25T15:20:00-03:00',
    },
    {
      id: USER_ANA, name: 'Ana Beatriz Carvalho', email: 'ana.carvalho@metalurgicapaulista.com.br',
      phone: '+55 11 98765-4321', jobTitle: 'Coordenadora de TI', role: 'member', areas: ['support'],
      status: 'active', createdAt: '2023-03-10T09:00:00-03:00', lastAccessAt: '2026-11-20T10:15:00-03:00',
    },
  ];
  const rng = rngFor(seed, 'contacts');
  const takenA = new Set(a.map((c) => c.email));
  const takenB = new Set(b.map((c) => c.email));
  a.push(...generatedContacts(rng, orgA, 'a', 37, takenA));
  b.push(...generatedContacts(rng, orgB, 'b', 11, takenB));
  return new Map([
    [orgA.id, new Map(a.map((c) => [c.id, c]))],
    [orgB.id, new Map(b.map((c) => [c.id, c]))],
  ]);
}

/** TOTVS support analysts who answer tickets. */
export function createAgents(): PersonRecord[] {
  return AGENT_NAMES.map((name, i) => {
    const parts = name.split(' ');
    return {
      id: `agt-${String(i + 1).padStart(2, '0')}`,
      name: `${name} (TOTVS)`,
      email: `${asciiSlug(parts[0] ?? name)}.${asciiSlug(parts[parts.length - 1] ?? name)}@totvs.com.br`,
    };
  });
}

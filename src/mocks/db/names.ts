/** pt-BR name pools and helpers for people, e-mails and documents. */
import { type Rng, int, pick } from './random.js';

export const FIRST_NAMES = [
  'Ana', 'Beatriz', 'Camila', 'Daniela', 'Eduarda', 'Fernanda', 'Gabriela', 'Helena', 'Isabela', 'Juliana',
  'Larissa', 'Mariana', 'Natália', 'Patrícia', 'Renata', 'Sabrina', 'Tatiane', 'Vanessa', 'Aline', 'Luana',
  'Carolina', 'Letícia', 'Priscila', 'Débora', 'Simone', 'Cláudia', 'Márcia', 'Adriana', 'Rafaela', 'Jéssica',
  'André', 'Bruno', 'Carlos', 'Diego', 'Eduardo', 'Felipe', 'Gustavo', 'Henrique', 'Igor', 'João',
  'Leonardo', 'Marcelo', 'Nicolas', 'Otávio', 'Paulo', 'Rafael', 'Rodrigo', 'Sérgio', 'Thiago', 'Vinícius',
  'Lucas', 'Mateus', 'Fábio', 'Luiz', 'Márcio', 'Renato', 'Ricardo', 'Wagner', 'Caio', 'Gilberto',
] as const;

export const SURNAMES = [
  'Silva', 'Santos', 'Oliveira', 'Souza', 'Rodrigues', 'Ferreira', 'Alves', 'Pereira', 'Lima', 'Gomes',
  'Costa', 'Ribeiro', 'Martins', 'Carvalho', 'Almeida', 'Lopes', 'Soares', 'Fernandes', 'Vieira', 'Barbosa',
  'Rocha', 'Dias', 'Nascimento', 'Andrade', 'Moreira', 'Nunes', 'Marques', 'Machado', 'Mendes', 'Freitas',
  'Cardoso', 'Ramos', 'Gonçalves', 'Santana', 'Teixeira', 'Araújo', 'Pinto', 'Moura', 'Cavalcanti', 'Bezerra',
  'Nogueira', 'Tavares', 'Brandão', 'Queiroz', 'Farias', 'Monteiro', 'Peixoto', 'Campos', 'Siqueira', 'Fonseca',
] as const;

export const JOB_TITLES = [
  'Analista de TI', 'Analista Fiscal', 'Coordenadora Financeira', 'Gerente de TI', 'Analista de Sistemas',
  'Supervisor de Produção', 'Analista de Custos', 'Contador', 'Analista de RH', 'Comprador',
  'Gerente Administrativo', 'Analista de Suporte', 'Controller', 'Assistente Fiscal', 'Coordenador de Logística',
  'Analista Contábil', 'Diretora Financeira', 'Analista de Faturamento', 'Técnico de Informática', 'Gerente de Compras',
] as const;

/** TOTVS support analysts (ticket agents). */
export const AGENT_NAMES = [
  'Rafael Nogueira', 'Juliana Prado', 'Marcos Vinícius Leal', 'Priscila Antunes', 'Thiago Bittencourt',
  'Camila Rezende', 'Eduardo Falcão', 'Larissa Menezes', 'Gustavo Paiva', 'Tatiane Coutinho',
  'Felipe Arantes', 'Renata Quintela',
] as const;

/** Lower-case ASCII slug of a name part (for e-mails). */
export function asciiSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.+|\.+$/g, '');
}

/** Text folded for free-text search (case and accent insensitive). */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

export function randomName(rng: Rng): { first: string; last: string; name: string } {
  const first = pick(rng, FIRST_NAMES);
  const last = pick(rng, SURNAMES);
  const middle = rng() < 0.35 ? `${pick(rng, SURNAMES)} ` : '';
  return { first, last, name: `${first} ${middle}${last}` };
}

export function emailFor(first: string, last: string, domain: string): string {
  return `${asciiSlug(first)}.${asciiSlug(last)}@${domain}`;
}

export function randomPhone(rng: Rng, ddd: string): string {
  return `+55 ${ddd} 9${int(rng, 1000, 9999)}-${int(rng, 1000, 9999)}`;
}

/** CNPJ with valid check digits: base = 12 digits. */
export function cnpjFromBase(base12: string): string {
  const digits = base12.split('').map(Number);
  const dv = (ds: number[]): number => {
    const weights = ds.length === 12 ? [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2] : [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
    const sum = ds.reduce((acc, d, i) => acc + d * (weights[i] ?? 0), 0);
    const rest = sum % 11;
    return rest < 2 ? 0 : 11 - rest;
  };
  const d1 = dv(digits);
  const d2 = dv([...digits, d1]);
  const all = [...digits, d1, d2].join('');
  return `${all.slice(0, 2)}.${all.slice(2, 5)}.${all.slice(5, 8)}/${all.slice(8, 12)}-${all.slice(12, 14)}`;
}

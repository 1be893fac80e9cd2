/** 10,000 ticket-like rows, the same for every implementation (deterministic). */
export interface BenchTicket {
  id: string;
  number: string;
  subject: string;
  status: string;
  priority: string;
  product: string;
  requester: string;
  updated: string;
}

const SUBJECTS = [
  'Erro ao emitir nota fiscal eletrônica', 'Lentidão no fechamento do mês', 'Dúvida sobre apuração de ICMS',
  'Falha na integração com o banco', 'Relatório de estoque divergente', 'Rejeição 539 na transmissão da nota',
  'Usuário sem acesso ao módulo', 'Atualização de release', 'Cálculo de férias incorreto', 'Boleto não registrado',
];
const STATUSES = ['Aberto', 'Em andamento', 'Aguardando cliente', 'Resolvido', 'Fechado'];
const PRIORITIES = ['Baixa', 'Normal', 'Alta', 'Urgente'];
const PRODUCTS = ['Protheus 12.1.2310', 'RM 12.1.2402', 'Datasul 12.1.34', 'Fluig 2.0', 'Winthor 3.2'];
const PEOPLE = ['Ana Carvalho', 'Bruno Lima', 'Carla Souza', 'Diego Martins', 'Elisa Rocha', 'Fábio Nunes'];

export function makeTickets(count = 10_000): BenchTicket[] {
  const base = Date.UTC(2025, 0, 1);
  const format = new Intl.DateTimeFormat('pt-BR', { dateStyle: 'short', timeStyle: 'short', timeZone: 'UTC' });
  return Array.from({ length: count }, (_, i) => ({
    id: `tk-${i + 1}`,
    number: String(2_400_000 + i),
    subject: `${SUBJECTS[i % SUBJECTS.length]} (${i + 1})`,
    status: STATUSES[(i * 7) % STATUSES.length]!,
    priority: PRIORITIES[(i * 3) % PRIORITIES.length]!,
    product: PRODUCTS[(i * 11) % PRODUCTS.length]!,
    requester: PEOPLE[(i * 5) % PEOPLE.length]!,
    updated: format.format(new Date(base + i * 3_600_000)),
  }));
}

export const FIELDS = ['number', 'subject', 'status', 'priority', 'product', 'requester', 'updated'] as const;
export const HEADERS = ['Número', 'Assunto', 'Situação', 'Prioridade', 'Produto', 'Solicitante', 'Atualizado'];

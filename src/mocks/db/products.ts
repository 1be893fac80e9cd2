/** Each organization's registered products (Meus produtos). */
import { ORG_A, ORG_B } from './organizations.js';
import { lineById } from './catalog.js';
import type { ProductRecord } from './types.js';

type Seed = Omit<ProductRecord, 'lineName' | 'organizationId'> & { organizationId?: string };

const A: Seed[] = [
  { id: 'prd-a01', lineId: 'protheus', version: '12.1.2310', release: '12.1.2310.14', database: 'Microsoft SQL Server 2019', operatingSystem: 'Windows Server 2022', environment: 'production', shareTicketsInSolutionSearch: true, notes: 'Ambiente principal — matriz e filiais de Guarulhos e Sorocaba.', createdAt: '2019-06-03T09:00:00-03:00', updatedAt: '2026-09-14T18:22:00-03:00' },
  { id: 'prd-a02', lineId: 'protheus', version: '12.1.2410', release: '12.1.2410.3', database: 'Microsoft SQL Server 2019', operatingSystem: 'Windows Server 2022', environment: 'homologation', shareTicketsInSolutionSearch: true, notes: 'Homologação da migração para a release 2410.', createdAt: '2025-02-10T10:30:00-03:00', updatedAt: '2026-10-02T11:00:00-03:00' },
  { id: 'prd-a03', lineId: 'rm', version: '12.1.2402', database: 'Microsoft SQL Server 2019', operatingSystem: 'Windows Server 2019', environment: 'production', shareTicketsInSolutionSearch: false, createdAt: '2017-01-16T08:15:00-03:00', updatedAt: '2026-03-01T09:40:00-03:00' },
  { id: 'prd-a04', lineId: 'fluig', version: '1.8.2', database: 'MySQL 8.0', operatingSystem: 'Ubuntu Server 22.04', environment: 'production', shareTicketsInSolutionSearch: true, createdAt: '2020-08-24T14:00:00-03:00', updatedAt: '2026-05-19T16:45:00-03:00' },
  { id: 'prd-a05', lineId: 'logix', version: '12.1.2403', database: 'Oracle 19c', operatingSystem: 'Red Hat Enterprise Linux 8', environment: 'production', shareTicketsInSolutionSearch: false, notes: 'Unidade de Caxias do Sul (incorporada em 2022).', createdAt: '2022-04-04T10:00:00-03:00', updatedAt: '2025-11-11T10:00:00-03:00' },
  { id: 'prd-a06', lineId: 'datasul', version: '12.1.2403', database: 'Progress OpenEdge 12.2', operatingSystem: 'Red Hat Enterprise Linux 8', environment: 'production', shareTicketsInSolutionSearch: true, createdAt: '2018-10-01T09:00:00-03:00', updatedAt: '2026-01-20T13:30:00-03:00' },
  { id: 'prd-a07', lineId: 'rm', version: '12.1.2502', database: 'Microsoft SQL Server 2019', operatingSystem: 'Windows Server 2022', environment: 'homologation', shareTicketsInSolutionSearch: false, createdAt: '2026-06-08T15:20:00-03:00', updatedAt: '2026-06-08T15:20:00-03:00' },
  { id: 'prd-a08', lineId: 'fluig', version: '2.0.0', environment: 'development', shareTicketsInSolutionSearch: false, notes: 'Prova de conceito do Fluig 2.0 (sem chamados).', createdAt: '2026-10-15T09:00:00-03:00', updatedAt: '2026-10-15T09:00:00-03:00' },
];

const B: Seed[] = [
  { id: 'prd-b01', lineId: 'winthor', version: '3.1', database: 'Oracle 19c', operatingSystem: 'Oracle Linux 8', environment: 'production', shareTicketsInSolutionSearch: true, createdAt: '2015-03-02T09:00:00-03:00', updatedAt: '2026-07-07T10:10:00-03:00' },
  { id: 'prd-b02', lineId: 'consinco', version: '2024.09', database: 'Oracle 19c', operatingSystem: 'Oracle Linux 8', environment: 'production', shareTicketsInSolutionSearch: true, notes: 'Frente de loja das 42 unidades.', createdAt: '2019-11-18T11:00:00-03:00', updatedAt: '2026-08-30T08:00:00-03:00' },
  { id: 'prd-b03', lineId: 'fluig', version: '2.0.0', database: 'Microsoft SQL Server 2019', operatingSystem: 'Windows Server 2022', environment: 'production', shareTicketsInSolutionSearch: false, createdAt: '2024-02-05T14:00:00-03:00', updatedAt: '2026-02-05T14:00:00-03:00' },
];

/** Products whose tickets weight (per org): the development product gets none. */
export const PRODUCT_WEIGHTS: Record<string, readonly (readonly [string, number])[]> = {
  [ORG_A]: [['prd-a01', 52], ['prd-a02', 6], ['prd-a03', 16], ['prd-a04', 9], ['prd-a05', 7], ['prd-a06', 8], ['prd-a07', 2]],
  [ORG_B]: [['prd-b01', 55], ['prd-b02', 35], ['prd-b03', 10]],
};

/** A product without any ticket (DELETE answers 204). */
export const PRODUCT_WITHOUT_TICKETS = 'prd-a08';

export function createProducts(): ProductRecord[] {
  const build = (organizationId: string) => (p: Seed): ProductRecord => ({
    ...p,
    organizationId,
    lineName: lineById(p.lineId)?.name ?? p.lineId,
  });
  return [...A.map(build(ORG_A)), ...B.map(build(ORG_B))];
}

/** Display name of a product: "Protheus 12.1.2310". */
export function productName(p: Pick<ProductRecord, 'lineName' | 'version'>): string {
  return `${p.lineName} ${p.version}`;
}

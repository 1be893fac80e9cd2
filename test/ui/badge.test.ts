import { expect, fixture, html } from '@open-wc/testing';
import '../../src/ui/badge.js';
import type { MePriorityBadge, MeStatusBadge } from '../../src/ui/badge.js';
import { priorityBadge, statusBadge } from '../../src/ui/badge-templates.js';
import '../../src/ui/data-list/me-data-list.js';
import type { Column } from '../../src/ui/data-list/types.js';
import { textOf, useMockApi, waitForText } from '../helpers/portal.js';
import { mount, renderInLocale } from './render.js';

const STATUSES = ['new', 'open', 'pending', 'hold', 'solved', 'closed'] as const;
const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;

const statusRow = html`<p>${STATUSES.map((s) => html`<me-status-badge status=${s}></me-status-badge> `)}</p>`;
const priorityRow = html`<p>${PRIORITIES.map((p) => html`<me-priority-badge priority=${p}></me-priority-badge> `)}</p>`;

/** The drawing of each badge: different shapes, so nobody needs the colour to tell them apart. */
const shapes = (root: Element) => [...root.querySelectorAll('me-status-badge, me-priority-badge')]
  .map((b) => b.shadowRoot!.querySelector('svg')!.innerHTML);

describe('badges', () => {
  useMockApi();

  it('name the six ticket statuses in pt-BR, each with its own shape', async () => {
    const row = await mount<HTMLElement>(statusRow);
    expect(textOf(row).trim()).to.equal('Novo Em atendimento Aguardando cliente Em espera Resolvido Encerrado');
    expect(new Set(shapes(row)).size).to.equal(6);
    expect(row.querySelector('me-status-badge')!.shadowRoot!.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    await expect(row).to.be.accessible();
  });

  it('name the statuses in English and Spanish', async () => {
    const en = await renderInLocale<HTMLElement>('en', statusRow);
    await waitForText(en, 'New Open Pending On hold Solved Closed');
    const es = await renderInLocale<HTMLElement>('es', statusRow);
    await waitForText(es, 'Nuevo En atención Esperando al cliente En espera Resuelto Cerrado');
  });

  it('name the priorities with a distinct sign each, in three languages', async () => {
    const row = await mount<HTMLElement>(priorityRow);
    expect(textOf(row).trim()).to.equal('Baixa Normal Alta Urgente');
    expect(new Set(shapes(row)).size).to.equal(4);
    await expect(row).to.be.accessible();
    await waitForText(await renderInLocale('en', priorityRow), 'Low Normal High Urgent');
    await waitForText(await renderInLocale('es', priorityRow), 'Baja Normal Alta Urgente');
  });

  it('keep AA contrast in the dark theme too', async () => {
    const portal = await renderInLocale<HTMLElement>('pt-BR', html`<div>${statusRow}${priorityRow}<me-badge tone="danger">Vencida</me-badge></div>`);
    const page = portal.parentElement!;
    page.setAttribute('theme', 'dark');
    page.style.background = '#14191e';
    await new Promise((r) => setTimeout(r, 20));
    const urgent = portal.querySelector<MePriorityBadge>('me-priority-badge[priority=urgent]')!;
    expect(getComputedStyle(urgent.shadowRoot!.querySelector('.badge')!).color).to.equal('rgb(255, 138, 128)');
    await expect(portal).to.be.accessible();
  });

  it('a generic badge takes a tone with a matching icon; unknown values still show text', async () => {
    const badge = await fixture(html`<me-badge tone="success">Aprovada</me-badge>`);
    expect(textOf(badge).trim()).to.equal('Aprovada');
    expect(badge.shadowRoot!.querySelector('[data-tone=success] svg')).to.exist;
    await expect(badge).to.be.accessible();
    const future = await fixture<MeStatusBadge>(html`<me-status-badge status=${'escalated' as never}></me-status-badge>`);
    expect(textOf(future).trim()).to.equal('escalated');
  });

  it('render as templates inside a data list (styled by the list, no element per cell), same look as the elements', async () => {
    const t = (key: string) => ({ 'ticketStatus.pending': 'Aguardando cliente', 'priority.urgent': 'Urgente' } as Record<string, string>)[key] ?? key;
    const columns: Column<{ id: string }>[] = [
      { id: 'status', header: 'Situação', cell: () => statusBadge('pending', t) },
      { id: 'priority', header: 'Prioridade', cell: () => priorityBadge('urgent', t) },
    ];
    const list = await mount<HTMLElement>(html`<me-data-list style="height: 200px" .columns=${columns} .items=${[{ id: '1' }]}></me-data-list>`);
    await waitForText(list, 'Aguardando cliente');
    const root = list.shadowRoot!;
    expect(root.querySelector('me-status-badge, me-priority-badge')).to.equal(null);
    const pending = root.querySelector<HTMLElement>('.badge[data-tone=warning]')!;
    expect(textOf(pending).trim()).to.equal('Aguardando cliente');
    expect(pending.querySelector('svg')).to.exist;
    const element = await mount<MeStatusBadge>(html`<me-status-badge status="pending"></me-status-badge>`);
    const look = getComputedStyle(element.shadowRoot!.querySelector('.badge')!);
    expect(getComputedStyle(pending).color).to.equal(look.color);
    expect(getComputedStyle(pending).borderRadius).to.equal(look.borderRadius);
    expect(textOf(root.querySelector('.badge[data-tone=danger]')!).trim()).to.equal('Urgente');
    await expect(list).to.be.accessible();
  });
});

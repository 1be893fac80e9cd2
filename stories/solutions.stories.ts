import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { delay, http, HttpResponse } from 'msw';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/modules/solutions/define.js';
import type { MeSolutions } from '../src/modules/solutions/define.js';
import { injectFault, PROBLEM_BASE } from '../src/mocks/index.js';
import { apiUrl, FACTS, networkIdle, sentToApi } from './support/mock-api.js';
import { findDeep, shadow, visibleText } from './support/shadow.js';

const S = FACTS.solutions;

async function solutions(canvasElement: HTMLElement): Promise<MeSolutions> {
  return findDeep<MeSolutions>(canvasElement, 'me-solutions');
}

const results = (el: MeSolutions) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.result button.open')];
const view = (el: MeSolutions) => el.shadowRoot!.querySelector('me-solution-view');

async function shownResults(el: MeSolutions): Promise<HTMLButtonElement[]> {
  await waitFor(() => expect(results(el).length).toBeGreaterThan(0), { timeout: 8000 });
  await waitFor(() => expect(el.shadowRoot!.querySelector('.results')).toHaveAttribute('aria-busy', 'false'), { timeout: 8000 });
  return results(el);
}

/** The open solution's article, once its text is in (sanitized). */
async function openSolution(el: MeSolutions): Promise<ShadowRoot> {
  return waitFor(() => {
    const root = view(el)?.shadowRoot;
    expect(root?.querySelector('.content')?.textContent?.trim()).toBeTruthy();
    expect(root!.querySelector('.content .muted')).toBeNull();
    return root!;
  }, { timeout: 8000 });
}

const searches = () => sentToApi('GET', '/v1/solutions').map((r) => Object.fromEntries(new URL(r.url).searchParams));

const meta = {
  title: 'Modules/Solutions (Busca de soluções)',
  component: 'me-solutions',
  args: { q: '', productLineId: '', source: '', solutionId: '' },
  argTypes: { source: { control: 'inline-radio', options: ['', 'article', 'ticket'] } },
  render: (args) => html`<me-solutions q=${args.q as string} product-line-id=${args.productLineId as string}
    source=${args.source as string} solution-id=${args.solutionId as string}></me-solutions>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** No search yet: the most recent solutions, articles and shared solved requests, ten a page. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const el = await solutions(canvasElement);
    const shown = await shownResults(el);
    expect(shown).toHaveLength(10);
    expect(visibleText(el)).toMatch(/\d+ soluções encontradas/);
    const pages = el.shadowRoot!.querySelector('me-pagination')!;
    expect(shadow(pages).getByRole('navigation', { name: 'Páginas de resultados' })).toBeVisible();
  },
};

/** A search: the title match ranks first, the matched words are marked, "N de M acharam útil" shows. */
export const Search: Story = {
  args: { q: S.rareWords },
  play: async ({ canvasElement }) => {
    const el = await solutions(canvasElement);
    const shown = await shownResults(el);
    expect(shown[0]).toHaveTextContent(S.titleMatchTitle);
    expect([...shown[0]!.querySelectorAll('mark')].map((m) => m.textContent!.toLowerCase())).toEqual(expect.arrayContaining(['rejeição', '539']));
    const first = el.shadowRoot!.querySelector('.result')!;
    expect(visibleText(first)).toContain(`${S.helpful.yes} de ${S.helpful.yes + S.helpful.no} acharam útil`);
    expect(visibleText(el)).toMatch(new RegExp(`\\d+ soluções? para “${S.rareWords}”`));
  },
};

/** Accent- and case-insensitive: "REJEICAO 539" finds and marks "rejeição 539". */
export const AccentInsensitive: Story = {
  args: { q: 'REJEICAO 539' },
  play: async ({ canvasElement }) => {
    const el = await solutions(canvasElement);
    const shown = await shownResults(el);
    expect(shown[0]).toHaveTextContent(S.titleMatchTitle);
    expect(shown[0]!.querySelector('mark')).not.toBeNull();
  },
};

/** Only shared solved requests: no personal data, and the note that says so when one is opened. */
export const SharedRequests: Story = {
  args: { source: 'ticket' },
  play: async ({ canvasElement }) => {
    const el = await solutions(canvasElement);
    await shownResults(el);
    await networkIdle();
    expect(searches().at(-1)).toMatchObject({ source: 'ticket' });
    for (const badge of el.shadowRoot!.querySelectorAll('.result me-badge')) expect(badge).toHaveTextContent('Solicitação resolvida');
    expect(visibleText(el)).not.toMatch(/@/);
  },
};

/** The product-line filter: its options (the catalogue) load after the first results; a choice sends `productLineId`. */
export const ByProductLine: Story = {
  play: async ({ canvasElement }) => {
    const el = await solutions(canvasElement);
    await shownResults(el);
    const select = el.shadowRoot!.querySelectorAll('me-select')[0]!.shadowRoot!.querySelector('select')!;
    await waitFor(() => expect(select.options.length).toBeGreaterThan(1), { timeout: 8000 });
    await userEvent.selectOptions(select, 'protheus');
    await waitFor(() => expect(searches().at(-1)).toMatchObject({ productLineId: 'protheus', page: '1' }), { timeout: 8000 });
    await shownResults(el);
    for (const result of el.shadowRoot!.querySelectorAll('.result .meta')) expect(visibleText(result)).toContain('Protheus');
  },
};

/** Page 2 of a search: one request with `page=2`, other results. */
export const SecondPage: Story = {
  play: async ({ canvasElement }) => {
    const el = await solutions(canvasElement);
    const first = (await shownResults(el)).map((b) => b.textContent);
    await userEvent.click(shadow(el.shadowRoot!.querySelector('me-pagination')!).getByRole('button', { name: 'Página 2' }));
    await waitFor(() => expect(searches().at(-1)).toMatchObject({ page: '2' }), { timeout: 8000 });
    await waitFor(() => expect(results(el).map((b) => b.textContent)).not.toEqual(first), { timeout: 8000 });
  },
};

/** Nothing matches: it says so and offers to clear the search. */
export const Empty: Story = {
  args: { q: 'zzqxw kwyjibo' },
  play: async ({ canvasElement }) => {
    const el = await solutions(canvasElement);
    await waitFor(() => expect(visibleText(el)).toContain('Nenhuma solução encontrada'), { timeout: 8000 });
    await userEvent.click(shadow(el).getByRole('button', { name: 'Limpar busca e filtros' }));
    await shownResults(el);
  },
};

/** A solution open in place (deep link `solution-id`): sanitized text, the vote, related solutions, the way back. */
export const SolutionOpen: Story = {
  args: { solutionId: S.titleMatch },
  play: async ({ canvasElement }) => {
    const el = await solutions(canvasElement);
    const root = await openSolution(el);
    expect(root.querySelector('h2')).toHaveTextContent(S.titleMatchTitle);
    expect(root.querySelector('.counts')).toHaveTextContent(`${S.helpful.yes} de ${S.helpful.yes + S.helpful.no} usuários acharam isso útil`);
    expect(shadow(el).getByRole('button', { name: 'Voltar aos resultados' })).toBeVisible();
  },
};

/** "Esse artigo foi útil? Sim": one POST with an Idempotency-Key; the counts come from the answer; the vote can change. */
export const Vote: Story = {
  args: { solutionId: S.noVotes },
  play: async ({ canvasElement }) => {
    const el = await solutions(canvasElement);
    const root = await openSolution(el);
    expect(root.querySelector('.counts')).toHaveTextContent('Ninguém avaliou ainda');
    const yes = root.querySelector<HTMLButtonElement>('[part~="vote-yes"]')!;
    await userEvent.dblClick(yes);
    await waitFor(() => expect(root.querySelector('.counts')).toHaveTextContent('1 de 1 usuários acharam isso útil'), { timeout: 8000 });
    await networkIdle();
    const votes = sentToApi('POST', `/v1/solutions/${S.noVotes}/votes`);
    expect(votes).toHaveLength(1);
    expect(votes[0]!.headers.get('Idempotency-Key')).toBeTruthy();
    expect(yes).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(root.querySelector<HTMLButtonElement>('[part~="vote-no"]')!);
    await waitFor(() => expect(root.querySelector('.counts')).toHaveTextContent('0 de 1 usuários acharam isso útil'), { timeout: 8000 });
    expect(sentToApi('POST', `/v1/solutions/${S.noVotes}/votes`)).toHaveLength(2);
  },
};

/** A vote the server fails: the reason, and "Tentar de novo" with the same Idempotency-Key. */
export const VoteFailed: Story = {
  args: { solutionId: S.noVotes },
  beforeEach: () => {
    injectFault({ method: 'POST', path: '/solutions/:id/votes', status: 503, times: 1 });
  },
  play: async ({ canvasElement }) => {
    const el = await solutions(canvasElement);
    const root = await openSolution(el);
    await userEvent.click(root.querySelector<HTMLButtonElement>('[part~="vote-yes"]')!);
    await waitFor(() => expect(root.querySelector('[role=alert]')).toHaveTextContent('Não foi possível registrar seu voto.'), { timeout: 8000 });
    await userEvent.click(root.querySelector<HTMLButtonElement>('[part~="retry"]')!);
    await waitFor(() => expect(root.querySelector('.counts')).toHaveTextContent('1 de 1'), { timeout: 8000 });
    const keys = sentToApi('POST', `/v1/solutions/${S.noVotes}/votes`).map((r) => r.headers.get('Idempotency-Key'));
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBe(keys[1]);
  },
};

/** Hostile HTML from the server: scripts, handlers and `javascript:` links are removed; the text stays. */
export const HostileContent: Story = {
  args: { solutionId: S.hostile[0] },
  play: async ({ canvasElement }) => {
    const el = await solutions(canvasElement);
    const root = await openSolution(el);
    const content = root.querySelector('.content')!;
    expect(content.querySelector('script, iframe, object, embed')).toBeNull();
    for (const node of content.querySelectorAll('*')) {
      for (const attr of node.attributes) expect(attr.name.startsWith('on')).toBe(false);
    }
    for (const a of content.querySelectorAll('a')) expect(a.getAttribute('href') ?? '').not.toMatch(/^\s*javascript:/i);
  },
};

/** A solution that is gone (or no longer shared). */
export const NotFound: Story = {
  args: { solutionId: 'sol-does-not-exist' },
  play: async ({ canvasElement }) => {
    const el = await solutions(canvasElement);
    await waitFor(() => expect(visibleText(view(el)!)).toContain('Solução não encontrada'), { timeout: 8000 });
  },
};

/** While the first page is on its way. */
export const Loading: Story = {
  beforeEach: ({ msw }) => {
    msw.use(http.get(apiUrl('/solutions'), async () => {
      await delay('infinite');
      return HttpResponse.json({});
    }));
  },
  play: async ({ canvasElement }) => {
    const el = await solutions(canvasElement);
    await waitFor(() => expect(el.shadowRoot!.querySelector('[part~="state"]')).not.toBeNull());
    expect(results(el)).toHaveLength(0);
  },
};

/** The search fails once (500): the reason and "Tentar novamente", which brings the results. */
export const ErrorWithRetry: Story = {
  beforeEach: () => {
    injectFault({ method: 'GET', path: '/solutions', status: 500, times: 1 });
  },
  play: async ({ canvasElement }) => {
    const el = await solutions(canvasElement);
    const alert = await shadow(el).findByRole('alert', {}, { timeout: 8000 });
    expect(alert).toHaveTextContent('Não foi possível carregar os dados.');
    await userEvent.click(shadow(el).getByRole('button', { name: 'Tentar novamente' }));
    await shownResults(el);
  },
};

/** The server refuses (403): no-permission, no pointless retry. */
export const Forbidden: Story = {
  beforeEach: () => {
    injectFault({
      method: 'GET', path: '/solutions', status: 403, times: 1,
      body: { type: `${PROBLEM_BASE}forbidden`, title: 'Acesso negado', status: 403, detail: 'A busca de soluções não está liberada para o seu perfil.' },
    });
  },
  play: async ({ canvasElement }) => {
    const el = await solutions(canvasElement);
    const alert = await shadow(el).findByRole('alert', {}, { timeout: 8000 });
    expect(alert).toHaveTextContent('Você não tem permissão para ver isto.');
    expect(alert).toHaveTextContent('A busca de soluções não está liberada para o seu perfil.');
    expect(shadow(el).queryByRole('button', { name: 'Tentar novamente' })).toBeNull();
  },
};

/** A 200 whose payload breaks the contract: the field is named. */
export const MalformedPayload: Story = {
  beforeEach: () => {
    injectFault({ method: 'GET', path: '/solutions', body: { items: [{ id: 1 }], page: 1, pageSize: 10, total: 1 }, times: 1 });
  },
  play: async ({ canvasElement }) => {
    const el = await solutions(canvasElement);
    const alert = await shadow(el).findByRole('alert', {}, { timeout: 8000 });
    expect(alert).toHaveTextContent('O servidor enviou dados em um formato inesperado');
    expect(results(el)).toHaveLength(0);
  },
};

/** On a page without `<me-portal>`: it says how to fix the page. */
export const OutsidePortal: Story = {
  parameters: { portal: false },
  play: async ({ canvasElement }) => {
    const el = await solutions(canvasElement);
    const alert = await shadow(el).findByRole('alert');
    expect(alert).toHaveTextContent('Componente não configurado');
  },
};

/** In English. */
export const English: Story = {
  globals: { locale: 'en' },
  args: { solutionId: S.titleMatch },
  play: async ({ canvasElement }) => {
    const el = await solutions(canvasElement);
    const root = await openSolution(el);
    expect(visibleText(root.querySelector('.vote')!)).toContain('Was this article helpful?');
  },
};

/** En español. */
export const Spanish: Story = {
  globals: { locale: 'es' },
  play: async ({ canvasElement }) => {
    const el = await solutions(canvasElement);
    await shownResults(el);
    expect(visibleText(el)).toMatch(/soluciones encontradas/);
  },
};

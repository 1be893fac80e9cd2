/**
 * Solutions suggested while a new request's subject is typed: typed for real (trusted key presses,
 * one at a time at a person's pace), clicked with the mouse, Esc pressed as a key — the drawer and
 * the dialog around the form listen to Esc too.
 */
import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/modules/tickets/define.js';
import '../../../src/modules/tickets/ticket-new.js';
import type { MeTickets } from '../../../src/modules/tickets/me-tickets.js';
import type { MeTicketNew } from '../../../src/modules/tickets/ticket-new.js';
import { SUGGESTIONS_DEBOUNCE_MS } from '../../../src/modules/tickets/ticket-suggestions.js';
import { click, useMouse } from '../../helpers/input.js';
import { deepActiveElement, deepQuery, FACTS, injectFault, networkIdle, renderPortal, sent, textOf, useMockApi, waitForText } from '../../helpers/portal.js';

const SUGGESTIONS = '/v1/solutions/suggestions';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function renderForm(locale = 'pt-BR') {
  const portal = await renderPortal(html`<me-portal api-base="/api" token="demo-token" locale=${locale}><me-ticket-new></me-ticket-new></me-portal>`);
  const form = portal.querySelector<MeTicketNew>('me-ticket-new')!;
  await waitUntil(() => form.shadowRoot!.querySelector('form'), 'the form never showed (products)', { timeout: 4000 });
  return form;
}

async function renderTickets(ticketId = '') {
  const portal = await renderPortal(html`<me-portal api-base="/api" token="demo-token">
    <me-tickets style="width: 1100px" tab="mine" ticket-id=${ticketId}></me-tickets></me-portal>`);
  return portal.querySelector<MeTickets>('me-tickets')!;
}

/** "Nova solicitação" clicked: the dialog's form, once its products are in. */
async function openNewRequest(tickets: MeTickets): Promise<MeTicketNew> {
  await waitUntil(() => tickets.shadowRoot?.querySelector('.header .button'), 'no header', { timeout: 6000 });
  await click(tickets.shadowRoot!.querySelector<HTMLButtonElement>('.header .button')!);
  await waitUntil(() => deepQuery(tickets, 'me-ticket-new')?.shadowRoot?.querySelector('form'), 'the form never showed', { timeout: 6000 });
  return deepQuery<MeTicketNew>(tickets, 'me-ticket-new')!;
}

/** The control a user sees inside a <me-field name=…>. */
function control(form: MeTicketNew, name: string) {
  return form.shadowRoot!.querySelector(`me-field[name="${name}"]`)!.shadowRoot!.querySelector<HTMLInputElement & HTMLSelectElement & HTMLTextAreaElement>('input, select, textarea')!;
}

/** A value set the way the browser sets it after a choice (selects) or a paste. */
async function fill(form: MeTicketNew, name: string, value: string) {
  const field = form.shadowRoot!.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>(`me-field[name="${name}"]`)!;
  await field.updateComplete;
  const input = control(form, name);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/**
 * Types `text` into the subject key by key, as a person does: `gap` ms between keys, varied
 * (a fixed pseudo-random sequence, so every run types alike). Returns how long it took.
 */
async function typeSubject(form: MeTicketNew, text: string, gap: [number, number] = [80, 150]): Promise<number> {
  const input = control(form, 'subject');
  input.focus();
  let seed = 7;
  const started = performance.now();
  for (const char of text) {
    await sendKeys({ type: char });
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    await sleep(gap[0] + (seed % (gap[1] - gap[0] + 1)));
  }
  return performance.now() - started;
}

const suggestionsOf = (form: MeTicketNew) => form.shadowRoot!.querySelector('me-ticket-suggestions')!;
const links = (form: MeTicketNew) => [...suggestionsOf(form).shadowRoot!.querySelectorAll<HTMLButtonElement>('button.link')];
const liveText = (form: MeTicketNew) => textOf(suggestionsOf(form).shadowRoot!.querySelector('[role=status]')!).trim();
const button = (form: MeTicketNew, label: string) =>
  [...form.shadowRoot!.querySelectorAll<HTMLButtonElement>('.solution button')].find((b) => textOf(b).trim() === label)!;
const formElement = (form: MeTicketNew) => form.shadowRoot!.querySelector('form')!;

async function waitForLinks(form: MeTicketNew, what = 'suggestions'): Promise<HTMLButtonElement[]> {
  // the answer for the subject as it stands now (on a loaded machine a pause inside the typing may
  // have asked about a shorter subject first, and that answer may be on screen for a moment)
  const subject = () => control(form, 'subject').value.trim();
  await waitUntil(() => suggestionQueries().at(-1)?.q === subject(), `the subject “${subject()}” was never asked about`, { timeout: 8000 });
  await networkIdle();
  await waitUntil(() => links(form).length > 0 && suggestionsOf(form).shadowRoot!.querySelector('section[aria-busy=false]'), `no ${what} showed`, { timeout: 8000 });
  return links(form);
}

/** The solution view shows its title (its code loaded lazily, the solution fetched). */
async function waitForSolution(form: MeTicketNew, title: string): Promise<void> {
  await waitUntil(() => deepQuery(form, 'me-solution-view')?.shadowRoot?.querySelector('#solution-title')?.textContent?.includes(title),
    `the solution “${title}” never showed`, { timeout: 8000 });
}

function suggestionQueries(): Array<{ q: string | null; productLineId: string | null }> {
  return sent('GET', SUGGESTIONS).map((r) => {
    const url = new URL(r.url);
    return { q: url.searchParams.get('q'), productLineId: url.searchParams.get('productLineId') };
  });
}

describe('<me-ticket-new> solution suggestions', () => {
  useMockApi();
  useMouse();

  it('suggests up to 5 solutions for the typed subject, narrowed by the chosen product’s line, and says so once', async () => {
    const form = await renderForm();
    await fill(form, 'productId', FACTS.products.inUse); // Protheus
    await typeSubject(form, FACTS.solutions.rareWords);
    const shown = await waitForLinks(form);
    expect(suggestionQueries().at(-1)).to.deep.equal({ q: FACTS.solutions.rareWords, productLineId: 'protheus' });
    expect(shown.length).to.be.within(1, 5);
    expect(textOf(shown[0]!).trim()).to.equal(FACTS.solutions.titleMatchTitle);
    const section = suggestionsOf(form).shadowRoot!.querySelector('section')!;
    const heading = section.querySelector(`#${section.getAttribute('aria-labelledby')!}`)!;
    expect(textOf(heading).trim()).to.equal('Soluções que podem ajudar');
    // the link's description: source, product line and the helpful counts
    const meta = suggestionsOf(form).shadowRoot!.getElementById(shown[0]!.getAttribute('aria-describedby')!)!;
    const { yes, no } = FACTS.solutions.helpful;
    expect(textOf(meta).trim()).to.equal(`Artigo · Protheus · ${yes} de ${yes + no} acharam útil`);
    expect(liveText(form)).to.equal(shown.length === 1 ? 'Uma solução pode ajudar: veja abaixo do assunto.' : `${shown.length} soluções podem ajudar: veja abaixo do assunto.`);
  });

  it('typing a 40-character subject at a person’s pace sends few requests, the last for the whole subject', async () => {
    const form = await renderForm();
    const subject = 'Erro ao transmitir NF-e com rejeição 539';
    expect(subject).to.have.length(40);
    const took = await typeSubject(form, subject);
    await waitForLinks(form);
    await networkIdle();
    const queries = suggestionQueries();
    console.log(`[suggestions] 40 characters typed in ${Math.round(took)} ms (80–150 ms between keys), debounce ${SUGGESTIONS_DEBOUNCE_MS} ms: ${queries.length} request(s): ${queries.map((q) => JSON.stringify(q.q)).join(', ')}`);
    expect(queries.length, 'requests for one typed subject').to.be.within(1, 3);
    expect(queries.at(-1)!.q).to.equal(subject);
    expect(control(form, 'subject').value, 'every key reached the field').to.equal(subject);
  });

  it('asks nothing under 3 characters (spaces do not count), and hides the list when the subject gets that short', async () => {
    const form = await renderForm();
    await typeSubject(form, '  NF ');
    await sleep(SUGGESTIONS_DEBOUNCE_MS * 2);
    await networkIdle();
    expect(sent('GET', SUGGESTIONS)).to.have.length(0);
    expect(suggestionsOf(form).shadowRoot!.querySelector('section')).to.equal(null);
    await typeSubject(form, 'rejeição 539');
    await waitForLinks(form);
    await fill(form, 'subject', 'NF');
    await suggestionsOf(form).updateComplete;
    expect(suggestionsOf(form).shadowRoot!.querySelector('section'), 'the list went with the subject').to.equal(null);
    expect(liveText(form)).to.equal('');
  });

  it('asks again when the product’s line changes (at once), and a (subject, line) already asked comes from the cache', async () => {
    const form = await renderForm();
    await fill(form, 'productId', FACTS.products.inUse);
    await typeSubject(form, 'nota fiscal');
    const protheus = (await waitForLinks(form)).map((link) => textOf(link).trim());
    await networkIdle();
    const before = sent('GET', SUGGESTIONS).length;
    await fill(form, 'productId', 'prd-a04'); // Fluig
    await waitUntil(() => suggestionQueries().at(-1)?.productLineId === 'fluig', 'the new line was never asked about', { timeout: 2000 });
    await networkIdle();
    expect(sent('GET', SUGGESTIONS)).to.have.length(before + 1);
    await fill(form, 'productId', FACTS.products.inUse);
    await networkIdle();
    await sleep(SUGGESTIONS_DEBOUNCE_MS);
    expect(sent('GET', SUGGESTIONS), 'Protheus again: from the cache').to.have.length(before + 1);
    await waitForLinks(form);
    expect(links(form).map((link) => textOf(link).trim()), 'the Protheus list again').to.deep.equal(protheus);
  });

  it('never shows an older subject’s answer over a newer one (the slow, outdated request is dropped)', async () => {
    const form = await renderForm();
    // the first subject's answer is slow; the newer one's is not
    injectFault({ method: 'GET', path: SUGGESTIONS, query: { q: 'cancelamento' }, delayMs: 1500 });
    await typeSubject(form, 'cancelamento');
    await waitUntil(() => suggestionQueries().some((q) => q.q === 'cancelamento'), 'the first subject was never asked about');
    await typeSubject(form, ' rejeição 539');
    await waitUntil(() => suggestionQueries().at(-1)?.q === 'cancelamento rejeição 539', 'the newer subject was never asked about');
    await waitForLinks(form);
    const newer = links(form).map((link) => textOf(link).trim());
    await sleep(1800); // the slow answer for "cancelamento" would have landed by now
    await suggestionsOf(form).updateComplete;
    expect(links(form).map((link) => textOf(link).trim())).to.deep.equal(newer);
  });

  it('keeps the last list, marked busy, while a longer subject is asked about, then shows the newer answer', async () => {
    const form = await renderForm();
    await typeSubject(form, 'NF-e');
    const before = (await waitForLinks(form)).map((link) => textOf(link).trim());
    injectFault({ method: 'GET', path: SUGGESTIONS, query: { q: 'NF-e contingência' }, delayMs: 1000 });
    // in one burst: no pause inside it asks about a shorter subject first
    await sendKeys({ type: ' contingência' });
    await waitUntil(() => suggestionQueries().at(-1)?.q === 'NF-e contingência', 'the longer subject was never asked about');
    await suggestionsOf(form).updateComplete;
    const section = suggestionsOf(form).shadowRoot!.querySelector('section');
    expect(section, 'the list does not blink away').to.not.equal(null);
    expect(section!.getAttribute('aria-busy')).to.equal('true');
    expect(links(form).map((link) => textOf(link).trim())).to.deep.equal(before);
    await waitForLinks(form, 'newer suggestions');
    expect(textOf(links(form)[0]!), 'the article with both words in its title').to.match(/contingência/i);
    expect(links(form).map((link) => textOf(link).trim())).to.not.deep.equal(before);
  });

  it('opens a suggestion in place and back: every typed value, chip and attachment stays; focus returns to the link', async () => {
    const form = await renderForm();
    await fill(form, 'productId', FACTS.products.inUse);
    await fill(form, 'module', 'SIGAFAT — Faturamento');
    await fill(form, 'description', 'A nota 1234 volta com a rejeição 539.');
    await fill(form, 'priority', 'high');
    const cc = form.shadowRoot!.querySelector<HTMLInputElement>('#cc')!;
    cc.focus();
    await sendKeys({ type: 'carlos.lima@metalurgicapaulista.com.br' });
    await sendKeys({ press: 'Enter' });
    const files = new DataTransfer();
    files.items.add(new File(['log de erro'], 'console.log', { type: 'text/plain' }));
    const fileInput = form.shadowRoot!.querySelector<HTMLInputElement>('input[type=file]')!;
    fileInput.files = files.files;
    fileInput.dispatchEvent(new Event('change'));
    await waitForText(form, 'anexado');
    await typeSubject(form, FACTS.solutions.rareWords);
    const [first] = await waitForLinks(form);
    const formBefore = formElement(form);

    await click(first!);
    await waitForSolution(form, FACTS.solutions.titleMatchTitle);
    expect(formElement(form), 'the form is kept, not rebuilt').to.equal(formBefore);
    expect(formBefore.hidden).to.equal(true);
    expect(deepActiveElement(), 'focus moves to the solution').to.equal(form.shadowRoot!.querySelector('.solution'));
    expect(sent('GET', `/v1/solutions/${FACTS.solutions.titleMatch}`).length).to.be.greaterThan(0);

    await click(button(form, 'Voltar à solicitação'));
    await waitUntil(() => !formElement(form).hidden, 'the form never came back');
    await waitUntil(() => deepActiveElement() === links(form)[0], `focus is on ${deepActiveElement()?.outerHTML.slice(0, 80)}`);
    expect(form.shadowRoot!.querySelector('.solution')).to.equal(null);
    expect(control(form, 'productId').value).to.equal(FACTS.products.inUse);
    expect(control(form, 'module').value).to.equal('SIGAFAT — Faturamento');
    expect(control(form, 'subject').value).to.equal(FACTS.solutions.rareWords);
    expect(control(form, 'description').value).to.equal('A nota 1234 volta com a rejeição 539.');
    expect(control(form, 'priority').value).to.equal('high');
    expect([...form.shadowRoot!.querySelectorAll('.chip')].map((chip) => textOf(chip).replace('✕', '').trim())).to.deep.equal(['carlos.lima@metalurgicapaulista.com.br']);
    expect(textOf(form)).to.match(/console\.log \(11 \S+\) anexado/);
    // and the request still goes out with all of it
    const created = oneEvent(form, 'me-ticket-created');
    await click(form.shadowRoot!.querySelector('me-submit-button')!.shadowRoot!.querySelector('button')!);
    await created;
    const body = (await sent('POST', '/v1/tickets')[0]!.clone().json()) as Record<string, unknown>;
    expect(body).to.include({ productId: FACTS.products.inUse, module: 'SIGAFAT — Faturamento', subject: FACTS.solutions.rareWords, priority: 'high' });
    expect(body.ccEmails).to.deep.equal(['carlos.lima@metalurgicapaulista.com.br']);
    expect(body.attachmentIds).to.have.length(1);
  });

  it('a related solution opens in the same place, and "Isso resolveu" names the one shown', async () => {
    const form = await renderForm();
    await typeSubject(form, FACTS.solutions.rareWords);
    const [first] = await waitForLinks(form);
    await click(first!);
    await waitForSolution(form, FACTS.solutions.titleMatchTitle);
    const view = deepQuery(form, 'me-solution-view')!;
    await waitUntil(() => view.shadowRoot!.querySelector('.related .link'), 'no related solutions', { timeout: 6000 });
    const related = view.shadowRoot!.querySelector<HTMLButtonElement>('.related .link')!;
    const relatedId = related.dataset.id!;
    await click(related);
    await waitUntil(() => view.getAttribute('solution-id') === relatedId, 'the related solution did not open');
    const deflected = oneEvent(form, 'me-solution-deflected');
    await click(button(form, 'Isso resolveu'));
    expect((await deflected).detail).to.deep.equal({ solutionId: relatedId, subject: FACTS.solutions.rareWords });
  });

  it('"Isso resolveu" in <me-tickets>: the page hears me-solution-deflected, the form closes and no request is opened', async () => {
    const tickets = await renderTickets();
    const form = await openNewRequest(tickets);
    await typeSubject(form, `  ${FACTS.solutions.rareWords}`);
    const [first] = await waitForLinks(form);
    await click(first!);
    await waitForSolution(form, FACTS.solutions.titleMatchTitle);
    const heard: Array<{ target: EventTarget | null; detail: unknown; composed: boolean }> = [];
    const listener = (event: Event) => heard.push({ target: event.target, detail: (event as CustomEvent).detail, composed: event.composed });
    document.addEventListener('me-solution-deflected', listener);
    try {
      await click(button(form, 'Isso resolveu'));
      await waitUntil(() => !deepQuery(tickets, 'me-ticket-new'), 'the form never closed');
    } finally {
      document.removeEventListener('me-solution-deflected', listener);
    }
    expect(heard).to.have.length(1);
    expect(heard[0]!.target, 'seen from the page: the widget').to.equal(tickets);
    expect(heard[0]!.detail).to.deep.equal({ solutionId: FACTS.solutions.titleMatch, subject: FACTS.solutions.rareWords });
    expect(tickets.shadowRoot!.querySelector('me-dialog')!.open).to.equal(false);
    await waitForText(tickets, 'Que bom que a solução ajudou.');
    // focus back on "Nova solicitação"
    expect(deepActiveElement()).to.equal(tickets.shadowRoot!.querySelector('.header .button'));
    await networkIdle();
    expect(sent('POST', '/v1/tickets')).to.have.length(0);
  });

  it('keyboard: Tab from the subject reaches the links, Enter opens one, Esc goes back to the form and the dialog stays open', async () => {
    const tickets = await renderTickets();
    const form = await openNewRequest(tickets);
    await typeSubject(form, FACTS.solutions.rareWords);
    const shown = await waitForLinks(form);
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(shown[0]);
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(shown[1] ?? control(form, 'description'));
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(deepActiveElement()).to.equal(shown[0]);
    await sendKeys({ press: 'Enter' });
    await waitForSolution(form, FACTS.solutions.titleMatchTitle);
    const dialog = tickets.shadowRoot!.querySelector('me-dialog')!.shadowRoot!.querySelector('dialog')!;
    expect(deepActiveElement()).to.equal(form.shadowRoot!.querySelector('.solution'));

    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !formElement(form).hidden, 'Esc did not go back to the form');
    await sleep(100); // a leaked Esc would have closed the dialog by now
    expect(dialog.open, 'the dialog stays open').to.equal(true);
    expect(deepQuery(tickets, 'me-ticket-new')).to.equal(form);
    await waitUntil(() => deepActiveElement() === links(form)[0], `focus is on ${deepActiveElement()?.outerHTML.slice(0, 80)}`);
    expect(control(form, 'subject').value).to.equal(FACTS.solutions.rareWords);

    // on the form, Esc is the dialog's again
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open, 'Esc on the form did not close the dialog');
  });

  it('a follow-up of a closed ticket: "Isso resolveu" closes that form only, the ticket stays open in the drawer', async () => {
    const tickets = await renderTickets(FACTS.tickets.closed);
    await waitUntil(() => deepQuery(tickets, 'me-ticket-detail')?.shadowRoot?.querySelector('[part~=follow-up]'), 'no follow-up button', { timeout: 8000 });
    const detail = deepQuery(tickets, 'me-ticket-detail')!;
    await click(detail.shadowRoot!.querySelector('[part~=follow-up]')!);
    await waitUntil(() => deepQuery(detail, 'me-ticket-new')?.shadowRoot?.querySelector('form'), 'the follow-up form never showed', { timeout: 6000 });
    const form = deepQuery<MeTicketNew>(detail, 'me-ticket-new')!;
    const subject = control(form, 'subject');
    subject.focus();
    subject.select();
    await sendKeys({ press: 'Backspace' });
    await typeSubject(form, FACTS.solutions.rareWords, [20, 40]);
    await fill(form, 'productId', FACTS.products.inUse);
    const [first] = await waitForLinks(form);
    await click(first!);
    await waitForSolution(form, FACTS.solutions.titleMatchTitle);
    // Esc: back to the form; neither the follow-up's dialog nor the ticket's drawer closes
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !formElement(form).hidden, 'Esc did not go back to the form');
    await sleep(100);
    expect(detail.shadowRoot!.querySelector('me-dialog')!.shadowRoot!.querySelector('dialog')!.open, 'the follow-up dialog stays').to.equal(true);
    expect(deepQuery(tickets, 'me-drawer')!.shadowRoot!.querySelector('dialog')!.open, 'the drawer stays').to.equal(true);
    await click(links(form)[0]!);
    await waitForSolution(form, FACTS.solutions.titleMatchTitle);
    const heard = oneEvent(document, 'me-solution-deflected');
    await click(button(form, 'Isso resolveu'));
    expect((await heard).detail).to.deep.equal({ solutionId: FACTS.solutions.titleMatch, subject: FACTS.solutions.rareWords });
    await waitUntil(() => !deepQuery(detail, 'me-ticket-new'), 'the follow-up form never closed');
    expect(deepQuery(tickets, 'me-drawer')!.shadowRoot!.querySelector('dialog')!.open, 'the ticket’s drawer stays open').to.equal(true);
    expect(tickets.ticketId).to.equal(FACTS.tickets.closed);
    expect(sent('POST', '/v1/tickets')).to.have.length(0);
  });

  it('a failed suggestions call shows nothing and the request can still be opened', async () => {
    injectFault({ method: 'GET', path: SUGGESTIONS, status: 500, times: Infinity });
    const form = await renderForm();
    await fill(form, 'productId', FACTS.products.inUse);
    await fill(form, 'description', 'A nota 1234 volta com a rejeição 539.');
    await typeSubject(form, 'Erro ao transmitir a NF-e');
    await waitUntil(() => sent('GET', SUGGESTIONS).length > 0, 'the suggestions were never asked for');
    await networkIdle();
    await sleep(SUGGESTIONS_DEBOUNCE_MS);
    expect(sent('GET', SUGGESTIONS), 'no retry').to.have.length(1);
    expect(suggestionsOf(form).shadowRoot!.querySelector('section')).to.equal(null);
    expect(liveText(form)).to.equal('');
    expect(form.shadowRoot!.querySelector('[role=alert]')).to.equal(null);
    expect(textOf(form)).to.not.match(/erro interno|falhou|não foi possível/i);
    const created = oneEvent(form, 'me-ticket-created');
    await click(form.shadowRoot!.querySelector('me-submit-button')!.shadowRoot!.querySelector('button')!);
    const { ticket } = (await created).detail;
    expect(ticket.subject).to.equal('Erro ao transmitir a NF-e');
    expect(sent('POST', '/v1/tickets')).to.have.length(1);
  });

  it('no match shows nothing and says nothing', async () => {
    const form = await renderForm();
    await typeSubject(form, 'xyzzyq');
    await waitUntil(() => sent('GET', SUGGESTIONS).length > 0, 'never asked');
    await networkIdle();
    await suggestionsOf(form).updateComplete;
    expect(suggestionsOf(form).shadowRoot!.querySelector('section')).to.equal(null);
    expect(liveText(form)).to.equal('');
  });

  it('speaks English and Spanish', async () => {
    for (const [locale, title, back] of [['en', 'Solutions that may help', 'Back to the request'], ['es', 'Soluciones que pueden ayudar', 'Volver a la solicitud']] as const) {
      const form = await renderForm(locale);
      await typeSubject(form, FACTS.solutions.rareWords, [10, 20]);
      const [first] = await waitForLinks(form);
      expect(textOf(suggestionsOf(form).shadowRoot!.querySelector('h3')!).trim()).to.equal(title);
      await click(first!);
      await waitUntil(() => button(form, back), `no “${back}”`);
    }
  });

  it('is accessible with suggestions shown, and with a solution open', async () => {
    const form = await renderForm();
    await typeSubject(form, FACTS.solutions.rareWords);
    const [first] = await waitForLinks(form);
    await expect(form).to.be.accessible();
    await click(first!);
    await waitForSolution(form, FACTS.solutions.titleMatchTitle);
    await expect(form).to.be.accessible();
  });
});

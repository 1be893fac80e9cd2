/**
 * <me-contacts>' CSV import: both header languages, both separators, a BOM, good/bad/mixed rows,
 * the per-line preview and results (server rows mapped back to the file's lines), the failed
 * rows' CSV, the template, more than 1000 rows refused, one request per double click, keyboard.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MeContacts } from '../../../src/modules/contacts/me-contacts.js';
import type { MeContactsImport } from '../../../src/modules/contacts/contact-import.js';
import { click, doubleClick, useMouse } from '../../helpers/input.js';
import { deepActiveElement, injectFault, networkIdle, sent, textOf, useMockApi, waitForText } from '../../helpers/portal.js';
import { capturingServices, importPath, renderContacts, rowOf, submitButtonOf, waitForRows } from './helpers.js';

const importer = (el: MeContacts) => el.shadowRoot!.querySelector<MeContactsImport>('me-dialog.import-dialog me-contacts-import');

async function openImport(el: MeContacts): Promise<ShadowRoot> {
  await click(el.shadowRoot!.querySelector('button.import')!);
  await waitUntil(() => importer(el)?.shadowRoot?.querySelector('input[type=file]'), 'no import form', { timeout: 8000 });
  return importer(el)!.shadowRoot!;
}

/** Picks a file in the file input (the browser's file chooser cannot be driven; its outcome can). */
function pick(root: ShadowRoot, content: string, name = 'contatos.csv'): void {
  const input = root.querySelector<HTMLInputElement>('input[type=file]')!;
  const transfer = new DataTransfer();
  transfer.items.add(new File([content], name, { type: 'text/csv' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

const lines = (root: ShadowRoot) => [...root.querySelectorAll<HTMLTableRowElement>('tbody tr')].map((tr) => ({
  line: Number(tr.dataset.line), ok: tr.classList.contains('ok-row'), text: textOf(tr).trim(),
}));

async function preview(el: MeContacts, content: string): Promise<ShadowRoot> {
  const root = await openImport(el);
  pick(root, content);
  await waitUntil(() => root.querySelector('.preview'), 'no preview', { timeout: 8000 });
  return root;
}

async function send(root: ShadowRoot): Promise<void> {
  await click(submitButtonOf(root, 'me-submit-button.send'));
  await waitUntil(() => root.querySelector('.results'), 'no results', { timeout: 8000 });
}

const GOOD_PT = '\uFEFFnome;email;telefone;cargo;perfil\r\n'
  + 'Helena Prates;helena.prates@metalurgicapaulista.com.br;+55 11 93456-7890;Controller;administrador\r\n'
  + 'Igor Matos;igor.matos@metalurgicapaulista.com.br;;Comprador;membro\r\n'
  + 'Joana Lins;joana.lins@metalurgicapaulista.com.br;;;\r\n';

describe('<me-contacts> CSV import', () => {
  useMockApi();
  useMouse();

  it('good rows, pt-BR header, `;`, with BOM: preview, one POST (Idempotency-Key), results, the list refreshes', async () => {
    const { el } = await renderContacts();
    await waitForRows(el);
    const changes: string[] = [];
    el.addEventListener('me-contacts-changed', (e) => changes.push(e.detail.reason));
    const root = await preview(el, GOOD_PT);
    await waitForText(root, '3 de 3 linhas prontas para importar; 0 com problemas.');
    expect(lines(root).map((l) => [l.line, l.ok])).to.deep.equal([[2, true], [3, true], [4, true]]);
    expect(lines(root)[0]!.text).to.include('Helena Prates').and.include('Administrador').and.include('Pronta');
    await expect(el).to.be.accessible();
    await send(root);
    const [post] = sent('POST', importPath);
    expect(post!.headers.get('Idempotency-Key')).to.match(/.+/);
    expect(await post!.json()).to.deep.equal({ contacts: [
      { name: 'Helena Prates', email: 'helena.prates@metalurgicapaulista.com.br', phone: '+55 11 93456-7890', jobTitle: 'Controller', role: 'admin' },
      { name: 'Igor Matos', email: 'igor.matos@metalurgicapaulista.com.br', jobTitle: 'Comprador', role: 'member' },
      { name: 'Joana Lins', email: 'joana.lins@metalurgicapaulista.com.br', role: 'member' },
    ] });
    await waitForText(root, '3 importados, 0 com problemas.');
    expect(root.querySelector('button.failed-rows')).to.equal(null);
    expect(changes).to.deep.equal(['imported']);
    await waitUntil(() => rowOf(el, 'Helena Prates'), 'the imported contact never showed in the list', { timeout: 8000 });
  });

  it('mixed rows, API header, `,`: only valid rows go; results by file line; the failed rows come back as CSV', async () => {
    const { services, downloads } = capturingServices();
    const { el } = await renderContacts({ services });
    await waitForRows(el);
    const csv = 'name,email,phone,jobTitle,role\n'
      + 'Kátia Rocha,katia.rocha@metalurgicapaulista.com.br,,Analista,member\n' // line 2: ok
      + 'L,not-an-email,,,member\n' // line 3: name too short, bad e-mail
      + '\n' // line 4: empty, skipped
      + 'Marcos Dias,ana.carvalho@metalurgicapaulista.com.br,,,admin\n' // line 5: already a contact (server 409)
      + 'Nina Alves,nina.alves@metalurgicapaulista.com.br,,,chefe\n' // line 6: unknown role
      + '"Otávio, o Moço",otavio@metalurgicapaulista.com.br,,"Gerente, TI",Administrador\n' // line 7: ok (quoted commas)
      + 'Kátia Rocha 2,KATIA.ROCHA@metalurgicapaulista.com.br,,,\n'; // line 8: repeated in the file
    const root = await preview(el, csv);
    await waitForText(root, '3 de 6 linhas prontas para importar; 3 com problemas.');
    expect(lines(root).map((l) => [l.line, l.ok])).to.deep.equal([[2, true], [3, false], [5, true], [6, false], [7, true], [8, false]]);
    const bad = Object.fromEntries(lines(root).map((l) => [l.line, l.text]));
    expect(bad[3]).to.include('Nome:').and.include('E-mail:');
    expect(bad[6]).to.include('perfil “chefe” desconhecido');
    expect(bad[8]).to.include('e-mail repetido no arquivo (linha 2)');
    await send(root);
    const body = (await sent('POST', importPath)[0]!.json()) as { contacts: Array<{ email: string; name: string; jobTitle?: string; role: string }> };
    expect(body.contacts.map((c) => c.email)).to.deep.equal(['katia.rocha@metalurgicapaulista.com.br', 'ana.carvalho@metalurgicapaulista.com.br', 'otavio@metalurgicapaulista.com.br']);
    expect(body.contacts[2]).to.deep.include({ name: 'Otávio, o Moço', jobTitle: 'Gerente, TI', role: 'admin' });
    await waitForText(root, '2 importados, 4 com problemas.');
    const results = Object.fromEntries(lines(root).map((l) => [l.line, l]));
    expect(results[2]!.ok && results[7]!.ok).to.equal(true);
    expect(results[5]!.ok).to.equal(false);
    expect(results[5]!.text).to.include('Linha 2: ana.carvalho@metalurgicapaulista.com.br já é um contato'); // the server's row 1 (0-based) is the file's line 5
    await click(root.querySelector('button.failed-rows')!);
    await waitUntil(() => downloads.length === 1, 'no download');
    expect(downloads[0]!.name).to.equal('contatos-com-problemas.csv');
    const text = await (downloads[0]!.content as Blob).text();
    const out = text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(out[0]).to.equal('name,email,phone,jobTitle,role,erro');
    expect(out.slice(1).map((l) => l.split(',')[1])).to.deep.equal(['not-an-email', 'ana.carvalho@metalurgicapaulista.com.br', 'nina.alves@metalurgicapaulista.com.br', 'KATIA.ROCHA@metalurgicapaulista.com.br']);
    expect(out[3]).to.include('chefe').and.include('desconhecido');
  });

  it('more than 1000 rows are refused before sending, with a message', async () => {
    const { el } = await renderContacts();
    await waitForRows(el);
    const root = await openImport(el);
    const many = ['nome;email', ...Array.from({ length: 1001 }, (_, i) => `Pessoa ${i};pessoa${i}@exemplo.com.br`)].join('\n');
    pick(root, many);
    await waitForText(root, 'O arquivo tem 1.001 linhas de contatos; importe até 1.000 por vez');
    await networkIdle();
    expect(sent('POST', importPath)).to.have.length(0);
    expect(root.querySelector('.preview')).to.equal(null);
    // exactly 1000 is fine
    pick(root, many.split('\n').slice(0, 1001).join('\n'));
    await waitForText(root, '1.000 de 1.000 linhas prontas para importar');
  });

  it('a header without nome/email is refused, naming what it found', async () => {
    const { el } = await renderContacts();
    await waitForRows(el);
    const root = await openImport(el);
    pick(root, 'fullname;mail\nAna;ana@x.com\n');
    await waitForText(root, 'O cabeçalho precisa das colunas nome e email');
    expect(textOf(root.querySelector('[role=alert]')!)).to.include('fullname, mail');
  });

  it('downloads the template (pt-BR header, `;`, BOM), which imports as it is', async () => {
    const { services, downloads } = capturingServices();
    const { el } = await renderContacts({ services });
    await waitForRows(el);
    const root = await openImport(el);
    await click(root.querySelector('button.template')!);
    await waitUntil(() => downloads.length === 1, 'no download');
    expect(downloads[0]!.name).to.equal('modelo-importacao-contatos.csv');
    const blob = downloads[0]!.content as Blob;
    expect([...new Uint8Array(await blob.arrayBuffer()).slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const text = await blob.text(); // (decoding drops the BOM)
    expect(text.startsWith('nome;email;telefone;cargo;perfil\r\n')).to.equal(true);
    pick(root, text);
    await waitForText(root, '1 de 1 linhas prontas para importar');
  });

  it('a double click on "Importar" sends one request; a failure keeps the preview and the retry reuses the key', async () => {
    const { el } = await renderContacts();
    await waitForRows(el);
    const root = await preview(el, GOOD_PT);
    injectFault({ method: 'POST', path: importPath, status: 500 });
    await doubleClick(submitButtonOf(root, 'me-submit-button.send'));
    await waitForText(root, 'Não foi possível concluir');
    await networkIdle();
    expect(sent('POST', importPath)).to.have.length(1);
    await send(root);
    const keys = sent('POST', importPath).map((r) => r.headers.get('Idempotency-Key'));
    expect(keys).to.have.length(2);
    expect(keys[1]).to.equal(keys[0]);
  });

  it('imports with the keyboard only', async () => {
    const { el } = await renderContacts();
    await waitForRows(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.import')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => importer(el)?.shadowRoot?.querySelector('input[type=file]'), 'no import form', { timeout: 8000 });
    const root = importer(el)!.shadowRoot!;
    const input = root.querySelector<HTMLInputElement>('input[type=file]')!;
    for (let i = 0; i < 6 && deepActiveElement() !== input; i++) await sendKeys({ press: 'Tab' });
    expect(deepActiveElement(), 'the file input is reached with Tab').to.equal(input);
    pick(root, GOOD_PT); // what Space/Enter on the focused input and the chooser give
    await waitUntil(() => root.querySelector('.preview'), 'no preview', { timeout: 8000 });
    const sendButton = submitButtonOf(root, 'me-submit-button.send');
    for (let i = 0; i < 6 && deepActiveElement() !== sendButton; i++) await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(sendButton);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root.querySelector('.results'), 'no results', { timeout: 8000 });
    expect(sent('POST', importPath)).to.have.length(1);
    const done = root.querySelector<HTMLButtonElement>('button.done')!;
    for (let i = 0; i < 6 && deepActiveElement() !== done; i++) await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !importer(el), 'the import dialog stayed open');
  });
});

import { expect, html } from '@open-wc/testing';
import { defaultBrowserServices, type BrowserServices } from '../../src/core/browser.js';
import { buildPrintable, printDocument, printStyles } from '../../src/ui/print.js';

function fakeBrowser() {
  const printed: Array<{ title: string; body: string; css?: string }> = [];
  const browser: BrowserServices = { ...defaultBrowserServices, print: async (title, body, css) => { printed.push({ title, body, css }); } };
  return { browser, printed };
}

describe('print', () => {
  it('prints a clean document through the portal\'s browser.print: title, date, content, print CSS', async () => {
    const { browser, printed } = fakeBrowser();
    const subject = '<script>alert(1)</script> Nota rejeitada';
    await printDocument(browser, {
      title: 'Solicitação 1234567',
      html: html`<h2>Assunto</h2><p>${subject}</p>`,
      css: '.extra { color: red; }',
      printedAt: new Date('2026-03-14T13:20:00Z'),
      timeZone: 'America/Sao_Paulo',
    });
    expect(printed).to.have.length(1);
    const [{ title, body, css }] = printed as [{ title: string; body: string; css: string }];
    expect(title).to.equal('Solicitação 1234567');
    const doc = new DOMParser().parseFromString(`<body>${body}</body>`, 'text/html');
    expect(doc.querySelector('h1')!.textContent).to.equal('Solicitação 1234567');
    expect(doc.querySelector('.me-print-meta')!.textContent).to.equal('Impresso em 14/03/2026, 10:20');
    expect(doc.querySelector('.me-print')!.getAttribute('lang')).to.equal('pt-BR');
    expect(doc.querySelector('main p')!.textContent).to.equal(subject); // lit escaped the user's text
    expect(doc.querySelector('script')).to.be.null;
    expect(body).to.not.contain('<!--');
    expect(css).to.contain('@page');
    expect(css).to.contain('.extra { color: red; }');
  });

  it('escapes the title, localizes the date line and can leave it out', async () => {
    const en = await buildPrintable({ title: 'A <b>bold</b> title', html: '<p>ok</p>', locale: 'en', printedAt: new Date('2026-03-14T13:20:00Z'), timeZone: 'UTC' });
    expect(en.body).to.contain('A &#60;b&#62;bold&#60;/b&#62; title');
    expect(en.body).to.contain('Printed on 03/14/2026, 01:20 PM');
    const none = await buildPrintable({ title: 'T', html: '<p>ok</p>', printedAt: false });
    expect(none.body).to.not.contain('me-print-meta');
  });

  it('offers @media print rules for shadow roots', () => {
    expect(printStyles.cssText).to.contain('@media print');
    expect(printStyles.cssText).to.contain('button');
  });
});

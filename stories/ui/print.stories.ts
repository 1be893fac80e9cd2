import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import { define } from '../../src/core/define.js';
import { MeElement } from '../../src/core/element.js';
import { tokens } from '../../src/core/theme.js';
import '../../src/ui/badge.js';
import { printDocument, printStyles } from '../../src/ui/print.js';
import { findDeep, shadow } from '../support/shadow.js';

/** A detail view with a print button, as a module would write it. */
class MeExamplePrintable extends MeElement {
  static override styles = [tokens, printStyles];

  #print = () => {
    if (!this.portal) return;
    void printDocument(this.portal.browser, {
      title: 'Solicitação 1234567',
      locale: this.locale,
      timeZone: this.portal.timeZone,
      html: html`<dl><div><dt>Assunto</dt><dd>NF-e rejeitada (erro 539)</dd></div><div><dt>Status</dt><dd>Aguardando cliente</dd></div></dl>`,
    });
  };

  protected override render() {
    return html`<article><h2>Solicitação 1234567</h2><p><me-status-badge status="pending"></me-status-badge></p>
      <button @click=${this.#print}>Imprimir</button></article>`;
  }
}
define('me-example-printable', MeExamplePrintable);

const printed = fn(async (_title: string, _body: string, _css?: string) => undefined);

const meta = {
  title: 'UI/Print',
  parameters: { portal: { services: { print: printed } } },
  beforeEach: () => { printed.mockClear(); },
  render: () => html`<me-example-printable></me-example-printable>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The button prints a clean document (title, date, content, print CSS) through the portal's `browser.print`. */
export const PrintDocument: Story = {
  play: async ({ canvasElement }) => {
    const view = shadow(await findDeep<HTMLElement>(canvasElement, 'me-example-printable'));
    await userEvent.click(view.getByRole('button', { name: 'Imprimir' }));
    await waitFor(() => expect(printed).toHaveBeenCalledOnce());
    const [title, body, css] = printed.mock.calls[0]!;
    expect(title).toBe('Solicitação 1234567');
    expect(body).toContain('<h1>Solicitação 1234567</h1>');
    expect(body).toContain('Impresso em');
    expect(body).toContain('NF-e rejeitada (erro 539)');
    expect(css).toContain('@page');
  },
};

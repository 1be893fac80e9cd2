import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect } from 'storybook/test';
import openapi from '../docs/openapi.json';

interface Operation { tags?: string[]; summary?: string; operationId?: string; parameters?: Array<{ $ref?: string; name?: string; in?: string }>; requestBody?: unknown; responses: Record<string, unknown> }
type Paths = Record<string, Record<string, Operation>>;

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
const paths = openapi.paths as unknown as Paths;
const operations = Object.entries(paths).flatMap(([path, item]) =>
  METHODS.filter((m) => item[m]).map((method) => ({ path, method: method.toUpperCase(), op: item[method]! })));
const tags = (openapi.tags as Array<{ name: string; description?: string }>).map((t) => t.name);

const refName = (ref: string | undefined) => ref?.split('/').pop() ?? '';

/** The HTTP contract (docs/openapi.json, generated from the zod schemas) as a page: every endpoint by area, its parameters and answers. */
const meta = {
  title: 'API contract (OpenAPI)',
  parameters: { portal: false, layout: 'padded', docs: { description: { component: 'The backend contract every widget speaks, rendered from `docs/openapi.json` (`npm run openapi`, generated from the same zod schemas the widgets validate with; `npm test` fails when it is stale). Download it from the package: `meu-espaco/openapi.json`.' } } },
  render: () => html`<article class="api">
    <style>
      .api { font: 14px/1.5 system-ui, sans-serif; max-width: 1100px; }
      .api table { border-collapse: collapse; width: 100%; margin-bottom: 24px; }
      .api th, .api td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid #d5d9dd; }
      .api code { font-family: ui-monospace, monospace; }
      .api .method { font-weight: 700; width: 5em; }
      .api pre { white-space: pre-wrap; background: #f4f6f8; padding: 12px; border-radius: 6px; }
    </style>
    <h1>${openapi.info.title} <small>${openapi.info.version}</small></h1>
    <pre>${openapi.info.description}</pre>
    ${tags.map((tag) => {
      const ops = operations.filter((o) => o.op.tags?.includes(tag));
      if (!ops.length) return nothing;
      return html`<h2>${tag}</h2>
        <table>
          <thead><tr><th>method</th><th>path</th><th>what</th><th>parameters</th><th>answers</th></tr></thead>
          <tbody>${ops.map((o) => html`<tr>
            <td class="method">${o.method}</td>
            <td><code>${o.path}</code></td>
            <td>${o.op.summary ?? ''}</td>
            <td>${(o.op.parameters ?? []).map((p) => p.name ?? refName(p.$ref)).join(', ')}${o.op.requestBody ? html`${o.op.parameters?.length ? ', ' : ''}<em>body</em>` : nothing}</td>
            <td>${Object.keys(o.op.responses).join(', ')}</td>
          </tr>`)}</tbody>
        </table>`;
    })}
  </article>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** Every endpoint of the contract, by area. */
export const Endpoints: Story = {
  play: async ({ canvasElement }) => {
    const rows = canvasElement.querySelectorAll('tbody tr');
    expect(rows.length).toBe(operations.length);
    expect(canvasElement.textContent).toContain('/organizations/{orgId}/contacts/import');
  },
};

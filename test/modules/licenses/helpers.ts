/** Shared by the <me-licenses> tests: render it on the mocks, accept the EULA in the mock db, find parts. */
import { html } from '@open-wc/testing';
import '../../../src/modules/licenses/define.js';
import type { MeLicenses } from '../../../src/modules/licenses/me-licenses.js';
import type { MockDb } from '../../../src/mocks/index.js';
import { FACTS, renderPortal } from '../../helpers/portal.js';

export const org = `/v1/organizations/${FACTS.orgs.a}`;
export const paths = {
  eula: `${org}/licensing/eula`,
  acceptance: `${org}/licensing/eula/acceptance`,
  installations: `${org}/installations`,
  licenses: `${org}/licenses`,
  messages: `${org}/licensing/messages`,
};

/** Org A starts with the EULA pending (the seed); most tests start after the acceptance. */
export function acceptEulaInDb(db: MockDb, orgId: string = FACTS.orgs.a): void {
  db.licensing.get(orgId)!.eula.acceptance = {
    version: FACTS.eulaVersion, acceptedAt: '2026-11-20T10:00:00-03:00',
    acceptedBy: { id: FACTS.users.ana, name: 'Ana', email: 'ana@example.com' },
  };
}

export async function renderLicenses(attrs: { token?: string; locale?: string; tab?: string; organizationId?: string; timeout?: number } = {}) {
  const portal = await renderPortal(html`<me-portal api-base="/api" token=${attrs.token ?? 'demo-token'} locale=${attrs.locale ?? 'pt-BR'}
    organization-id=${attrs.organizationId ?? ''} timeout=${attrs.timeout ?? 30000}>
    <me-licenses tab=${attrs.tab ?? 'licenses'}></me-licenses></me-portal>`);
  return { portal, licenses: portal.querySelector<MeLicenses>('me-licenses')! };
}

export function part<E extends HTMLElement = HTMLElement>(licenses: MeLicenses, tag: string): E | null {
  return licenses.shadowRoot!.querySelector<E>(tag);
}

/** The inner `<button>` of a `<me-submit-button>`. */
export function submitOf(root: ParentNode): HTMLButtonElement {
  return root.querySelector('me-submit-button')!.shadowRoot!.querySelector('button')!;
}

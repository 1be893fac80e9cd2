/** Mounting helpers for the UI-kit tests. */
import { fixtureSync } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import { renderPortal } from '../helpers/portal.js';

/**
 * Mounts a template whose root is a plain element (a `<div>`, a `<form>`) and waits for every
 * Lit element in it to render. Unlike open-wc's `fixture`, it never waits for an animation frame,
 * which a background tab (two test files run at once) does not get.
 */
export async function mount<T extends Element>(template: TemplateResult): Promise<T> {
  const root = fixtureSync<T>(template);
  for (const element of [root, ...root.querySelectorAll('*')]) {
    const update = (element as Partial<{ updateComplete: Promise<unknown> }>).updateComplete;
    if (update) await update;
  }
  return root;
}

/** Renders UI-kit pieces inside a `<me-portal>` on the mocks, in a given language (needs `useMockApi()`). */
export async function renderInLocale<T extends Element>(locale: 'pt-BR' | 'en' | 'es', content: TemplateResult): Promise<T> {
  const portal = await renderPortal(html`<me-portal api-base="/api" token="demo-token" locale=${locale}>${content}</me-portal>`);
  return portal.firstElementChild as T;
}

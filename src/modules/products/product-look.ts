/** How a product reads and looks: its name, its environment's badge (shared by the list and the editor). */
import type { TemplateResult } from 'lit';
import type { Product, ProductEnvironment } from '../../core/schemas/products.js';
import type { ProductsKey } from '../../locales/products.js';
import { badge, type BadgeTone } from '../../ui/badge-templates.js';
import type { IconName } from '../../ui/icons.js';

export type T = (key: ProductsKey, params?: Record<string, string | number>) => string;

/** What a `me-product-changed` event says happened. */
export type ProductAction = 'created' | 'duplicated' | 'updated' | 'deleted' | 'shared';

export const ENVIRONMENTS: readonly ProductEnvironment[] = ['production', 'homologation', 'development'];

const ENVIRONMENT_LOOK: Record<ProductEnvironment, { tone: BadgeTone; icon: IconName }> = {
  production: { tone: 'success', icon: 'checkCircle' },
  homologation: { tone: 'info', icon: 'halfCircle' },
  development: { tone: 'neutral', icon: 'sparkle' },
};

/** The environment: a tone, a shape and the word (never colour alone); an unknown one shows as sent. */
export function environmentBadge(environment: ProductEnvironment, t: T): TemplateResult {
  const look = ENVIRONMENT_LOOK[environment];
  return look ? badge(look.tone, look.icon, t(`products.env.${environment}`)) : badge('neutral', 'dot', environment);
}

/** "Protheus 12.1.2310 (Produção)": names a product in labels and messages. */
export function productName(product: Pick<Product, 'lineName' | 'version' | 'environment'>, t: T): string {
  return t('products.name', { line: product.lineName, version: product.version, environment: t(`products.env.${product.environment}`) });
}

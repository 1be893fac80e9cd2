import type source from '../pt-BR/portal.js';

export default {
  'portal.title': 'Mi Espacio',
  'portal.menu': 'Menú de Mi Espacio',
  'portal.organization': 'Organización',
  'portal.adminOnly': 'Solo administradores',
  'portal.adminOnly.short': 'Admin',
  'portal.signedInAs': 'Conectado como {name}',
  'portal.loadingModule': 'Cargando módulo…',
  'portal.moduleFailed': 'No fue posible cargar este módulo.',
  'portal.noModules': 'Ningún módulo disponible.',
  'admins.title': 'Esta área es exclusiva de los administradores de la organización',
  'admins.detail': 'Pide a uno de los administradores de {organization} que lo haga por ti o que cambie tu perfil:',
  'admins.none': 'No se encontró ningún administrador activo.',
  'admins.email': 'Enviar un correo a {name}',
} satisfies Record<keyof typeof source, string>;

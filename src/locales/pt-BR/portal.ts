/** Strings of the <me-portal> shell and its full layout. */
export default {
  'portal.title': 'Meu Espaço',
  'portal.menu': 'Menu do Meu Espaço',
  'portal.organization': 'Organização',
  'portal.adminOnly': 'Somente administradores',
  'portal.adminOnly.short': 'Admin',
  'portal.signedInAs': 'Conectado como {name}',
  'portal.loadingModule': 'Carregando módulo…',
  'portal.moduleFailed': 'Não foi possível carregar este módulo.',
  'portal.noModules': 'Nenhum módulo disponível.',
  'admins.title': 'Esta área é exclusiva dos administradores da organização',
  'admins.detail': 'Peça a um dos administradores de {organization} para fazer isso por você ou para alterar o seu perfil:',
  'admins.none': 'Nenhum administrador ativo foi encontrado.',
  'admins.email': 'Enviar e-mail para {name}',
} as const;

/** Cache keys owned by the shell. */
export const meQueryKey = ['me'] as const;

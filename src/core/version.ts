/** Package version, compared by {@link define} when a second copy of the bundle registers a tag. */
export const VERSION = '0.1.0';

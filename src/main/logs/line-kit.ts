// Pieces the log-line tables share (src/main/vendors/<id>/log-lines.ts and ./patterns.ts).

/** A token as the IM SDKs and demos print it, after a fixed label. */
export const TOKEN = '([A-Za-z0-9_:+/=.\\-]+)';

/** A token in a line whose label alone is too loose: at least 16 characters. */
export const LONG_TOKEN = '([A-Za-z0-9_:+/=.\\-]{16,})';

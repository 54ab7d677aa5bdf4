/** `?apiKey=`, `&key=`, `#token=`: the key is a query or fragment value. */
const QUERY_VALUE = /[?&#;][A-Za-z0-9_.\-[\]%]*=$/;
/** The key sits inside a URL token: `https://host/path/KEY`, `//cdn/x?k=KEY`. */
const URL_TOKEN = /(?:[a-z][a-z0-9+.-]*:)?\/\/[^\s'"`<>()]*$/i;

/** Is the key part of a URL (query, fragment, or path)? Looks only at the text just before it. */
export function isInUrl(textBeforeKey: string): boolean {
  const token = /[^\s'"`<>()]*$/.exec(textBeforeKey)?.[0] ?? '';
  return QUERY_VALUE.test(token) || URL_TOKEN.test(textBeforeKey.slice(-token.length - 16));
}

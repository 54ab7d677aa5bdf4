/** Characters a URL written in code or markup runs through; quotes, spaces and brackets end it. */
const URL_TOKEN_BEFORE_KEY = /[^\s'"`<>()]*$/;
/** The key is a query, fragment or matrix parameter value: `?apiKey=`, `&key=`, `#token=`, `;k=`. */
const PARAMETER = /([?&#;])[A-Za-z0-9_.\-[\]%]*=$/;
/** `https://host/path/KEY`, `https://user:KEY@host`, `//cdn.host/KEY`. */
const URL_WITH_HOST = /[a-z][a-z0-9+.-]*:\/\/|(?:^|=)\/\/[A-Za-z0-9-]+\./i;
/** `url.searchParams.set('apiKey', 'KEY')`, `new URLSearchParams({ apiKey: 'KEY' })`. */
const SEARCH_PARAMS_CALL =
  /(?:searchParams\.(?:set|append)\(\s*['"`][^'"`]*['"`]\s*,|URLSearchParams\(\s*\{[^}]*:)\s*['"`]?$/;

/**
 * A parameter counts only inside something URL-shaped: `#` and `;` also start comments in shell,
 * env, INI and YAML files (`#CAIBO_API_KEY=...` is a commented-out line, not a fragment), and
 * `a=1&apiKey=...` alone is a form body. A leading `&` is a query being concatenated.
 */
function isParameterValue(token: string): boolean {
  const match = PARAMETER.exec(token);
  if (!match) return false;
  const head = token.slice(0, match.index);
  switch (match[1]) {
    case '?':
      return true;
    case '&':
      return match.index === 0 || head.includes('?');
    default:
      return head.includes('?') || head.includes('/');
  }
}

/**
 * Is the key part of a URL (query, fragment, userinfo or path)? Looks only at the text just before
 * it, so a header value next to a URL (`-H 'X-API-Key: KEY' https://...`) is not one.
 */
export function isInUrl(textBeforeKey: string): boolean {
  const token = URL_TOKEN_BEFORE_KEY.exec(textBeforeKey)?.[0] ?? '';
  return isParameterValue(token) || URL_WITH_HOST.test(token) || SEARCH_PARAMS_CALL.test(textBeforeKey);
}

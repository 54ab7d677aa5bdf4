/** Links to a commit or a file on the forge a repository's remote points at (GitHub, GitLab). */
export interface Forge {
  commitUrl(sha: string): string;
  fileUrl(sha: string, path: string, line: number): string;
}

const SEGMENT = /^[A-Za-z0-9._-]+$/;
const SHA = /^[0-9a-f]{7,64}$/;

/**
 * The web address of a GitHub or GitLab remote (`https://`, `ssh://`, `git@host:owner/repo.git`),
 * or undefined for any other remote. Only host and path survive: never user info or a token.
 */
export function forgeFor(remote: string | undefined): Forge | undefined {
  if (!remote) return undefined;
  const scp = /^[^@/]+@([^:/]+):(.+)$/.exec(remote);
  let host: string;
  let path: string;
  if (scp) [host, path] = [scp[1]!, scp[2]!];
  else {
    let url: URL;
    try {
      url = new URL(remote);
    } catch {
      return undefined;
    }
    if (!['https:', 'http:', 'ssh:', 'git:'].includes(url.protocol)) return undefined;
    [host, path] = [url.hostname, url.pathname];
  }
  const kind = /(^|\.)github\./i.test(`${host}.`) ? 'github' : /(^|\.)gitlab\./i.test(`${host}.`) ? 'gitlab' : undefined;
  const segments = path.replace(/^\/+|\/+$/g, '').replace(/\.git$/, '').split('/');
  if (!kind || segments.length < 2 || !segments.every((s) => SEGMENT.test(s) && s !== '..' && s !== '.')) return undefined;
  if (!/^[A-Za-z0-9.-]+$/.test(host)) return undefined;
  const base = `https://${host.toLowerCase()}/${segments.join('/')}`;
  const infix = kind === 'gitlab' ? '/-' : '';
  const checked = (sha: string) => {
    if (!SHA.test(sha)) throw new Error(`not a commit id: ${sha}`);
    return sha;
  };
  const encodedPath = (file: string) => file.split('/').map(encodeURIComponent).join('/');
  return {
    commitUrl: (sha) => `${base}${infix}/commit/${checked(sha)}`,
    fileUrl: (sha, file, line) => `${base}${infix}/blob/${checked(sha)}/${encodedPath(file)}#L${line}`,
  };
}

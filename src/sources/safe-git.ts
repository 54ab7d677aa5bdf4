// How every git process caibo-scan starts is configured: a module of its own, without imports, so
// the CLI's entry point can start git (git-early.ts) before it loads the rest.

/**
 * Config that keeps git's output machine-shaped whatever the user's settings say: no colour,
 * no signatures in log output, the standard a/ b/ prefixes, root-relative paths, unquoted
 * non-ASCII names (check-ignore has no -z without --stdin).
 */
const PLUMBING_CONFIG = [
  '-c', 'core.quotePath=false',
  '-c', 'color.ui=false',
  '-c', 'log.showSignature=false',
  '-c', 'diff.noprefix=false',
  '-c', 'diff.mnemonicPrefix=false',
  '-c', 'diff.relative=false',
];

/**
 * Issue 18: a repository's own config names programs git runs for it, and a directory the user
 * downloaded is theirs, so git's ownership check does not stop them. These command-line settings
 * win over every config file (and reach the git processes git itself starts) and neutralise the
 * ones that fire on the commands below: the fsmonitor hook (runs on any index read) and hooks.
 */
const NEUTRALISING_CONFIG = ['-c', 'core.fsmonitor=false', '-c', 'core.hooksPath=/dev/null'];

/**
 * Reading a repository needs no transport at all. GIT_ALLOW_PROTOCOL overrides any protocol.*.allow
 * a repository sets, so ssh commands, remote helpers, `ext::` commands and upload-pack programs never
 * start, and a partial clone's promisor is never asked for a missing object (GIT_NO_LAZY_FETCH,
 * git 2.44+, says so directly; older gits fail the fetch on the protocol). No password prompt and no
 * credential helper (an empty value empties the list) runs, and nothing waits for a terminal.
 */
const READ_CONFIG = ['-c', 'core.askPass=', '-c', 'credential.helper='];
const READ_ENV = { GIT_ALLOW_PROTOCOL: '', GIT_NO_LAZY_FETCH: '1', GIT_TERMINAL_PROMPT: '0' };

/**
 * Audits mirror each repository (`clone --mirror`, then `remote update`). The mirror's config is the
 * one clone writes, never the source's, so the user's own credential helpers and ssh settings stay
 * (private repositories need them); the transports are the four real ones, so no `ext::` command or
 * remote helper a name could ask for starts. A mirror has no working tree: nothing is checked out
 * through a filter driver.
 */
const TRANSFER_ENV = { GIT_ALLOW_PROTOCOL: 'file:git:http:https:ssh', GIT_NO_LAZY_FETCH: '1', GIT_TERMINAL_PROMPT: '0' };

/**
 * The git subcommands caibo-scan runs, each checked not to convert content: they read objects,
 * refs or the index and never pass a file through a filter driver (clean, smudge, process). The
 * diff family would, to feed a textconv or an external diff, so it always runs without both.
 * A subcommand outside these lists (a checkout, a clone with a working tree) must be vetted first.
 */
const READ_ONLY_SUBCOMMANDS = new Set([
  'cat-file', 'check-ignore', 'config', 'for-each-ref', 'fsck', 'ls-files', 'ls-tree', 'merge-base', 'reflog', 'rev-list', 'rev-parse',
]);
const DIFF_SUBCOMMANDS = new Set(['diff', 'log']);
const CONVERTING_FLAGS = /^--(?:textconv|filters|ext-diff|path=|path$)/;
const isTransfer = (subcommand: string, rest: readonly string[]) =>
  (subcommand === 'clone' && rest.includes('--mirror')) || (subcommand === 'remote' && rest[0] === 'update');

/**
 * The one way git is started: every spawn in caibo-scan goes through here, so every call carries the
 * overrides above. Throws (a programming error) for a subcommand or flag nobody vetted.
 */
export function safeGit(args: readonly string[]): { args: string[]; env: NodeJS.ProcessEnv } {
  const [subcommand = '', ...rest] = args;
  const transfer = isTransfer(subcommand, rest);
  const vetted = transfer || READ_ONLY_SUBCOMMANDS.has(subcommand) || DIFF_SUBCOMMANDS.has(subcommand);
  if (!vetted || rest.some((arg) => CONVERTING_FLAGS.test(arg))) {
    throw new Error(`git ${subcommand} ${rest.find((arg) => CONVERTING_FLAGS.test(arg)) ?? ''} is not vetted to run on untrusted repositories`);
  }
  const noConversion = DIFF_SUBCOMMANDS.has(subcommand) ? ['--no-ext-diff', '--no-textconv'] : [];
  return {
    args: ['--no-pager', ...PLUMBING_CONFIG, ...NEUTRALISING_CONFIG, ...(transfer ? [] : READ_CONFIG), subcommand, ...noConversion, ...rest],
    env: { ...process.env, ...(transfer ? TRANSFER_ENV : READ_ENV) },
  };
}

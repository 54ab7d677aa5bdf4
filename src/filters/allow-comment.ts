/**
 * Inline markers teams already use: ours, and gitleaks' for teams migrating from it. The reason
 * runs to the end of the line or to the comment's closer (`*\/`, `-->`), whichever comes first.
 */
const ALLOW_MARKER = /(?:caibo-scan|gitleaks):allow\b[ \t]*(.*?)[ \t]*(?:\*\/|-->|#\}|%>|\*\)|$)/;
/** A line that is only a comment: `// …`, `# …`, `<!-- …`, `/* …`, ` * …`, `{/* …`, `{# …`, `-- …`, `; …`. */
const COMMENT_LINE = /^\s*(?:\/\/|#|<!--|\{?\/\*|\{#|\*|--|;|%|<%#)/;
const KEY_LIKE = /\w*caibo_\w*/g;
const MAX_REASON = 120;

/**
 * The reason given after an allow marker on the key's line, or on a comment-only line just above
 * it (`// caibo-scan:allow rotated 2024-05`): '' when none was given, undefined when not allowed.
 * The line above counts only when it is a comment, so a marker on one key's line does not also
 * silence a key on the next line.
 */
export function allowCommentReason(lineText: string, previousLineText: string): string | undefined {
  const match = ALLOW_MARKER.exec(lineText) ?? (COMMENT_LINE.test(previousLineText) ? ALLOW_MARKER.exec(previousLineText) : null);
  if (!match) return undefined;
  // The reason is printed; a key written after the marker must not travel with it.
  return match[1]!.replace(KEY_LIKE, '[key]').trim().slice(0, MAX_REASON);
}

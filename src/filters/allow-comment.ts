/** Inline markers teams already use: ours, and gitleaks' for teams migrating from it. */
const ALLOW_MARKER = /(?:caibo-scan|gitleaks):allow\b[ \t]*([^\r\n]*)/;
const KEY_LIKE = /\w*caibo_\w*/g;
const MAX_REASON = 120;
const COMMENT_CLOSERS = /\s*(?:\*\/|-->|#\}|%>|\*\))\s*$/;

/**
 * The reason given after an allow marker on the key's line or the line above
 * (`// caibo-scan:allow rotated 2024-05`), '' when none was given, undefined when there is no marker.
 */
export function allowCommentReason(lineText: string, previousLineText: string): string | undefined {
  const match = ALLOW_MARKER.exec(lineText) ?? ALLOW_MARKER.exec(previousLineText);
  if (!match) return undefined;
  // The reason is printed; a key written after the marker must not travel with it.
  return match[1]!.replace(COMMENT_CLOSERS, '').replace(KEY_LIKE, '[key]').trim().slice(0, MAX_REASON);
}

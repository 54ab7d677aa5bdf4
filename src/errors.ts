/**
 * Errors the user can act on. Each prints as one line and exits 2; anything else is a bug
 * and also exits 2, with the stack shown only under --debug.
 */
export class CaiboScanError extends Error {
  constructor(
    readonly code: 'usage' | 'config' | 'rules' | 'source' | 'git' | 'output',
    message: string,
  ) {
    super(message);
    this.name = 'CaiboScanError';
  }
}

export const usageError = (message: string) => new CaiboScanError('usage', message);
export const configError = (message: string) => new CaiboScanError('config', message);
export const rulesError = (message: string) => new CaiboScanError('rules', message);
export const sourceError = (message: string) => new CaiboScanError('source', message);
export const gitError = (message: string) => new CaiboScanError('git', message);
export const outputError = (message: string) => new CaiboScanError('output', message);

export function isCaiboScanError(error: unknown): error is CaiboScanError {
  return error instanceof CaiboScanError;
}

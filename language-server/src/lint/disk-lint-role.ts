// Kept apart from disk-lint.ts so the entry module can tell a disk-lint child from a server without loading ESLint.

/** Set in the environment of a disk-lint child process: the entry module then serves one request, not a client. */
export const DISK_LINT_CHILD_VARIABLE = 'CONSENTRY_DISK_LINT_CHILD';

/** Whether this process is a disk-lint child (the entry module must then call runDiskLintChild, not start a server). */
export function isDiskLintChild(): boolean {
  return process.env[DISK_LINT_CHILD_VARIABLE] === '1' && typeof process.send === 'function';
}

/**
 * An error the user can act on: bad flags, a path that does not exist, an unreachable target.
 * `main` prints its message on one line and exits with code 2; it never prints a stack trace.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

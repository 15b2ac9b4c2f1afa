/** Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage or internal error. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_ERROR = 2;

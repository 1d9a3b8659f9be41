/**
 * The last statement of every generated demo: run `main`, which answers whether the pattern kept its promise, and
 * turn the answer into the exit code (an exception prints and fails). Setting `process.exitCode` instead of
 * calling `process.exit` lets GLIDE's closed clients finish cleanly.
 */
export const DEMO_RUNNER = `
main().then(
  (kept) => {
    process.exitCode = kept ? 0 : 1;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
`;

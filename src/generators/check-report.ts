/**
 * The end of every generated demo's `main`: print each named check as `ok` or `FAIL` and answer whether all held,
 * which DEMO_RUNNER turns into the exit code.
 */
export const REPORT_CHECKS = `
    for (const [check, held] of Object.entries(checks)) console.log((held ? 'ok   ' : 'FAIL ') + check);
    return Object.values(checks).every(Boolean);`;

/** Types for parse-floor.mjs. */

/** The absolute paths of the .ts files below `root`, sorted. */
export declare function listTypeScriptFiles(root: string): string[];

/** Reads and parses each file with @babel/parser; returns how many it parsed. */
export declare function parseFloor(files: readonly string[]): number;

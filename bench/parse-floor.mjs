/**
 * The parse floor: read each file from disk and parse it with @babel/parser (TypeScript plugin, module source).
 * No codemod can look at every file for less; the migration's time is read as a multiple of this. Plain JS
 * (typed by parse-floor.d.mts) so that the fresh `node` child of the peak-RSS benchmark can use it too.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from '@babel/parser';

/** @param {string} root @returns {string[]} the absolute paths of the .ts files below `root`, sorted */
export function listTypeScriptFiles(root) {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((entry) => entry.endsWith('.ts'))
    .sort()
    .map((entry) => path.join(root, entry));
}

/** @param {readonly string[]} files @returns {number} the number of files parsed */
export function parseFloor(files) {
  for (const file of files) {
    parse(readFileSync(file, 'utf8'), { sourceType: 'module', plugins: ['typescript'] });
  }
  return files.length;
}

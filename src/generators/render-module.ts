/**
 * One generated source file from a module template: the TypeScript ES module text with its holes filled, then,
 * for JavaScript, the types stripped and, for CommonJS, imports and exports converted, all as tree passes, then
 * printed. The file name gets the target's extension (`lock` → `lock.ts` or `lock.js`).
 */
import jscodeshift from 'jscodeshift';
import { fillModuleTemplate, type HoleValue } from '../ast/module-template.js';
import type { GeneratedFile, GeneratorTarget } from './define-generator.js';
import { stripTypes } from './strip-types.js';
import { toCommonJs } from './to-commonjs.js';

/** The parser every template is written for; JavaScript variants are derived from its tree. */
export const templateSyntax = jscodeshift.withParser('ts');

export function renderModule(
  name: string,
  text: string,
  holes: Readonly<Record<string, HoleValue>>,
  target: Pick<GeneratorTarget, 'language' | 'moduleSystem'>,
): GeneratedFile {
  const j = templateSyntax;
  const root = fillModuleTemplate(j, text, holes);
  if (target.language === 'js') {
    stripTypes(j, root);
    if (target.moduleSystem === 'cjs') toCommonJs(j, root);
  }
  const printed = root.toSource({ quote: 'single' });
  return { path: `${name}.${target.language}`, text: printed.endsWith('\n') ? printed : `${printed}\n` };
}

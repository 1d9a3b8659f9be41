/** Module templates: holes take nodes (a literal stays a literal whatever it holds), and text and holes must match. */
import { expect } from 'chai';
import jscodeshift from 'jscodeshift';
import { fillModuleTemplate, hole, ModuleTemplateError } from '../../../src/ast/module-template.js';

const j = jscodeshift.withParser('ts');

describe('fillModuleTemplate', function () {
  it('puts a literal in every place its hole is named, escaped', function () {
    const root = fillModuleTemplate(j, `const a = ${hole('value')};\nconst b = [${hole('value')}];\n`, { value: j.stringLiteral("it's `${x}` */\n") });
    expect(root.toSource({ quote: 'single' })).to.equal("const a = 'it\\'s `${x}` */\\n';\nconst b = ['it\\'s `${x}` */\\n'];\n");
  });

  it('puts an identifier where a name goes', function () {
    const root = fillModuleTemplate(j, `export function ${hole('name')}() {}\n`, { name: j.identifier('openClient') });
    expect(root.toSource()).to.equal('export function openClient() {}\n');
  });

  it('refuses a hole the caller did not give, and a given hole the text does not use', function () {
    expect(() => fillModuleTemplate(j, `const a = ${hole('missing')};`, {})).to.throw(ModuleTemplateError, "the hole 'missing', which was not given");
    expect(() => fillModuleTemplate(j, 'const a = 1;', { extra: j.numericLiteral(1) })).to.throw(ModuleTemplateError, 'does not use the hole(s) extra');
  });
});

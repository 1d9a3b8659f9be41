/**
 * Builds code from our own template text with AST nodes in the holes, through jscodeshift's template parser:
 * user expressions go in as nodes (never as text), and recast prints the result with the template's layout,
 * which keeps small objects such as `{ host, port }` on one line.
 */
import type { JSCodeshift } from 'jscodeshift';
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';

export class CodeTemplate {
  private readonly strings: string[] = [''];
  private readonly holes: ExpressionKind[] = [];

  text(piece: string): this {
    this.strings[this.strings.length - 1] += piece;
    return this;
  }

  node(value: ExpressionKind): this {
    this.holes.push(value);
    this.strings.push('');
    return this;
  }

  toExpression(j: JSCodeshift): ExpressionKind {
    const strings = Object.assign([...this.strings], { raw: [...this.strings] }) as unknown as TemplateStringsArray;
    return j.template.expression(strings, ...this.holes) as ExpressionKind;
  }
}

/**
 * The last step of printing a tab-indented file: recast writes the indentation of lines it joins from template
 * text as spaces after the enclosing tabs (`\t    addresses: ...`), whatever `useTabs` says. In the lines the
 * migration wrote (any line that is not one of the file's own, character for character), a run of spaces that
 * follows the leading tabs becomes tabs, one per `tabWidth` spaces. Only leading whitespace changes, and the
 * printed file is parsed again after this (verify.ts), so the code means what it meant.
 */
export function tabsInWrittenLines(printed: string, original: string, lineTerminator: string, tabWidth: number): string {
  const own = new Set(original.split(/\r?\n/));
  return printed
    .split(lineTerminator)
    .map((line) => {
      if (own.has(line)) return line;
      let tabs = 0;
      while (line[tabs] === '\t') tabs += 1;
      let spaces = 0;
      while (line[tabs + spaces] === ' ') spaces += 1;
      if (spaces < tabWidth) return line;
      const indent = '\t'.repeat(tabs + Math.floor(spaces / tabWidth)) + ' '.repeat(spaces % tabWidth);
      return indent + line.slice(tabs + spaces);
    })
    .join(lineTerminator);
}

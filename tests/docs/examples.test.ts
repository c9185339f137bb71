/**
 * Doc-tests: every `@example` in the JSDoc of the public API (what src/index.ts,
 * src/markdown.ts, src/schemas.ts and src/node.ts export) runs here against the source, so the
 * examples in editors, in TypeDoc's reference and in the guides never rot.
 *
 * An example is plain code as a reader would paste it:
 * - `import … from 'gt-corpus'` (or `gt-corpus/markdown`, `gt-corpus/schemas`,
 *   `gt-corpus/node`, `node:…`) lines work; the package names resolve to src/;
 * - `expression // => value` and an `expression` line followed by a
 *   `// => value` line assert that the expression deep-equals the value
 *   (`const x = …` followed by `// => value` asserts on x);
 * - `console.log` output is collected, not printed.
 * Every public function must have at least one example.
 *
 * The ```js and ```ts code blocks of the guides in `guides` below run the same
 * way (a block fenced as ```javascript, ```sh, ```html… is only shown).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const entries = { 'gt-corpus': 'src/index.ts', 'gt-corpus/markdown': 'src/markdown.ts', 'gt-corpus/schemas': 'src/schemas.ts', 'gt-corpus/node': 'src/node.ts' } as const;

interface Example {
  /** The public name the example documents. */
  name: string;
  entry: keyof typeof entries;
  file: string;
  line: number;
  code: string;
}

/** The public exports of each entry point, with the @example blocks of their declarations. */
function collectExamples(): { examples: Example[]; documented: Map<string, number>; exported: Map<string, keyof typeof entries> } {
  const files = Object.values(entries).map((f) => join(root, f));
  const program = ts.createProgram(files, { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, allowJs: false, noEmit: true });
  const checker = program.getTypeChecker();
  const examples: Example[] = [];
  const documented = new Map<string, number>();
  const exported = new Map<string, keyof typeof entries>();
  for (const [entry, path] of Object.entries(entries) as Array<[keyof typeof entries, string]>) {
    const source = program.getSourceFile(join(root, path));
    const moduleSymbol = source && checker.getSymbolAtLocation(source);
    if (!moduleSymbol) throw new Error(`cannot read ${path}`);
    for (const exportSymbol of checker.getExportsOfModule(moduleSymbol)) {
      const symbol = exportSymbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exportSymbol) : exportSymbol;
      if (!(symbol.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Variable))) continue;
      const name = exportSymbol.getName();
      exported.set(name, entry);
      for (const declaration of symbol.getDeclarations() ?? []) {
        for (const tag of ts.getJSDocTags(declaration)) {
          if (tag.tagName.text !== 'example') continue;
          const code = (ts.getTextOfJSDocComment(tag.comment) ?? '').replace(/^```\w*\n?|```\s*$/gm, '');
          const file = declaration.getSourceFile();
          examples.push({ name, entry, file: file.fileName.slice(root.length + 1), line: file.getLineAndCharacterOfPosition(tag.getStart()).line + 1, code });
          documented.set(name, (documented.get(name) ?? 0) + 1);
        }
      }
    }
  }
  return { examples, documented, exported };
}

const assignment = /^(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=/;
const importLine = /^import\s+(type\s+)?(.+?)\s+from\s+(['"])([^'"]+)\3;?$/;

/** Net count of opening brackets in a line of code, strings and comments aside. */
function depthChange(line: string): number {
  const code = line.replace(/(['"`])(?:\\.|(?!\1).)*\1/g, '""').replace(/\/\/.*$/, '');
  let depth = 0;
  for (const c of code) depth += '([{'.includes(c) ? 1 : ')]}'.includes(c) ? -1 : 0;
  return depth;
}

/** Rewrites an example into the body of an async function (see the header for the rules). */
function toRunnable(code: string): string {
  const out: string[] = [];
  /** Where in `out` the latest statement starts, and its lines; `// =>` on a line of its own refers to it. */
  let start = -1;
  let statement: string[] = [];
  let depth = 0;
  const assert = (expression: string, expected: string) =>
    `__expectEqual(${expression}, ${expected}, ${JSON.stringify(`${expression.trim()} // => ${expected.trim()}`)});`;
  for (const raw of code.split('\n')) {
    const line = raw.trimEnd();
    const imported = importLine.exec(line.trim());
    if (imported) {
      if (!imported[1]) {
        const bindings = imported[2]!.replace(/\btype\s+\w+\s*,?/g, '').replace(/\s+as\s+/g, ': ');
        const what = bindings.startsWith('{') ? bindings : bindings.startsWith('* ') ? bindings.replace(/^\*\s*:\s*/, '') : `{ default: ${bindings} }`;
        out.push(`const ${what} = await __import(${JSON.stringify(imported[4])});`);
      }
      statement = [];
      continue;
    }
    const alone = /^\s*\/\/\s*=>\s*(.+)$/.exec(line);
    if (alone) {
      const previous = statement.join('\n').trim().replace(/;$/, '');
      if (!previous) throw new Error(`"// =>" without an expression before it: ${line}`);
      out.splice(start);
      const named = assignment.exec(previous);
      out.push(named ? `${previous};\n${assert(named[1]!, alone[1]!)}` : assert(previous, alone[1]!));
      statement = [];
      continue;
    }
    const inline = /^(.*?\S)\s*\/\/\s*=>\s*(.+)$/.exec(line);
    if (inline && depth === 0 && !/^\s*\/\//.test(line)) {
      out.push(assert(inline[1]!.replace(/;\s*$/, ''), inline[2]!));
      statement = [];
      continue;
    }
    if (line.trim() === '' || /^\s*\/\//.test(line)) {
      out.push(line);
      continue;
    }
    // A line at the left margin with all brackets closed starts a new statement;
    // indented lines and lines starting with . ) ] } continue the current one.
    if (depth === 0 && !/^[\s.)\]}?:]/.test(line)) {
      start = out.length;
      statement = [];
    }
    out.push(line);
    statement.push(line);
    depth = Math.max(0, depth + depthChange(line));
  }
  return out.join('\n');
}

const { examples, documented, exported } = collectExamples();

/** Guides whose code blocks run; other docs/ pages belong to their extractors' owners. */
const guides = ['docs/getting-started.md', 'docs/data-model.md', 'docs/faq.md'];

function guideBlocks(): Array<{ file: string; line: number; code: string }> {
  const blocks: Array<{ file: string; line: number; code: string }> = [];
  for (const file of guides) {
    const lines = readFileSync(join(root, file), 'utf8').split('\n');
    for (let i = 0; i < lines.length; i++) {
      if (!/^```(js|ts)\s*$/.test(lines[i]!)) continue;
      const end = lines.indexOf('```', i + 1);
      blocks.push({ file, line: i + 1, code: lines.slice(i + 1, end).join('\n') });
      i = end;
    }
  }
  return blocks;
}

async function importFor(specifier: string): Promise<unknown> {
  if (specifier in entries) return import(join(root, entries[specifier as keyof typeof entries]));
  if (specifier.startsWith('node:')) return import(specifier);
  throw new Error(`examples may import only the package and node: built-ins, not ${specifier}`);
}

/**
 * Runs an example. Examples are TypeScript (`getArticle(id)!`), so they are
 * transpiled first. The public API is in scope without imports, as in the
 * README's short examples; an example's own imports shadow it (the body sits in
 * a block of its own).
 */
async function runExample(code: string, logged: unknown[][]): Promise<void> {
  const scope: Record<string, unknown> = {};
  for (const entry of Object.keys(entries)) Object.assign(scope, await importFor(entry));
  const source = `async function __example(__import, __expectEqual, console, { ${Object.keys(scope).join(', ')} }) {\n{\n${toRunnable(code)}\n}\n}`;
  const { outputText } = ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } });
  const example = new Function(`${outputText}\nreturn __example;`)() as (...args: unknown[]) => Promise<void>;
  await example(
    importFor,
    (actual: unknown, expected: unknown, text: string) => expect(actual, text).toEqual(expected),
    { ...console, log: (...args: unknown[]) => logged.push(args), info: (...args: unknown[]) => logged.push(args), warn: (...args: unknown[]) => logged.push(args) },
    scope,
  );
}

describe('JSDoc examples', () => {
  it('every public function has at least one @example', async () => {
    const missing: string[] = [];
    for (const [name, entry] of exported) {
      const value = ((await importFor(entry)) as Record<string, unknown>)[name];
      const isClass = typeof value === 'function' && /^class\b/.test(Function.prototype.toString.call(value));
      if (typeof value === 'function' && !isClass && !documented.has(name)) missing.push(`${entry}: ${name}`);
    }
    expect(missing.join('\n')).toBe('');
  });

  it('finds the examples', () => {
    expect(examples.length).toBeGreaterThan(30);
  });

  for (const example of examples) {
    it(`${example.name} (${example.file}:${example.line})`, async () => {
      await runExample(example.code, []);
    });
  }
});

describe('code blocks in the guides', () => {
  it('finds them', () => {
    expect(guideBlocks().length).toBeGreaterThan(5);
  });

  for (const block of guideBlocks()) {
    it(`${block.file}:${block.line}`, async () => {
      await runExample(block.code, []);
    });
  }
});

describe('toRunnable', () => {
  it('turns "// =>" comments into assertions and imports into dynamic imports', () => {
    const body = toRunnable("import { sentences } from 'gt-corpus';\nsentences('A. B.').length // => 2\nconst n = 1 + 1;\n// => 2");
    expect(body).toContain("const { sentences } = await __import(\"gt-corpus\");");
    expect(body).toContain("__expectEqual(sentences('A. B.').length, 2");
    expect(body).toContain('const n = 1 + 1;\n__expectEqual(n, 2');
  });

  it('asserts on multi-line expressions, and a wrong value fails the example', async () => {
    await expect(runExample("sentences('It rose. It fell.')\n  .map((s) => s.text)\n// => ['It rose.', 'It fell.']", [])).resolves.toBeUndefined();
    await expect(runExample("sentences('A. B.').length // => 3", [])).rejects.toThrow(/=> 3/);
  });
});

/**
 * Writes docs/api.md, the API reference, from what src/index.ts exports and the JSDoc of each symbol,
 * with the TypeScript compiler API. `--check` writes nothing and exits 1 when docs/api.md is stale.
 * Run: npm run docs:api
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { builtinRules } from '../src/builtin-rules.js';
import { STAGES } from '../src/pipeline/rule.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ENTRY = fileURLToPath(new URL('../src/index.ts', import.meta.url));
const OUT = fileURLToPath(new URL('../docs/api.md', import.meta.url));
const MAX_TYPE = 400;

type Section = 'Functions' | 'Classes' | 'Interfaces' | 'Types' | 'Schemas and constants';
const SECTIONS: readonly Section[] = ['Functions', 'Classes', 'Interfaces', 'Types', 'Schemas and constants'];

interface Entry {
  readonly name: string;
  readonly section: Section;
  readonly source: string;
  readonly code: string;
  readonly doc: string;
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
const cap = (text: string) => (text.length > MAX_TYPE ? `${text.slice(0, MAX_TYPE)} …` : text);

function docOf(symbol: ts.Symbol, checker: ts.TypeChecker): string {
  const text = ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();
  const examples = symbol.getJsDocTags(checker).filter((t) => t.name === 'example').map((t) => ts.displayPartsToString(t.text).trim());
  return [text, ...examples.map((e) => `Example:\n\n\`\`\`ts\n${e}\n\`\`\``)].filter(Boolean).join('\n\n');
}

/** The members of an interface or class, one line each, with their own JSDoc as a trailing comment. */
function membersOf(members: readonly ts.Node[], checker: ts.TypeChecker, sourceFile: ts.SourceFile): string[] {
  const lines: string[] = [];
  for (const member of members) {
    if (ts.isConstructorDeclaration(member) || ts.isIndexSignatureDeclaration(member)) continue;
    const modifiers = ts.canHaveModifiers(member) ? ts.getModifiers(member) ?? [] : [];
    if (modifiers.some((m) => m.kind === ts.SyntaxKind.PrivateKeyword || m.kind === ts.SyntaxKind.ProtectedKeyword)) continue;
    const symbol = (member as ts.NamedDeclaration).name ? checker.getSymbolAtLocation((member as ts.NamedDeclaration).name!) : undefined;
    const doc = symbol ? oneLine(ts.displayPartsToString(symbol.getDocumentationComment(checker))) : '';
    const code = oneLine(member.getText(sourceFile).replace(/\/\*\*[\s\S]*?\*\//g, '')).replace(/;$/, '');
    lines.push(`  ${cap(code)};${doc ? ` // ${doc}` : ''}`);
  }
  return lines;
}

function describeDeclaration(name: string, decl: ts.Declaration, symbol: ts.Symbol, checker: ts.TypeChecker): Omit<Entry, 'name' | 'source' | 'doc'> {
  const sf = decl.getSourceFile();
  if (ts.isFunctionDeclaration(decl)) {
    // as written in the source, so named types (Analysis, AnalyzerOptions) stay named
    const params = decl.typeParameters ? `<${decl.typeParameters.map((p) => p.getText(sf)).join(', ')}>` : '';
    const args = decl.parameters.map((p) => oneLine(p.getText(sf))).join(', ');
    const returns = decl.type ? oneLine(decl.type.getText(sf)) : checker.typeToString(checker.getSignatureFromDeclaration(decl)!.getReturnType());
    return { section: 'Functions', code: `function ${name}${params}(${args}): ${returns}` };
  }
  if (ts.isClassDeclaration(decl)) {
    const heritage = decl.heritageClauses?.map((h) => ` ${oneLine(h.getText(sf))}`).join('') ?? '';
    const ctor = decl.members.find(ts.isConstructorDeclaration);
    const ctorLine = ctor ? [`  constructor(${ctor.parameters.map((p) => oneLine(p.getText(sf))).join(', ')});`] : [];
    return { section: 'Classes', code: [`class ${name}${heritage} {`, ...ctorLine, ...membersOf(decl.members, checker, sf), '}'].join('\n') };
  }
  if (ts.isInterfaceDeclaration(decl)) {
    const heritage = decl.heritageClauses?.map((h) => ` ${oneLine(h.getText(sf))}`).join('') ?? '';
    const params = decl.typeParameters ? `<${decl.typeParameters.map((p) => p.getText(sf)).join(', ')}>` : '';
    return { section: 'Interfaces', code: [`interface ${name}${params}${heritage} {`, ...membersOf(decl.members, checker, sf), '}'].join('\n') };
  }
  if (ts.isTypeAliasDeclaration(decl)) {
    const params = decl.typeParameters ? `<${decl.typeParameters.map((p) => p.getText(sf)).join(', ')}>` : '';
    return { section: 'Types', code: `type ${name}${params} = ${cap(oneLine(decl.type.getText(sf)))}` };
  }
  if (ts.isVariableDeclaration(decl)) {
    const annotated = decl.type ? oneLine(decl.type.getText(sf)) : null;
    const init = decl.initializer ? oneLine(decl.initializer.getText(sf)) : '';
    const isSchema = /^z\.|\.extend\(/.test(init);
    // a zod schema reads best as written, comments and line breaks included
    if (isSchema && !annotated) return { section: 'Schemas and constants', code: `const ${name} = ${decl.initializer!.getText(sf)}` };
    const type = annotated ?? cap(checker.typeToString(checker.getTypeAtLocation(decl)));
    return { section: 'Schemas and constants', code: `const ${name}: ${type}` };
  }
  return { section: 'Schemas and constants', code: name };
}

function collect(): Entry[] {
  const program = ts.createProgram([ENTRY], { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, resolveJsonModule: true, strict: true, noEmit: true });
  const checker = program.getTypeChecker();
  const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(ENTRY)!)!;
  const entries: Entry[] = [];
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const decl = symbol.declarations?.[0];
    if (!decl) continue;
    const line = decl.getSourceFile().getLineAndCharacterOfPosition(decl.getStart()).line + 1;
    const source = `${relative(ROOT, decl.getSourceFile().fileName)}:${line}`;
    entries.push({ name: exported.name, source, doc: docOf(symbol, checker), ...describeDeclaration(exported.name, decl, symbol, checker) });
  }
  return entries;
}

function render(entries: readonly Entry[]): string {
  const out = [
    '# API reference',
    '',
    'Generated by `scripts/gen-api.ts` from what `src/index.ts` exports and the JSDoc in the source; do not edit by hand, run `npm run docs:api`.',
    'The output objects are described field by field in [schema.json](schema.json); the guide to writing rules is [rules.md](rules.md).',
    '',
  ];
  for (const section of SECTIONS) {
    const inSection = entries.filter((e) => e.section === section);
    if (inSection.length === 0) continue;
    out.push(`## ${section}`, '');
    for (const e of inSection) {
      out.push(`### \`${e.name}\``, '', `Source: \`${e.source}\``, '');
      if (e.doc) out.push(e.doc, '');
      out.push('```ts', e.code, '```', '');
    }
  }
  out.push('## Built-in rules', '', 'In the order they run; switch any off with `disable`. How to write your own: [rules.md](rules.md).', '');
  for (const stage of STAGES) {
    out.push(`### Stage \`${stage}\``, '', '| rule | what it does |', '| --- | --- |');
    for (const rule of builtinRules.filter((r) => r.stage === stage)) out.push(`| \`${rule.name}\` | ${rule.description.replace(/\|/g, '\\|')} |`);
    out.push('');
  }
  return out.join('\n');
}

const text = render(collect());
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(OUT, 'utf8');
  } catch {
    // missing: stale
  }
  if (current !== text) {
    console.error('docs/api.md is stale: run npm run docs:api');
    process.exitCode = 1;
  }
} else {
  writeFileSync(OUT, text);
  console.log(`wrote docs/api.md (${text.split('\n').length} lines)`);
}

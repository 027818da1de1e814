// Which messages each client component translates with, read from the source (decision 0021).
// `npm run messages:client` writes the result to src/i18n/client-messages.generated.ts, which
// <ClientMessages> uses to give each client component exactly its messages and no others;
// tests/unit/client-messages.test.ts fails when the file is stale or a page forgets a wrapper.
//
// What counts as used, per module reachable from a "use client" file:
// - t("a.b") with t = useTranslations("ns") → "ns.a.b" (also t.rich / t.markup / t.has / t.raw);
// - t(`mode.${x}`) → the subtree "ns.mode";
// - anything else (t(error), useMessages()) must be declared in a comment in that module:
//   `// client-messages: errors validation hours.errors` (subtrees the dynamic keys fall in).
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

const SRC = path.resolve("src");

export type ModuleUsage = { keys: Set<string>; undeclaredDynamic: string[]; imports: string[] };

const MESSAGE_KEY = /^[a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9_]+)+$/;

let messages: Record<string, unknown> | null = null;
/** Whether a dotted key names a message (or a subtree) in the Russian files (every locale has the same keys). */
function messageExists(key: string): boolean {
  if (!messages) {
    const dir = path.join(SRC, "messages");
    messages = JSON.parse(fs.readFileSync(path.join(dir, "ru.json"), "utf8")) as Record<string, unknown>;
    for (const ns of fs.readdirSync(path.join(dir, "modules"))) {
      messages[ns] = JSON.parse(fs.readFileSync(path.join(dir, "modules", ns, "ru.json"), "utf8"));
    }
  }
  let value: unknown = messages;
  for (const part of key.split("."))
    value = value && typeof value === "object" ? (value as Record<string, unknown>)[part] : undefined;
  return value !== undefined;
}

const isServerActions = (source: string) => /^(\s*(\/\/[^\n]*|\/\*[\s\S]*?\*\/))*\s*["']use server["']/.test(source);

function isClientEntry(source: string): boolean {
  const firstStatement = source.replace(/^(\s*(\/\/[^\n]*|\/\*[\s\S]*?\*\/))*\s*/, "");
  return /^["']use client["']/.test(firstStatement);
}

function resolveImport(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith("@/")) base = path.join(SRC, spec.slice(2));
  else if (spec.startsWith(".")) base = path.resolve(path.dirname(from), spec);
  else return null;
  for (const candidate of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    path.join(base, "index.ts"),
    path.join(base, "index.tsx"),
  ]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return null;
}

const join = (ns: string | undefined, key: string) => (ns ? (key ? `${ns}.${key}` : ns) : key);

/**
 * The keys an argument of t() can be: literals, both sides of `a ? "x" : "y"` and `e ?? "x"`,
 * the literal head of a template (`mode.${x}` → "mode", `${a}.${b}` → "" for the namespace
 * itself); null for a key only known at run time.
 */
function keysOf(arg: ts.Expression): (string | null)[] {
  if (ts.isParenthesizedExpression(arg)) return keysOf(arg.expression);
  if (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)) return [arg.text];
  if (ts.isConditionalExpression(arg)) return [...keysOf(arg.whenTrue), ...keysOf(arg.whenFalse)];
  if (
    ts.isBinaryExpression(arg) &&
    [ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken].includes(arg.operatorToken.kind)
  ) {
    return [...keysOf(arg.left), ...keysOf(arg.right)];
  }
  if (ts.isTemplateExpression(arg)) {
    const head = arg.head.text;
    const prefix = head.slice(0, head.lastIndexOf(".") + 1).replace(/\.$/, "");
    return prefix || head === "" ? [prefix] : [null];
  }
  return [null];
}

/**
 * The keys one module translates with. Parsed with TypeScript (no type checking) so that each
 * `t` resolves to the useTranslations() in its own function: files often have several.
 */
export function analyseModule(file: string, source = fs.readFileSync(file, "utf8")): ModuleUsage {
  const keys = new Set<string>();
  const undeclaredDynamic: string[] = [];
  const imports: string[] = [];
  let declared = false;
  for (const m of source.matchAll(/client-messages:\s*([^\n*]+)/g)) {
    declared = true;
    // "literal-keys": the run-time keys here are ones written as literals in the client's code
    // (the schemas' "validation.required"), which count anyway (see below).
    for (const p of m[1]!.trim().split(/\s+/)) if (p !== "literal-keys") keys.add(p);
  }
  const sf = ts.createSourceFile(
    file,
    source,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );

  const visit = (node: ts.Node, scope: Map<string, string>) => {
    const typeOnly =
      (ts.isImportDeclaration(node) && node.importClause?.isTypeOnly) ||
      (ts.isExportDeclaration(node) && node.isTypeOnly);
    if (
      !typeOnly &&
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      const resolved = resolveImport(file, node.moduleSpecifier.text);
      if (resolved && !/\.(json|css)$/.test(resolved)) imports.push(resolved);
    }
    // A block or function body opens a scope: translators declared in it shadow outer ones.
    let inner = scope;
    if (ts.isBlock(node) || ts.isSourceFile(node)) {
      inner = new Map(scope);
      for (const statement of node.statements) {
        if (!ts.isVariableStatement(statement)) continue;
        for (const d of statement.declarationList.declarations) {
          let init = d.initializer;
          if (init && ts.isAwaitExpression(init)) init = init.expression;
          if (
            ts.isIdentifier(d.name) &&
            init &&
            ts.isCallExpression(init) &&
            init.expression.getText(sf) === "useTranslations"
          ) {
            const arg = init.arguments[0];
            inner.set(d.name.text, arg && ts.isStringLiteral(arg) ? arg.text : "");
          }
        }
      }
    }
    // A message key written as a literal anywhere in the client's code ("validation.required" in a
    // schema, "errors.UNEXPECTED" in a hook) is one the browser may translate.
    // (Not a namespace given to useTranslations: that one is read above.)
    const parent = node.parent;
    const namespace =
      parent && ts.isCallExpression(parent) && /^(use|get)Translations$/.test(parent.expression.getText(sf));
    if (ts.isStringLiteral(node) && !namespace && MESSAGE_KEY.test(node.text) && messageExists(node.text)) {
      keys.add(node.text);
    }
    // …and a key built from one (`hours.errors.${reason}` in a schema): the subtree it picks from.
    if (ts.isTemplateExpression(node) && node.head.text.endsWith(".")) {
      const prefix = node.head.text.slice(0, -1);
      if (MESSAGE_KEY.test(prefix) && messageExists(prefix)) keys.add(prefix);
    }
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const name = ts.isIdentifier(callee)
        ? callee.text
        : ts.isPropertyAccessExpression(callee) &&
            ts.isIdentifier(callee.expression) &&
            ["rich", "markup", "has", "raw"].includes(callee.name.text)
          ? callee.expression.text
          : null;
      if (name !== null && scope.has(name) && node.arguments.length > 0) {
        const ns = scope.get(name)!;
        const arg = node.arguments[0]!;
        for (const key of keysOf(arg)) {
          if (key !== null) keys.add(join(ns, key));
          // A translator bound to a namespace may pick any key of it at run time (t(status) with
          // useTranslations("applications.status")): the namespace is what it needs.
          else if (ns) keys.add(ns);
          else if (!declared) undeclaredDynamic.push(`${name}(${arg.getText(sf).slice(0, 40)})`);
        }
      }
      if (ts.isIdentifier(callee) && callee.text === "useMessages" && !declared)
        undeclaredDynamic.push("useMessages()");
    }
    ts.forEachChild(node, (child) => visit(child, inner));
  };
  visit(sf, new Map());
  return { keys, undeclaredDynamic, imports };
}

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "generated") walk(p, out);
    } else if (/\.tsx?$/.test(entry.name)) out.push(p);
  }
  return out;
}

/** The id a page uses to name a client component: its path under src without the extension. */
export const componentId = (file: string) => path.relative(SRC, file).replace(/\.tsx?$/, "");

export type ClientMessagesReport = {
  /** Entry ("use client" module that translates, directly or through what it imports) → message paths. */
  components: Map<string, string[]>;
  /** Modules in client bundles with dynamic keys and no `client-messages:` declaration. */
  undeclared: { id: string; calls: string[] }[];
  /** Server modules that import a translating client component. */
  importers: Map<string, string[]>;
};

export function analyseClientMessages(): ClientMessagesReport {
  const files = walk(SRC);
  const sources = new Map(files.map((f) => [f, fs.readFileSync(f, "utf8")]));
  const usage = new Map(files.map((f) => [f, analyseModule(f, sources.get(f))]));
  const entries = files.filter((f) => isClientEntry(sources.get(f)!));

  const closure = (file: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(file)) return seen;
    // A client module gets only references to server actions, never their code or messages.
    if (seen.size > 0 && isServerActions(sources.get(file) ?? "")) return seen;
    seen.add(file);
    for (const dep of usage.get(file)?.imports ?? []) closure(dep, seen);
    return seen;
  };
  const components = new Map<string, string[]>();
  const undeclared = new Map<string, string[]>();
  for (const entry of entries) {
    const keys = new Set<string>();
    for (const mod of closure(entry)) {
      const u = usage.get(mod);
      if (!u) continue; // generated code (Prisma's enums) translates nothing
      u.keys.forEach((k) => keys.add(k));
      if (u.undeclaredDynamic.length) undeclared.set(componentId(mod), u.undeclaredDynamic);
    }
    if (keys.size) components.set(componentId(entry), minimalPaths(keys));
  }
  const importers = new Map<string, string[]>();
  for (const file of files) {
    if (isClientEntry(sources.get(file)!)) continue;
    const used = usage
      .get(file)!
      .imports.map(componentId)
      .filter((id) => components.has(id));
    if (used.length) importers.set(componentId(file), used);
  }
  return {
    components: new Map([...components].sort(([a], [b]) => a.localeCompare(b))),
    undeclared: [...undeclared].map(([id, calls]) => ({ id, calls })),
    importers,
  };
}

/** Sorted paths without the ones already inside another (a subtree covers its keys). */
function minimalPaths(keys: Set<string>): string[] {
  const sorted = [...keys].sort();
  return sorted.filter((k) => !sorted.some((other) => other !== k && k.startsWith(`${other}.`)));
}

export function renderGenerated(report: ClientMessagesReport): string {
  const lines = [...report.components].map(
    ([id, paths]) => `  ${JSON.stringify(id)}: [${paths.map((p) => JSON.stringify(p)).join(", ")}],`,
  );
  return [
    "// Generated by `npm run messages:client` (scripts/lib/client-messages.ts): the messages each client",
    "// component translates with, read from its source. Do not edit; tests/unit/client-messages.test.ts",
    "// fails when this file is stale.",
    "export const CLIENT_MESSAGES = {",
    ...lines,
    "} as const satisfies Record<string, readonly string[]>;",
    "",
    "export type ClientComponent = keyof typeof CLIENT_MESSAGES;",
    "",
  ].join("\n");
}

export const GENERATED_FILE = path.join(SRC, "i18n/client-messages.generated.ts");

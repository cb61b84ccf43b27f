import { MANIFEST_TYPES, ROOT, type ResourceKind, type TypeRule, type ValueRule } from './manifestRules';
import { parseManifest, type XmlElement } from './parseManifest';

/** One problem, named by the element path it concerns. */
export interface ManifestProblem {
  readonly path: string;
  readonly message: string;
}

interface Context {
  readonly problems: ManifestProblem[];
  readonly defined: Map<string, ResourceKind>;
  readonly references: { path: string; resid: string; kind: ResourceKind }[];
}

/**
 * Checks an add-in-only manifest against the rules in manifestRules.ts: element order and cardinality per parent,
 * required elements and attributes, enumerations, length facets, https URLs, GUID Id, four-part Version, and that
 * every resid resolves to a resource of the right kind. Returns [] when the manifest is valid.
 */
export function validateManifest(xml: string): ManifestProblem[] {
  let root: XmlElement;
  try {
    root = parseManifest(xml);
  } catch (error) {
    return [{ path: '/', message: (error as Error).message }];
  }
  const context: Context = { problems: [], defined: new Map(), references: [] };
  if (root.name !== ROOT.name) {
    return [{ path: root.path, message: `Root element must be ${ROOT.name}, found ${root.name}` }];
  }
  checkElement(root, ROOT.type, context);
  for (const ref of context.references) {
    const kind = context.defined.get(ref.resid);
    if (kind === undefined)
      context.problems.push({ path: ref.path, message: `resid "${ref.resid}" is not defined in Resources` });
    else if (kind !== ref.kind) {
      context.problems.push({
        path: ref.path,
        message: `resid "${ref.resid}" is a ${kind}, but a ${ref.kind} is needed here`,
      });
    }
  }
  return context.problems;
}

function checkElement(element: XmlElement, typeName: string, context: Context): void {
  const rule = resolveType(element, typeName, context);
  if (!rule) return;
  checkAttributes(element, rule, context);
  if (rule.text) checkValue(element.path, 'text', element.text, rule.text, context);
  if (!rule.children) {
    if (typeName !== 'Opaque' && element.children.length > 0) {
      context.problems.push({
        path: element.children[0]!.path,
        message: `Element ${element.name} takes no child elements`,
      });
    }
    return;
  }
  checkSequence(element, rule.children, context);
}

/** Follows xsi:type for abstract types; an unknown xsi:type is reported. */
function resolveType(element: XmlElement, typeName: string, context: Context): TypeRule | undefined {
  const rule = MANIFEST_TYPES[typeName];
  if (!rule) throw new Error(`manifestRules has no type ${typeName}`);
  if (!rule.xsiTypes) return rule;
  const xsiType = element.attributes['xsi:type'];
  const concrete = xsiType ? rule.xsiTypes[xsiType] : undefined;
  if (!concrete) {
    const allowed = Object.keys(rule.xsiTypes).join(', ');
    context.problems.push({
      path: element.path,
      message: `xsi:type "${xsiType ?? ''}" is not one of: ${allowed}`,
    });
    return undefined;
  }
  return MANIFEST_TYPES[concrete];
}

function checkSequence(
  element: XmlElement,
  sequence: NonNullable<TypeRule['children']>,
  context: Context,
): void {
  const counts = sequence.map(() => 0);
  let position = 0;
  for (const child of element.children) {
    const index = sequence.findIndex((c) => c.name === child.name);
    if (index < 0) {
      const allowed = sequence.map((c) => c.name).join(', ');
      context.problems.push({
        path: child.path,
        message: `Element ${child.name} is not expected in ${element.name} (allowed: ${allowed})`,
      });
      continue;
    }
    if (index < position) {
      context.problems.push({
        path: child.path,
        message: `Element ${child.name} is out of order: it must come before ${sequence[position]!.name}`,
      });
    }
    position = Math.max(position, index);
    counts[index]!++;
    const max = sequence[index]!.max ?? 1;
    if (counts[index]! > max) {
      context.problems.push({
        path: child.path,
        message: `Element ${child.name} may appear at most ${max} time(s) in ${element.name}`,
      });
    }
    checkElement(child, sequence[index]!.type, context);
  }
  sequence.forEach((c, i) => {
    if (counts[i]! < (c.min ?? 1)) {
      context.problems.push({
        path: element.path,
        message: `Element ${element.name} is missing required child ${c.name}`,
      });
    }
  });
}

function checkAttributes(element: XmlElement, rule: TypeRule, context: Context): void {
  const rules = rule.attributes ?? {};
  const present = new Map<string, string>();
  for (const [raw, value] of Object.entries(element.attributes)) {
    if (raw === 'xmlns' || raw.startsWith('xmlns:')) continue;
    const name = raw === 'xsi:type' ? 'type' : raw;
    if (!(name in rules)) {
      context.problems.push({
        path: element.path,
        message: `Attribute ${raw} is not allowed on ${element.name}`,
      });
      continue;
    }
    present.set(name, value);
  }
  for (const [name, valueRule] of Object.entries(rules)) {
    const value = present.get(name);
    if (value === undefined) {
      if (valueRule.required)
        context.problems.push({
          path: element.path,
          message: `Attribute ${name} is required on ${element.name}`,
        });
      continue;
    }
    checkValue(element.path, `@${name}`, value, valueRule, context);
  }
}

function checkValue(path: string, what: string, value: string, rule: ValueRule, context: Context): void {
  const report = (message: string): void =>
    void context.problems.push({ path: `${path}${what === 'text' ? '' : '/' + what}`, message });
  if (rule.required && value.trim() === '') report(`${what} must not be empty`);
  if (rule.maxLength !== undefined && value.length > rule.maxLength) {
    report(`${what} is ${value.length} characters; at most ${rule.maxLength} allowed`);
  }
  if (rule.enum && !rule.enum.includes(value))
    report(`${what} "${value}" is not one of: ${rule.enum.join(', ')}`);
  if (rule.pattern && !rule.pattern.test(value))
    report(`${what} "${value}" does not match ${String(rule.pattern)}`);
  if (rule.url && !/^https:\/\/[^\s]+$/.test(value)) report(`${what} "${value}" must be an https URL`);
  if (rule.resid) context.references.push({ path, resid: value, kind: rule.resid });
  if (rule.defines) {
    if (context.defined.has(value)) report(`resource id "${value}" is defined twice`);
    context.defined.set(value, rule.defines);
  }
}

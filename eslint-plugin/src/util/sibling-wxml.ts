// The WXML template of a WeChat page or component script (same folder, same base name), read as the project model
// sees it (an unsaved editor buffer first, then disk) and parsed once per version. Rules that look across the
// script/template pair ask here: which methods the template binds to events, which data it ticks checkboxes with.
import { getProjectModel } from '../core/project/index.js';
import { parseWxml } from '../languages/wxml/wxml-parser.js';
import type { WXMLDocument, WXMLElement } from '../languages/wxml/wxml-ast.js';

const documents = new Map<string, { signature: string; document: WXMLDocument | undefined }>();
const MAX_REMEMBERED = 2000;

/** The parsed sibling template of a .js / .ts script, or undefined when there is none (or it does not parse). */
export function siblingWxml(scriptFile: string): WXMLDocument | undefined {
  if (!/\.(?:js|ts)$/.test(scriptFile)) return undefined;
  const template = scriptFile.replace(/\.(?:js|ts)$/, '.wxml');
  const source = getProjectModel().source;
  const signature = source.signature(template);
  const cached = documents.get(template);
  if (cached && cached.signature === signature) return cached.document;
  const read = signature === 'missing' ? undefined : source.read(template);
  const parsed = read?.ok ? parseWxml(read.text) : undefined;
  const document = parsed?.ok ? parsed.ast : undefined;
  if (documents.size >= MAX_REMEMBERED) documents.clear();
  documents.set(template, { signature, document });
  return document;
}

/** Every element of a template, parents before children. */
export function wxmlElements(root: WXMLDocument | WXMLElement, visit: (element: WXMLElement, parent: WXMLDocument | WXMLElement) => void): void {
  for (const child of root.children) {
    if (child.type !== 'WXMLElement') continue;
    visit(child, root);
    wxmlElements(child, visit);
  }
}

/** bind / catch / capture-bind / capture-catch / mut-bind, with or without the colon (bindtap, bind:tap). */
const EVENT_ATTRIBUTE = /^(?:capture-)?(?:bind|catch|mut-bind):?[a-z][\w-]*$/;
const HANDLER_NAME = /^\s*([A-Za-z_$][\w$]*)\s*$/;
const EMPTY: ReadonlySet<string> = new Set();
const handlerSets = new WeakMap<WXMLDocument, ReadonlySet<string>>();

/**
 * Methods the sibling template binds to events (bindtap="selectAddr", bind:click="onSave", catchtap …): they run
 * when the user taps, so a settings page opened there answers the tap.
 */
export function wxmlEventHandlers(scriptFile: string): ReadonlySet<string> {
  const document = siblingWxml(scriptFile);
  if (!document) return EMPTY;
  let handlers = handlerSets.get(document);
  if (!handlers) {
    const names = new Set<string>();
    wxmlElements(document, (element) => {
      for (const attribute of element.attributes) {
        const name = attribute.value !== null && EVENT_ATTRIBUTE.test(attribute.name) ? HANDLER_NAME.exec(attribute.value)?.[1] : undefined;
        if (name) names.add(name);
      }
    });
    handlers = names;
    handlerSets.set(document, handlers);
  }
  return handlers;
}

// Which methods of a WeChat page or component script its template binds to events (bindtap="selectAddr",
// bind:click="onSave", catchtap …): those run when the user taps, so a settings page opened there answers the tap.
import { getProjectModel } from '../core/project/index.js';
import { parseWxml } from '../languages/wxml/wxml-parser.js';
import type { WXMLDocument, WXMLElement } from '../languages/wxml/wxml-ast.js';

/** bind / catch / capture-bind / capture-catch / mut-bind, with or without the colon (bindtap, bind:tap). */
const EVENT_ATTRIBUTE = /^(?:capture-)?(?:bind|catch|mut-bind):?[a-z][\w-]*$/;
const HANDLER_NAME = /^\s*([A-Za-z_$][\w$]*)\s*$/;
const EMPTY: ReadonlySet<string> = new Set();

const cache = new Map<string, { signature: string; handlers: ReadonlySet<string> }>();

/** Handler names bound in the template next to a page / component script (same folder, same base name). */
export function wxmlEventHandlers(scriptFile: string): ReadonlySet<string> {
  if (!/\.(?:js|ts)$/.test(scriptFile)) return EMPTY;
  const template = scriptFile.replace(/\.(?:js|ts)$/, '.wxml');
  const source = getProjectModel().source;
  const signature = source.signature(template);
  const cached = cache.get(template);
  if (cached && cached.signature === signature) return cached.handlers;
  const handlers = new Set<string>();
  const read = signature === 'missing' ? undefined : source.read(template);
  const parsed = read?.ok ? parseWxml(read.text) : undefined;
  if (parsed?.ok) {
    const visit = (node: WXMLDocument | WXMLElement): void => {
      for (const child of node.children) {
        if (child.type !== 'WXMLElement') continue;
        for (const attribute of child.attributes) {
          const name = attribute.value !== null && EVENT_ATTRIBUTE.test(attribute.name) ? HANDLER_NAME.exec(attribute.value)?.[1] : undefined;
          if (name) handlers.add(name);
        }
        visit(child);
      }
    };
    visit(parsed.ast);
  }
  if (cache.size > 2000) cache.clear();
  cache.set(template, { signature, handlers });
  return handlers;
}

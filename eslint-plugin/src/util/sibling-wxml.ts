// The WXML template of a WeChat page or component script (same folder, same base name), read as the project model
// sees it (an unsaved editor buffer first, then disk) and parsed once per version. Rules that look across the
// script/template pair ask here: which methods the template binds to events, which data it ticks checkboxes with.
import { getProjectModel } from '../core/project/index.js';
import { parseWxml } from '../languages/wxml/wxml-parser.js';
import { dirname, join } from 'node:path';
import { evaluate, parse as parseJson5 } from '@humanwhocodes/momoa';
import { getWxmlAttribute, type WXMLDocument, type WXMLElement } from '../languages/wxml/wxml-ast.js';

const documents = new Map<string, { signature: string; document: WXMLDocument | undefined }>();
const MAX_REMEMBERED = 2000;

/** The parsed sibling template of a .js / .ts script, or undefined when there is none (or it does not parse). */
export function siblingWxml(scriptFile: string): WXMLDocument | undefined {
  if (!/\.(?:js|ts)$/.test(scriptFile)) return undefined;
  return wxmlDocument(scriptFile.replace(/\.(?:js|ts)$/, '.wxml'));
}

/** A parsed .wxml file, or undefined when there is none (or it does not parse). */
export function wxmlDocument(template: string): WXMLDocument | undefined {
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

/** Attributes that make an element's rendering depend on data: it may not be there when the page opens. */
const CONDITIONAL_ATTRIBUTES = ['wx:if', 'wx:elif', 'wx:else', 'wx:for'];
/** How many `<template is>` / `<include>` steps are followed from the page's own template. */
const MAX_TEMPLATE_DEPTH = 3;

/**
 * Tags the page's template renders whatever its data: elements under no `wx:if` / `wx:elif` / `wx:else` / `wx:for`,
 * through `<include src>` and through a `<template is="name">` (a name written out) into the template of that name
 * in the page's file or a file it `<import>`s. A template that hides an element with a CSS class still creates it.
 * What is written inside a custom component (`customComponents`) is slot content, not counted.
 */
export function tagsRenderedOnOpen(pageTemplate: string, customComponents: ReadonlySet<string> = new Set()): ReadonlySet<string> {
  const tags = new Set<string>();
  const visitFile = (file: string, depth: number, seen: Set<string>): void => {
    const document = wxmlDocument(file);
    if (!document || seen.has(file)) return;
    seen.add(file);
    const templates = new Map<string, WXMLElement>();
    const collectTemplates = (root: WXMLDocument) => {
      for (const child of root.children) {
        const name = child.type === 'WXMLElement' && child.name === 'template' ? getWxmlAttribute(child, 'name')?.value : undefined;
        if (child.type === 'WXMLElement' && name && !templates.has(name)) templates.set(name, child);
      }
    };
    collectTemplates(document);
    for (const child of document.children) {
      const src = child.type === 'WXMLElement' && child.name === 'import' ? getWxmlAttribute(child, 'src')?.value : undefined;
      const imported = src ? wxmlDocument(resolveTemplatePath(file, src)) : undefined;
      if (imported) collectTemplates(imported);
    }
    const visit = (root: WXMLDocument | WXMLElement, level: number): void => {
      for (const child of root.children) {
        if (child.type !== 'WXMLElement') continue;
        if (CONDITIONAL_ATTRIBUTES.some((name) => getWxmlAttribute(child, name))) continue;
        if (child.name === 'template') {
          const is = getWxmlAttribute(child, 'is')?.value;
          const used = is && !is.includes('{{') ? templates.get(is.trim()) : undefined;
          if (used && level < MAX_TEMPLATE_DEPTH) visit(used, level + 1);
          continue;
        }
        if (child.name === 'include') {
          const src = getWxmlAttribute(child, 'src')?.value;
          if (src && level < MAX_TEMPLATE_DEPTH) visitFile(resolveTemplatePath(file, src), level + 1, seen);
          continue;
        }
        tags.add(child.name);
        // A custom component's content is its slot's, which it may render only later (a popup opened on a tap).
        if (!customComponents.has(child.name)) visit(child, level);
      }
    };
    visit(document, depth);
  };
  visitFile(pageTemplate, 0, new Set());
  return tags;
}

/** A template path as WXML resolves it: from the mini-program root when it starts with `/`, else from the file's folder. */
function resolveTemplatePath(fromFile: string, src: string): string {
  const path = src.trim();
  const withExtension = path.endsWith('.wxml') ? path : `${path}.wxml`;
  if (!withExtension.startsWith('/')) return join(dirname(fromFile), withExtension);
  const root = getProjectModel().appForFile(fromFile)?.configFiles.find((config) => config.kind === 'wechat-app-json')?.file;
  return root ? join(dirname(root), withExtension) : join(dirname(fromFile), `.${withExtension}`);
}

const jsonObjects = new Map<string, { signature: string; json: Record<string, unknown> | undefined }>();

/** A mini-program .json file (a page's, a component's, app.json) as an object; undefined when missing or unreadable. */
export function miniProgramJson(file: string): Record<string, unknown> | undefined {
  const source = getProjectModel().source;
  const signature = source.signature(file);
  const cached = jsonObjects.get(file);
  if (cached && cached.signature === signature) return cached.json;
  const read = signature === 'missing' ? undefined : source.read(file);
  let json: Record<string, unknown> | undefined;
  try {
    const value: unknown = read?.ok ? evaluate(parseJson5(read.text, { mode: 'json5' })) : undefined;
    if (value && typeof value === 'object' && !Array.isArray(value)) json = value as Record<string, unknown>;
  } catch {
    json = undefined;
  }
  if (jsonObjects.size >= MAX_REMEMBERED) jsonObjects.clear();
  jsonObjects.set(file, { signature, json });
  return json;
}

/**
 * The custom components a page's, component's or app.json's `usingComponents` registers: tag → component path
 * without extension, resolved against the file's folder (relative, also bare `components/x/x`) or the mini-program root
 * (`/components/x/x`). Scoped npm and plugin components (`@vant/weapp/button/index`, `plugin://…`) are left out.
 */
export function registeredComponentPaths(jsonFile: string, miniProgramRoot: string): ReadonlyMap<string, string> {
  const registered = new Map<string, string>();
  const using = miniProgramJson(jsonFile)?.usingComponents;
  if (!using || typeof using !== 'object') return registered;
  for (const [tag, value] of Object.entries(using as Record<string, unknown>)) {
    if (typeof value !== 'string') continue;
    if (value.startsWith('/')) registered.set(tag, join(miniProgramRoot, value));
    // `./x`, `../x`, and a bare `components/x/x`, which the mini-program resolves against the json's folder first (an
    // npm package's path resolved there names no file of the app, so it matches none).
    else if (!value.startsWith('@') && !value.includes(':')) registered.set(tag, join(dirname(jsonFile), value));
  }
  return registered;
}

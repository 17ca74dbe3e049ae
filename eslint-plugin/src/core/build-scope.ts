// Source files that are in the project but not in the app's build, so no rule reports on them.
import { dirname } from 'node:path';
import { getProjectModel } from './project/index.js';
import { appCodeDirs } from './project/platforms.js';
import { UNI_MODULES_COMPONENT, getUsageIndex, uniComponentReferenced } from './usage-index.js';
import { parseJsonConfig } from './project/json.js';
import { child, stringValue, type ConfigNode } from './project/config-tree.js';
import type { AppModel } from './project/api.js';

/**
 * uni-app code the build never includes: a uni_modules component that no template or import of the app refers to. easycom compiles only the components a
 * template uses, so a UI kit copied in whole (uview-plus, uv-ui, uni-ui) brings dozens of components that never ship:
 * their code (u-city-locate's uni.getLocation) is not the app's. (A page pages.json does not route is still checked:
 * it may be one the developer is writing and has not registered yet.)
 */
export function isOutsideUniBuild(file: string): boolean {
  const path = file.replace(/\\/g, '/');
  let component: string | undefined = UNI_MODULES_COMPONENT.exec(path)?.[1];
  const pluginPage = UNI_MODULES_PAGE.test(path);
  // Only a component file of a uni_modules plugin, a plugin page, or a .vue file a kit copied elsewhere may be outside.
  if (!component && !pluginPage && !/\.(?:vue|nvue|uvue)$/.test(path)) return false;
  const app = getProjectModel().appForFile(file);
  if (!app?.ecosystems.has('uni-app')) return false;
  // A UI kit copied outside uni_modules and registered by an easycom `custom` rule of pages.json
  // ("^u-(.*)": "@/uview-ui/components/u-$1/u-$1.vue"): easycom compiles its components only where a template uses them.
  component ??= easycomComponentOf(app, path);
  if (!component && !pluginPage) return false;
  const unrouted = unroutedPluginPage(app);
  // A page a uni_modules plugin ships (uni-id-pages' login, avatar pages) is built only when pages.json routes it:
  // unlike the app's own pages, it is no draft the developer is writing.
  if (pluginPage) return unrouted(path);
  const usage = getUsageIndex().forApp({ root: app.root, dependencies: app.dependencies, codeDirs: appCodeDirs(app) });
  const dir = dirname(path);
  // The component's own files, and plugin pages that are not built, do not make it used (HappyPiggy: uni-id-pages'
  // avatar component, used only by its own unrouted page).
  return !uniComponentReferenced(component!, usage, (other) => other.startsWith(`${dir}/`) || unrouted(other));
}

/**
 * The component name of a file an easycom `custom` rule of pages.json maps a tag to, inside the app (a target under
 * `@/`, the folder of pages.json); undefined for any other file. uni_modules and node_modules targets are left out:
 * the first are handled above, the second are not the app's files.
 */
function easycomComponentOf(app: AppModel, path: string): string | undefined {
  const targets = pagesJsonOf(app)?.facts.easycomTargets ?? [];
  for (const target of targets) {
    if (target.test(path)) return path.slice(path.lastIndexOf('/') + 1).replace(/\.(?:vue|nvue|uvue)$/, '');
  }
  return undefined;
}

function easycomTargetPatterns(root: ConfigNode, dir: string): RegExp[] {
  const easycom = child(root, 'easycom');
  // The rules sit in `custom`, or, in the older form uni-app (Vue 2) still reads (`easycom.custom || easycom`),
  // directly under `easycom` beside `autoscan` (51Money's uView 1 rule).
  const custom = child(easycom, 'custom') ?? easycom;
  if (custom?.type !== 'object') return [];
  const patterns: RegExp[] = [];
  for (const member of custom.members) {
    if (member.key === 'autoscan' || member.key === 'custom') continue;
    const target = stringValue(member.value);
    if (!target?.startsWith('@/') || /(?:^|\/)(?:uni_modules|node_modules)\//.test(target)) continue;
    // $1 … $9 stand for one path segment each; the rest is literal.
    const source = `${dir}/${target.slice(2)}`.split(/\$\d/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[^/]+');
    patterns.push(new RegExp(`^${source}$`));
  }
  return patterns;
}

/** A page of a uni_modules plugin: uni_modules/<plugin>/pages/…/<name>.vue. */
const UNI_MODULES_PAGE = /\/uni_modules\/[^/]+\/pages\/.+\.(?:vue|nvue|uvue)$/;

interface PagesJsonFacts {
  /** Pages pages.json routes (main pages and subPackages), relative and without extension; undefined when it does not parse. */
  pages: ReadonlySet<string> | undefined;
  /** Files its easycom `custom` rules map tags to, inside the app. */
  easycomTargets: readonly RegExp[];
}

const pagesJsonFacts = new Map<string, { text: string; facts: PagesJsonFacts }>();

/** The app's pages.json (where the build reads it: AppModel.uniSourceDir), read through the model and remembered by its text. */
function pagesJsonOf(app: AppModel): { dir: string; facts: PagesJsonFacts } | undefined {
  if (!app.uniSourceDir) return undefined;
  const dir = app.uniSourceDir.replace(/\\/g, '/');
  const file = `${dir}/pages.json`;
  const read = getProjectModel().source.read(file);
  if (!read?.ok) return undefined;
  let cached = pagesJsonFacts.get(file);
  if (cached?.text !== read.text) {
    const parsed = parseJsonConfig(file, read.text);
    const facts = parsed.ok ? { pages: routedPageSet(parsed.root), easycomTargets: easycomTargetPatterns(parsed.root, dir) } : { pages: undefined, easycomTargets: [] };
    cached = { text: read.text, facts };
    if (pagesJsonFacts.size >= 64) pagesJsonFacts.clear();
    pagesJsonFacts.set(file, cached);
  }
  return { dir, facts: cached.facts };
}

/**
 * Whether a file is a uni_modules plugin page that the app's pages.json does not route (main pages and
 * subPackages). When pages.json cannot be read, no page counts as unrouted.
 */
function unroutedPluginPage(app: AppModel): (file: string) => boolean {
  const pagesJson = pagesJsonOf(app);
  const pages = pagesJson?.facts.pages;
  if (!pagesJson || !pages) return () => false;
  const { dir } = pagesJson;
  return (file) => {
    const path = file.replace(/\\/g, '/');
    if (!UNI_MODULES_PAGE.test(path) || !path.startsWith(`${dir}/`)) return false;
    return !pages.has(path.slice(dir.length + 1).replace(/\.(?:vue|nvue|uvue)$/, ''));
  };
}

function routedPageSet(root: ConfigNode): ReadonlySet<string> {
  const pages = new Set<string>();
  const add = (list: ConfigNode | undefined, root: string) => {
    if (list?.type !== 'array') return;
    for (const page of list.elements) {
      const path = stringValue(child(page, 'path'));
      if (path) pages.add(`${root}${path}`.replace(/^\/+/, ''));
    }
  };
  add(child(root, 'pages'), '');
  for (const key of ['subPackages', 'subpackages']) {
    const packages = child(root, key);
    if (packages?.type !== 'array') continue;
    for (const sub of packages.elements) {
      const packageRoot = stringValue(child(sub, 'root'));
      if (packageRoot) add(child(sub, 'pages'), `${packageRoot.replace(/\/+$/, '')}/`);
    }
  }
  return pages;
}

// Source files that are in the project but not in the app's build, so no rule reports on them.
import { dirname } from 'node:path';
import { getProjectModel } from './project/index.js';
import { appCodeDirs } from './project/platforms.js';
import { UNI_MODULES_COMPONENT, getUsageIndex, uniComponentReferenced } from './usage-index.js';

/**
 * uni-app code the build never includes: a uni_modules component that no template or import of the app refers to. easycom compiles only the components a
 * template uses, so a UI kit copied in whole (uview-plus, uv-ui, uni-ui) brings dozens of components that never ship:
 * their code (u-city-locate's uni.getLocation) is not the app's. (A page pages.json does not route is still checked:
 * it may be one the developer is writing and has not registered yet.)
 */
export function isOutsideUniBuild(file: string): boolean {
  const path = file.replace(/\\/g, '/');
  const component = UNI_MODULES_COMPONENT.exec(path);
  if (!component) return false;
  const app = getProjectModel().appForFile(file);
  if (!app?.ecosystems.has('uni-app')) return false;
  const usage = getUsageIndex().forApp({ root: app.root, dependencies: app.dependencies, codeDirs: appCodeDirs(app) });
  const dir = dirname(path);
  return !uniComponentReferenced(component[1]!, usage, (other) => other.startsWith(`${dir}/`));
}

// Source files that are in the project but not in the app's build, so no rule reports on them.
import { getProjectModel } from './project/index.js';
import { appCodeDirs } from './project/platforms.js';
import { UNI_MODULES_COMPONENT, getUsageIndex, uniComponentReferenced } from './usage-index.js';

/**
 * A uni_modules component that no template or import of the app refers to. easycom compiles only the components a
 * template uses, so a UI kit copied in whole (uview-plus, uv-ui, uni-ui) brings dozens of components that never ship:
 * their code (u-city-locate's uni.getLocation) is not the app's.
 */
export function isUnusedUniModulesComponent(file: string): boolean {
  const path = file.replace(/\\/g, '/');
  const match = UNI_MODULES_COMPONENT.exec(path);
  if (!match) return false;
  const model = getProjectModel();
  const app = model.appForFile(file);
  if (!app?.ecosystems.has('uni-app')) return false;
  const usage = getUsageIndex().forApp({ root: app.root, dependencies: app.dependencies, codeDirs: appCodeDirs(app) });
  return !uniComponentReferenced(match[1]!, usage, path.slice(0, path.lastIndexOf('/')));
}

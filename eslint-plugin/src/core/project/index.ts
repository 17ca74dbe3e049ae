// The project model: app roots, targeted platforms and purpose declarations of every ecosystem's config files.
export { ProjectModel, getProjectModel, type ProjectModelOptions } from './model.js';
export { appCodeDirs, checkedPlatforms, reportablePlatforms, declarationsOf, targetsFor } from './platforms.js';
export type { ConfigDocument, ConfigNode, ConfigMember, ObjectConfigNode, ArrayConfigNode, ScalarConfigNode, UnknownConfigNode } from './config-tree.js';
export { child, childAt, member, stringValue, toPlain } from './config-tree.js';
export { isIosPurposeKey } from './parsers/info-plist.js';
export { UNI_MANIFEST_CONFIG, isEditorCopyName } from './paths.js';
export { parseStringsText, lprojLocale } from './parsers/infoplist-strings.js';
export { DiskFileSource, MemoryFileSource, MAX_CONFIG_FILE_BYTES, type FileSource, type FileRead, type DirEntry } from '../file-source.js';

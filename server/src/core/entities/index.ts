// The entity engine: recognition per document, linking across the workspace.
export { mayContainCjkEntity, recognizeEntities } from './recognize';
export type { RecognizeInput } from './recognize';
export { linkEntities, linkEntitiesInSteps, slugify, LINK_THRESHOLD } from './link';
export type { EntityRecord, LinkDocument, LinkOptions, LinkResult, NameLanguage } from './link';
export { compareNames, readName } from './reading';
export { foldText, matchKey, pinyinOf } from './fold';
export { applyGazetteer, applyWorkspaceGazetteer, gazetteerNames, PatternMatcher } from './gazetteer';
export type { GazetteerDocument, GazetteerName, WorkspaceGazetteerDocument } from './gazetteer';

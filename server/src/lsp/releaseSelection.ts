// Which documents are press releases Release Lens reads, and how a document's path reads
// relative to the workspace folders.
import * as path from 'node:path';
import { DEFAULT_SETTINGS } from '../../../common/src/settings';
import { namingKey } from '../core/families/naming';
import { createReleaseMatcher } from '../core/workspace/releaseFiles';
import { uriToFsPath } from '../core/workspace/uri';

export class ReleaseSelection {
  folders: string[] = [];
  private matcher = createReleaseMatcher(DEFAULT_SETTINGS.include, DEFAULT_SETTINGS.exclude);
  private notExcluded = createReleaseMatcher(['**'], DEFAULT_SETTINGS.exclude);
  /** Files read because they sit next to an opened release (a bare folder). */
  private readonly siblings = new Set<string>();

  /** The include and exclude globs of the settings. */
  configure(include: string[], exclude: string[]): void {
    this.matcher = createReleaseMatcher(include, exclude);
    this.notExcluded = createReleaseMatcher(['**'], exclude);
  }

  /** Whether a path relative to a workspace folder matches the include and exclude globs. */
  matches(relativePath: string): boolean {
    return this.matcher(relativePath);
  }

  excluded(relativePath: string): boolean {
    return !this.notExcluded(relativePath);
  }

  /** Whether the workspace scan reads `file`: it is in a workspace folder and matches the globs. */
  scanned(file: string): boolean {
    const rel = this.inFolder(file);
    return rel !== undefined && this.matcher(rel);
  }

  /** `file` is read because it sits next to an opened release. */
  addSibling(file: string): void {
    this.siblings.add(file);
  }

  relativePath(uri: string): string {
    const file = uriToFsPath(uri);
    if (!file) return uri;
    return this.inFolder(file) ?? path.basename(file);
  }

  /** `file`'s path relative to the first workspace folder that holds it, with `/`. */
  private inFolder(file: string): string | undefined {
    for (const folder of this.folders) {
      const rel = path.relative(folder, file);
      if (!rel.startsWith('..') && !path.isAbsolute(rel)) return rel.split(path.sep).join('/');
    }
    return undefined;
  }

  /**
   * Whether a document is a press release Release Lens should read: the include globs,
   * the press-release language, `.release` files, a `.txt` named as a version of a
   * release (name.ja.txt, name_en.txt, ja/name.txt), or a file next to an opened release.
   */
  isRelease(uri: string, languageId?: string): boolean {
    if (languageId === 'press-release' || /\.release(\.txt)?$/i.test(uri)) return true;
    const file = uriToFsPath(uri);
    if (!file) return false;
    const rel = this.relativePath(uri);
    if (this.excluded(rel)) return false;
    if (this.matcher(rel) || this.matcher(file.split(path.sep).join('/'))) return true;
    return this.siblings.has(file) || (/\.txt$/i.test(file) && namingKey(file) !== undefined);
  }
}

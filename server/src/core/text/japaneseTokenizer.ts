import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Logger, Span } from '../types';

export interface JapaneseToken extends Span {
  surface: string;
  /** Part of speech (名詞, 助詞 ...) and its first detail (固有名詞, 数 ...). */
  pos: string;
  posDetail: string;
  /** True for words kuromoji did not know (渾, 遼 and 瀋 are among them). */
  unknown: boolean;
}

interface KuromojiToken {
  surface_form: string;
  pos: string;
  pos_detail_1: string;
  word_type: string;
}
interface KuromojiTokenizer {
  tokenize(text: string): KuromojiToken[];
}

/**
 * kuromoji, loaded lazily and once. The dictionary takes about a second and 380 MB to
 * load, so nothing loads it until Japanese text actually needs tokens, and every caller
 * shares the same load.
 */
export class JapaneseTokenizer {
  private loading: Promise<KuromojiTokenizer> | undefined;
  private tokenizer: KuromojiTokenizer | undefined;

  constructor(
    private readonly dictionaryPath: string = findDictionaryPath(),
    private readonly logger?: Logger,
  ) {}

  get isLoaded(): boolean {
    return this.tokenizer !== undefined;
  }

  load(): Promise<KuromojiTokenizer> {
    if (!this.loading) {
      const started = Date.now();
      this.loading = new Promise<KuromojiTokenizer>((resolve, reject) => {
        // Required here, not at the top, so that processes that never see Japanese never pay for it.
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const kuromoji = require('kuromoji');
        kuromoji.builder({ dicPath: this.dictionaryPath }).build((error: Error | null, tokenizer: KuromojiTokenizer) => {
          if (error) {
            this.loading = undefined;
            reject(new Error(`Could not load the Japanese dictionary from ${this.dictionaryPath}: ${error.message}`));
            return;
          }
          this.tokenizer = tokenizer;
          this.logger?.info(`Japanese dictionary loaded in ${Date.now() - started} ms`);
          resolve(tokenizer);
        });
      });
    }
    return this.loading;
  }

  /** Tokenises `text` once loaded; offsets are shifted by `offset`. Only kana/Han runs are sent. */
  async tokenize(text: string, offset = 0): Promise<JapaneseToken[]> {
    const tokenizer = this.tokenizer ?? (await this.load());
    return tokenizeRuns(tokenizer, text, offset);
  }

  /** Synchronous variant for callers that already awaited `load()`. */
  tokenizeLoaded(text: string, offset = 0): JapaneseToken[] {
    if (!this.tokenizer) throw new Error('Japanese tokenizer used before it was loaded');
    return tokenizeRuns(this.tokenizer, text, offset);
  }
}

// English text is pathologically slow in kuromoji (126 ms for 4 KB), so only runs that
// contain Japanese characters are tokenised; Latin runs and white space are skipped.
const JAPANESE_RUN = /[\u3005-\u3007\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff66-\uff9f0-9０-９.．,，・ー〇]+/gu;

function tokenizeRuns(tokenizer: KuromojiTokenizer, text: string, offset: number): JapaneseToken[] {
  const tokens: JapaneseToken[] = [];
  JAPANESE_RUN.lastIndex = 0;
  for (let m = JAPANESE_RUN.exec(text); m; m = JAPANESE_RUN.exec(text)) {
    if (!/[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/u.test(m[0])) continue;
    let pos = offset + m.index;
    for (const t of tokenizer.tokenize(m[0])) {
      tokens.push({
        start: pos,
        end: pos + t.surface_form.length,
        surface: t.surface_form,
        pos: t.pos,
        posDetail: t.pos_detail_1,
        unknown: t.word_type === 'UNKNOWN',
      });
      pos += t.surface_form.length;
    }
  }
  return tokens;
}

/**
 * The dictionary folder: next to the bundle (dist/dict) when bundled, else the one in
 * node_modules. The server passes it explicitly; kuromoji cannot find it after bundling.
 */
export function findDictionaryPath(): string {
  const candidates = [path.join(__dirname, 'dict'), path.join(__dirname, '..', 'dict')];
  try {
    candidates.push(path.join(path.dirname(require.resolve('kuromoji/package.json')), 'dict'));
  } catch {
    // not resolvable from a bundle; the candidates above apply
  }
  for (const candidate of candidates) {
    if (fs.existsSync(path.join(candidate, 'base.dat.gz'))) return candidate;
  }
  return candidates[0];
}

// Reading release-lens.json from disk: only a regular file (a FIFO or a device would
// block or never end), decoded as UTF-8 or, when a BOM says so, UTF-16. Bytes that are
// not valid text are a problem to show at the catalog, never replacement characters.
import { errorCode, type FileSystem } from '../workspace/fileSystem';

export type CatalogFileRead = { text: string } | { problem: string } | { missing: true };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const utf16le = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: false });
const utf16be = new TextDecoder('utf-16be', { fatal: true, ignoreBOM: false });

/** The catalog's text from its bytes; the decoder drops the BOM it was chosen by. */
export function decodeCatalog(bytes: Uint8Array): { text: string } | { problem: string } {
  const [a, b] = bytes;
  const decoder = a === 0xff && b === 0xfe ? utf16le : a === 0xfe && b === 0xff ? utf16be : utf8;
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    // A fatal decoder: the user's bytes are not text in this encoding.
    const at = decoder === utf8 ? firstInvalidUtf8(bytes) : -1;
    return {
      problem: decoder === utf8
        ? `release-lens.json is not valid UTF-8 (byte ${at} cannot be read); save it as UTF-8. The last good catalog stays in use.`
        : 'release-lens.json is not valid UTF-16; save it as UTF-8. The last good catalog stays in use.',
    };
  }
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 character. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i];
    const size = lead < 0x80 ? 1 : lead >= 0xc2 && lead < 0xe0 ? 2 : lead >= 0xe0 && lead < 0xf0 ? 3 : lead >= 0xf0 && lead < 0xf5 ? 4 : 0;
    if (size === 0) return i;
    if (size > 1 && !decodes(bytes.subarray(i, i + size))) return i;
    i += size;
  }
  return bytes.length;
}

/** Whether these bytes of the user's file are valid UTF-8 (a fatal decoder throws when not). */
function decodes(bytes: Uint8Array): boolean {
  try {
    utf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export async function readCatalogFile(fs: FileSystem, file: string): Promise<CatalogFileRead> {
  try {
    const info = await fs.stat(file);
    if (info.kind !== 'file') return { problem: "the catalog is not a regular file (a FIFO, a device or a folder): not read" };
    return decodeCatalog(await fs.readFile(file));
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') return { missing: true };
    return { problem: `cannot read the catalog (${code ?? (error as Error).message})` };
  }
}

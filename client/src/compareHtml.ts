// Renders the comparison view's HTML. No vscode import: plain data in, a string out.
import type { ComparisonResult } from '../../common/src/protocol';

export interface CompareStrings {
  title: string;
  figure: string;
  summary: string;
  noFamily: string;
  noRows: string;
  missing: string;
  mismatch: string;
  openHint: string;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

function basename(uri: string): string {
  const path = uri.replace(/[?#].*$/, '');
  return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
}

export function renderComparison(result: ComparisonResult, options: { cspSource: string; nonce: string; strings: CompareStrings; lang: string }): string {
  const { cspSource, nonce, strings: s } = options;
  const csp = `default-src 'none'; style-src ${cspSource} 'nonce-${nonce}'; script-src 'nonce-${nonce}';`;
  let body: string;
  if (!result.familyId || result.versions.length < 2) {
    body = `<p class="empty">${escapeHtml(s.noFamily)}</p>`;
  } else if (result.rows.length === 0) {
    body = `<p class="empty">${escapeHtml(s.noRows)}</p>`;
  } else {
    const head = result.versions
      .map((v) => `<th scope="col"><span class="lang">${escapeHtml(v.language)}</span> <span class="file">${escapeHtml(basename(v.uri))}</span></th>`)
      .join('');
    const rows = result.rows
      .map((row) => {
        const cells = row.cells
          .map((cell) => {
            if (!cell) return `<td class="missing" title="${escapeHtml(s.missing)}">—</td>`;
            const range = escapeHtml(JSON.stringify(cell.range));
            return `<td><a href="#" data-uri="${escapeHtml(cell.uri)}" data-range="${range}" title="${escapeHtml(s.openHint)}">${escapeHtml(cell.text)}</a><div class="value">${escapeHtml(cell.value)}</div></td>`;
          })
          .join('');
        const marker = row.mismatch ? ` <span class="badge">${escapeHtml(s.mismatch)}</span>` : '';
        return `<tr class="${row.mismatch ? 'mismatch' : 'match'}"><th scope="row">${escapeHtml(row.label)}${marker}</th>${cells}</tr>`;
      })
      .join('\n');
    body = `<p class="summary">${escapeHtml(s.summary)}</p>
<table>
<thead><tr><th scope="col">${escapeHtml(s.figure)}</th>${head}</tr></thead>
<tbody>
${rows}
</tbody>
</table>`;
  }
  return `<!DOCTYPE html>
<html lang="${escapeHtml(options.lang)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeHtml(s.title)}</title>
<style nonce="${nonce}">
  body { color: var(--vscode-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); padding: 0 16px 16px; }
  h1 { font-size: 1.3em; font-weight: 600; }
  .summary, .empty { color: var(--vscode-descriptionForeground); }
  table { border-collapse: collapse; width: 100%; }
  th, td { border: 1px solid var(--vscode-panel-border, var(--vscode-widget-border, transparent)); padding: 4px 8px; text-align: left; vertical-align: top; }
  thead th { background: var(--vscode-editorWidget-background); position: sticky; top: 0; }
  .lang { font-weight: 600; text-transform: uppercase; }
  .file, .value { color: var(--vscode-descriptionForeground); font-size: 0.9em; }
  tr.mismatch { background: var(--vscode-inputValidation-errorBackground, var(--vscode-diffEditor-removedLineBackground)); }
  tr.mismatch th[scope=row] { border-left: 3px solid var(--vscode-editorError-foreground); }
  .badge { color: var(--vscode-editorError-foreground); font-weight: 600; font-size: 0.85em; }
  td.missing { color: var(--vscode-disabledForeground); text-align: center; }
  a { color: var(--vscode-textLink-foreground); text-decoration: none; }
  a:hover, a:focus { color: var(--vscode-textLink-activeForeground); text-decoration: underline; }
  a:focus { outline: 1px solid var(--vscode-focusBorder); }
</style>
</head>
<body>
<h1>${escapeHtml(s.title)}</h1>
${body}
<script nonce="${nonce}">
  const vscode = acquireVsCodeApi();
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[data-uri]') : null;
    if (!link) return;
    event.preventDefault();
    vscode.postMessage({ type: 'open', uri: link.getAttribute('data-uri'), range: JSON.parse(link.getAttribute('data-range')) });
  });
</script>
</body>
</html>`;
}

/**
 * Saves text as a file through an object URL: the export is the answer of a POST, which a plain
 * link cannot make.
 */
export function downloadTextFile(text: string, filename: string, mimeType = 'application/ndjson'): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The click starts the download; some browsers still read the URL a moment later.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

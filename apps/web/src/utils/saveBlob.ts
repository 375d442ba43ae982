/**
 * Offers a downloaded file to the user under the name the server gave it: an object URL on a temporary link, clicked
 * and released. The access token never appears in a URL — the bytes were fetched with it already.
 */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Some browsers start the download asynchronously: release the URL a little later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

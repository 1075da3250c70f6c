import type { DownloadedFile } from '../../api/http';

/** Hands a file the API sent to the browser's downloads, under the API's name (or the fallback). */
export function saveDownloadedFile(file: DownloadedFile, fallbackName: string): string {
  const filename = file.filename ?? fallbackName;
  const url = URL.createObjectURL(file.blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next turn: the click has started the download by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
  return filename;
}

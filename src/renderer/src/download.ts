// Saves bytes the core handed over as a file: a link to a blob URL, clicked. The same in the
// browser (`serve`) and in Electron, where it opens the save dialog.
export function downloadFile(fileName: string, data: BlobPart, mime: string): void {
  const url = URL.createObjectURL(new Blob([data], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoked later: revoking at once can cancel a download that has not started reading yet.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

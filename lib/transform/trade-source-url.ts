/** The IMF copy the data were read from (data/SOURCES.md: commit a769819, 2 Feb 2022). */
const IMF_COPY_COMMIT = "a769819";

/** A row's source as a link: URLs stay as they are; "owner/repo: path (…)" becomes the file on GitHub at the copy's commit. */
export function buildTradeSourceUrl(source: string): string {
  if (/^https?:\/\//.test(source)) return source;
  const repo = /^([\w.-]+\/[\w.-]+):\s*(\S+)/.exec(source);
  if (repo) return `https://github.com/${repo[1]}/blob/${IMF_COPY_COMMIT}/${repo[2]}`;
  return source;
}

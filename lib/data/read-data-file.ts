import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { DATASETS, type DatasetName } from "./datasets";

type Rows<N extends DatasetName> = ReturnType<(typeof DATASETS)[N]["parse"]>;

const DATA_DIR = path.join(process.cwd(), "data");

// Parsed once per server process: the files only change with a deploy, and
// re-parsing on every request would be wasted work.
const cache = new Map<DatasetName, Promise<unknown>>();

export function loadDataset<N extends DatasetName>(name: N, dir: string = DATA_DIR): Promise<Rows<N>> {
  const useCache = dir === DATA_DIR;
  const hit = useCache ? cache.get(name) : undefined;
  if (hit) return hit as Promise<Rows<N>>;
  const spec = DATASETS[name];
  // The default path is spelled out so the build traces only data/, not the whole project.
  const file = useCache
    ? path.join(process.cwd(), "data", spec.file)
    : path.join(/*turbopackIgnore: true*/ dir, spec.file);
  const promise = readFile(file, "utf8").then((text) => spec.parse(text) as Rows<N>);
  if (useCache) {
    cache.set(name, promise);
    promise.catch(() => cache.delete(name));
  }
  return promise;
}

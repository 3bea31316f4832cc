import "server-only";
import { loadDataset } from "./read-data-file";
import type { ProvinceNameRow } from "@/lib/schemas/province-names";

export type { ProvinceNameRow };

/** Sourced Thai (1941) and Japanese province names; `dir` is for tests on fixture files. */
export function getProvinceNames(dir?: string): Promise<ProvinceNameRow[]> {
  return loadDataset("provinceNames", dir);
}

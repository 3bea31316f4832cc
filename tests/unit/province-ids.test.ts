import { describe, expect, it } from "vitest";
import { getCessionMap, getProvinceIds } from "@/lib/data/geo";

describe("getProvinceIds", () => {
  it("names the same provinces as the map model, without building it", async () => {
    const ids = await getProvinceIds();
    const model = await getCessionMap();
    expect([...ids].sort()).toEqual(model.provinces.map((p) => p.id).sort());
    expect(new Set(ids).size).toBe(ids.length);
  });
});

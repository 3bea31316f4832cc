import { describe, expect, it } from "vitest";
import { MAX_SCALE, centreOf, clampView, panBy, pickScaleBar, scaleOf, viewAt, zoomAt } from "@/lib/map/view";

const frame = { width: 800, height: 760 };
const whole = { x: 0, y: 0, width: 800, height: 760 };

describe("map view", () => {
  it("zooms about a point, keeping that point under the same screen position", () => {
    const at = { x: 200, y: 190 };
    const v = zoomAt(whole, frame, 2, at);
    expect(scaleOf(v, frame)).toBeCloseTo(2);
    expect((at.x - v.x) / v.width).toBeCloseTo(at.x / whole.width);
    expect((at.y - v.y) / v.height).toBeCloseTo(at.y / whole.height);
  });

  it("never zooms out past the whole map or in past the maximum scale", () => {
    expect(zoomAt(whole, frame, 0.5, { x: 400, y: 380 })).toEqual(whole);
    const deep = zoomAt(whole, frame, 1000, { x: 400, y: 380 });
    expect(scaleOf(deep, frame)).toBeCloseTo(MAX_SCALE);
  });

  it("keeps the view inside the frame when panning", () => {
    const v = viewAt({ x: 400, y: 380 }, 4, frame);
    const left = panBy(v, frame, -10_000, 0);
    expect(left.x).toBe(0);
    const down = panBy(v, frame, 0, 10_000);
    expect(down.y + down.height).toBeCloseTo(frame.height);
    expect(clampView({ x: 700, y: 700, width: 400, height: 380 }, frame)).toEqual({
      x: 400,
      y: 380,
      width: 400,
      height: 380,
    });
  });

  it("restores the same view from its centre and scale", () => {
    const v = zoomAt(whole, frame, 3, { x: 250, y: 300 });
    const again = viewAt(centreOf(v), scaleOf(v, frame), frame);
    expect(again.x).toBeCloseTo(v.x);
    expect(again.y).toBeCloseTo(v.y);
    expect(again.width).toBeCloseTo(v.width);
  });

  it("picks the longest round scale bar that fits a quarter of the view", () => {
    // 100 km = 140 units; the whole map (800 wide) fits 100 km (17.5 %), not 200 km (35 %).
    expect(pickScaleBar(140, 800).km).toBe(100);
    // At scale 8 the view is 100 units wide: 10 km = 14 units fit, 20 km = 28 units do not.
    const bar = pickScaleBar(140, 100);
    expect(bar.km).toBe(10);
    expect(bar.fraction).toBeCloseTo(0.14);
  });
});

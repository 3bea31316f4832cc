import { describe, expect, it } from "vitest";
import {
  buildPlayEnd,
  buildPlayStart,
  buildPlayStep,
  buildRangeStep,
  clampRange,
  moveThumb,
  nearerThumb,
  type YearRange,
  yearAtRatio,
} from "@/lib/controls/range-keys";

const domain: YearRange = { from: 1990, to: 2020 };
const range: YearRange = { from: 2000, to: 2010 };

describe("year range keys", () => {
  it("arrows move a thumb by one year, either axis", () => {
    expect(buildRangeStep(range, domain, "from", "ArrowLeft")).toEqual({ from: 1999, to: 2010 });
    expect(buildRangeStep(range, domain, "from", "ArrowDown")).toEqual({ from: 1999, to: 2010 });
    expect(buildRangeStep(range, domain, "to", "ArrowRight")).toEqual({ from: 2000, to: 2011 });
    expect(buildRangeStep(range, domain, "to", "ArrowUp")).toEqual({ from: 2000, to: 2011 });
  });

  it("Page keys move a decade, stopping at the domain and at the other thumb", () => {
    expect(buildRangeStep(range, domain, "from", "PageDown")).toEqual({ from: 1990, to: 2010 });
    expect(buildRangeStep({ from: 1995, to: 2010 }, domain, "from", "PageDown")).toEqual({ from: 1990, to: 2010 });
    expect(buildRangeStep(range, domain, "to", "PageUp")).toEqual({ from: 2000, to: 2020 });
    expect(buildRangeStep({ from: 2000, to: 2015 }, domain, "to", "PageUp")).toEqual({ from: 2000, to: 2020 });
    expect(buildRangeStep({ from: 2005, to: 2008 }, domain, "from", "PageUp")).toEqual({ from: 2008, to: 2008 });
    expect(buildRangeStep({ from: 2005, to: 2008 }, domain, "to", "PageDown")).toEqual({ from: 2005, to: 2005 });
  });

  it("thumbs never cross: a thumb on the other stays put", () => {
    const one = { from: 2004, to: 2004 };
    expect(buildRangeStep(one, domain, "from", "ArrowRight")).toEqual(one);
    expect(buildRangeStep(one, domain, "to", "ArrowLeft")).toEqual(one);
    expect(buildRangeStep(one, domain, "from", "ArrowLeft")).toEqual({ from: 2003, to: 2004 });
    expect(buildRangeStep(one, domain, "to", "ArrowRight")).toEqual({ from: 2004, to: 2005 });
  });

  it("at the domain's ends a key is still taken, with the range unchanged", () => {
    const all = { from: 1990, to: 2020 };
    expect(buildRangeStep(all, domain, "from", "ArrowLeft")).toEqual(all);
    expect(buildRangeStep(all, domain, "to", "PageUp")).toEqual(all);
  });

  it("Home and End go as far as each thumb may", () => {
    expect(buildRangeStep(range, domain, "from", "Home")).toEqual({ from: 1990, to: 2010 });
    expect(buildRangeStep(range, domain, "from", "End")).toEqual({ from: 2010, to: 2010 });
    expect(buildRangeStep(range, domain, "to", "Home")).toEqual({ from: 2000, to: 2000 });
    expect(buildRangeStep(range, domain, "to", "End")).toEqual({ from: 2000, to: 2020 });
  });

  it("other keys are left to the page", () => {
    for (const key of ["Enter", " ", "Tab", "Escape", "a", "toString", ""]) {
      expect(buildRangeStep(range, domain, "from", key)).toBeNull();
    }
  });

  it("a range outside the domain, or reversed, is brought inside first", () => {
    expect(clampRange({ from: 1980, to: 2030 }, domain)).toEqual(domain);
    expect(clampRange({ from: 2012, to: 2005 }, domain)).toEqual({ from: 2012, to: 2012 });
    expect(buildRangeStep({ from: 1980, to: 2030 }, domain, "to", "ArrowLeft")).toEqual({ from: 1990, to: 2019 });
  });
});

describe("year range pointer", () => {
  it("maps a track position to the nearest year, clamped to the track", () => {
    expect(yearAtRatio(domain, 0)).toBe(1990);
    expect(yearAtRatio(domain, 1)).toBe(2020);
    expect(yearAtRatio(domain, 0.5)).toBe(2005);
    expect(yearAtRatio(domain, 0.51)).toBe(2005);
    expect(yearAtRatio(domain, -0.2)).toBe(1990);
    expect(yearAtRatio(domain, 1.4)).toBe(2020);
    expect(yearAtRatio({ from: 2000, to: 2000 }, 0.7)).toBe(2000);
  });

  it("a press moves the nearer thumb; midway the to thumb; on coincident thumbs it waits for a direction", () => {
    expect(nearerThumb(range, 1995)).toBe("from");
    expect(nearerThumb(range, 2003)).toBe("from");
    expect(nearerThumb(range, 2007)).toBe("to");
    expect(nearerThumb(range, 2015)).toBe("to");
    expect(nearerThumb(range, 2005)).toBe("to");
    const one = { from: 2004, to: 2004 };
    expect(nearerThumb(one, 2004)).toBeNull();
    expect(nearerThumb(one, 2003)).toBe("from");
    expect(nearerThumb(one, 2005)).toBe("to");
  });

  it("a dragged thumb stops at the other thumb and the domain", () => {
    expect(moveThumb(range, domain, "from", 2015)).toEqual({ from: 2010, to: 2010 });
    expect(moveThumb(range, domain, "to", 1995)).toEqual({ from: 2000, to: 2000 });
    expect(moveThumb(range, domain, "from", 1900)).toEqual({ from: 1990, to: 2010 });
    expect(moveThumb(range, domain, "to", 2100)).toEqual({ from: 2000, to: 2020 });
  });
});

describe("year range play", () => {
  const domain = { from: 1990, to: 2010 };
  const play = (range: YearRange) => {
    const start = buildPlayStart(range, domain);
    if (!start) return [];
    const end = buildPlayEnd(range, domain);
    const shown = [start];
    for (let next = buildPlayStep(start, end); next; next = buildPlayStep(next, end)) shown.push(next);
    return shown.map((r) => `${r.from}–${r.to}`);
  };

  it("plays within the chosen range: from the year after its start to its end, then stops", () => {
    expect(play({ from: 2000, to: 2003 })).toEqual(["2000–2001", "2000–2002", "2000–2003"]);
    expect(buildPlayStep({ from: 2000, to: 2003 }, 2003)).toBeNull();
  });

  it("never plays past the last year with data", () => {
    expect(buildPlayEnd({ from: 2008, to: 2020 }, domain)).toBe(2010);
    expect(play({ from: 2008, to: 2020 })).toEqual(["2008–2009", "2008–2010"]);
  });

  it("has nothing to play when the range is a single year", () => {
    expect(buildPlayStart({ from: 2003, to: 2003 }, domain)).toBeNull();
    expect(play({ from: 2010, to: 2010 })).toEqual([]);
  });
});

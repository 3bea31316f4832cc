/**
 * Property tests of the pages' URL parsers: 10,000 seeded query strings per parser, from the
 * generator the HTTP fuzz spec uses (valid and hostile values, unknown and repeated keys, raw
 * bytes). Each property is checked on every case; a failure lists the first query strings that
 * break it, so they can be replayed by hand.
 */
import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { FUZZ_TARGETS, type FuzzTarget } from "@/e2e/support/fuzz-targets";
import { randomQuery, rng } from "@/e2e/support/random";
import { ACCOUNT_IDS } from "@/lib/map/accounts";
import { ERA_IDS } from "@/lib/transform/timeline";
import type { ReporterView } from "@/lib/transform/trade-series";
import { buildAidSearch } from "@/views/aid/search";
import { parseAidParams } from "@/views/aid/params";
import { mapHref, parseMapParams } from "@/views/map/params";
import { PHASES, ZOOMS } from "@/lib/map/settings";
import { type ParamIssue, type RawSearchParams, fromURLSearchParams, truncate } from "@/lib/url/search-params";
import { buildRegionSearch } from "@/views/region/search";
import { parseRegionParams } from "@/views/region/params";
import { parseTimelineParams } from "@/views/timeline/params";
import { TRADE_REPORTERS, buildTradePageSearch } from "@/views/trade/search";
import { parseTradePageParams } from "@/views/trade/params";

const CASES = 10_000;
// A second or two on an idle machine; the margin is for a shared, loaded one (this asserts no timing).
const SLOW = { timeout: 60_000 };

type Case = { qs: string; raw: RawSearchParams };

/** Parses each generated case once for all of a parser's properties (a throw is not kept, so it recurs). */
function once<R>(parse: (raw: RawSearchParams) => R): (raw: RawSearchParams) => R {
  const seen = new Map<RawSearchParams, R>();
  return (raw) => {
    if (!seen.has(raw)) seen.set(raw, parse(raw));
    return seen.get(raw)!;
  };
}

function generate(target: FuzzTarget, seed: number): Case[] {
  const r = rng(seed);
  return Array.from({ length: CASES }, () => {
    const qs = randomQuery(r, target.keys, target.good);
    return { qs, raw: fromURLSearchParams(new URLSearchParams(qs)) };
  });
}

/** Runs `property` on every case; it returns what is wrong, or null. A throw is a failure too. */
function failures(cases: readonly Case[], property: (c: Case) => string | null): string[] {
  const out: string[] = [];
  for (const c of cases) {
    let problem: string | null;
    try {
      problem = property(c);
    } catch (error) {
      problem = `threw ${String(error)}`;
    }
    if (problem !== null) out.push(`?${c.qs}: ${problem}`);
    if (out.length === 5) break;
  }
  return out;
}

/**
 * Every notice names its parameter (shortened as the message shortens it) and is about a
 * parameter in the address; an address with a key the view does not know always gets one.
 */
function issueProblem(raw: RawSearchParams, issues: readonly ParamIssue[], known: readonly string[]): string | null {
  for (const issue of issues) {
    if (!(issue.param in raw)) return `notice about “${issue.param}”, which is not in the address`;
    if (!issue.message.includes(truncate(issue.param))) return `notice “${issue.message}” does not name its parameter`;
  }
  const unknown = Object.keys(raw).find((k) => !known.includes(k));
  if (unknown !== undefined && !issues.some((i) => i.param === unknown)) return `no notice for “${unknown}”`;
  return null;
}

const yearIn = (y: number, lo: number, hi: number) => Number.isInteger(y) && y >= lo && y <= hi;
const read = (search: string) => fromURLSearchParams(new URLSearchParams(search));
/** The canonical address must read back as the same view, without notices, and be a fixed point. */
const roundTrip = <Q>(query: Q, again: { query: Q; issues: ParamIssue[] }, search: string, searchAgain: string) =>
  !isDeepStrictEqual(again.query, query)
    ? `${search} reads back as ${JSON.stringify(again.query)}`
    : again.issues.length > 0
      ? `${search} gives notices: ${again.issues.map((i) => i.message).join(" ")}`
      : searchAgain !== search
        ? `${search} normalises again to ${searchAgain}`
        : null;

describe("trade page parameters, 10,000 generated query strings", SLOW, () => {
  const DOMAINS: Record<ReporterView, { from: number; to: number }> = {
    japan: { from: 1960, to: 2022 },
    cambodia: { from: 1993, to: 2025 },
    both: { from: 1993, to: 2022 },
  };
  const parseNew = (raw: RawSearchParams) => parseTradePageParams(raw, (r) => DOMAINS[r]);
  const parse = once(parseNew);
  const cases = generate(FUZZ_TARGETS.trade, 0xc0ffee + 1);

  it("never throws and always yields a valid view", () => {
    const bad = failures(cases, ({ raw }) => {
      const { query: q } = parse(raw);
      const d = DOMAINS[q.reporter];
      if (!TRADE_REPORTERS.includes(q.reporter)) return `reporter ${q.reporter}`;
      if (!yearIn(q.from, d.from, d.to) || !yearIn(q.to, d.from, d.to) || q.from > q.to)
        return `range ${q.from}–${q.to}`;
      if (q.year !== null && !yearIn(q.year, q.from, q.to)) return `year ${q.year}`;
      return typeof q.events === "boolean" ? null : `events ${String(q.events)}`;
    });
    expect(bad).toEqual([]);
  });
  it("names the parameter in every notice", () => {
    expect(failures(cases, ({ raw }) => issueProblem(raw, parse(raw).issues, FUZZ_TARGETS.trade.keys))).toEqual([]);
  });
  it("normalises idempotently", () => {
    const bad = failures(cases, ({ raw }) => {
      const { query } = parse(raw);
      const search = buildTradePageSearch(query, DOMAINS[query.reporter]);
      const again = parseNew(read(search));
      return roundTrip(query, again, search, buildTradePageSearch(again.query, DOMAINS[again.query.reporter]));
    });
    expect(bad).toEqual([]);
  });
});

describe("aid page parameters, 10,000 generated query strings", SLOW, () => {
  const SPAN = { first: 1960, last: 2023 };
  const parseNew = (raw: RawSearchParams) => parseAidParams(raw, SPAN);
  const parse = once(parseNew);
  const cases = generate(FUZZ_TARGETS.aid, 0xc0ffee + 2);

  it("never throws and always yields a valid view", () => {
    const bad = failures(cases, ({ raw }) => {
      const { query: q } = parse(raw);
      if (!yearIn(q.from, SPAN.first, SPAN.last) || !yearIn(q.to, SPAN.first, SPAN.last) || q.from > q.to)
        return `range ${q.from}–${q.to}`;
      if (q.year !== null && !yearIn(q.year, q.from, q.to)) return `year ${q.year}`;
      return typeof q.events === "boolean" ? null : `events ${String(q.events)}`;
    });
    expect(bad).toEqual([]);
  });
  it("names the parameter in every notice", () => {
    expect(failures(cases, ({ raw }) => issueProblem(raw, parse(raw).issues, FUZZ_TARGETS.aid.keys))).toEqual([]);
  });
  it("normalises idempotently", () => {
    const bad = failures(cases, ({ raw }) => {
      const { query } = parse(raw);
      const search = buildAidSearch(query, SPAN);
      const again = parseNew(read(search));
      return roundTrip(query, again, search, buildAidSearch(again.query, SPAN));
    });
    expect(bad).toEqual([]);
  });
});

describe("region parameters, 10,000 generated query strings", SLOW, () => {
  const SPANS = {
    exports: { first: 1960, last: 2020 },
    imports: { first: 1960, last: 2020 },
    aid: { first: 1960, last: 2023 },
  };
  const parseNew = (raw: RawSearchParams) => parseRegionParams(raw, SPANS);
  const parse = once(parseNew);
  const cases = generate(FUZZ_TARGETS.region, 0xc0ffee + 5);

  it("never throws and always yields a valid view", () => {
    const bad = failures(cases, ({ raw }) => {
      const { query: q } = parse(raw);
      const span = SPANS[q.measure];
      if (!span) return `measure ${q.measure}`;
      if (!yearIn(q.from, span.first, span.last) || !yearIn(q.to, span.first, span.last) || q.from > q.to)
        return `range ${q.from}–${q.to}`;
      if (q.partners.length === 0) return "no partners";
      return q.measure === "aid" && q.scale === "log" ? "log scale for aid" : null;
    });
    expect(bad).toEqual([]);
  });
  it("names the parameter in every notice", () => {
    expect(failures(cases, ({ raw }) => issueProblem(raw, parse(raw).issues, FUZZ_TARGETS.region.keys))).toEqual([]);
  });
  it("normalises idempotently", () => {
    const bad = failures(cases, ({ raw }) => {
      const { query } = parse(raw);
      const search = buildRegionSearch(query, SPANS);
      const again = parseNew(read(search));
      return roundTrip(query, again, search, buildRegionSearch(again.query, SPANS));
    });
    expect(bad).toEqual([]);
  });
});

describe("map parameters, 10,000 generated query strings", SLOW, () => {
  const PROVINCES = ["battambang", "koh-kong", "siem-reap", "oddar-meanchey", "preah-vihear"];
  const parseNew = (raw: RawSearchParams) => {
    const { params, issues } = parseMapParams(raw, PROVINCES);
    return { query: params, issues };
  };
  const parse = once(parseNew);
  const cases = generate(FUZZ_TARGETS.map, 0xc0ffee + 3);

  it("never throws and always yields a valid view", () => {
    const bad = failures(cases, ({ raw }) => {
      const { query: p } = parse(raw);
      if (!PHASES.includes(p.phase)) return `phase ${p.phase}`;
      if (!ACCOUNT_IDS.includes(p.account)) return `account ${p.account}`;
      if (!ZOOMS.includes(p.zoom)) return `zoom ${p.zoom}`;
      return p.province === null || PROVINCES.includes(p.province) ? null : `province ${p.province}`;
    });
    expect(bad).toEqual([]);
  });
  it("names the parameter in every notice", () => {
    expect(failures(cases, ({ raw }) => issueProblem(raw, parse(raw).issues, FUZZ_TARGETS.map.keys))).toEqual([]);
  });
  it("normalises idempotently", () => {
    const bad = failures(cases, ({ raw }) => {
      const { query } = parse(raw);
      const href = mapHref(query);
      const again = parseNew(read(href.slice("/map".length)));
      return roundTrip(query, again, href, mapHref(again.query));
    });
    expect(bad).toEqual([]);
  });
});

describe("timeline parameters, 10,000 generated query strings", SLOW, () => {
  const parseNew = (raw: RawSearchParams) => {
    const { era, event, order, issues } = parseTimelineParams(raw);
    return { query: { era, event, order }, issues };
  };
  const parse = once(parseNew);
  // The timeline's canonical address: era, highlighted event and order, defaults left out.
  const canonical = ({ era, event, order }: { era: string | null; event: string | null; order: string }) => {
    const q = new URLSearchParams();
    if (era !== null) q.set("era", era);
    if (event !== null) q.set("event", event);
    if (order !== "oldest") q.set("order", order);
    return q.toString();
  };
  const cases = generate(FUZZ_TARGETS.timeline, 0xc0ffee + 4);

  it("never throws and always yields a valid view", () => {
    const bad = failures(cases, ({ raw }) => {
      const { era, event } = parse(raw).query;
      if (era !== null && !ERA_IDS.includes(era)) return `era ${era}`;
      return event === null || /^[a-z0-9-]{4,120}$/.test(event) ? null : `event ${event}`;
    });
    expect(bad).toEqual([]);
  });
  it("names the parameter in every notice", () => {
    expect(failures(cases, ({ raw }) => issueProblem(raw, parse(raw).issues, FUZZ_TARGETS.timeline.keys))).toEqual([]);
  });
  it("normalises idempotently", () => {
    const bad = failures(cases, ({ raw }) => {
      const { query } = parse(raw);
      const search = canonical(query);
      const again = parseNew(read(search));
      return roundTrip(query, again, search, canonical(again.query));
    });
    expect(bad).toEqual([]);
  });
});

describe("the generator", () => {
  it("is seeded: the same seed gives the same query strings, another seed others", () => {
    const a = generate(FUZZ_TARGETS.trade, 1).map((c) => c.qs);
    expect(generate(FUZZ_TARGETS.trade, 1).map((c) => c.qs)).toEqual(a);
    expect(generate(FUZZ_TARGETS.trade, 2).map((c) => c.qs)).not.toEqual(a);
  });
  it("reaches the cases the properties are about: bad values, unknown and repeated keys", () => {
    const cases = generate(FUZZ_TARGETS.trade, 0xc0ffee + 1);
    const issues = cases.map((c) => parseTradePageParams(c.raw, () => ({ from: 1960, to: 2022 })).issues);
    const share = (test: (i: ParamIssue[]) => boolean) => issues.filter(test).length / CASES;
    expect(share((i) => i.length === 0)).toBeGreaterThan(0.05);
    expect(share((i) => i.some((x) => x.message.startsWith("Unknown parameter")))).toBeGreaterThan(0.05);
    expect(share((i) => i.some((x) => x.message.includes("times; give it once")))).toBeGreaterThan(0.01);
    expect(share((i) => i.some((x) => x.param === "from" || x.param === "to"))).toBeGreaterThan(0.05);
  });
});

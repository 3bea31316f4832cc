import type { ViewContext } from "@/views/shared/view-definition";

/** A small view context for the URL key tests: the data's year spans, two provinces, one event. */
export const VIEW_CONTEXT: ViewContext = {
  tradeDomains: { japan: { from: 1960, to: 2024 }, cambodia: { from: 1994, to: 2024 }, both: { from: 1994, to: 2024 } },
  aidSpan: { first: 1960, last: 2023 },
  regionSpans: {
    exports: { first: 1960, last: 2020 },
    imports: { first: 1960, last: 2020 },
    aid: { first: 1960, last: 2023 },
  },
  provinceIds: ["battambang", "koh-kong"],
  eventIds: ["1941-tokyo-convention"],
};

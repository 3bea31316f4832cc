import "server-only";
import { z } from "zod";

const provinceProps = z.object({
  id: z.string().regex(/^[a-z-]+$/, "province id must be kebab-case"),
  name: z.string().min(1),
  name_km: z.string().min(1, "Khmer name is required"),
  iso: z.string().regex(/^KH-\d+$/, "iso must look like KH-12"),
});

const geometry = <P extends z.ZodType>(props: P) =>
  z.object({
    type: z.enum(["Polygon", "MultiPolygon", "LineString", "MultiLineString"]),
    arcs: z.array(z.unknown()),
    properties: props,
  });

export const topologySchema = z.object({
  type: z.literal("Topology"),
  arcs: z.array(z.array(z.array(z.number()))),
  transform: z
    .object({ scale: z.tuple([z.number(), z.number()]), translate: z.tuple([z.number(), z.number()]) })
    .optional(),
  objects: z.object({
    provinces: z.object({
      type: z.literal("GeometryCollection"),
      geometries: z.array(geometry(provinceProps)).length(25, "Cambodia has 25 provinces"),
    }),
    neighbours: z.object({
      type: z.literal("GeometryCollection"),
      geometries: z.array(geometry(z.object({ id: z.string(), name: z.string(), iso: z.string() }))),
    }),
    water: z.object({
      type: z.literal("GeometryCollection"),
      geometries: z.array(geometry(z.object({ kind: z.enum(["lake", "river"]), name: z.string().optional() }))),
    }),
  }),
});

export const CESSION_STATUSES = ["ceded", "partly_ceded", "retained"] as const;
export type CessionStatus = (typeof CESSION_STATUSES)[number];

export const cessionSchema = z.array(
  z.object({
    province_id: z.string().min(1),
    status: z.enum(CESSION_STATUSES),
    rule: z.string(),
    thai_province_1941: z.string().nullable(),
    notes: z.string(),
    sources: z
      .array(
        z.object({ title: z.string().min(1), url: z.string().regex(/^https?:\/\//, "source url must be http(s)") }),
      )
      .min(1, "every province needs a source"),
  }),
);
export type CessionEntry = z.output<typeof cessionSchema>[number];

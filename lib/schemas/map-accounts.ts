import { z } from "zod";
import { CESSION_STATUSES } from "./geo";

const source = z.object({
  title: z.string().min(1),
  url: z.string().regex(/^https?:\/\//, "source url must be http(s)"),
});

/**
 * data/map-accounts.json: the texts of the encyclopedia account and the February 1941 quotation,
 * each with its source. The claim's credit is not repeated here: `claim_id` names its row in
 * article-claims.csv, which holds the source.
 */
export const mapAccountsSchema = z
  .object({
    encyclopedia: z.object({
      sources: z.array(source).min(1, "the encyclopedia account needs a source"),
      claim: z.object({
        claim_id: z.string().regex(/^[a-z0-9-]+$/),
        area_share: z.string().min(1),
        population: z.string().min(1),
      }),
      default_note: z.string().min(1),
      readings: z.array(
        z.object({ province_id: z.string().min(1), status: z.enum(CESSION_STATUSES), note: z.string().min(1) }),
      ),
    }),
    february_proposal: z.object({
      quote: z.string().min(1),
      quoted_by: z.string().min(1),
      source,
      proposal_source: source,
    }),
    reference_area: z.object({ km2: z.number().positive(), label: z.string().min(1), source }),
  })
  .transform((d) => ({
    encyclopedia: {
      sources: d.encyclopedia.sources,
      claim: {
        claimId: d.encyclopedia.claim.claim_id,
        areaShare: d.encyclopedia.claim.area_share,
        population: d.encyclopedia.claim.population,
      },
      defaultNote: d.encyclopedia.default_note,
      readings: d.encyclopedia.readings.map((r) => ({ provinceId: r.province_id, status: r.status, note: r.note })),
    },
    februaryProposal: {
      quote: d.february_proposal.quote,
      quotedBy: d.february_proposal.quoted_by,
      source: d.february_proposal.source,
      proposalSource: d.february_proposal.proposal_source,
    },
    referenceArea: d.reference_area,
  }));

export type MapAccounts = z.output<typeof mapAccountsSchema>;

/** The account texts resolved against their sources: the claim takes its credit from article-claims.csv. */
export type MapAccountTexts = MapAccounts & { claimSource: { title: string; url: string } };

import type { Polarity } from "../../model/kpi";
import type { IngestMapping, MappingJson } from "./parseMapping";
import { describeColumnRole } from "./parseColumnRole";

const POLARITY_WORDS: Readonly<Record<Polarity, string>> = {
  "higher-is-better": "higher is better",
  "lower-is-better": "lower is better",
  neutral: "neutral",
};

/**
 * A parsed mapping as the JSON the task pane saves and `--mapping` reads: only what it says, in the words of
 * `docs/workbook-format.md` (`lower is better`, `Previous`), headers and sheets in lower case as they are matched.
 * `parseMapping(mappingToJson(m))` gives `m` back.
 * @example mappingToJson(parseMapping({ kpis: { "Total Crime": { polarity: "lower" } } }).mapping) // { kpis: { "total crime": { polarity: "lower is better" } } }
 */
export function mappingToJson(mapping: IngestMapping): MappingJson {
  const out: {
    sheets?: MappingJson["sheets"];
    columns?: Record<string, string>;
    kpis?: Record<string, { polarity?: string; unit?: string; weightedBy?: string; spcBaseline?: string; spcRecalculateFrom?: string }>;
    tables?: Record<
      string,
      { columns?: Record<string, string>; period?: string; periods?: Record<string, string>; priority?: string; total?: string; kind?: string; skip?: boolean }
    >;
  } = {};
  if (Object.keys(mapping.sheets).length > 0) out.sheets = { ...mapping.sheets };
  if (mapping.columns.size > 0) out.columns = Object.fromEntries(mapping.columns);
  if (mapping.kpis.size > 0) {
    out.kpis = {};
    for (const [key, k] of mapping.kpis) {
      out.kpis[key] = {
        ...(k.polarity ? { polarity: POLARITY_WORDS[k.polarity] } : {}),
        ...(k.unit ? { unit: k.unit } : {}),
        ...(k.weightedBy ? { weightedBy: k.weightedBy } : {}),
        ...(k.spcBaseline !== undefined ? { spcBaseline: k.spcBaseline } : {}),
        ...(k.spcRecalculateFrom !== undefined ? { spcRecalculateFrom: k.spcRecalculateFrom } : {}),
      };
    }
  }
  if (mapping.tables.size > 0) {
    out.tables = {};
    for (const [sheet, t] of mapping.tables) {
      out.tables[sheet] = {
        ...(t.columns.size > 0 ? { columns: Object.fromEntries([...t.columns].map(([header, role]) => [header, describeColumnRole(role)])) } : {}),
        ...(t.period !== null ? { period: t.period } : {}),
        ...(t.periods.size > 0 ? { periods: Object.fromEntries(t.periods) } : {}),
        ...(t.priority !== null ? { priority: t.priority } : {}),
        ...(t.total !== null ? { total: t.total } : {}),
        ...(t.kind !== null ? { kind: t.kind } : {}),
        ...(t.skip ? { skip: true } : {}),
      };
    }
  }
  return out;
}

/**
 * The mapping step's edits, as pure functions on the mapping JSON the pane keeps and the build saves: a column's
 * role, a KPI's polarity and unit, a sheet's report quarter. Each returns a new mapping; nothing is changed in place.
 */
import type { MappingJson } from "../../ingest/mapping/parseMapping";
import { describeColumnRole } from "../../ingest/mapping/parseColumnRole";
import type { ColumnRole } from "../../ingest/detect/tableTypes";
import type { Polarity, Unit } from "../../model/kpi";

type TableJson = NonNullable<MappingJson["tables"]>[string];

const POLARITY_WORDS: Readonly<Record<Polarity, string>> = {
  "higher-is-better": "higher is better",
  "lower-is-better": "lower is better",
  neutral: "neutral",
};

function withTable(mapping: MappingJson, sheet: string, edit: (table: TableJson) => TableJson): MappingJson {
  const key = sheet.trim().toLowerCase();
  const tables = { ...mapping.tables };
  const next = edit(tables[key] ?? {});
  if (Object.keys(next).length === 0) delete tables[key];
  else tables[key] = next;
  const { tables: _dropped, ...rest } = mapping;
  return Object.keys(tables).length === 0 ? rest : { ...rest, tables };
}

/**
 * Sets the role of a column (by its key: the header in lower case, or `column d`), or with `null` goes back to
 * what detection proposes.
 * @example setColumnRole({}, "Figure 11", "previous performance", "previous") // { tables: { "figure 11": { columns: { "previous performance": "Previous" } } } }
 */
export function setColumnRole(mapping: MappingJson, sheet: string, columnKey: string, role: ColumnRole | null): MappingJson {
  return withTable(mapping, sheet, (table) => {
    const columns: Record<string, string> = { ...table.columns };
    if (role === null) delete columns[columnKey];
    else columns[columnKey] = describeColumnRole(role);
    const { columns: _dropped, ...rest } = table;
    return Object.keys(columns).length === 0 ? rest : { ...rest, columns };
  });
}

/**
 * Sets the quarter a sheet's tables report (`Q2 2013-14`), for `Current`, `Previous` and periods without a year;
 * `null` or blank clears it.
 * @example setReportQuarter({}, "Figure 11", "Q2 2013-14") // { tables: { "figure 11": { period: "Q2 2013-14" } } }
 */
export function setReportQuarter(mapping: MappingJson, sheet: string, quarter: string | null): MappingJson {
  return withTable(mapping, sheet, (table) => {
    const { period: _dropped, ...rest } = table;
    const text = quarter?.trim() ?? "";
    return text === "" ? rest : { ...rest, period: text };
  });
}

/**
 * Sets a KPI's polarity or unit where its table gives none, or the count a mean is weighted by (by the KPIs' IDs),
 * `null` clearing any of them.
 * @example setKpiSetting({}, "total-crime", { polarity: "lower-is-better" }) // { kpis: { "total-crime": { polarity: "lower is better" } } }
 */
export function setKpiSetting(
  mapping: MappingJson,
  kpiId: string,
  setting: { readonly polarity?: Polarity | null; readonly unit?: Unit | null; readonly weightedBy?: string | null },
): MappingJson {
  const key = kpiId.toLowerCase();
  const kpis: Record<string, { polarity?: string; unit?: string; weightedBy?: string }> = { ...mapping.kpis };
  const entry: { polarity?: string; unit?: string; weightedBy?: string } = { ...kpis[key] };
  if (setting.polarity === null) delete entry.polarity;
  else if (setting.polarity !== undefined) entry.polarity = POLARITY_WORDS[setting.polarity];
  if (setting.unit === null) delete entry.unit;
  else if (setting.unit !== undefined) entry.unit = setting.unit;
  if (setting.weightedBy === null) delete entry.weightedBy;
  else if (setting.weightedBy !== undefined) entry.weightedBy = setting.weightedBy;
  if (Object.keys(entry).length === 0) delete kpis[key];
  else kpis[key] = entry;
  const { kpis: _dropped, ...rest } = mapping;
  return Object.keys(kpis).length === 0 ? rest : { ...rest, kpis };
}

/**
 * The benchmark's results as Markdown tables (printed by `npm run bench`, pasted into bench/README.md) and a
 * verdict per target of issue 7.
 */
import type { BenchResults, PhaseStats, SizeResult } from "./benchResult";

const MIB = 1024 * 1024;
/** The issue's "no request over 4 MB", in the same unit as the host's budget (3.6 MB = 3.6 x 2^20 bytes). */
export const FOUR_MB = 4 * MIB;
const MAX_SYNCS = 6;
const TARGET_KPIS = 1000;
const TARGET_MS = 1000;

function bytes(n: number): string {
  if (n >= MIB) return `${(n / MIB).toFixed(2)} MB`;
  return `${(n / 1024).toFixed(1)} KB`;
}

function ms(n: number): string {
  return n >= 10_000 ? `${(n / 1000).toFixed(1)} s` : n >= 1000 ? `${(n / 1000).toFixed(2)} s` : `${n.toFixed(n < 10 ? 1 : 0)} ms`;
}

function count(n: number): string {
  return n.toLocaleString("en-GB");
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

function syncs(p: PhaseStats): number {
  return p.readSyncs + p.writeSyncs;
}

function written(p: PhaseStats): string {
  if (!p.error) return "written";
  return /too large/i.test(p.error) ? "**refused** (a request over 5 MB); workbook left as it was" : `**fails**: ${p.error}`;
}

/** Best-case end to end: the add-in's own time plus the latency, without the fake's own work. */
function e2e(p: PhaseStats, latency: number): number {
  return p.hostMs + syncs(p) * latency;
}

function nodeTable(sizes: readonly SizeResult[]): string {
  return table(
    ["KPIs", "measurements", "ingest", "calc", "layout", "buildScorecard", "per KPI", "heap held by outcome", "peak RSS growth"],
    sizes.map((s) => [
      count(s.kpis),
      count(s.measurements),
      ms(s.node.ingestMs),
      ms(s.node.calcMs),
      ms(s.node.layoutMs),
      `**${ms(s.node.buildMs)}**`,
      `${((s.node.buildMs * 1000) / s.kpis).toFixed(0)} µs`,
      `${s.node.heapRetainedMb.toFixed(0)} MB`,
      `${s.node.rssGrowthMb.toFixed(0)} MB`,
    ]),
  );
}

/**
 * A build the host refused (a sheet too large to read whole). A build that read fewer measurements than the
 * workbook holds is not one: it read the months it uses (`planReadWindow`).
 */
function refused(build: { readonly status: string }): boolean {
  return build.status !== "built";
}

function officeTable(sizes: readonly SizeResult[], latency: number): string {
  return table(
    ["KPIs", "syncs read + write", "largest request", "largest response", "sent + received", "measurements read", `end to end at ${latency} ms/sync`, "of which add-in code", "fake's own work"],
    sizes.flatMap((s) => {
      const b = s.office?.build;
      if (!b) return [];
      const cut = refused(b);
      const share = `${((100 * b.measurementsRead) / Math.max(1, b.measurementsTotal)).toFixed(0)}%`;
      return [
        [
          count(s.kpis),
          `${b.readSyncs} + ${b.writeSyncs}`,
          bytes(b.largestRequest),
          bytes(b.largestResponse),
          `${bytes(b.requestBytes)} + ${bytes(b.responseBytes)}`,
          cut ? `**${share}** (SHEET_TOO_LARGE)` : b.measurementsRead < b.measurementsTotal ? `${share} (the months it uses)` : share,
          ms(b.wallMs),
          ms(b.hostMs),
          ms(b.fakeMs),
        ],
      ];
    }),
  );
}

function readTable(sizes: readonly SizeResult[]): string {
  return table(
    ["KPIs", "read syncs", "floor", "within 1", "bytes read, 10 years", "3 years: syncs", "floor", "bytes read", "10 years / 3 years"],
    sizes.flatMap((s) => {
      const r = s.office?.reading;
      if (!r) return [];
      const t = r.threeYears;
      const within = r.syncs <= r.floor + 1 && t.syncs <= t.floor + 1;
      return [[count(s.kpis), String(r.syncs), String(r.floor), within ? "yes" : "**no**", bytes(r.responseBytes), String(t.syncs), String(t.floor), bytes(t.responseBytes), `${(r.responseBytes / t.responseBytes).toFixed(2)}x`]];
    }),
  );
}

function writeTable(sizes: readonly SizeResult[], latency: number): string {
  return table(
    ["KPIs", "full plan: syncs", "largest request", "sent", `at ${latency} ms/sync`, "every KPI charted: charts", "syncs", "largest request", "sent", "result"],
    sizes.flatMap((s) => {
      const o = s.office;
      if (!o) return [];
      const f = o.fullPlan;
      const c = o.allCharted;
      const over = (n: number) => (n > FOUR_MB ? `**${bytes(n)}**` : bytes(n));
      return [[count(s.kpis), String(f.writeSyncs), over(f.largestRequest), bytes(f.requestBytes), ms(e2e(f, latency)), count(c.charts), String(c.writeSyncs), over(c.largestRequest), bytes(c.requestBytes), written(c)]];
    }),
  );
}

function naiveTable(sizes: readonly SizeResult[], latency: number): string {
  return table(
    ["KPIs", "naive syncs read + write", "host syncs", "ratio", "naive sent + received", `naive at ${latency} ms/sync`, "host at same", "ratio"],
    sizes.flatMap((s) => {
      const o = s.office;
      if (!o) return [];
      const n = o.naive;
      const hostSyncs = syncs(o.build);
      const hostE2e = e2e(o.build, latency);
      const naiveE2e = n.projected ? n.hostMs + syncs(n) * latency : e2e(n, latency);
      // A host that refused the workbook (too large to read whole) did not do the same work: no ratio.
      const cut = refused(o.build);
      return [
        [
          count(s.kpis),
          `${count(n.readSyncs)} + ${count(n.writeSyncs)}`,
          cut ? `${hostSyncs} (refused)` : String(hostSyncs),
          cut ? "–" : `${(syncs(n) / hostSyncs).toFixed(0)}x`,
          `${bytes(n.requestBytes)} + ${bytes(n.responseBytes)}`,
          `${n.projected ? "≈ " : ""}${ms(naiveE2e)}`,
          cut ? "–" : ms(hostE2e),
          cut ? "–" : `${(naiveE2e / hostE2e).toFixed(0)}x`,
        ],
      ];
    }),
  );
}

function verdicts(results: BenchResults): string[] {
  const full = results.sizes.filter((s) => s.office);
  const lines: string[] = [];
  const built = full.filter((s) => s.office && !refused(s.office.build));
  const writeSyncs = built.map((s) => s.office?.build.writeSyncs ?? 0);
  const readSyncs = built.map((s) => s.office?.build.readSyncs ?? 0);
  const charted = full.map((s) => s.office?.allCharted).filter((p): p is NonNullable<typeof p> => p !== undefined);
  const constant = (xs: readonly number[]) => xs.every((n) => n === xs[0]) && Math.max(...xs) <= MAX_SYNCS;
  lines.push(
    `- Write syncs constant in KPI count, at most ${MAX_SYNCS}: ${constant(writeSyncs) ? "**met**" : "**missed**"} with the default chart limit ` +
      `(${writeSyncs.join(", ")} for ${built.map((s) => count(s.kpis)).join(", ")} KPIs); with every KPI charted the write grows with the charts ` +
      `(${charted.map((p) => `${p.writeSyncs}${p.error ? " (failed)" : ""}`).join(", ")} syncs), one per 3.6 MB request.`,
  );
  const reads = full.map((s) => s.office?.reading).filter((r): r is NonNullable<typeof r> => r !== undefined);
  const withinFloor = reads.every((r) => r.syncs <= r.floor + 1 && r.threeYears.syncs <= r.threeYears.floor + 1);
  lines.push(
    `- Read syncs within 1 of the floor, ceil(response bytes / 5 MB) + 1: ${withinFloor ? "**met**" : "**missed**"} ` +
      `(${reads.map((r) => `${r.syncs} for ${r.floor}`).join(", ")} at ${full.map((s) => count(s.kpis)).join(", ")} KPIs; read syncs ${readSyncs.join(", ")} where built).`,
  );
  const ratios = reads.map((r) => r.responseBytes / r.threeYears.responseBytes);
  lines.push(
    `- Bytes read for 10 years of history against 3: ${ratios.map((x) => `${x.toFixed(2)}x`).join(", ")}; only the months the build uses ` +
      `(the charted years and the rolling 12 months before them) are read from a sheet with a column per month.`,
  );
  const phases = full.flatMap((s) => (s.office ? [s.office.build, s.office.fullPlan, s.office.allCharted] : []));
  const largest = Math.max(0, ...phases.map((p) => p.largestRequest));
  const shipped = Math.max(0, ...full.flatMap((s) => (s.office ? [s.office.build.largestRequest, s.office.fullPlan.largestRequest] : [])));
  lines.push(
    `- No request over 4 MB: ${shipped <= FOUR_MB ? "**met**" : "**missed**"} with the default chart limit (largest ${bytes(shipped)}); ` +
      `${largest <= FOUR_MB ? "**met**" : "**missed**"} with every KPI charted (largest ${bytes(largest)}).`,
  );
  const target = results.sizes.find((s) => s.kpis === TARGET_KPIS);
  if (target) {
    lines.push(
      `- ${count(TARGET_KPIS)} KPIs x ${target.years} years x ${target.segments} segments through ingest + calc + layout under ${ms(TARGET_MS)}: ` +
        `${target.node.buildMs < TARGET_MS ? "**met**" : "**missed**"} (${ms(target.node.buildMs)}: ingest ${ms(target.node.ingestMs)}, calc ${ms(target.node.calcMs)}, layout ${ms(target.node.layoutMs)}).`,
    );
  }
  const perKpi = results.sizes.filter((s) => s.kpis >= 100).map((s) => (s.node.buildMs * 1000) / s.kpis);
  if (perKpi.length >= 2) {
    const spread = Math.max(...perKpi) / Math.min(...perKpi);
    lines.push(
      `- Growing linearly: time per KPI from 100 KPIs up is ${perKpi.map((u) => `${u.toFixed(0)} µs`).join(", ")} ` +
        `(largest / smallest ${spread.toFixed(2)}): ${spread <= 1.5 ? "**met**" : "**missed**"} (within 1.5x).`,
    );
  }
  const cut = full.filter((s) => s.office && refused(s.office.build));
  if (cut.length > 0) {
    lines.push(
      `- Too large to read whole (over 2 million cells): ${cut.map((s) => `${count(s.kpis)} KPIs`).join(", ")}. The build is refused ` +
        `with SHEET_TOO_LARGE naming the sheet, in ${cut.map((s) => syncs(s.office!.build)).join(", ")} syncs, rather than built on part ` +
        `of the data; reading everything would take ${cut.map((s) => bytes(s.office?.fullReadResponseBytes ?? 0)).join(", ")} of responses.`,
    );
  }
  return lines;
}

/** The whole build as a process, from the file, against the floor: issue 10's targets. */
const FLOOR_RATIO = 3;
const RSS_LIMIT_MB = 1024;
const SMALL_BUILD_MS = 1000;
const HOSTILE_MS = 30_000;

export function fileTable(sizes: readonly SizeResult[]): string {
  const rows = sizes.filter((s) => s.file);
  return table(
    ["KPIs", "file", "`scorecard build` wall", "CPU", "peak RSS", "floor: unzip + scan (CPU)", "build / floor: wall (CPU)", "ExcelJS read alone", "build / ExcelJS read"],
    rows.map((s) => {
      const f = s.file!;
      return [
        count(s.kpis),
        `${f.fileMb.toFixed(1)} MB`,
        `**${ms(f.buildMs)}**`,
        ms(f.cpuMs),
        `${f.peakRssMb.toFixed(0)} MB`,
        `${ms(f.floorMs)} (${ms(f.floorCpuMs)})`,
        `${(f.buildMs / f.floorMs).toFixed(1)}x (${(f.cpuMs / f.floorCpuMs).toFixed(1)}x)`,
        ms(f.exceljsReadMs),
        `${(f.buildMs / f.exceljsReadMs).toFixed(2)}x`,
      ];
    }),
  );
}

export function hostileTable(results: BenchResults): string {
  return table(
    ["file", "exit", "wall", "CPU", "peak RSS", "what the user is told (first line)"],
    (results.hostile ?? []).map((h) => [h.name, String(h.exitCode), ms(h.wallMs), ms(h.cpuMs), `${h.peakRssMb.toFixed(0)} MB`, h.message.replace(/\|/g, "\\|")]),
  );
}

function fileVerdicts(results: BenchResults): string[] {
  const lines: string[] = [];
  const big = results.sizes.find((s) => s.kpis === TARGET_KPIS && s.file)?.file;
  if (big) {
    const ratio = big.buildMs / big.floorMs;
    const cpuRatio = big.cpuMs / big.floorCpuMs;
    lines.push(
      `- ${count(TARGET_KPIS)} KPIs built from the file within ${FLOOR_RATIO}x the unzip-and-scan floor: ${ratio <= FLOOR_RATIO ? "**met**" : "**missed**"} in wall time ` +
        `(${ms(big.buildMs)} for the whole process against ${ms(big.floorMs)}: ${ratio.toFixed(1)}x), ${cpuRatio <= FLOOR_RATIO ? "**met**" : "**missed**"} in CPU time ` +
        `(${ms(big.cpuMs)} against ${ms(big.floorCpuMs)}: ${cpuRatio.toFixed(1)}x); peak RSS under 1 GB: ` +
        `${big.peakRssMb < RSS_LIMIT_MB ? "**met**" : "**missed**"} (${big.peakRssMb.toFixed(0)} MB).`,
    );
  }
  const small = results.sizes.find((s) => s.kpis === 10 && s.file)?.file;
  if (small) {
    lines.push(`- A 10-KPI build under ${ms(SMALL_BUILD_MS)} wall: ${small.buildMs < SMALL_BUILD_MS ? "**met**" : "**missed**"} (${ms(small.buildMs)} wall, ${ms(small.cpuMs)} CPU).`);
  }
  if (results.hostile && results.hostile.length > 0) {
    const slowest = Math.max(...results.hostile.map((h) => h.wallMs));
    const largest = Math.max(...results.hostile.map((h) => h.peakRssMb));
    const ok = results.hostile.every((h) => h.wallMs < HOSTILE_MS && h.peakRssMb < RSS_LIMIT_MB && h.exitCode !== null);
    lines.push(`- Every hostile file ends in under 30 s and under 1 GB with a message: ${ok ? "**met**" : "**missed**"} (slowest ${ms(slowest)}, largest ${largest.toFixed(0)} MB).`);
  }
  return lines;
}

/**
 * @example formatTables(JSON.parse(readFileSync("bench/results.json", "utf8")))
 */
export function formatTables(results: BenchResults): string {
  const l = results.latencyMs;
  return [
    `Measured ${results.date.slice(0, 10)} on ${results.cpus}, Node ${results.node}; the bench took ${results.totalSeconds.toFixed(0)} s.`,
    "",
    "**ingest + calc + layout in Node** (`buildScorecard`; steps timed one by one; best of several runs after a warm-up)",
    "",
    nodeTable(results.sizes),
    "",
    "**A first build through the fake Excel as shipped** (`runBuild(createExcelHost(fake.run))`, hidden rows and merges read)",
    "",
    officeTable(results.sizes, l),
    "",
    "**Reading** (the build's read against its floor, and the same workbook with 3 years of history read the same way)",
    "",
    readTable(results.sizes),
    "",
    "**Writes of the complete workbook's plan** (rendered over the first build, so a rebuild: default chart limit of 40, and every KPI charted)",
    "",
    writeTable(results.sizes, l),
    "",
    "**Naive baseline** (bench/naiveExcelHost.ts: one sync per KPI reading and writing) against the host as shipped; end to end = add-in code + syncs x latency, ≈ projected from a run without latency",
    "",
    naiveTable(results.sizes, l),
    "",
    "**Targets (issue 7)**",
    "",
    ...verdicts(results),
    ...(results.sizes.some((s) => s.file)
      ? ["", "**From the file** (`scorecard build` as a process on the workbook written to disk; floor and ExcelJS timed in their own processes)", "", fileTable(results.sizes)]
      : []),
    ...(results.hostile ? ["", "**Hostile and broken files** (issue 10; `scorecard build` as a process)", "", hostileTable(results)] : []),
    ...(results.sizes.some((s) => s.file) || results.hostile ? ["", "**Targets (issue 10)**", "", ...fileVerdicts(results)] : []),
  ].join("\n");
}

import { createRequire } from "module";
import type { AxeResults, Result } from "axe-core";
import type { Page } from "playwright-core";

/** axe-core's browser build, from node_modules: injected into the page under test, never fetched. */
const AXE_SOURCE = createRequire(__filename).resolve("axe-core/axe.min.js");

/**
 * Known violations that are not the task pane's to fix, each with where it must be fixed. A node is excused only
 * when its rule, element and axe's own message all match, so anything else still fails.
 */
export interface KnownViolation {
  readonly rule: string;
  /** CSS selector the element must match. */
  readonly selector: string;
  /** Matched against axe's failure message, e.g. the foreground colour it measured. */
  readonly message: RegExp;
  readonly why: string;
}

/** None at present: the layout's grey texts were darkened to #767676 (4.54:1 on white). */
export const KNOWN_VIOLATIONS: readonly KnownViolation[] = [];

export interface AxeFinding {
  readonly rule: string;
  readonly impact: string;
  readonly help: string;
  readonly target: string;
  readonly message: string;
}

/**
 * Runs axe-core in the page and returns violations of serious or critical impact, one per element, less the
 * known ones. The page keeps axe loaded, so calling it again in a later state is cheap.
 * @example expect(await findSeriousAxeViolations(page)).toEqual([]);
 */
export async function findSeriousAxeViolations(page: Page, known: readonly KnownViolation[] = KNOWN_VIOLATIONS): Promise<AxeFinding[]> {
  const loaded = await page.evaluate(() => "axe" in window);
  if (!loaded) await page.addScriptTag({ path: AXE_SOURCE });
  const results = await page.evaluate(async () => {
    // axe's global exists only in the page; typed here rather than declared globally.
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe;
    return axe.run(document, { resultTypes: ["violations"] });
  });
  const serious = results.violations.filter((v: Result) => v.impact === "serious" || v.impact === "critical");
  const findings: AxeFinding[] = [];
  for (const violation of serious) {
    for (const node of violation.nodes) {
      const target = node.target.map(String).join(" ");
      const message = [...node.any, ...node.all, ...node.none].map((check) => check.message).join(" ");
      const excused = await isKnown(page, known, violation.id, target, message);
      if (!excused) findings.push({ rule: violation.id, impact: violation.impact ?? "", help: violation.help, target, message });
    }
  }
  return findings;
}

async function isKnown(page: Page, known: readonly KnownViolation[], rule: string, target: string, message: string): Promise<boolean> {
  for (const k of known) {
    if (k.rule !== rule || !k.message.test(message)) continue;
    const matches = await page.evaluate(([selector, element]) => document.querySelector(element)?.matches(selector) ?? false, [k.selector, target] as const);
    if (matches) return true;
  }
  return false;
}

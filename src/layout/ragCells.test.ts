import { DEFAULT_SETTINGS } from "../model/kpi";
import { RAG_COLOURS } from "./palette";
import { ragCell, ragConditionalFormats, ragResultCell } from "./ragCells";

const labels = DEFAULT_SETTINGS.ragLabels;

describe("ragCell", () => {
  it("writes the label on its style", () => {
    expect(ragCell("red", labels)).toEqual({ value: "Red", style: "rag-red" });
  });

  it("marks an override", () => {
    expect(ragResultCell({ status: "amber", basis: "override", computed: "red", reason: "" }, labels)).toEqual({
      value: "Amber*",
      style: "rag-amber",
    });
  });

  describe("edge cases", () => {
    it("shows a dash without a status", () => {
      expect(ragResultCell({ status: null, basis: "none", computed: null, reason: "" }, labels)).toEqual({ value: "–", style: "rag-none" });
    });
  });
});

describe("ragConditionalFormats", () => {
  it("has a rule per label and per marked label with the RAG colours", () => {
    const rules = ragConditionalFormats("H7:I9", labels);
    expect(rules.map((r) => r.text)).toEqual(["Green", "Green*", "Amber", "Amber*", "Red", "Red*"]);
    expect(rules.every((r) => r.range === "H7:I9" && r.kind === "text-equals")).toBe(true);
    expect(rules[5]).toMatchObject(RAG_COLOURS.red);
  });
});

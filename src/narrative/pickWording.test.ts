import { pickWording, stableHash } from "./pickWording";

describe("stableHash", () => {
  it("gives the published FNV-1a values", () => {
    // Reference values of 32-bit FNV-1a.
    expect(stableHash("")).toBe(0x811c9dc5);
    expect(stableHash("a")).toBe(0xe40c292c);
    expect(stableHash("foobar")).toBe(0xbf9cf968);
  });
});

describe("pickWording", () => {
  it("picks the same wording for the same key, every time", () => {
    const choices = ["one", "two", "three"] as const;
    expect(pickWording("P1-01 change", choices)).toBe(pickWording("P1-01 change", choices));
  });

  it("uses every wording across many keys", () => {
    const choices = ["one", "two", "three", "four"] as const;
    const seen = new Set(Array.from({ length: 200 }, (_, i) => pickWording(`K${i} change`, choices)));
    expect(seen).toEqual(new Set(choices));
  });

  it("returns the only choice when there is one", () => {
    expect(pickWording("anything", ["only"])).toBe("only");
  });
});

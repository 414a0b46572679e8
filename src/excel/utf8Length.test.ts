import { utf8Length } from "./utf8Length";

describe("utf8Length", () => {
  it("counts the bytes a request carries", () => {
    expect(utf8Length("abc")).toBe(3);
    expect(utf8Length("£")).toBe(2);
    expect(utf8Length("≥ 25%")).toBe(7);
    expect(utf8Length("😀")).toBe(4);
  });

  it("agrees with Node's count", () => {
    const text = "Dorset · Q2 2013-14 ≥ 25.5% ↑ £1.7m 😀";
    expect(utf8Length(text)).toBe(Buffer.byteLength(text, "utf8"));
  });
});

import { webJsonLength } from "./webJsonLength";

describe("webJsonLength", () => {
  it.each([
    [["a", 1, null]],
    [[["=SUM(A1)", "Crime & ASB", '"quoted"', "back\\slash", "line\nbreak", "≥ 25% £1.7m ↑"]]],
    [{ Actions: [{ Id: 1, Name: "values" }] }],
  ])("is the length of the JSON text serialised again, as a string: %j", (value) => {
    const json = JSON.stringify(value);
    expect(webJsonLength(json)).toBe(Buffer.byteLength(JSON.stringify(json), "utf8"));
  });
});

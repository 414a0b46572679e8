import { CellSource } from "./cellSource";

describe("CellSource", () => {
  it("names its cell in A1 form when asked", () => {
    expect(new CellSource("Measurements", 6, 2).cell).toBe("C7");
    expect(new CellSource("Measurements", 20000, 121).cell).toBe("DR20001");
  });

  it("serialises as the plain { sheet, cell } every other source is", () => {
    expect(JSON.parse(JSON.stringify(new CellSource("Data", 0, 27)))).toEqual({ sheet: "Data", cell: "AB1" });
  });
});

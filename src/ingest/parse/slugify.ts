/**
 * An ID made from a name: lower case, `&` as `and`, other runs of punctuation and spaces as `-`.
 * @example slugify("Shed, Garage and Beach Hut Breaks") === "shed-garage-and-beach-hut-breaks"
 */
export function slugify(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/%/g, " percent ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return (slug.length > 60 ? slug.slice(0, 60).replace(/-+$/, "") : slug) || "kpi";
}

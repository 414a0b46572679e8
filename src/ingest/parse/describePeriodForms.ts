import { PERIOD_FORMS } from "./periodForms";

/**
 * The period forms in a few words for a message: the first example of each form that names a whole period,
 * quoted: `"2013-04-01", "1 Apr 2013", "Apr-13", ..., "Calendar year 2014"`; or `count` of them spread over the table
 * (first and last included), for a message that needs only a taste and points to docs/workbook-format.md for the rest.
 * @example describePeriodForms().startsWith('"2013-04-01"') === true
 * @example describePeriodForms(2) // '"2013-04-01", "Calendar year 2014"'
 */
export function describePeriodForms(count?: number): string {
  if (count === undefined || count >= FORMS.length) return FORMS.join(", ");
  const step = (FORMS.length - 1) / Math.max(count - 1, 1);
  return Array.from({ length: count }, (_, i) => FORMS[Math.round(i * step)]).join(", ");
}

const FORMS = PERIOD_FORMS.flatMap((form) => {
  const example = form.examples.find((e) => e.fiscalStartMonth === undefined && !e.header && !/report year| against /.test(e.reads));
  return example ? [`"${example.text}"`] : [];
});

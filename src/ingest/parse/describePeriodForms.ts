import { PERIOD_FORMS } from "./periodForms";

/**
 * The period forms in a few words for a message: the first example of each form that names a whole period,
 * quoted: `"2013-04-01", "1 Apr 2013", "Apr-13", ..., "Calendar year 2014"`.
 * @example describePeriodForms().startsWith('"2013-04-01"') === true
 */
export function describePeriodForms(): string {
  return FORMS;
}

const FORMS = PERIOD_FORMS.flatMap((form) => {
  const example = form.examples.find((e) => e.fiscalStartMonth === undefined && !e.header && !/report year| against /.test(e.reads));
  return example ? [`"${example.text}"`] : [];
}).join(", ");

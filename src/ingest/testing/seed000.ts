/**
 * Seed 000's Figure 1 and Figure 4 (Dorset Police & Crime Panel, Quarter 2 report 2013-14), line for line as the
 * text extraction in `/work/shared/seeds/000_dc301795384c7aca.txt` has them: title, blank line, the two-level
 * header (`Apr - Sep` over `2012/13 | 2013/14`, `Change` over `Actual | Percentage`) and the rows, tab-separated,
 * as an analyst pastes a table out of the published report.
 */

/** Figure 1: key performance indicators and targets, 1 April - 30 September 2013. */
export const FIGURE_1: readonly string[] = [
  "Figure 1: key performance indicators and targets – 1 April – 30 September 2013",
  "",
  "Priority\tKey Performance Indicators\t2013/14 Target\tApr - Sep\t\tChange\t",
  "\t\t\t2012/13\t2013/14\tActual\tPercentage",
  "Reduce the number of victims of crime and anti-social behaviour\tTotal Crime\t≥ 1%\t21,012\t19,581\t-1,431\t-6.8%",
  "\tPositive Outcome Rate\t≥ 25.5% ¹\t21.1%\t25.2%\t\t4.1%",
  "\tNumber of Repeat Victims\t\t2,922\t2,484\t-438\t-15.0%",
  "\tASB Incidents\t\t18,315\t17,088\t-1,227\t-6.7%",
  "\tNumber of Repeat Callers ^o\t\t1,563\t1,488\t-75\t-4.8%",
  "\tPersonal ASB Incidents\t\t2,983\t2,740\t-243\t-8.1%",
  "\tDwelling Burglary\t\t936\t888\t-48\t-5.1%",
  "\tSanction Detection Rate\t\t12.9%\t21.6%\t\t8.7%",
  "\tShed, Garage and Beach Hut Breaks\t\t1,031\t982\t-49\t-4.8%",
  "\tSanction Detection Rate\t\t1.4%\t3.5%\t\t2.1%",
  "\tVehicle Crime\t\t2,539\t2,157\t-382\t-15.0%",
  "\tSanction Detection Rate\t\t3.9%\t4.0%\t\t0.1%",
];

/** Figure 4: key performance indicators, 1 April to 30 September 2013. */
export const FIGURE_4: readonly string[] = [
  "Figure 4: Key Performance indicators – 1 April to 30 September 2013",
  "",
  "Priority\tKey Performance Indicators\t2013/14 Target\tApr - Sep\t\tChange\t",
  "\t\t\t2012/13\t2013/14\tActual\tPercentage",
  "Reduce the number of people seriously harmed in Dorset\tMost Serious Violent Crime\t\t48\t27\t-21\t-43.8%",
  "\tSanction Detection Rate\t\t64.6%\t66.7%\t\t2.1%",
  "\tSerious Sexual Offences\t\t214\t228\t14\t6.5%",
  "\tSanction Detection Rate\t\t26.2%\t20.6%\t\t-5.6%",
  "\tAlcohol Related Violent Crime\t\t972\t1,060\t88\t9.1%",
  "\tDomestic Abuse Incidents\t\t4,309\t4,437\t128\t3.0%",
  "\tRacially and Religiously Aggravated Crime\t\t83\t60\t-23\t-27.7%",
  "\tNumber of people killed or seriously injured\t\t200\t184\t-16\t-8.0%",
];

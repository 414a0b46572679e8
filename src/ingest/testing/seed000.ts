/**
 * Seed 000's tables (Dorset Police & Crime Panel, Quarter 2 report 2013-14): Figures 1, 4 and 11, the
 * re-offending, workforce and finance tables, line for line as the text extraction in
 * `/work/shared/seeds/000_dc301795384c7aca.txt` has them: title, blank line, the two-level header (`Apr - Sep` over
 * `2012/13 | 2013/14`, `Change` over `Actual | Percentage`) and the rows, tab-separated, as an analyst pastes a
 * table out of the published report.
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

/** Figure 11: latest performance, note periods differ (Previous Performance | Current Performance). */
export const FIGURE_11: readonly string[] = [
  "Figure 11: latest performance – note periods differ",
  "",
  "Priority\tKey Performance Indicators\t2013/14 Target\tPrevious Performance\tCurrent Performance\tChange\t",
  "\t\t\t\t\tActual\tPercentage",
  "Increase people's satisfaction with policing in Dorset\tPercentage of people who think the police are dealing with community priorities\t\t68.5%\t69.6%\t\t1.1%",
  "\tPercentage of people who feel safe in Dorset\t\t96%\t96%\t\t0%",
  "\tVictim satisfaction with progress updates made by police officers and staff\t≥ 3rd in MSG\t68.8%\t70.0%\t\t1.2%",
  "\tPercentage of victims that are satisfied with the overall service provided by police officers and staff\t≥ 3rd in MSG\t81.3%\t84.0%\t\t2.7%",
  "\tPercentage of 999 calls answered in 10 seconds\t≥ 95%\t95.5%\t94.2%\t\t-1.3%",
  "\tPercentage of 999 calls abandoned\t≤ 2%\t0.1%\t0.3%\t\t0.2%",
  "\tPercentage of non-emergency calls answered in 30 seconds\t≥ 75%\t65.9%\t62.6%\t\t-3.3%",
  "\tPercentage of non-emergency calls abandoned\t≤ 5%\t5.3%\t8.4%\t\t3.1%",
];

/** Section 1.4: actual rate of re-offending, 2011/12 and 2012/13, by local authority and for the probation trust; a numbered paragraph follows. */
export const REOFFENDING: readonly string[] = [
  "\t\tActual rate of re-offending\t",
  "\t\t2011/12\t2012/13",
  "Local Authority\tBournemouth\t9.48%\t8.69%",
  "\tDorset\t8.17%\t7.32%",
  "\tPoole\t9.68%\t8.84%",
  "Probation Trust\tDorset\t8.92%\t8.24%",
  "",
  "1.4.2 A joint inspection was carried out in July of integrated offender management. The inspection was carried out by Her Majesty’s Inspectorate of Probation with assistance from HMIC. No formal report is available at this stage.",
];

/** Section 1.6: establishment at 30 Sep 13. */
export const WORKFORCE: readonly string[] = [
  "\tEstablishment at 30 Sep 13",
  "PCSO\t132",
  "Special Constables\t219",
  "Volunteers\t137",
];

/** Section 3.3: the financial position at the end of the second quarter, £000's, negatives in brackets. */
export const FINANCE: readonly string[] = [
  "\tYear to Date Figures\t\t\tProjected Year End Figures\t\t",
  "\tBudget £000's\tActuals £000's\tVariance £000's\tBudget £000's\tProjection £000's\tVariance £000's",
  "Operational Commands\t\t\t\t\t\t",
  "Territorial Policing\t391\t346\t(45)\t784\t694\t(90)",
  "Crime & Criminal Justice\t797\t758\t(39)\t2,061\t1,891\t(169)",
  "Operational Support (Including SEES / RSP)\t1,563\t1,490\t(72)\t3,560\t3,605\t45",
  "Operational Commands Total\t2,751\t2,595\t(156)\t6,405\t6,191\t(214)",
  "Support Services\t\t\t\t\t\t",
  "Estates (including PFI)\t3,668\t3,676\t8\t6,861\t6,738\t(123)",
  "Transport\t584\t584\t(0)\t1,612\t1,601\t(11)",
  "Information Systems\t1,887\t1,771\t(117)\t3,803\t3,831\t27",
  "Organisational Development Unit\t169\t127\t(41)\t501\t469\t(31)",
  "General Services\t154\t130\t(24)\t363\t298\t(65)",
  "Governance\t1,066\t1,213\t147\t1,232\t1,270\t38",
  "Personnel\t109\t193\t84\t367\t496\t129",
  "Procurement\t1,566\t1,493\t(74)\t3,762\t3,662\t(102)",
  "Major Operations\t90\t138\t48\t815\t815\t0",
  "Recoverable Operations\t0\t92\t92\t0\t(7)\t(7)",
  "Central Employees\t48,961\t47,900\t(1,061)\t97,963\t96,171\t(1,792)",
  "Travel and subsistence\t105\t91\t(14)\t253\t237\t(15)",
  "Supplies and Services\t54\t3\t(51)\t229\t204\t(25)",
  "Partnerships and Collaboration\t282\t274\t(7)\t886\t1,014\t128",
  "Carry forward from 12/13\t(208)\t(208)\t0\t(208)\t(208)\t0",
  "One Site Programme\t0\t765\t765\t0\t765\t765",
  "Transfer to Commissioning Reserve\t0\t0\t0\t0\t174\t174",
  "Transfer to General Balances\t0\t303\t303\t0\t303\t303",
  "Capital Financing\t6\t1,285\t1,279\t2,130\t3,649\t1,519",
  "Grant and other income\t(7,766)\t(8,083)\t(318)\t(13,552)\t(14,263)\t(711)",
  "Support Services Total\t50,727\t51,747\t1,021\t107,017\t107,219\t202",
  "Office of the Police & Crime Commissioner\t256\t136\t(120)\t870\t870\t0",
  "Total\t53,733\t54,478\t745\t114,291\t114,280\t(11)",
];

/**
 * Seed 002's tables (Dorset OPCC quarterly scorecard, Q3 2023-24), as an analyst pastes them out of the published
 * PDF: the "Measures of Success" and "Additional Key Indicators" tables side by side under one header row (with
 * the page's "In the Spotlight" quote in the first column), and the theme table with `RAG Q2 | RAG Q3` twice
 * across. Figures, marks and words are the seed's (`/work/shared/seeds/002_90c22cd7048548a7.txt`); the text
 * extraction's column shifts are put back where the PDF has them, and the quotes' HTML tags dropped. RAG cells the
 * PDF shows only as colour are blank, as in the extraction.
 */

const MEASURES_HEADER = "In the Spotlight\tMeasures of Success\tTarget\tCurrent\tAdditional Key Indicators\t\tQ2\tQ3";
const THEMES_HEADER = "Theme\tRAG Q2\tRAG Q3\tDetail\tTheme\tRAG Q2\tRAG Q3\tDetail";

/** Page 1, "Cut crime and ASB": measures with a trend mark before the figure, indicators with the change in number. */
export const PILLAR_1_MEASURES: readonly string[] = [
  MEASURES_HEADER,
  "“What was clear to me, was that it takes more than just policing to make a difference... Without joined-up effective communication and shared objectives, tackling the scourge of knife crime and protecting our young people from harm will not be successful.” PCC, 17 November 2023\tTotal Crime (from 2019 baseline)\t↓\t↓ -5%\tNon-dwelling burglary 23/24 (YTD)\t-3.1%(-24)\t\t∨",
  "\t\t\t\tDwelling burglary 23/24 (YTD)\t+1.0% (+8)\t\t∧",
  "\tTotal ASB incidents (from 2019 baseline)\t↓\t↓ -25%\tKilled or Seriously Injured (rolling)\t-0.7%\t\t∨",
  "\t\t\t\tASB YTD\t-14.2% (-1,988)\t\t∨",
  "\tPublic Opinion\t↑\t-- 46%\t% people feeling safe in Dorset\t91%\t\t-",
  "\t\t\t\tCommissioning: Crime Prevention 23/24\t£1.7m\t\t∧",
];

/** Page 1's themes: RAGs shown only as colour, so blank. */
export const PILLAR_1_THEMES: readonly string[] = [
  THEMES_HEADER,
  "Road Safety\t\t\tThe PCC funded a 12-month road safety sign trial. The trial follows speed complaints from North Dorset residents and will be rolled out in up to ten villages where no other measures, such as speed cameras, are in place.\tBurglary\t\t\tThe PCC issued a blog of ‘Top Tips’ for staying safe and secure at Christmas, including tips for keeping safe at home and when out and about doing Christmas shopping.",
  "\t\t\tThe PCC provided £3,000 to DocBike for First Aid Kits for the ‘Biker Down’ course. These kits provide emergency first aid at RTCs involving motorcycles.\tFraud & Cyber Crime\t\t\tThe Online Fraud Charter was signed in October by the UK government and leading tech companies, such as Google, Amazon and Facebook, who have pledged to take additional action to block and remove fraudulent content from their sites.",
  "Crime and ASB\t\t\tThe PCC ran another round of the ‘Fix the Future’ fund, awarding £51,824 to 11 organisations to deliver projects that engage young people and/or provide education on crime prevention.\tSupport Young People\t\t\tThe PCC attended the ‘Keeping Our Young People Safe’ conference, hearing powerful personal testimonies along with expert findings on the best ways to help vulnerable young people in Dorset.",
];

/** Page 4, "Rural": a direction alone as the figure, `TBC`, and indicators whose change is a count. */
export const PILLAR_4_MEASURES: readonly string[] = [
  MEASURES_HEADER,
  "“To successfully tackle the types of incidents involved in rural crime, the police must know about it.” PCC, 9 November 2023\tTotal Rural Crime (compared to 2019 baseline – YTD)\t↓\t↓ -71%\tCrimes ‘Flagged’ as Rural\t-45.5% (-80)\t\tV",
  "\tRural Resources\t↑\t↑\tEngagement events in County LPA (Q3)\t-93% (2)\t\tV",
  "\tPublic Opinion\t↑\tTBC\t\t\t\t",
];

/** Page 5, "Victims": the indicators' Q2 column holds RAG words, the Q3 column trend marks. */
export const PILLAR_5_MEASURES: readonly string[] = [
  MEASURES_HEADER,
  "“I know how damaging incidents of shoplifting can be [and] protecting Dorset businesses from crime is a responsibility I take very seriously.” PCC, 27 October 2023\tNumber of victims supported by OPCC commissioned services\t↑\t↑\tVictim Support – Cases Created (Q3)\t3087\tGreen\t-",
  "\tVictim Satisfaction\t↑\t-- 62%\tVictims’ Bureau – Contact (Q3)\t6667\tGreen\tV",
  "\tLegitimacy Assessment by HMICFRS\tADQ.\tADQ.\tRecorded Hate Crime (YTD)\t-9.5% (-65)\tYellow\tV",
  "\t\t\t\tRecorded Hate Incidents (YTD)\t+3.9% (+4)\tYellow\t^",
  "\t\t\t\tBusiness Crime (YTD)\t+31.5% (+990)\tRed\t^",
  "\t\t\t\tCommissioning: Victim Services 23/24\t£2m\tGreen\t-",
];

/** Page 5's themes, with their RAGs in words, two tables across and a commentary running on under its theme. */
export const PILLAR_5_THEMES: readonly string[] = [
  THEMES_HEADER,
  "Criminal Justice Service and Restorative Justice\tYellow\tYellow\tThe Immediate Justice Scheme launched in Dorset, with the first referral being made and undertaken.\tHate Crime\tGreen\tGreen\tThe PCC supported hate crime awareness week in October.",
  "Business and Retail Crime\tYellow\tYellow\tThe PCC welcomed ‘Op Shopkeeper’. This robust approach will see arrests, searches, and bail conditions put on high harm and prolific retail offenders.\tVulnerability\tYellow\tYellow\tWork commenced with STARS Dorset to deliver alcohol and consent training to students as part of the Safer Streets Fund bid.",
  "\t\t\tFor Business Crime Awareness Week, the PCC handed over his newsletter to the Southern Co-op’s Loss and Prevention Security Services Manager.\tVictims and Community\tGreen\tGreen\tThe Victims and Witnesses Bill entered the report stage and third reading.",
];

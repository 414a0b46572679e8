/**
 * Real commentary for the sample's Notes and Themes sheets. KPI notes quote seed 000's own commentary paragraphs
 * (numbers in brackets); footnote marks are dropped. Themes come from seed 002 (Dorset OPCC scorecard, Q3 2023-24):
 * the pillar groups and "this period" RAG of its first page, the "last period" RAG where the extraction kept a
 * colour, and the detail tables' commentary with the PDF's link markup and stray spaces removed.
 */

/** KPI ID -> commentary for Q2 2013-14, from seed 000. */
export const KPI_NOTES: readonly { readonly kpiId: string; readonly paragraphs: string; readonly text: string }[] = [
  {
    kpiId: "P1-01",
    paragraphs: "1.1.1, 1.1.9",
    text:
      "In the first two quarters of 2013/14 crime has decreased by 6.8% or 1,431 fewer crimes. " +
      "Three neighbourhood policing sections out of eleven have seen increases in total crime in the year to date.",
  },
  {
    kpiId: "P1-02",
    paragraphs: "1.1.5, 1.1.13",
    text:
      "The Positive Outcome Rate for all crime for April - September 2013/14 is 25.2% which is just short of the " +
      "target of 25.5% set for the end of the year. Resolution of crime is a priority for the Commissioner and the " +
      "Force and a target of 25.5% for Positive Outcome Rate has been set for 2013/14, building to 33% over the 4 " +
      "years of the Plan. The Positive Outcome Rate has increased in all sections.",
  },
  {
    kpiId: "P1-04",
    paragraphs: "1.1.6",
    text: "Anti-social behaviour has decreased 6.7% or 1,227 less recorded incidents.",
  },
  {
    kpiId: "P1-06",
    paragraphs: "1.1.6",
    text: "The Plan focuses on personal anti-social behaviour and figure 1 shows a reduction in reported incidents of 8.1%.",
  },
  {
    kpiId: "P1-07",
    paragraphs: "1.1.2",
    text:
      "The Police and Crime Plan identified dwelling burglary, shed burglary, vehicle crime and the Positive Outcome " +
      "Rate as priorities for this year and beyond. Dwelling burglary ended last year with no change in the volume of " +
      "recorded crimes, but in 2012/13, following an initial increase, the volume of recorded dwelling burglary has " +
      "fallen by 5.1% or 48 less crimes.",
  },
  {
    kpiId: "P1-08",
    paragraphs: "1.1.2",
    text:
      "The Sanction Detection Rate (SDR) for dwelling burglary, which was lower than that of the Most Similar " +
      "Grouping of Forces (MSG) and regional average in 2012/13, has risen to 21.6% for the first two quarters of the year.",
  },
  {
    kpiId: "P1-09",
    paragraphs: "1.1.3",
    text:
      "Recorded shed burglaries showed an increase in volume early in 2012/13 but have reduced by 4.8% or 49 less " +
      "offences in Q1-2 2013/14 compared with Q1-2 2012/13.",
  },
  {
    kpiId: "P1-11",
    paragraphs: "1.1.4",
    text:
      "Vehicle crime also started the year with increases but, following directed operational activity similar to " +
      "that employed for dwelling burglary and shed breaks, has started to reduce with 15% or 382 less crimes recorded " +
      "in Q1-2 compared to 2012/13 and reductions being seen in both theft of and from motor vehicles.",
  },
  {
    kpiId: "P2-03",
    paragraphs: "1.2.7",
    text:
      "Previously historic offences had followed a similar trend to all offences with reductions in volume; but that " +
      "reduction changed to an increase in February to March 2013 post the publication of the Savile Inquiry. As a " +
      "result of the enquiry almost every force in the country has seen an increase in both reported historic " +
      "allegations and increases in overall serious sexual offences. Most recent figures show a reduction in all " +
      "serious sexual events and a corresponding fall in reported historic offences.",
  },
  {
    kpiId: "P2-05",
    paragraphs: "1.2.8",
    text:
      "It appears from the chart that ARVC has started to increase from around June 2013. There is always a seasonal " +
      "increase in ARVC in summer but local reporting has shown this to be near to the upper control level in 2013 " +
      "and increased as a proportion of total violent crime. Monitoring is being carried out through the monthly " +
      "strategic performance board.",
  },
  {
    kpiId: "P2-06",
    paragraphs: "1.2.5, 1.2.6",
    text:
      "The volume of recorded crimes had stabilised but has begun to fall over the last two months. The volume of " +
      "recorded incidents has risen for a sustained period but most recently that and the volume of repeat incidents " +
      "have begun to fall. HMIC are carrying out an inspection on domestic abuse in Force from 21-24 October – this is " +
      "part of a national inspection framework with all forces being inspected by the end of December and HMIC " +
      "reporting the results to the Home Secretary in April 2014.",
  },
  {
    kpiId: "P2-07",
    paragraphs: "1.2.9, 1.2.10",
    text:
      "The Home Office crime recording rules do not include a classification for all hate crime, only racially and " +
      "religiously aggravated crime. Figure 9 shows a recent stabilising of overall hate crime and incidents. Closer " +
      "scrutiny suggests this is mainly due to an increase in disability related incidents and potentially linked to " +
      "recent campaigns such as “Speak Out” – a campaign launched in February 2013 in relation to encouraging " +
      "reporting of disability hate incidents.",
  },
  {
    kpiId: "P2-08",
    paragraphs: "1.2.11, 1.2.13",
    text:
      "Like hate crime, KSIs record low volumes of incidents leading to a greater fluctuation in figures. After a " +
      "stabilisation early in the year August and September have shown a reduction in the rolling 12 month figure " +
      "resulting in an overall decrease of 16 incidents in the year to date. The Dorset Road Safe reduction target for " +
      "2013 (calendar year) is 348 KSIs – a 4% decrease on the target figure in 2012 (362 actual), although this was " +
      "not met, with a total of 393 KSIs between January and December 2012. For January to September 2013, a total of " +
      "242 KSIs have been recorded; 48 fewer casualties than were recorded during the same period in 2012. This latest " +
      "performance suggests that Dorset is on track to meet the 2013 Dorset Road Safe target of 348 KSIs by December 2013.",
  },
  {
    kpiId: "P4-01",
    paragraphs: "1.4.1",
    text: "Probation data is not available for the first month of the year. Quarter 1 data is expected to be published in November.",
  },
  {
    kpiId: "P5-01",
    paragraphs: "1.5.4",
    text:
      "The question from the CSEW that measures the percentage of people who “think the police are dealing with " +
      "community issues” placed Dorset Police first nationally with 71.0% at the year ending December 2012 and has " +
      "remained relatively stable with latest results recording 69.6% and placing Dorset 3rd nationally.",
  },
  {
    kpiId: "P5-02",
    paragraphs: "1.5.1",
    text:
      "Community Safety Survey (CSS): this survey is a quarterly postal survey to 3,000 Dorset homes per quarter. " +
      "Latest results relate to Q1-2 2013/14.",
  },
  ...["P5-03", "P5-04"].map((kpiId) => ({
    kpiId,
    paragraphs: "1.5.2, 1.5.3",
    text:
      "Although measures relating to confidence in local policing remain high, satisfaction of victims in relation to " +
      "policing services fell in 12/13 compared to 11/12 and has been identified as a priority by the Police and Crime " +
      "Commissioner. Latest results for Q1 and particularly Q2 show an improvement in “whole experience” and “keeping " +
      "informed”. An action plan has been in place since early summer to support and direct activity around improving " +
      "user satisfaction and the commencement of the Victim Bureau in November is intended to further improve " +
      "processes around keeping informed.",
  })),
  ...["P5-05", "P5-06"].map((kpiId) => ({
    kpiId,
    paragraphs: "1.5.5",
    text:
      "Call handling indicators are also included in this priority and this has also been focus of Force activity to " +
      "improve performance in recent months with year to date figures recording poorer performance than in 2012/13.",
  })),
  ...["P5-07", "P5-08"].map((kpiId) => ({
    kpiId,
    paragraphs: "1.5.5",
    text:
      "Call handling indicators are also included in this priority and this has also been focus of Force activity to " +
      "improve performance in recent months with year to date figures recording poorer performance than in 2012/13. " +
      "In September 2013 however percentage of non-emergency calls answered in 30 seconds rose to 68.1% and those " +
      "abandoned dropped to 5.6%. October results are expected to show further improvement.",
  })),
  ...["P6-02", "P6-03"].map((kpiId) => ({
    kpiId,
    paragraphs: "1.6.2",
    text:
      "The ongoing recruitment of Special Constables and Volunteers to provide the Force with additional support and " +
      "resource, as well as strengthening community links between the police and the public.",
  })),
];

/** Seed 002's RAG words, kept as written (Yellow where it says Yellow). */
export type SeedRag = "Green" | "Yellow" | "Red";

export interface SeedTheme {
  /** The tile's label on seed 002's first page (one exception: see `pageOneLabel`). */
  readonly name: string;
  /** Set where the first page's label differs from the name used here. */
  readonly pageOneLabel?: string;
  /** First-page RAG: seed 002's "this period" (Q3 2023-24). */
  readonly thisPeriod: SeedRag;
  /** Detail table "RAG Q2": seed 002's last period; absent where the extraction lost the colour. */
  readonly lastPeriod?: SeedRag;
  /** Detail table commentary for Q3 2023-24; empty where seed 002 has none. */
  readonly commentary: string;
}

export interface SeedPillar {
  readonly pillar: string;
  readonly themes: readonly SeedTheme[];
}

/** The six pillars of the Dorset Police and Crime Plan, in seed 002's detail-page order. */
export const THEMES: readonly SeedPillar[] = [
  {
    pillar: "Cut crime and anti-social behaviour",
    themes: [
      {
        name: "Crime & ASB",
        thisPeriod: "Green",
        commentary:
          "The PCC ran another round of the ‘Fix the Future’ fund, awarding £51,824 to 11 organisations to deliver " +
          "projects that engage young people and/or provide education on crime prevention.",
      },
      {
        name: "Burglary",
        thisPeriod: "Yellow",
        commentary:
          "The PCC issued a blog of ‘Top Tips’ for staying safe and secure at Christmas, including tips for keeping " +
          "safe at home and when out and about doing Christmas shopping.",
      },
      {
        name: "Fraud & Cyber",
        thisPeriod: "Green",
        commentary:
          "The Online Fraud Charter was signed in October by the UK government and leading tech companies, such as " +
          "Google, Amazon and Facebook, who have pledged to take additional action to block and remove fraudulent " +
          "content from their sites.",
      },
      {
        name: "Road Safety",
        thisPeriod: "Green",
        commentary:
          "The PCC funded a 12-month road safety sign trial. The trial follows speed complaints from North Dorset " +
          "residents and will be rolled out in up to ten villages where no other measures, such as speed cameras, are " +
          "in place.\nThe PCC provided £3,000 to DocBike for First Aid Kits for the ‘Biker Down’ course. These kits " +
          "provide emergency first aid at RTCs involving motorcycles.",
      },
      {
        name: "Young People",
        thisPeriod: "Yellow",
        commentary:
          "The PCC attended the ‘Keeping Our Young People Safe’ conference, hearing powerful personal testimonies " +
          "along with expert findings on the best ways to help vulnerable young people in Dorset. He also launched " +
          "the latest round of his Fix The Future Fund.",
      },
      { name: "Pet Theft", thisPeriod: "Green", commentary: "" },
    ],
  },
  {
    pillar: "Make policing more visible and connected",
    themes: [
      {
        name: "Uplift and Visibility",
        thisPeriod: "Green",
        commentary:
          "Boscombe police station reopened as an operational base for local policing as part of efforts to improve " +
          "response times to emergency calls in East Bournemouth and Christchurch. The PCC also attended the launch " +
          "of the Rural Mounted Volunteers, as outlined later in this document.",
      },
      {
        name: "Connectivity and Engagement",
        thisPeriod: "Green",
        commentary:
          "The PCC provided an overview of the results of his Annual Safety Survey. There were just short of 3000 " +
          "responses – with respondents listing ASB, burglary and drug related crime as the top three areas of " +
          "concern. 46% of respondents felt that Dorset was either the safest, or one of the safest, counties in " +
          "England and Wales. December also saw the launch of the PCC’s annual Precept Survey.\nNeighbourhood " +
          "Policing Teams continue to develop their Key Community Contact lists to get the right people sharing the " +
          "updates across the county and the OPCC attend regular meeting with the Forces Engagement teams.",
      },
      {
        name: "Customer Service",
        thisPeriod: "Green",
        commentary:
          "The PCC shared a statement on Facebook welcoming improved response times to serious emergency calls. This " +
          "was a direct outcome from the PCC’s formal challenge to make improvements to the time it was taking to " +
          "respond to the most serious calls for service. The improvement follows much hard work towards meeting this " +
          "challenge. Dorset has a target of responding to the highest priority emergency calls – Grade 1 – within 20 " +
          "minutes and the PCC was pleased to note that 83% of these are now being met within this time – a 10% " +
          "reduction in response times overall.",
      },
    ],
  },
  {
    pillar: "Fight violent crime and high harm",
    themes: [
      {
        name: "Addiction",
        thisPeriod: "Green",
        commentary:
          "The PCC heralded the results of the sixth phase of Operation Scorpion – the regional approach to combating " +
          "drug supply in the Southwest. Arrests totalled 26 and £93k worth of drugs were seized.\nThrough the " +
          "Combatting Drugs Partnership, the PCC, Local Authorities, and Public Health co-funded continuation of the " +
          "prevention work started through the NIHR Innovation Fund.",
      },
      {
        name: "Violence Reduction",
        thisPeriod: "Yellow",
        commentary:
          "The PCC commenced recruitment of Serious Violence roles within the office, starting with the Head of " +
          "Violence Reduction and Prevention. These roles will provide a greater focus in this area and initiate steps " +
          "towards the implementation of a Violence Reduction Unit. The PCC outlined his ambitions to reduce violence, " +
          "in particular to tackle knife crime, in his newsletter and also supported Op Sceptre.",
      },
      { name: "VAWG", thisPeriod: "Yellow", commentary: "" },
      {
        name: "DA & Stalking",
        thisPeriod: "Yellow",
        commentary:
          "The National Police Chiefs Council, the College of Policing and the Crown Prosecution Service announced a " +
          "joint commitment to transforming how they investigate, handle and prosecute domestic abuse. The three " +
          "organisations are committing to working together to develop a national Domestic Abuse Joint Justice Plan. " +
          "The PCC highlighted advice and support for victims in his blog.",
      },
      {
        name: "Child Abuse",
        thisPeriod: "Green",
        commentary:
          "The OPCC received a formal update from Circles Southwest regarding the behaviour changing course, which " +
          "works with young sex offenders.",
      },
      { name: "Modern Slavery", thisPeriod: "Green", commentary: "" },
    ],
  },
  {
    pillar: "Fight rural crime",
    themes: [
      {
        name: "Rural Resources",
        thisPeriod: "Green",
        commentary:
          "The PCC shared his views on the regional Rural Crime Survey results and his ambitions and achievements so " +
          "far including Country Watch, fly-tipping, the increased size of Rural Crime Team, community engagement " +
          "regarding the importance of reporting Rural Crime, progress of the Dorset PARC, and Operation Ragwort (OCGs).",
      },
      {
        name: "Country Watch",
        thisPeriod: "Green",
        commentary:
          "The PCC received an update regarding the recruitment of Rural Mounted Volunteers (RMVs). There are now 6 " +
          "RMVs who have had police training in first aid, de-escalation, rural crime training, and reporting to SOH / " +
          "999. Further to this, the Home Office Safer Streets Fund will be providing Theft and Prevention Packs to " +
          "rural communities and businesses.",
      },
      {
        name: "Fly-tipping",
        thisPeriod: "Yellow",
        commentary:
          "Through the work of the Dorset PARC, the PCC approved funding of a part-time fly-tipping role to gather " +
          "evidence of fly-tipping offences and map crime hotspots. The post is costing £20,000 and will be hosted by " +
          "Dorset Council. The PCC also commented on the results of a Southwest rural crime survey that showed " +
          "fly-tipping was the crime most likely to affect rural residents in the past 12 months.",
      },
      {
        name: "Wildlife Crime",
        thisPeriod: "Yellow",
        commentary:
          "Forensic training of Wildlife Crime Officers took place with 4 PCs, 1 PCSO and 1 Sgt receiving training. " +
          "Further to this, Dorset Police has asked the Game and Wildlife Conservation Trust to provide training on " +
          "legislation in relation to traps and use of pesticides.",
      },
    ],
  },
  {
    pillar: "Put victims and communities first",
    themes: [
      {
        // The first page's fifth tile in this group reads "Philosophy"; the detail table's fifth theme is
        // "Victims and Community", Green in both periods, as the tile is.
        name: "Victims and Community",
        pageOneLabel: "Philosophy",
        thisPeriod: "Green",
        lastPeriod: "Green",
        commentary:
          "The Victims and Witnesses Bill entered the report stage and third reading. The OPCC continues to work with " +
          "Dorset Police to ensure we can collect and report on the required data metrics.",
      },
      {
        name: "CJS & RJ",
        thisPeriod: "Yellow",
        lastPeriod: "Yellow",
        commentary:
          "The Immediate Justice Scheme launched in Dorset, with the first referral being made and undertaken. To " +
          "support this, the PCC issued a survey to understand how communities would like the scheme to work in their area.",
      },
      {
        name: "Vulnerability",
        thisPeriod: "Yellow",
        lastPeriod: "Yellow",
        commentary:
          "Work commenced with STARS Dorset to deliver alcohol and consent training to students as part of the Safer " +
          "Streets Fund bid. This training will help students understand and identify problematic behaviours in " +
          "relationships and in the night-time economy.",
      },
      {
        name: "Hate Crime",
        thisPeriod: "Green",
        lastPeriod: "Green",
        commentary:
          "The PCC supported hate crime awareness week in October – Sharing a blog from a victim of hate crime and " +
          "raising awareness on how to report hate crime.",
      },
      {
        name: "Business & Retail Crime",
        thisPeriod: "Yellow",
        lastPeriod: "Yellow",
        commentary:
          "The PCC welcomed ‘Op Shopkeeper’. This robust approach will see arrests, searches, and bail conditions put " +
          "on high harm and prolific retail offenders. Days of action will be taking place in 2024 with high profile " +
          "media support.\nFor Business Crime Awareness Week, the PCC handed over his newsletter to the Southern " +
          "Co-op’s Loss and Prevention Security Services Manager to outline the impact of business crime and work " +
          "being undertaken by the Dorset Safer Business Partnership to tackle it.",
      },
    ],
  },
  {
    pillar: "Make every penny count",
    themes: [
      {
        name: "Funding",
        thisPeriod: "Yellow",
        commentary:
          "The PCC welcomed the award of Home Office Safer Street Funding to Dorset, following three successful bids " +
          "by his Office.\nThe PCC launched his annual precept survey in December, which was supported with news " +
          "releases, social media activity and face-to-face engagement sessions. The survey invited Dorset residents " +
          "to have their say on the proposal of paying an increased amount.",
      },
      {
        name: "Efficiency",
        thisPeriod: "Green",
        commentary:
          "In support of the budget and precept setting proposals, the PCC and his Office have been carefully " +
          "scrutinising the Force’s saving plans. The PCC’s Chief Finance Officer has examined the work of the Force " +
          "Efficiency Board and the PCC has made clear that the Force must protect the delivery of the Police and " +
          "Crime Plan for the people of Dorset.",
      },
      {
        name: "Evidence Based Policing",
        thisPeriod: "Green",
        commentary:
          "The PCC continues to support evidenced-based proposals to aid policing in Dorset. This quarter, this " +
          "included funding specialist autism training for Independent Custody Visitors; welcoming the law to make " +
          "Nitrous Oxide possession illegal; and supporting the Pineapple Project to safeguard young women.",
      },
      {
        name: "Philosophy & Co-operation",
        thisPeriod: "Green",
        commentary:
          "The OPCC reacted to the notification from the Home Office of the reduction of the Safer Streets Fund Grant " +
          "by £180k. This saw the grant reduce from £964k to £784k. Work was carried out with the delivery partners to " +
          "ensure delivery was realised and minimise the overall impact of the reduction.",
      },
    ],
  },
];

/**
 * The benchmark text rules, each with a table of texts that pass and texts that fail, and what a
 * person reads when one fails (message and suggested rewrite).
 */
import { activityFrequency } from "../../../../src/checks/rules/activityFrequency";
import { benchmarkAttendance } from "../../../../src/checks/rules/benchmarkAttendance";
import { benchmarkDate } from "../../../../src/checks/rules/benchmarkDate";
import { benchmarkDateWindow } from "../../../../src/checks/rules/benchmarkDateWindow";
import { benchmarkEvidence } from "../../../../src/checks/rules/benchmarkEvidence";
import { benchmarkPlaceholder } from "../../../../src/checks/rules/benchmarkPlaceholder";
import { benchmarkTarget } from "../../../../src/checks/rules/benchmarkTarget";
import { TEXT_RULES } from "../../../../src/checks/rules/textRules";
import { RULES } from "../../../../src/checks/registry";
import type { BenchmarkType, TextContext, TextRule } from "../../../../src/checks/types";

const SY: TextContext = { schoolYear: 2026 };

function fails(rule: TextRule, text: string, type: BenchmarkType = "early_evidence", context: TextContext = SY): boolean {
  return rule.check({ text, type }, context).length > 0;
}

describe("benchmark-date (error; early evidence and short-term outcomes)", () => {
  test.each([
    "By November 2026, 60% of staff use sheltered instruction techniques.",
    "By Oct 15th, 100% of teachers set SMART goals.",
    "Each month, all principals improve the quality of their feedback.",
    "80% of students improve on interim assessments through each 6 week cycle.",
    "Benchmark data shows a 10-point gain (Fall-to-Winter; Winter-to-Spring).",
    "By the end of SY26-27, every school reports tiered intervention data.",
    "Teachers use the routine weekly.",
    "Students gain 1.2 years on MAP between the fall and spring administrations.",
    "By MOY, 70% of students make typical growth.",
    "Feedback is given within 48 hours of each observation.",
    "Grade 3 reading improves by spring.",
    "Three times a year, teams review DRA data.",
    "During the 2026-27 school year, suspensions fall by 15%.",
    "Every Friday, grade 3 teams regroup students on exit ticket data.",
    "By Thanksgiving, half of the staff complete a peer observation.",
    "Scores rise 8 points between Unit 1 and Unit 4.",
    "80% of K-3 students reach benchmark on the fall DIBELS.",
    "Each principal sets a school focus for spring.",
    // school-year tokens as districts write them
    "Grade 4 teams raise fluency scores in 25_26.",
    "Suspensions drop by 10% in FY 22-23.",
    "Reading proficiency rises to 60% within three years.",
    "By Week 12, half of grade 9 students pass the unit quiz.",
    "By 12/2025, 80% of teachers post learning targets.",
    "In the 23-24 school year, chronic absence falls to 12%.",
    "Scores rise between fall and spring administrations.",
    "Before state testing, 80% of students take a practice test.",
    "By the end of the course, 70% of students pass.",
    // title case, test windows by acronym, grading periods, the opening of the year, a season after "their"
    "Chronic absence falls from 18% to 12% by the End of the School Year.",
    "By PM3, 60% of students in grades 3-5 score Level 3 or above on FAST ELA.",
    "By the end of the second nine weeks, 70% of Algebra I students pass the unit test.",
    "Within the first 30 days of school, every student is screened.",
    "By midterm, 60% of students pass the course.",
    "Grade 5 students reach College Pathway on their spring Math FAST Test.",
    "By MP2, 80% of students complete the project.",
    "Each faculty meeting includes a review of benchmark data.",
    // shapes from the gathered district lines (docs/checker-accuracy.md)
    "Teachers model the routine throughout the year.",
    "Fidelity scores rise year over year on the inventory.",
    "Coaches meet with teachers the first Wednesday of the month.",
    "Enrollments rise from 340 23-24 to 365 25-26.",
    "Morning meetings happen every morning in every classroom.",
  ])("has a date or frequency: %s", (text) => {
    expect(fails(benchmarkDate, text)).toBe(false);
  });

  test.each([
    "100% of teachers develop and use SMART goals aligned to SIPs.",
    "K-2 teachers will use the academic intervention protocol.",
    "60% of classrooms are at least “Providing” in Indicator 2.",
    "The district will demonstrate a 10-point improvement in SGP from the prior year.",
    "Teachers in grades 3-5 improve their questioning.",
    "Students who fall behind receive tutoring from Tier 2 staff.",
    // a form's edition year is not when the benchmark is due
    "80 walkthroughs are completed at each school with the ’19-’20 District Observation Form.",
    "Staff use the 2019 Walkthrough Tool in every classroom.",
    "Spring Creek Elementary raises average daily attendance to 95%.",
    "Students show two years of growth in reading.",
    "Mentor 90% of teachers in their first three years of teaching.",
    "Offer two 5-day workshops on the new curriculum.",
    // fractions and labels written with a slash, a measure's name, a count of days that changes
    "The share of students at College Pathway is to reach 70% (113/161).",
    "3/4 of teachers use the routine.",
    "Tier 2/3 interventions are logged for every student.",
    "Increase daily attendance to 94%.",
    "Reduce out-of-school suspension days from 420 days to 300 days.",
    "Students graduating within four years rise from 80% to 86%.",
    "Chronic absence (10+ days of absences per year) falls from 21% to 18%.",
    "Students who begin the school year below benchmark gain 1.5 years on STAR.",
    "Scores gained 6% and 4% in the past 2 years; 70% reach benchmark on MAP.",
  ])("has none: %s", (text) => {
    expect(fails(benchmarkDate, text)).toBe(true);
  });

  test("the message says what is missing and the suggestion is a rewrite with the plan's year", () => {
    const [f] = benchmarkDate.check({ text: "60% of classrooms are at least “Providing” in Indicator 2.", type: "early_evidence" }, SY);
    expect(f.message).toBe("This early-evidence indicator does not say when: no date, deadline, school year or frequency.");
    expect(f.suggestion).toBe('Add a date: "By <month> 2027, 60% of classrooms are at least “Providing” in Indicator 2", or a frequency: "Each month, …".');
  });

  test("activities (dated in J/K) and final outcomes (Date column, DECISIONS.md 14) are not its concern", () => {
    expect(benchmarkDate.appliesTo).toEqual(["early_evidence", "short_term_outcome"]);
  });
});

describe("benchmark-target (error; performance benchmarks)", () => {
  test.each([
    "By November, 60 percent of staff use sheltered instruction.",
    "The district will demonstrate a 2.5 point improvement on CPI throughout grades 3-5.",
    "By October 1, each school will develop a School Improvement Plan.",
    "Every K-2 teacher reports baseline data on Form A.",
    "Classrooms are rated at least “Proficient” on the look-for by January.",
    "Teachers score Proficient or higher on Standard II.",
    "Ensure children make two or more levels of progress in mathematics.",
    "Increase the number of students passing from <X> to <Y>.",
    "The district will meet its PPI targets for high needs students.",
    "Reduce chronic absence by half.",
    "Lexile levels rise by 100L between fall and spring.",
    "Each quarter, office referrals fall below 40 per month.",
    "Twice as many teachers request peer observations as last year.",
    "The share of students at high risk drops by one quarter.",
    "Days absent per student decrease by two days.",
    // a defined group reached one by one, letter ratings, levels earned
    "Counselors review the plans of all students who are receiving Tier 3 supports.",
    "Every campus rated F moves to at least a C rating.",
    "Half of the students earn “Meets” on the spring test.",
    "English learners' growth meets or exceeds the state average.",
    "The school moves from a D to a C on the state report card.",
    // counts of days, levels after "will be", the state average, AYP, leaving a status, groups one by one
    "Reduce out-of-school suspension days from 420 days to 300 days.",
    "The growth rating will be “Exceeds Expected Growth” on EVAAS.",
    "Raise English learners' proficiency to the state average.",
    "Each subgroup will make AYP in reading.",
    "The school will exit CSI status.",
    "Every campus earns a B or higher.",
    "All seniors complete the FAFSA.",
    "Students scoring 80% or higher on the unit test rise from 40% to 55%.",
    "Science 60% proficient by 2027.",
    "Students score 3 or higher on a 4-point rubric.",
    "Students show a 15-point increase on MAP.",
    // a group size beside a real target, a defining count beside the line's own target
    "80% of teachers run small-group instruction of 5-6 students daily.",
    "Students absent 10% or more of school days fall from 24% to 18%.",
    // shapes from the gathered district lines (docs/checker-accuracy.md)
    "KHS PLCs become a “performing” school based on the self-assessment.",
    "No achievement gap will exist between students with disabilities and their peers.",
    "The district rises to the top quartile statewide on the state test.",
    "Every school will have a reading interventionist in place by October.",
    "Counselors screen all of their students with the universal screener.",
    "92% four-year graduation rate (currently 86.9%)",
  ])("states a target: %s", (text) => {
    expect(fails(benchmarkTarget, text)).toBe(false);
  });

  test.each([
    "Administrators will provide feedback on Indicator 2.",
    "K-2 teachers will use the academic intervention protocol.",
    "By January 2013, develop a plan for at-risk eighth grade students moving to gr. 9.",
    "Tier I, II, and III interventions are reviewed in SY 2026.",
    "Teachers in grades 3-5 use the protocol by October 15, 2026.",
    "All students will meet established literacy standards.",
    "The leadership team meets weekly with all curriculum directors.",
    "Student writing improves on common assessments each 6-week cycle.",
    // numbers that name, reports of what happened, template prompts, undefined targets
    "2.3.1 Expand the use of standards-based grading.",
    "Teachers begin DIBELS 8 administration in grade 1.",
    "Launch the 7 Steps to Success mentoring program.",
    "Join the Drive to 55 partnership.",
    "As of June 2024, 64% of students performed at Proficient, compared to 61% in 2023.",
    "Explain how Tier 2 will serve the 15% of students who need more support.",
    "The change within each student subgroup will vary.",
    "Students will meet or exceed annual targets in literacy.",
    "The share of seniors who complete two or more dual-credit courses will increase.",
    "Expand Pre-K for 4-year-olds.",
    // where things stand now, changes reported in the past, counts that define who is counted
    "Our current graduation rate is 84%.",
    "Only 32% of English learners are proficient in reading.",
    "Seventh-grade ELA made significant improvement on AASA from 24.2% in 2024 to 27.7% in 2025.",
    "Attendance has declined to 88.2% over the past three years.",
    "The school achieved a score of 54.1 on the state index.",
    "Decrease the percentage of students missing 10% or more of total days enrolled.",
    "Increase the percentage of students scoring Level 3 or above on the state test.",
    // money, ages, laws and programmes named with a number
    "Purchase Lexia licenses ($12,000) for grades K-2.",
    "Serve children ages 3 to 5 in the Pre-K program.",
    "Comply with Act 48 and HB 1 requirements.",
    "Expand Read 180 to middle school.",
    // definitions, questions, examples, a school's size, compound words and the length of a block
    "Chronic absenteeism is defined as missing 10% or more of school days.",
    "What percentage of students met the goal in 2024?",
    "For example, 80% of students could reach benchmark.",
    "The district serves 12,000 students in 20 schools.",
    "Baseline is 45% proficient.",
    "Expand the two-way immersion program.",
    "Implement a three-tiered model of support.",
    "Protect the 90-minute literacy block.",
    // where things stand, definitions, group sizes and who is counted are not targets
    "Chronic absenteeism in grades K-3 stands at about 43.7%.",
    "The chronic-absence threshold equals roughly 10% of scheduled days.",
    "2014-15 result in reading: EOG Levels III, IV, V: 29%",
    "Principals observe small-group instruction of 5-6 students.",
    "The team writes plans for those absent 10% or more of school days.",
    "Office referrals are down (170 vs 157).",
    "Eval 1.1: MAP data",
    "Meet the five-year targets set with families.",
    "Did you meet AYP in all areas? If not, in which areas did you not meet AYP?",
    "Increase the percentage of students scoring levels 3, 4 or 5 on the end-of-year test.",
    "Increase the share of students proficient in math on the state test from 61.2%.",
    "Each student will engage in learning and persevere toward personal growth.",
    "Increase the use of the core strategies observed in all classrooms.",
    "2.4  Review the effectiveness of each school's support plan",
    "Strengthen communication with the three partner districts.",
  ])("has none (labels, dates and durations are not targets): %s", (text) => {
    expect(fails(benchmarkTarget, text)).toBe(true);
  });

  test("applies to the three performance types, not to activities", () => {
    expect(benchmarkTarget.appliesTo).toEqual(["early_evidence", "short_term_outcome", "final_outcome"]);
    const [f] = benchmarkTarget.check({ text: "Teachers improve their questioning by May.", type: "short_term_outcome" }, SY);
    expect(f.message).toContain("This short-term outcome has no measurable target");
    expect(f.suggestion).toContain('"80% of teachers improve their questioning by May"');
  });
});

describe("benchmark-evidence (error; performance benchmarks)", () => {
  test.each([
    "60% of staff use the techniques, measured through lesson plans and learning walks.",
    "35% of classrooms are at least “Providing” by January, based on documented District Learning Walks.",
    "All principals improve, as evidenced by monthly ratings on the district developed rubric.",
    "80% of students improve on interim assessments.",
    "Grade 3 scores on i-Ready rise by 10 points.",
    "Writing improves on the district-wide writing sample.",
    "Quarterly progress reports analysing walkthrough data show gains.",
    "Sign-in sheets and agendas show every PLC met.",
    "70% of students score proficient on MCAS.",
    "____ % of students performed at ____ level as determined by the assessment.",
    "Suspensions fall 15%, as reported in the SIS.",
    "Every chronically absent student gets a call, as logged in the outreach tracker.",
    "Students below grade level fall from 24% to 17% on the spring diagnostic.",
    "70% of teachers agree in the mid-year survey.",
    "Two-thirds of teachers open with a warm-up, as observed during learning walks.",
    "Half of participants submit a lesson artifact (PD follow-up form).",
    "100% of teachers enter first-term grades in Aspen.",
    // state tests of any state, screeners, surveys, systems, observation counts
    "Grade 5 proficiency rises from 41% to 48% on the Spring 2026 ISAT.",
    "70% of students pass the Algebra I Keystone Exams.",
    "Students in grades 3-8 score a level 3 or 4 on the NYS Math exam.",
    "Composite scores rise 10% on Acadience and mCLASS.",
    "60% of kindergartners reach benchmark on FastBridge earlyReading.",
    "Favourable responses rise 5 points on the family climate survey.",
    "Attendance improves to 94%, per the student information system.",
    "75% of all walkthroughs show posted learning targets.",
    "Coaches complete 300 documented learning walks.",
    "Student talk will be observed in 70% of classrooms.",
    "The new routines are evident in lesson plans for 80% of teachers.",
    "Half of the students reach their goal on DreamBox.",
    "Quarterly progress monitoring of each school's plan shows 90% of actions on track.",
    "Growth is measured annually by the state test.",
    "Scores rise 10 points from pretest to posttest.",
    // more states' tests and systems, records and artifacts, a test given as the work, a source field
    "60% of students in grades 3-5 score Level 3 or above on FAST ELA.",
    "Proficiency rises 5 points on the Smarter Balanced ELA test.",
    "Third graders reach 70% on the ISASP.",
    "Attendance improves to 94% as shown in Aeries.",
    "Every PLC meets monthly (minutes of PLC meetings).",
    "Teachers apply the strategies, per training records and PLC artifacts.",
    "Students use Lexia 20 minutes a day, per Lexia usage reports.",
    "On-track rates rise, per the early warning system.",
    "Teachers administer the universal screener three times a year.",
    "Students pass the end-of-module assessments.",
    "Data source: Panorama student survey",
    "Students will create e-portfolios to show their progress.",
    "Fluency rises 20 words per minute on DIBELS ORF.",
    "Teachers apply the routines, per data team meeting notes and lesson plan checks.",
    "70% of students meet their AR goals each quarter.",
    "Grade 8 proficiency rises 6 points on the ANet interims.",
    "Each quarter, more students report high expectations from staff (MSV).",
    "Pre-K classrooms score 5 or higher on the ECERS.",
    // a test named by its kind with more words before it, what observers look for, work students present
    "The share meeting benchmark on a college admission or placement test rises by 3%.",
    "Coaches visit each school weekly to assess practice against the week's look-fors.",
    "100% of students complete a presentation of learning showing growth in one attribute.",
    "Proficiency rises 5 points on the state's annual assessments.",
    "Completion reaches 100%, recorded in the school's shared Google Doc.",
    "Progress on every action is shared in the District Annual Report.",
    "A usage audit of the adopted curricula shows 90% of classrooms using them.",
    // shapes from the gathered district lines (docs/checker-accuracy.md)
    "Third graders on grade level on the March benchmark rise from 30% to 45%.",
    "Leaders conduct walk-throughs once a month, collecting data on the tool's focus areas.",
    "A report on the pilot will be presented to the Board of Education in June.",
    "Prekindergarten students producing 40 letter sounds on a District checkpoint rise to 78%.",
    "Growth on PVAAS meets the standard for each subgroup.",
    "Weekly emails logged as progress sent to all parents",
  ])("names a source: %s", (text) => {
    expect(fails(benchmarkEvidence, text, "short_term_outcome")).toBe(false);
  });

  test.each([
    "100% of teachers develop and use SMART goals aligned to SIPs as evidenced by…",
    "Administrators provide feedback to each teacher monthly based on observations and review of lesson plans.",
    "The district will demonstrate a 10-point improvement in Student Growth Percentile (SGP).",
    "High performing schools maintain a 95% attendance rate.",
    "Teachers will use explicit modeling to show students how to cite evidence from the text.",
    "Teachers create a warm-up based on what the students need to learn.",
    "All students will meet standards by demonstrating high levels of communication skills.",
    // an instrument that only steers an action is not evidence
    "Teachers plan small-group lessons based on data (MAP, DIBELS).",
    "Conduct a needs assessment before choosing the curriculum.",
    // an instrument that is designed, taught or analysed to plan is the object of the work
    "Develop a district-wide protocol for analyzing common assessment results.",
    "Teachers collaborate to design common assessments.",
    "Provide professional development related to test administration of Acadience.",
    "Analyze data for Acadience and PAST to plan differentiated instruction.",
    "Analyze Acadience and PAST data and plan differentiated instruction.",
    "PLCs use multiple measures to inform and adjust instruction (interim common assessments).",
    "Students receive extra help in the WIN block.",
    "Every student in the NC public school system graduates prepared.",
    "By 2027, 50% of students are proficient as measured by multiple student achievement measures.",
    "Wellness improves, as measured by a 15% increase in students reporting support.",
    "Schools in Targeted Support and Improvement (TSI) complete a plan annually.",
    "Teachers rebuild units to prepare students for the April tests.",
  ])("has none (elided clauses, action inputs and bare metrics do not count): %s", (text) => {
    expect(fails(benchmarkEvidence, text, "short_term_outcome")).toBe(true);
  });

  test("an elided clause is named as such; the suggestion drops the ellipsis and asks for the source", () => {
    const [f] = benchmarkEvidence.check({ text: "100% of teachers use SMART goals as evidenced by…", type: "early_evidence" }, SY);
    expect(f.message).toBe('This early-evidence indicator starts an evidence clause ("as evidenced by…") but leaves out the source.');
    expect(f.suggestion).toBe('Name the evidence: "100% of teachers use SMART goals, as evidenced by <walkthrough data / i-Ready results / PLC minutes>".');
  });
});

describe("benchmark-placeholder (error, every type)", () => {
  test.each([
    ["By <insert date>, 100% of coaches are certified.", '"<insert date>"'],
    ["Scores rise from <X> to <Y>.", '"<X>", "<Y>"'],
    ["XX% of teachers set goals.", '"XX"'],
    ["Target: TBD", '"TBD"'],
    ["Choose an item.", '"Choose an item."'],
    ["Administrators will complete weekly observations....", '"...."'],
    ["as evidenced by…", '"…"'],
    ["______ % of students performed at ______ level.", '"______"'],
    ["Click or tap here to enter text.", '"Click or tap here to enter text."'],
  ])("%s is unfinished", (text, shown) => {
    const found = benchmarkPlaceholder.check({ text, type: "activity" }, SY);
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain(`still holds ${shown}`);
  });

  test.each(["By June 2027, 85% of seniors complete the FAFSA.", "Each school (K-5, 6-8) reports monthly.", "Teachers use exit tickets; results are logged."])(
    "%s is complete",
    (text) => {
      expect(benchmarkPlaceholder.check({ text }, SY)).toEqual([]);
    },
  );

  test("a text that is only a placeholder gets suggestions with slots, not the placeholder", () => {
    const [f] = benchmarkDate.check({ text: "TBD", type: "short_term_outcome" }, SY);
    expect(f.suggestion).toBe('Add a date: "By <month> 2027, <who> will <do what>", or a frequency: "Each month, …".');
  });

  test("is an error whatever else the text states (DECISIONS.md 15)", () => {
    expect(benchmarkPlaceholder.severity).toBe("error");
    expect(benchmarkPlaceholder.appliesTo).toBeUndefined();
    expect(fails(benchmarkPlaceholder, "By October 2026, every K-2 teacher will use the new ... protocol, as evidenced by teacher reports.")).toBe(true);
  });
});

describe("benchmark-attendance (warning)", () => {
  test.each([
    "100% of teachers participate in SMART goal training.",
    "By October 30, 95% of staff complete the online SEL training module.",
    "All principals attend the monthly leadership institute, as shown by sign-in sheets.",
    "90% attendance at each PD session.",
  ])("measures presence: %s", (text) => {
    expect(fails(benchmarkAttendance, text)).toBe(true);
  });

  test.each([
    "80% of teachers who attended the training use the strategy in their lessons, as evidenced by walkthrough data.",
    "Chronic absenteeism falls from 28% to 20% by June.",
    "High performing schools maintain a 95% attendance rate monthly.",
    "100% of teachers develop and use SMART goals.",
  ])("measures application or student attendance: %s", (text) => {
    expect(fails(benchmarkAttendance, text)).toBe(false);
  });

  test("is a warning and leaves activities alone", () => {
    expect(benchmarkAttendance.severity).toBe("warning");
    expect(benchmarkAttendance.appliesTo).not.toContain("activity");
  });
});

describe("benchmark-date-window (warning)", () => {
  test.each([
    "By October 1, 2012, each school develops a plan.",
    "By June 2028, 90% of seniors graduate.",
    "During SY 2025-26, walkthroughs rise to 80%.",
    "By spring 2025, scores rise 5 points.",
  ])("outside 2026-27: %s", (text) => {
    expect(fails(benchmarkDateWindow, text)).toBe(true);
  });

  test.each([
    "By November, 60% of staff use the routine.",
    "By June 2027, 90% of seniors graduate.",
    "Scores rise from 40% in spring 2026 to 55% in spring 2027.",
    "By the end of SY26-27, every school reports.",
    "Since 2019, attendance has fallen; by May it rises to 94%.",
    "By 10/15/2026, coaches are assigned.",
  ])("inside 2026-27, or a baseline: %s", (text) => {
    expect(fails(benchmarkDateWindow, text)).toBe(false);
  });

  test("leaves activities alone: they are timed by J and K and often prepare next year", () => {
    expect(benchmarkDateWindow.appliesTo).toEqual(["early_evidence", "short_term_outcome", "final_outcome"]);
  });

  test("says which date and which school year, and does nothing when the school year is unknown", () => {
    const [f] = benchmarkDateWindow.check({ text: "By October 1, 2012, each school develops a plan." }, SY);
    expect(f.message).toBe('This benchmark names "October 1, 2012", outside the plan\'s school year SY 2026-27 (9/1/2026 – 8/31/2027).');
    expect(benchmarkDateWindow.check({ text: "By October 1, 2012, each school develops a plan." }, {})).toEqual([]);
  });
});

describe("activity-frequency (note, activities only)", () => {
  test.each([
    "Continue to support teachers with the new science units.",
    "Ongoing: coaches model lessons in K-2 classrooms.",
    "Principals conduct walkthroughs throughout the year.",
  ])("ongoing without a frequency: %s", (text) => {
    expect(fails(activityFrequency, text, "activity")).toBe(true);
  });

  test.each([
    "Ongoing: the ELL Director co-teaches with content teachers on a weekly basis.",
    "Coaches continue to meet with new teachers every two weeks.",
    "By November 1st, inventory current academic interventions.",
    "Principals conduct walkthroughs monthly throughout the year.",
  ])("has a frequency or is not ongoing: %s", (text) => {
    expect(fails(activityFrequency, text, "activity")).toBe(false);
  });

  test("is a note", () => {
    expect(activityFrequency.severity).toBe("note");
    expect(activityFrequency.appliesTo).toEqual(["activity"]);
  });
});

test("TEXT_RULES lists each rule once, with public ids, and the registry holds them", () => {
  const ids = TEXT_RULES.map((r) => r.id);
  expect(ids).toEqual([
    "benchmark-placeholder",
    "benchmark-date",
    "benchmark-target",
    "benchmark-evidence",
    "benchmark-attendance",
    "benchmark-date-window",
    "activity-frequency",
    "activity-long-no-interim",
  ]);
  for (const r of TEXT_RULES) {
    expect(RULES).toContain(r);
    expect(r.description.length).toBeGreaterThan(20);
    expect(r.guidance).toMatch(/SPEC\.md|DECISIONS\.md/);
  }
});

/**
 * The shapes districts write plan lines in, as the checker reads them (docs/checker-accuracy.md, "What
 * the rounds of gathered lines taught"). Each row is a line of our own in a shape found in the gathered
 * sets, with the reading a person labelling by the set's conventions gives it. `undefined` as the type
 * is a line given without a benchmark type (a goal, a status line, a template prompt), as the plan's
 * own cells and the `aip benchmarks` command without `type` give it.
 */
import { analyzeBenchmark } from "../../../../src/checks/text";
import type { BenchmarkType } from "../../../../src/checks/types";

const SY = { schoolYear: 2026 };
type Row = [text: string, type: BenchmarkType | undefined];
const read = (text: string, type?: BenchmarkType) => analyzeBenchmark(text, type, SY);

/** Each attribute's yes/no and the words it lists as the reason (what a person sees in a finding). */
const ATTRIBUTES = {
  target: (a: ReturnType<typeof read>) => [a.hasTarget, a.targets] as const,
  date: (a: ReturnType<typeof read>) => [a.hasDate, a.dateMentions.map((m) => m.text)] as const,
  evidence: (a: ReturnType<typeof read>) => [a.hasEvidence, a.evidence] as const,
};

/** The line reads as having the attribute, and the words shown include `shown`. */
function expectRead(attribute: keyof typeof ATTRIBUTES, text: string, type: BenchmarkType | undefined, shown: string): void {
  const [has, words] = ATTRIBUTES[attribute](read(text, type));
  expect(has).toBe(true);
  expect(words.join(" | ")).toContain(shown);
}

describe("target: numbers and coverage that are not a level to reach", () => {
  test.each<Row>([
    // reports told in the past, the perfect, results that show a figure, a look back
    ["Ninety percent of students practiced daily in the reading app.", undefined],
    ["All campuses and programs held two family nights each month.", undefined],
    ["Since the fall, winter screening results show 6% more students at benchmark.", undefined],
    ["That share has climbed to 41%, an 11-point gain over three years.", undefined],
    ["Optional coaching has continued and is now up to four sessions a month.", undefined],
    ["Moved from 58% to 92% on the implementation checklist.", undefined],
    ["On the spring state test, 47% of third graders did not reach proficiency.", undefined],
    ["We see a 6% and a 4% increase in the past 2 years.", undefined],
    // definitions, weightings, conditions, examples
    ["This measure accounts for 40% of the school's accountability score.", undefined],
    ["College readiness is a scale score of 300 on the state test, which corresponds to a 20 on the ACT.", undefined],
    ["A focus school is a school performing in the lowest 10% of schools statewide.", undefined],
    ["Support goes to districts where 35-45% of students score in the lowest level.", undefined],
    ["Larger goals (such as 20% in reading) would improve the chance of exiting support status.", undefined],
    // the group a share is taken of, a known set, a starting point alone
    ["Increase the percentage of students scoring levels 4 or 5 on the end-of-year test.", undefined],
    ["Increase the percentage of schools with a composite at or above 55%.", undefined],
    ["Strengthen communication with the three partner districts' boards.", undefined],
    ["Increase the share of students proficient in math on the state test from 61.2%.", undefined],
    // labels and headings
    ["2.4  Review the effectiveness of each school's support plan", "activity"],
    ["(5) Benchmarks that show how the school expects to improve.", undefined],
    ["Guardrail 3: The superintendent will not allow spending outside the plan.", undefined],
    ["Set growth measurement targets for Strategic Plan Goal #2.", "activity"],
    ["G 2 By spring 2027, we will improve 6-8 Literacy.", undefined],
    // coverage that cannot be checked one by one
    ["Each student will engage in learning and persevere toward personal growth.", undefined],
    ["Every student in the district graduates ready for work and citizenship.", undefined],
    ["Personalize instruction for each student, building on interests and strengths.", "activity"],
    ["Increase the percentage of all students who graduate from high school.", undefined],
    ["All schools will foster a positive and inclusive school culture.", undefined],
    ["Objective: Improved safety protocols at all schools", undefined],
    ["Increase the use of the core strategies observed in all classrooms.", "early_evidence"],
    ["Each school has a leadership team that meets regularly to guide its plan.", undefined],
    // structure counted, criteria, citations, year spans
    ["Each school year the council will revise the plan using the following five steps:", undefined],
    ["This is the first of three quarterly progress reports for the 2026-2027 school year.", undefined],
    ["Monitor the state assessment in two key areas, 2022 – 2026.", "activity"],
    ["The high school has a four-year graduation rate of 80% or less;", undefined],
    ["Coaching goes first to schools with a chronic absence rate of 30% or higher.", "activity"],
    ["Students take a common assessment at the end of each unit.", "activity"],
    ["Exit tickets are collected in every class period.", "activity"],
    ["Growth from fall to spring ranged from 12 to 35 percentage points.", undefined],
    ["KDE will annually identify schools as authorized by House Bill (HB) 298.", undefined],
    ["Each district board must review its system, per S.C. Code Ann. §59-18-1300.", "activity"],
    ["Board members will stay current on Covid-19 guidance from the state.", "activity"],
    ["Increase the percentage of English learners moving one or more levels on the ACCESS test each year.", undefined],
    ["3(B). Increase the percent of preK students demonstrating readiness on the KRA.", undefined],
    ["The District will increase the achievement of every student in reading each year.", undefined],
    ["Ensure every student has access to rigorous mathematics instruction.", undefined],
    ["Guided by five major goals, the strategic plan includes 21 key strategies.", undefined],
    ["Teachers will learn these three POG skills and build them into their lessons.", "activity"],
    ["The council meets five times annually.", "activity"],
    ["By 2022 School District 145 will adopt a facilities plan.", undefined],
    ["There are 41 districts with 30% or more of their students in Level 1.", undefined],
    ["Proficiency reached an all-time high of 58.1% in mathematics.", undefined],
    ["Every department and school will be a good steward of resources.", undefined],
    ["This work will lead to every student reading on grade level.", undefined],
    ["Prepare each student for the next phase of life.", undefined],
    ["Priority 1: Ensuring every student receives a rigorous, innovative and inclusive education.", undefined],
    ["Engage learners in Levels 3, 5, and 8 in a capstone presentation.", "activity"],
    ["Academic improvement in two out of the three previous years of the plan.", undefined],
    // definitions, conditions, prompts with a heading, a goal restated in a report
    ["A student is considered tardy if she arrives more than ten minutes after the bell.", undefined],
    ["The state report card considers a graduation rate below 80% to be low.", undefined],
    ["Transfers will be limited when there are fewer than five (5) open seats in a grade.", undefined],
    ["Three focus areas: Which student groups concern you most, and why?", undefined],
    ["Scores dipped in the first year of the new test but have recovered to close to 75%.", undefined],
    ["The student group earned a growth index of less than 3 on the state report card.", undefined],
    // labels, spans and sets counted to name them
    ["Teachers will move toward Shift 3: from telling to asking.", "activity"],
    ["RSU 12 principals will share the plan with families.", "activity"],
    ["Plan small groups with screener data (HLP 4-6).", "activity"],
    ["The council began phase two of the plan in the fall.", undefined],
    ["Districts set a four to six year target in each area.", undefined],
    ["A report on the objectives of the preceding three school years is due to the board.", "activity"],
    ["Plans are organized around the state's four strategic priorities.", undefined],
    ["The outcome expected once all four pillars are in place is a stronger system.", undefined],
    ["Use the SPARK survey to ask (6-12) learners about engagement.", "activity"],
    // coverage that is a hope, a quality, or a direction with no amount
    ["All children in grade 2 will be at or above grade level in reading by the end of the year.", undefined],
    ["Grow literacy, ensuring that every student reads well and that every student graduates ready for college.", undefined],
    ["Keep improving school culture in each building.", undefined],
    ["Attendance will increase every year at each middle school.", undefined],
    ["Coaches give ongoing support to all teachers in the building.", "activity"],
    ["Early literacy will help each student to meet grade level standards by third grade.", undefined],
    ["Teachers will keep notes on the progress of each student in small groups.", "early_evidence"],
    ["The state works to ensure that each and every student has this opportunity.", undefined],
    ["VISION: All students will complete school ready for life and work.", undefined],
    ["We expect each school to be engaged in continuous improvement.", undefined],
    ['Issue #2: Over three years the "All Students" group dropped from 71% to 52% in math.', undefined],
    ["Baseline Data: In the 2024-2025 school year, 31 of 140 staff members attended the summer institute.", undefined],
    ["Each plan answers the state's list of reasons why a school was identified in the lowest 5% of schools.", undefined],
    ["The planning process was changed to: (1) start earlier with schools; (2) look deeper at data; and (3) plan training sooner.", "activity"],
    ["These three measures include attendance, course passing and state test scores.", undefined],
    ["The report tells how every Lakeview Public School student is reading above grade level by third grade.", undefined],
    ["% of students growing in scale score from 24/25 FAST EOY to FAST 25/26 EOY", undefined],
    ["Increase the share of students ready for first grade. Measure: Readiness score of 450 or higher", undefined],
    ["Middle schools with a proficiency rate below 40% must write a recovery plan.", undefined],
    ["As the attendance rate at Pine Hill was 88.2% for 2024-2025, the school will revise its plan.", undefined],
    ["Districts should set three to five year targets for each required district level indicator.", undefined],
    ["Based on results from the state test and the Iowa Test, 8 ed. (IA-8), teachers will update pacing guides.", "activity"],
    ["Use 12 point font.", undefined],
    ["Build systems that ensure rigorous instruction in every classroom.", undefined],
    ["The plan seeks a significant increase in several areas (out of 48 performance measures).", undefined],
    ["Walkthrough look-for data (AVID strategies, First Five, learning targets)", "early_evidence"],
    ["Groups by need: whole group, small group, 1 to 1", "early_evidence"],
    ["The team meets monthly with representatives from all grade levels and departments.", "activity"],
    ["Please provide a short summary of this quarter, including Level 1 and Level 2 indicator data.", undefined],
    ["Increase students performing at a Level 3+ in all grades on the spring test", undefined],
    ['The plan calls its aims the "five bold targets" and sets them for 2030.', undefined],
    ["Serve grades three-five in two-hour reading blocks daily", "activity"],
    ["Build a walkthrough tool to track the new standards in all subjects (B-3)", "activity"],
    ["Students scoring at Level 3 and above on the state test are considered proficient.", undefined],
    ["All schools will be involved in a variety of family partnerships.", undefined],
    ["High quality teachers in every classroom; strong leaders in every building.", undefined],
    ["The report praised the district, with 51.3% of seniors counted as ready, surpassing the goal of 44%.", undefined],
    ["Seeing every fourth grader reading on grade level, now 61 percent.", undefined],
    ["The heaviest work falls in years one through three, with years four and five for review.", undefined],
    ["Teams review progress in cycles every three to four weeks.", "activity"],
    ["Leadership tasks: 1. Give the parent council meeting space.", "activity"],
    ["Funds under Title 20-A 4722-A.4 are available this year.", undefined],
    ["Project 60 targets students who achieve levels 2, 3, or 4 on the spring test.", "activity"],
    ["Raise the share of students who meet the annual growth targets set by the vendor.", undefined],
    ["Every school will be a safe, welcoming place where students want to learn.", undefined],
    ["Every school offers a safe and healthy learning environment for all students.", undefined],
    ["All staff collaborate to run strong operational systems for students.", undefined],
    ["Counselors across all of our schools are working to raise attendance.", "activity"],
    ["Recent state test results indicate that less than 15% of English learners meet expectations.", undefined],
    ["All RSU 9 learners will attend schools that are safe and nurturing.", undefined],
    ["Goal 2 - Math: All students will be proficient by the end of grade five and stay proficient through their P-12 years.", undefined],
    ["Increase the share of graduates meeting all college readiness benchmarks on the ACT.", undefined],
    ["Growth of the lowest performing 25% of students in math", undefined],
    ["We will build an honors program to challenge the top 10% of our students", "activity"],
    ["The review panel awarded us all 25 points for our plan.", undefined],
    ["State three or four big ideas for your redesign plan.", undefined],
    ["State tests show some progress, but performance does not meet the desired outcome of 4% growth per year.", undefined],
    ["The plan addresses each reason the school failed to make its Annual Measurable Objectives (AMOs).", undefined],
    ["All students will learn and be given a variety of best practices and assessments.", undefined],
    ["Supports include iReady, Achieve 3000, Amplify and Read 180.", "activity"],
    ["The spring MAP scores from 2025 indicate an achievement gap of 18.4% in math.", undefined],
    ["Student readiness is goal number one of the state's Top 10 by 20 plan.", undefined],
    ["The share of students considered to be college ready rose from 64 percent to 67 percent.", undefined],
    ["Help teachers use the Wonders and 95% Core Program materials.", "activity"],
    ["Analyze data for schools identified under the Every Student Succeeds Act.", "activity"],
    ["Led by the principals of each campus, the team will make recommendations to the board.", "activity"],
    ["7.Time for collaboration will be used to review data.", "activity"],
    // labels numbered with a sign, a dot or a list, and goals counted to name them
    ["Our focus this term is Standard for Mathematical Practice #2, reasoning abstractly.", undefined],
    ["Teachers will strengthen feedback routines through coaching cycles (3.1)", "activity"],
    ["Deepen questioning in lessons aligned to TKES standards 2, 4 and 8", "activity"],
    ["Review the climate survey items 2.1/2.2/2.3 with staff.", "activity"],
    ["Goal Three: The district will improve family engagement across schools.", undefined],
    ["Goal II: The district will strengthen family partnerships. (Values 2, 5, 6)", undefined],
    ["In 2019 the board approved four long-term goal areas: reading, math, attendance and graduation.", undefined],
    ["Literacy goals: 9/12 goals met in reading, 7/10 goals met in math", undefined],
    // lengths, ranges of how often, scope, and scores that pick who is served
    ["Offer a six hour summer training for new mentors.", "activity"],
    ["Benchmark tests are given from 2 to 3 times a year depending on grade.", undefined],
    ["Schools choose one or more of the following focus areas: attendance, behavior, reading.", "activity"],
    ['Students who score a "1" on the screener will receive a diagnostic reading inventory.', "activity"],
    // a result told after a dash, and a share's group named with its verb before it
    ["Per the spring report, the share of students proficient on the state test — the main measure of achievement — increased from 41% to 44% between 2022 and 2023.", undefined],
    ["Reading proficiency on the state test sits at about 48 percent.", undefined],
    ["Coaches meet with the six math teachers to plan units.", "activity"],
    // bill numbers and numbered places; coverage of a hope, in a list or the present
    ["The SB 1120 work group will meet each quarter to align services.", "activity"],
    ["Hold a town hall with families from board districts 1-6.", "activity"],
    ["All Riverside County Schools’ students will grow in academic achievement.", undefined],
    ["Every Lakeview School student will be digitally literate by 2027.", undefined],
    ["Objective 3: Ensure ALL graduates are college and career ready.", undefined],
    ["All Eastbrook teachers, coaches, and staff will continue to commit to every child's success.", undefined],
    ["Students will practise critical thinking in all courses.", undefined],
  ])("no target: %s", (text, type) => {
    const a = read(text, type);
    expect(a.targets).toEqual([]);
    expect(a.hasTarget).toBe(false);
  });

  test.each<[...Row, string]>([
    ["Specific targets were set: 65% proficiency in math by the spring diagnostic.", undefined, "65%"],
    ["Every school will have a reading interventionist in place by October.", "activity", "Every school"],
    ["Every student will have a written graduation plan by May.", undefined, "Every student"],
    ["Counselors will screen all of their students with the universal screener.", "activity", "all of their students"],
    ["KHS PLCs become a “performing” school based on the self-assessment.", "short_term_outcome", "become a “performing” school"],
    ['Move our district from a "C" to a "B" in state ratings in two years.', undefined, 'from a "C" to a "B'],
    ["No achievement gap will exist between students with disabilities and their peers.", undefined, "No achievement gap"],
    ["The district will rise from the bottom quartile to the top quartile statewide by 2030.", undefined, "to the top quartile"],
    ["Our goal is that English learners surpass national median growth in reading.", undefined, "surpass national median"],
    ["All students below the 30th percentile will be in the 60th median growth percentile.", undefined, "60th median growth percentile"],
    ["The district will meet or exceed all component metrics of the state report card by 2028.", undefined, "meet or exceed all component metrics"],
    ["Increase the percentage of students meeting benchmark, or maintain it at 90% or higher.", undefined, "90%"],
    ["Increase students at benchmark from [TBD] to [+10 percentage points] in June 2030.", undefined, "10 percentage points"],
    ["1. Increase the percent of 9th graders on track by two percentage points each year. (Baseline: 2023-2024)", undefined, "two"],
    ["Roberts Elementary will be recognized as an “Installing” school in the PBIS program.", "early_evidence", "recognized as an “Installing”"],
    ["By 2029 the district will climb in the state's rankings from 41st to 10th.", undefined, "from 41st to 10th"],
    ["Each campus will be rated “B” or above on the state report card.", "final_outcome", "rated “B” or above"],
    ["The plan calls for lifting the D-graded middle school to a C by 2028.", undefined, "to a C"],
    ["Offer paid summer internships to seventeen seniors.", "activity", "seventeen"],
    ["A 4 percent increase each year in ninth-grade credit completion.", undefined, "4 percent"],
    ["Students will complete at least one year of college.", undefined, "at least one"],
    ["All school improvement plans will be posted online for families.", "activity", "All school improvement plans"],
    ["Create action planning groups, one per goal.", "activity", "one per goal"],
    ["92% four-year graduation rate (currently 86.9%)", undefined, "92%"],
    ["Goal 1: Improve assessment scores and maintain Accreditation with Distinction.", undefined, "maintain Accreditation"],
    ["All applicable courses will be aligned with the adopted state standards.", undefined, "All applicable courses"],
    ["Counselors will meet with each student to build a four-year plan.", "activity", "each student"],
    ["All 10th grade students will be progress monitored for credits every month.", "early_evidence", "All 10th grade students"],
    ["High school ACT scores will continue to exceed state and national averages.", undefined, "exceed state and national averages"],
    ["Schools will meet or exceed the statewide growth average in math.", undefined, "meet or exceed the statewide growth average"],
    ["By 2030 the gap between English learners and their peers is eliminated.", undefined, "gap between English learners and their peers is eliminated"],
    ["The state has set a goal to double statewide third-grade reading proficiency in eight years.", undefined, "double statewide third-grade reading proficiency"],
    ["YEAR 04 Opportunity gaps half the size of 2023-24 levels", "final_outcome", "half the size"],
    ["Exited schools keep at least the grade of ‘C’ for two years in a row.", undefined, "at least the grade of ‘C"],
    ["The district would like to reach a teacher retention rate of 92% or higher.", undefined, "92%"],
    ["Our second target is 80% of students performing at proficient on the state test.", undefined, "80%"],
    ["All students in K-5 will meet typical or stretch growth goals in math on the diagnostic.", "final_outcome", "meet typical or stretch growth goals"],
    ["The district has set an overall target for 2028 of having 65% of students meet their growth projections.", undefined, "65%"],
    ["Among the board's goals was raising third-grade reading proficiency by at least 4% each year.", undefined, "4%"],
    ["By 2029 the district wants to raise the graduation rate to 95%.", undefined, "95%"],
    ["For example, Lincoln Elementary aims for a 6% increase in math proficiency.", undefined, "6%"],
    ["The board has selected three priorities through 2028, focused on increasing reading proficiency to 70%.", undefined, "70%"],
    ["The board asks the district to at least increase the share at basic from the current 38% to 44%.", "short_term_outcome", "44%"],
    ["Increase the attendance rate by a half (.5) of a percent in 2026-2027.", undefined, "a half"],
    ["They set a 12-point goal for growth in reading scores by 2028.", undefined, "12"],
    ["Graduation rate for grades 9-12 will be > or = to the state standard.", undefined, "> or = to the state standard"],
    ["A. 90% of annual goals met on the district performance report", "final_outcome", "90%"],
    ["Raise student achievement so that each school earns grade designations of A, B or C.", undefined, "designations of A, B or C"],
    ['The turnaround plan aims to lift the school grade to a "C" or higher.', undefined, '"C" or higher'],
    ["Reading goals by grade: 1st grade 6 levels, 2nd grade 4 levels.", undefined, "6"],
    ["Written team norms are established for each team.", "early_evidence", "each team"],
    ["The assessments must be administered to all pupils in grades K-8 within the first nine weeks.", "activity", "all pupils"],
    ["By June 2027, all students in first grade will meet the PALS spring benchmark.", "final_outcome", "all students"],
    ["Ninety percent or more of third-grade students are reading at or above grade level.", undefined, "Ninety"],
    ["100% of this year's kindergartners are reading on grade level by second grade.", undefined, "100%"],
    ["All kindergartners are assessed for readiness.", undefined, "All kindergartners"],
    ["By 2027, all student groups will meet or exceed their targeted Annual Measurable Objective (AMO).", undefined, "meet or exceed their targeted Annual Measurable Objective"],
    ["State test (math) meet or exceed the 2025-2026 State Proficiency Percentage at each grade level", undefined, "meet or exceed the 2025-2026 State Proficiency Percentage"],
    ["For 2026-27, the target for the district's 4-year graduation rate is 88 percent.", undefined, "88 percent"],
    ["For 2026 - 2027, those targets were 52% proficient in math and 61% in reading.", "short_term_outcome", "52%"],
    ["GOAL 2: PASSING SCORES ON THE EOC TESTS WILL RISE FROM 21.4 TO 31.4.", undefined, "21.4"],
    ["The expectation is that we should always be an “A” school.", undefined, "be an “A” school"],
    ["Continue to give the universal screener to all students.", "activity", "all students"],
    ["All kindergarten students will be kindergarten ready as demonstrated through the Brigance screener.", undefined, "All kindergarten students"],
    // a floor kept, a goal restated in the past, a target reported as what it "would" do
    ["By June 2027, the share of new teachers retained will be maintained at or above 90%.", undefined, "90%"],
    ["The goal was to raise it from 51.2 percent to 58 percent.", undefined, "58 percent"],
    ["The goal was to keep attendance at or above 94 percent.", undefined, "94 percent"],
    ["Under the plan, the share of graduates needing remedial math would drop from 30 percent to 18 percent.", undefined, "18 percent"],
    ["Baseline = 61% of families say they feel welcome = 61% increase to 75%", undefined, "75%"],
    ["70% of families feel the school keeps them informed.", undefined, "70%"],
    // statuses and designations as the level to reach
    ["Meet or exceed the Annual Yearly Progress (AYP) targets in reading and math.", undefined, "Annual Yearly Progress"],
    ["By 2012, all subgroups will increase performance by meeting Adequate Yearly Progress (AYP).", undefined, "meeting Adequate Yearly Progress"],
    ["The school meets the current state definition of Adequate Yearly Progress in math.", "final_outcome", "Adequate Yearly Progress"],
    ["The middle school will meet the state criteria to become a Reward School.", undefined, "become a Reward School"],
    ["Goals this year include earning Blue Ribbon School status.", undefined, "earning Blue Ribbon School status"],
    ["Each year the district will receive the state's financial profile designation of “Recognition”.", undefined, "designation of “Recognition”"],
    ["Reading performance will meet or exceed the annual State average as measured by the state test.", undefined, "annual State average"],
    ["All students will meet or exceed their previous MAP Growth score from fall to spring.", "short_term_outcome", "their previous MAP Growth score"],
    ["All teachers will be involved in a coaching cycle.", "activity", "All teachers"],
    ["All students will make progress on their individualized goals in math.", undefined, "make progress on their individualized goals"],
    // what the measure itself is to be, not a criterion that picks who is counted; a share's group defined by who met a bar
    ["Chronic absence is at a rate of 8% or less.", "final_outcome", "8%"],
    ["Percentage of students who met or exceeded the standard in reading | 41%", "final_outcome", "41%"],
    // one of those counted, named in the singular
    ["Every senior completes a FAFSA or a waiver.", "final_outcome", "Every senior"],
    ["The pacing guide lists the core texts for each class.", "early_evidence", "each class"],
  ])("target: %s", (text, type, shown) => expectRead("target", text, type, shown));
});

describe("date: what says when, and times that do not", () => {
  test.each<[...Row, string]>([
    ["We want the rate up to 60 percent by year five.", undefined, "by year five"],
    ["The high school will reach 70% by the third year of the plan.", "final_outcome", "by the third year"],
    ["A 3 percent gain for every group in each of the next several school years.", undefined, "each of the next several school years"],
    ["Please summarize progress this quarter.", undefined, "this quarter"],
    ["Each division will revise biennially its six-year plan.", "activity", "biennially"],
    ["Goal for math: By 2027 - 71.5% of students will meet the standard.", undefined, "2027"],
    ["In Year 1 (2026‐27), design the new evaluation system.", "activity", "2026-27"],
    ["In year one of improvement status, the school must write a plan.", undefined, "In year one"],
    ["The plan will be in place no later than the first day of school.", "activity", "first day of school"],
    ["Monitor progress toward the goal throughout the year.", undefined, "throughout the year"],
    ["Sessions will be scheduled throughout the School Improvement Plan time frame.", "activity", "throughout the School Improvement Plan time frame"],
    ["Objectives the school will reach over a three (3) year period.", undefined, "three (3) year"],
    ["Enrollments will increase from 340 23-24 to 365 25-26.", undefined, "23-24"],
    ["Based on the 24-25 screening data, 51% of first graders are below benchmark.", undefined, "24-25"],
    ["Average 10% growth year over year on the fidelity inventory.", undefined, "year over year"],
    ["Screen every child before the first day of kindergarten.", "activity", "first day of kindergarten"],
    ["Compare scores between each screening.", undefined, "each screening"],
    ["Morning meetings take place every morning in every classroom.", "activity", "every morning"],
    ["Meet one on one with each principal within the first 45 days.", "activity", "within the first 45 days"],
    ["Reduce suspensions: Baseline 40; 07-08 35; 08-09 30", "short_term_outcome", "07-08"],
    ["The district's safety plan will be approved annually by the state.", "final_outcome", "annually"],
    ["The district will hold data meetings, with an end-of-the-year report on growth.", "activity", "end-of-the-year"],
    ["Continue to monitor learning with common assessments, 2021-2023.", "activity", "2021-2023"],
    ["The Alabama test is administered to grades 2-8 in the spring.", undefined, "the spring"],
    ["Teams meet the first Wednesday of the month.", "activity", "first Wednesday of the month"],
    ["Step 6: 16-17 SIP Reflection due in June.", "activity", "16-17"],
    ["Screening results from fall '24 set the baseline for the plan.", undefined, "fall '24"],
  ])("a time: %s", (text, type, shown) => expectRead("date", text, type, shown));

  test.each<Row>([
    ["The reading screener is given to all students three times per year.", undefined],
    ["Students in grades 2-8 take the interim assessment each fall and spring.", undefined],
    ["Percentage of graduates receiving a diploma within four (4) years", undefined],
    ["Students graduating within four years will increase from 80% to 86%.", undefined],
    ["Reduce chronic absence (10+ days of absences per year) from 21% to 18%.", "final_outcome"],
    ["Student performance will be met on the Annual Performance Report in all areas.", undefined],
    ["Growth will be measured by local benchmarks and annually by state assessments.", undefined],
    ["The coaching team will follow the guidelines of the two year implementation plan.", undefined],
    ["Students will score proficient on the End of Course exams.", undefined],
    ["The template holds five years of percent proficient data for each subgroup.", undefined],
    ["Launch the Summer Reading Boost program for students below benchmark.", "activity"],
    ["Administer surveys to measure the effect of daily school culture.", "activity"],
    ["Increase cohorts meeting the growth standard: 4 cohorts. (Updated November 2016)", undefined],
    ["Students will complete at least one year of college.", undefined],
    ["Students who begin the school year below grade level will show 1.5 years of growth on STAR.", undefined],
    ["Facilitate a year or more of growth for every year of instruction.", undefined],
    ["To measure the progress of Vision 2026 strategies the district built a dashboard.", undefined],
    ["Increase the share of grade 9 students passing Math 1 by the end of their grade 9 year by 3%.", undefined],
    ["This metric counts freshmen with 10 semester credits.", undefined],
    ["Ensure all students enrolled for 45 days complete a career tour.", "activity"],
    ["75% of English learners will make measurable growth on their annual iReady assessment", "final_outcome"],
    ["All subgroups will make Adequate Yearly Progress in reading.", undefined],
    ["Annual Progress Reports (APRs) are reviewed for accreditation at the district level.", undefined],
    ["Baseline 54% on the climate indicators 2.1/2.2/2.3", undefined],
    ["Literacy goals: 9/12 goals met in reading, 7/10 goals met in math", undefined],
    ["The share of students missing +15 days will fall from 20% to 14%.", undefined],
    ["A four-year high school graduation rate of 85 percent.", undefined],
  ])("no time: %s", (text, type) => {
    expect(read(text, type).hasDate).toBe(false);
  });

  test("a test given three times a year is a rhythm when the line is a benchmark, and its count is not a target", () => {
    const typed = read("The reading screener is given to all students three times per year.", "activity");
    expect(typed.hasDate).toBe(true);
    const untyped = read("The reading screener is given to all students three times per year.", undefined);
    expect(untyped.targets).not.toContain("three");
  });
});

describe("evidence: sources as districts name them, and names that are not sources", () => {
  test.each<[...Row, string]>([
    ["The principal will use Observe4Success and give feedback bi-weekly.", "early_evidence", "Observe4Success"],
    ["By June 2027, 60% of second graders will score on grade level on the I Ready reading diagnostic.", undefined, "I Ready"],
    ["The share of ninth graders scoring Meets on the Biology End of Course will rise to 70%.", "final_outcome", "End of Course"],
    ["Leaders will conduct walk-throughs once a month, collecting data on the tool's focus areas.", "activity", "conduct walk-throughs"],
    ["In Progress: Content rounds at the elementary level will increase feedback to teachers.", "activity", "Content rounds"],
    ["Third graders on or above grade level on the March benchmark will rise from 30% to 45%.", "short_term_outcome", "on the March benchmark"],
    ["A report on the pilot will be presented to the Board of Education in June.", "early_evidence", "presented to the Board"],
    ["An annual scorecard to track progress will be posted on the website.", "activity", "scorecard"],
    ["Observation of restorative practices in every center.", "early_evidence", "Observation of restorative practices"],
    ["Survey for student perception of support will be given in April.", "activity", "Survey"],
    ["Students will take the Preschool Early Literacy Indicators (PELI) each spring.", undefined, "(PELI)"],
    ["Growth on PVAAS will meet the standard for each subgroup.", undefined, "PVAAS"],
    ["60% of schools are fully accredited by the VDOE.", undefined, "accredited by the"],
    ["Teachers in grades K-2 will use the WaKIDS inventory in the fall.", "activity", "WaKIDS"],
    ["Set a growth goal of a 10% increase using building level data/pssa as the instrument.", undefined, "as the instrument"],
    ["The percentage of K-2 students At Target on the Curriculum-Based Measures will rise to 70%.", "short_term_outcome", "Curriculum-Based Measures"],
    ["Spelling inventory | Three times a year | DSA Class Record Spreadsheet", "early_evidence", "Record Spreadsheet"],
    ["Prekindergarten students producing 40 letter sounds on a District checkpoint will rise to 78%.", "short_term_outcome", "checkpoint"],
    ["Weekly emails logged as progress sent to all parents", "early_evidence", "emails logged"],
    ["Convene an advisory council, with feedback shared in Board updates.", "activity", "shared in Board updates"],
    ["The share at benchmark will rise by 10% over the spring 2016 assessment.", undefined, "over the spring 2016 assessment"],
    ["Fewer learners will be in Tier 3 from benchmark testing.", undefined, "from benchmark testing"],
    ["Reading progress monitoring through the PMRN.", undefined, "PMRN"],
    ["Leaders will conduct monthly walkthroughs, collecting data with the look-for tool.", "activity", "conduct monthly walkthroughs"],
    ["Widen recruiting of bilingual staff, and report annually to the Hillside Board of Education.", undefined, "report annually to the Hillside Board"],
    ["On the winter 2025 screening, 61% of first graders were at benchmark.", undefined, "On the winter 2025 screening"],
    ["Raise the share of K-2 students at benchmark on the ACADIENCE composite from 70% to 78%.", undefined, "ACADIENCE"],
    ["Completed PLC forms for each scheduled meeting", "early_evidence", "PLC forms"],
    ["Minutes are taken and kept on the shared drive.", "activity", "Minutes are taken"],
    ["Principals check fidelity and evaluate using walk-throughs", "activity", "using walk-throughs"],
    ["Coaches will conduct strategy walk throughs to collect data on implementation", "early_evidence", "walk throughs"],
    ["Schools must maintain records of tutoring services provided.", "early_evidence", "records"],
    ["Home reading is tracked on a signature sheet sent home each day", "early_evidence", "signature sheet"],
    ["The district will keep reporting monthly progress to the SDE.", "activity", "monthly progress to the SDE"],
    ["Teams share their 5-Step Process minutes with the building team.", "early_evidence", "minutes"],
    ["These forms are to be submitted monthly to the team leader.", "activity", "forms are to be submitted"],
    ["We will record the percentage of students below 90% attendance each week.", "early_evidence", "record the percentage of"],
    [
      "Students with disabilities will show a 40% increase in engagement observed in coaching sessions and walkthroughs.",
      "short_term_outcome",
      "observed in coaching sessions and walkthroughs",
    ],
    ["Grade 3 proficiency on the state English Language Arts (ELA) assessment will rise from 48% to 60%.", undefined, "ELA) assessment"],
    ["Raise the content mastery score on CCRPI for middle schools.", undefined, "CCRPI"],
    ["Every subgroup will raise NeSA-M results by 4%.", undefined, "NeSA-M"],
    ["School-wide HSA Math 65% proficient", "final_outcome", "HSA"],
    ["By 2028, 70% of teacher observation evaluations will rate Effective or higher.", undefined, "% of teacher observation evaluations"],
    ["Coaches will use an observational tool to measure implementation fidelity.", "activity", "observational tool"],
    ["Growth shall be evaluated through the district's portfolio system.", undefined, "evaluated through the district's portfolio system"],
    ["ELL NMSBA GOAL 2025-2026: 45% in Reading.", undefined, "NMSBA"],
    ["Proficiency on the DC CAS will rise to 50%.", undefined, "DC CAS"],
    ["Milestones Proficiency Rate: Baseline 40% Target 52%", undefined, "Milestones Proficiency"],
    ["Teachers keep anecdotal notes on each reader's fluency.", "early_evidence", "anecdotal notes"],
    ["We will measure our progress by reviewing attendance and grade data each quarter.", undefined, "measure our progress by reviewing attendance and grade data"],
    ["The share of students at Level 1 on ISAT-SB will fall each year.", undefined, "ISAT-SB"],
    ["Share of grade 4 students at or above Proficient on the Grade 4 Mathematics (MATH) assessment", undefined, "Grade 4 Mathematics (MATH) assessment"],
    ["Bullying incidents will be reported to the Board each semester.", "final_outcome", "reported to the Board"],
  ])("a source: %s", (text, type, shown) => expectRead("evidence", text, type, shown));

  // An early-evidence line is seen in practice: the visits and kept records it names (practiceRecords.ts).
  test.each<[text: string, shown: string]>([
    ["Publish a family engagement calendar for the year", "calendar"],
    ["Weekly posts in the parent app about what classes are learning.", "posts"],
    ["Grade-level teams write by-laws and norms for their meetings.", "by-laws"],
    ["The literacy coach visits each classroom to confirm the block is taught as designed.", "visits"],
    ["Principals conduct walkabouts to see where teachers need support.", "walkabouts"],
    ["Teams build an inventory of the intervention programs in use.", "inventory"],
    ["Draft proficiency scales for each priority standard", "proficiency scales"],
    ["Safety audits at every campus each year", "audits"],
  ])("early evidence seen in practice: %s", (text, shown) => expectRead("evidence", text, "early_evidence", shown));

  test.each<Row>([
    ["Publish a family engagement calendar for the year", "activity"],
    ["The literacy coach visits each classroom to confirm the block is taught as designed.", "activity"],
    ["Teams meet once a week for at least 40 minutes.", "early_evidence"],
    ["Every member of the team has a copy of the new handbook.", "early_evidence"],
  ])("not a record of practice: %s (%s)", (text, type) => expect(read(text, type).hasEvidence).toBe(false));

  test.each<Row>([
    ["Every student in the NC public school system graduates prepared.", undefined],
    ["Guided by the Board of Regents framework, equity will improve for all students.", undefined],
    ["The Regents diploma rate will increase by 3% each year.", undefined],
    ["Schools in Targeted Support and Improvement (TSI) must complete a plan annually.", undefined],
    ["Schools must complete a Comprehensive Needs Assessment each spring.", undefined],
    ["Improve and implement a comprehensive BCSD assessment plan.", "activity"],
    ["A timeline of three years has been set, as indicated in Tables A and B.", undefined],
    ["By 2027, each student will achieve at high levels as measured by multiple means.", undefined],
    ["Staff attend training according to the Professional Development Schedule.", "activity"],
    ["Reduce In-School Suspension (ISS) for major rule violations.", undefined],
    ["Offer skill classes quarterly for students not meeting standard on the mastery assessments.", "activity"],
    ["By 2018, utilizing baseline data from the ACT, long-term goals will be developed.", undefined],
    ["Use embedded formative assessments to guide tier 1 and tier 2 instructional decisions.", "activity"],
    ["The council will revise the School Improvement Plan (CSIP) each year.", undefined],
    ["MCPS annually graduates 95% of students, as outlined in the MCPS Future Ready Framework.", "final_outcome"],
    ["Step 1: Update your goals with data from the JCPS SIP Looker Suite", "activity"],
    ["Growth from fall to spring in FY25 ranged from 12 to 35 points.", undefined],
    ["The share of students graduating Texas Success Initiative (TSI)-ready will rise from 11 to 26 percent.", undefined],
    ["By 2028, 50% of students will be proficient as measured by multiple student achievement measures.", undefined],
    ["Teachers will rebuild units to prepare students for the April tests.", "activity"],
    ["The school will focus on refining its common assessments.", "activity"],
    ["Schools can exit TSI designation when the group improves.", undefined],
    ["Ensure all staff follow the discipline policy. (OE10)", "activity"],
    ["Performance is strong, as evidenced by the exceptional growth in the graduation rate.", undefined],
    ["The coaching team will conduct weekly walkthroughs.", "activity"],
    ["Increase use of data (e.g., iReady, WIDA) to plan small-group instruction.", "activity"],
    ["Graduation rates will rise for each group of students named in WAC 180-105-020.", undefined],
    ["Partner schools will receive training and technical assistance from KSDE staff.", "activity"],
    ["Need: Raise achievement of IDEA students in reading.", undefined],
    ["There will be an annual increase in CPI in math.", "final_outcome"],
    ["Review the district's Assessment Suite for 2026-27 (AS).", "activity"],
    ["The school will raise its student survey completion rate to 80%.", "final_outcome"],
    ["Screening data (FAIR and unit tests) will be used to determine the coach's focus.", "activity"],
    ["Enroll all K-3 teachers in LETRS training in the fall.", "activity"],
    ["Accountability is determined by reducing the share of students below basic by 10% each year.", undefined],
    ["All learners in MSAD 22 will have safe and caring schools.", undefined],
    ["The team looks at school performance data and classroom observation data and uses that data to make decisions.", "activity"],
    ["Focus schools close the gap as measured by their Annual Measurable Objectives (AMOs).", undefined],
    ["Increase the number of teachers enrolled in LETRS training", "activity"],
    ["The state's AYP proficiency targets rise by 7 points annually.", undefined],
    ["Students who receive English learner services as determined by state guidelines.", undefined],
    ["Provide training for Edgenuity and for the new math curriculum.", "activity"],
    ["According to the federal Every Student Succeeds Act, all students must be proficient by 2030.", undefined],
    ["All students will benefit from instruction guided by assessment results.", undefined],
    ["Align curriculum and instruction with the state standards and the state assessment.", "activity"],
    ["Schools set goals as measured with 6 month and 12 month targets.", undefined],
    ["FRP proficiency rates will increase from 41% to 50%.", "final_outcome"],
    ["Increase coaching support from the regional RESA.", "activity"],
    ["Principals will add growth goals to the observation and evaluation process.", "activity"],
    ["Providing 180 hours of Extended Day Learning Time (ELT) for each grade", "early_evidence"],
    ["Based on screening, plan small groups for reading. Check results and adjust as needed.", undefined],
    // a test that decides who is served, tests used to find students, a metric, a grouping, a figure of speech
    ["If a first grader is below benchmark on the screener, the teacher will meet with the family.", "activity"],
    ["Teachers will begin utilizing unit tests to check skills and identify students for reteaching.", "activity"],
    ["All teachers incorporate results from common assessments to inform small-group instruction.", "early_evidence"],
    ["By 2027 the school will raise achievement as measured by percentage proficient in reading from 60% to 66%.", undefined],
    ["Targets are set each year and determined by school and by student subgroup.", undefined],
    ["Increase the district's API score by 8 points.", undefined],
    ["To set our agenda for the year, we adopted three goals.", undefined],
    ["Development and implementation of a district dashboard is under way.", undefined],
    ["According to Maria Lopez, the district's chief of schools, the priorities are reading and attendance.", undefined],
    ["Students will build fluency by using Lexia daily.", "activity"],
    ["Teachers review Zearn data weekly to plan small groups.", "activity"],
    ["Data from the winter screener helped us decide to add a reading block.", undefined],
  ])("no source: %s", (text, type) => {
    expect(read(text, type).hasEvidence).toBe(false);
  });

  test("a clause that gives the target is not the source; the source named after it is", () => {
    const a = read("Wellness will improve, as measured by a 15% increase in students reporting support, per the School Survey results.", undefined);
    expect(a.evidence.join(" | ")).not.toContain("as measured by a 15% increase");
    expect(a.hasEvidence).toBe(true);
  });
});

describe("a line that is not a benchmark (`other`) states a target only outright", () => {
  const readOther = (text: string) => analyzeBenchmark(text, "other", SY);

  test.each<[text: string, shown: string]>([
    ["The state's attendance target for schools is 93 percent.", "93 percent"],
    ["Every school must submit its improvement plan by October 1.", "Every school"],
    ["Each newcomer student will receive a language screening within 30 days of enrollment.", "Each newcomer student"],
    ["Coaches spend 2-3 days a week in classrooms.", "2"],
    ["Schools exit the designation with a minimum of 3 years of growth.", "3"],
    ["The number of AP courses offered grows from 6 to 10.", "6"],
    ["Schools must keep a 95 percent participation rate on every state test.", "95 percent"],
    ["Under the plan, third-grade proficiency reaches 45% by 2028.", "45%"],
    ["Chronic absence is to fall by 5% each year.", "5%"],
    ["A school leaves the list once it is no longer in the lowest 5 percent of the state.", "5 percent"],
  ])("a target: %s", (text, shown) => {
    const a = readOther(text);
    expect(a.hasTarget).toBe(true);
    expect(a.targets.join(" | ")).toContain(shown);
  });

  test.each<string>([
    "Our schools serve approximately 5,600 students in 14 buildings.",
    "The strategic plan sets out 24 three-year goals, 11 of them in academics.",
    "In 2019, only 8 of 13 schools reached that mark.",
    "Data is reported for any group of 10 or more students (the n-size).",
    "All schools in the county are accredited.",
    "In spring 2024, 63% of third graders read on grade level.",
    "Attendance was 92.9%, an increase of 0.8% over last year.",
    "About 70% of our students qualify for free or reduced-price lunch.",
  ])("no target: %s", (text) => {
    const a = readOther(text);
    expect(a.targets).toEqual([]);
    expect(a.hasTarget).toBe(false);
  });

  test("a count a benchmark commits to is, in a line that is not one, a description", () => {
    expect(analyzeBenchmark("Coaches complete 12 walkthroughs.", "early_evidence", SY).targets).toEqual(["12"]);
    expect(readOther("Coaches complete 12 walkthroughs.").hasTarget).toBe(false);
  });
});

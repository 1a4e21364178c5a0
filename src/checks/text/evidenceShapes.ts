/**
 * The shapes in which districts name where a benchmark's evidence comes from, whatever the
 * instrument is called (evidence.ts reads them): "on the state test", "parent contact logs",
 * "75% of all walkthroughs", "minutes of PLC meetings", "administer the universal screener",
 * "Data source: …". Each comes with its trigger words and runs only when one of them is in the text.
 */
import { ASSESSMENT_KINDS } from "./instruments";
import { triggers } from "./words";

/**
 * Shapes that name a source, each run only when one of its words is in the text (keeps
 * `npm run bench` fast: most benchmark texts skip most of them).
 */
export const GATED_RES: readonly (readonly [RegExp, ReadonlySet<string>])[] = [
  // visits, observations and scorecards kept as the work is done: "site visits at these schools", "Observation of restorative practices", "an annual scorecard"
  [
    /\b(?:site|campus|monitoring)\s+visits?\b|\bobservations?\s+of\s+(?:[\w-]+\s+){0,3}?(?:practices?|instruction|teachers?|classrooms?|lessons?|implementation)\b|\bscore\s?cards?\b/gi,
    triggers(["visit", "visits", "observation", "observations", "scorecard", "scorecards", "score"]),
  ],
  // a report to the board or the public is the record of the work: "A report … will be presented to the Board of Directors"
  [
    /\breports?\b[^.;]{0,100}?\b(?:presented|submitted|delivered|given)\s+to\s+(?:the\s+)?(?:public\s+and\s+the\s+)?(?:School\s+|District\s+)?(?:Board|Superintendent|public)\b/gi,
    triggers(["presented", "submitted", "delivered"]),
  ],
  // a screening by its window: "On the fall 2025 screening", "on the winter benchmark"
  [
    /\bon\s+the\s+(?:fall|winter|spring|mid-year|end-of-year|beginning-of-year|BOY|MOY|EOY)\s+(?:20\d\d\s+)?(?:screening|screener|benchmark|diagnostic)\b/gi,
    triggers(["screening", "screener", "benchmark", "diagnostic"]),
  ],
  // records kept and handed in as the work goes: "share their 5-Step Process minutes with the BLT", "forms are to be submitted monthly", "record the percentage of students"
  [
    /\b(?:share|shares|post|posts|submit|submits|maintain|maintains|keep|keeps)\s+(?:their\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,3}?minutes\b|\bforms?\s+(?:are|will\s+be)\s+(?:to\s+be\s+)?(?:submitted|completed|collected|filed)\b|\brecords?\s+(?:the\s+)?(?:percentage|percent|number|rate)\s+of\b/gi,
    triggers(["minutes", "forms", "form", "record", "records"]),
  ],
  // reporting to the board or the state on a rhythm: "report annually to the Lincoln Board of Education", "report monthly progress to the SDE", "reported to the Board"
  [
    /\b[Rr]eport(?:s|ed|ing)?\s+(?:annually\s+|quarterly\s+|monthly\s+|twice\s+a\s+year\s+|each\s+(?:year|quarter|month)\s+)?(?:(?:monthly|quarterly|annual)\s+)?(?:progress\s+)?to\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}(?:Board|Superintendent|[A-Z]{2,5})\b(?<!\bBoard\s+of\s+Regents)/g,
    triggers(["report", "reports", "reported", "reporting"]),
  ],
  // what is kept or shared as the work goes on: "Weekly emails logged", "feedback shared in Board updates", "shared … via the Key Achievement Indicators"
  [
    /\b(?:emails?|calls?|contacts?|visits?|sessions?|conferences?)\s+(?:are\s+|will\s+be\s+)?(?:logged|documented|recorded|tracked)\b|\b(?:shared|reported|presented)\s+(?:[\w-]+\s+){0,4}?(?:in|at|to|via|through)\s+(?:the\s+)?(?:(?:School\s+)?Board\s+(?:updates?|meetings?|reports?)|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)+)/g,
    triggers(["logged", "documented", "recorded", "tracked", "shared", "reported", "presented"]),
  ],
  // data named as the instrument: "using building level data/pssa as the instrument"
  [/\b(?:using|with|via|from)\s+(?:[\w/-]+\s+){1,5}?as\s+the\s+(?:instrument|measure|data\s+source|assessment\s+tool)\b/gi, triggers(["instrument", "measure"])],
  // a report at a point of the year, a record kept in a spreadsheet: "an end-of-the-year report", "DSA Class Record Spreadsheet"
  [
    /\b(?:an?|the)\s+(?:end-of-(?:the-)?year|annual|quarterly|monthly|progress|summary|written)\s+reports?\b|\b(?:record|data|tracking|class)\s+spreadsheets?\b/gi,
    triggers(["report", "reports", "spreadsheet", "spreadsheets"]),
  ],
  // a survey that opens the line: "Survey for student perception … will be given April"
  [/^\s*Surveys?\b(?!\s+(?:all|the|staff|teachers|students|families|parents)\b)/gi, triggers(["survey", "surveys"])],
  // a screener or a fidelity check as the measure: "on the SEL screener", "fidelity checks"
  [
    new RegExp(
      "\\b(?:on|by|using|from|per|in|with)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}screeners?\\b|\\bfidelity\\s+(?:checks?|checklists?|observations?|data|logs?|tools?|rubrics?)\\b",
      "gi",
    ),
    triggers(["screener", "screeners", "fidelity"]),
  ],
  // the year's test windows as data: "using end of year data", "BOY screening results"
  [
    new RegExp(
      "\\b(?:end|beginning|middle)[- ]of[- ](?:the[- ])?year\\s+(?:data|results|scores|assessments?)\\b|\\b(?:BOY|MOY|EOY)\\s+(?:data|results|scores|screenings?|assessments?)\\b",
      "gi",
    ),
    triggers(["end", "beginning", "middle", "boy", "moy", "eoy"]),
  ],
  // any instrument named by its kind after a preposition: "on the state test", "on common assessments", "via the family survey"
  [
    new RegExp(
      "\\b(?:on|in|by|from|using|per|through|via|with|over|against|pass|passes|passed|passing)\\s+(?:the\\s+|a\\s+|an\\s+|their\\s+|our\\s+|its\\s+)?(?:[\\w'’-]+\\s+|\\([A-Z]{2,6}\\)\\s+){0,5}?(?<!needs\\s)(?:assessments?|tests?|exams?|examinations?|screeners?|surveys?|questionnaires?|inventor(?:y|ies)|rubrics?|checklists?|evaluations?|self-assessments?|checkpoints?|testing)\\b(?!\\s+(?:design|development|preparation|prep|taking|strategies|items?\\s+writing|areas?|domains?|subjects?|plans?|calendars?|schedules?|literacy|periods?|windows?|season|process(?:es)?|cycles?))",
      "gi",
    ),
    triggers([
      ...ASSESSMENT_KINDS,
      "survey",
      "surveys",
      "questionnaire",
      "questionnaires",
      "inventory",
      "inventories",
      "rubric",
      "rubrics",
      "checklist",
      "checklists",
      "evaluation",
      "evaluations",
      "checkpoint",
      "checkpoints",
      "testing",
    ]),
  ],
  // records and systems that hold the evidence: "parent contact logs", "the tracking spreadsheet", "student information system"
  [
    new RegExp(
      "\\b(?:the|a|an|their|our|its|in|on|per|via|using|through|from)\\s+(?:[\\w'’-]+\\s+){0,3}?(?:logs|trackers?|tracking\\s+(?:sheets?|tools?|forms?|spreadsheets?)|spreadsheets?|databases?|data\\s+bases?|dashboards?|gradebooks?|(?:data|information|student\\s+information|reporting)\\s+systems?|transcripts?|questionnaires?|focus\\s+groups?|exit\\s+slips?|certificates?\\s+of\\s+completion|Google\\s+(?:Docs?|Sheets?|Forms?|Drive|Classroom)|shared\\s+(?:docs?|documents?|folders?|drives?|spreadsheets?))\\b",
      "gi",
    ),
    triggers([
      "logs",
      "tracker",
      "trackers",
      "tracking",
      "spreadsheet",
      "spreadsheets",
      "database",
      "databases",
      "dashboard",
      "dashboards",
      "gradebook",
      "gradebooks",
      "system",
      "systems",
      "transcript",
      "transcripts",
      "questionnaire",
      "questionnaires",
      "groups",
      "slips",
      "certificates",
      "google",
      "shared",
    ]),
  ],
  // observations as the unit counted or the source: "75% of all walkthroughs", "feedback from walkthroughs", "documented learning walks"
  [
    new RegExp(
      "%\\s+of\\s+(?:all\\s+)?(?:the\\s+)?(?:classroom\\s+|teacher\\s+)?(?:walk-?throughs|learning\\s+walks|observations|observation\\s+evaluations|observed\\s+(?:lessons|classrooms)|classroom\\s+visits)\\b",
      "gi",
    ),
    triggers(["walkthroughs", "walks", "observations", "observation"]),
  ],
  [
    new RegExp(
      "\\b(?:from|during|through|in|on|using|via|with)\\s+(?:the\\s+|all\\s+|their\\s+)?(?:[\\w-]+\\s+)?(?:walk[- ]?throughs|learning\\s+walks|classroom\\s+visits|observations|instructional\\s+rounds)\\b" +
        // observation done as the work: "conduct walk-throughs once a month", "content rounds at the elementary level"
        "|\\bconduct(?:s|ed|ing)?\\s+(?:[\\w-]+\\s+){0,2}?(?:walk[- ]?throughs|learning\\s+walks|observations|classroom\\s+visits|instructional\\s+rounds|fidelity\\s+checks)\\b(?=[^.;]*\\b(?:collect\\w*|data|record\\w*|document\\w*|feedback|tools?|forms?|checklists?|rubrics?|look-?fors)\\b)|^\\s*(?:[\\w\\s-]{1,20}:\\s*)?(?:content|instructional|learning)\\s+rounds\\b",
      "gi",
    ),
    triggers(["walkthroughs", "throughs", "walks", "visits", "observations", "rounds", "checks"]),
  ],
  [
    new RegExp("%\\s+of\\s+(?:the\\s+)?(?:classrooms|lessons|classes)\\s+(?:observed|visited|walked)\\b|\\b(?:observed|visited)\\s+(?:classrooms|lessons)\\b", "gi"),
    triggers(["observed", "visited", "walked"]),
  ],
  // the artifact as the subject: "lesson plans will reflect", "agendas will show"
  [
    new RegExp(
      "\\b(?:lesson\\s+plans|unit\\s+plans|agendas|schedules|rosters|sign-?in\\s+sheets|student\\s+work|gradebooks?)\\s+(?:will\\s+)?(?:show|shows|reflect|reflects|include|includes|indicate|indicates|document|documents|demonstrate|demonstrates|evidence)\\b",
      "gi",
    ),
    triggers(["show", "shows", "reflect", "reflects", "include", "includes", "indicate", "indicates", "document", "documents", "demonstrate", "demonstrates", "evidence"]),
  ],
  // what observers look for, and work students present: "against the week's look-fors", "a presentation of learning", "capstone projects"
  [
    /\blook[- ]?fors?\b|\bpresentations?\s+of\s+learning\b|\b(?:capstone|senior)\s+(?:projects?|presentations?|defen[cs]es?)\b|\bdefen[cs]es?\s+of\s+learning\b/gi,
    triggers(["look", "lookfors", "lookfor", "fors", "presentation", "presentations", "capstone", "senior", "defense", "defence", "defenses"]),
  ],
  // observation as the method: "will be observed in 80% of classrooms", "student interviews"
  [new RegExp("\\b(?:be|are|is|were|being)\\s+observed\\b|\\b(?:student|teacher|staff|parent|family|exit|empathy)\\s+interviews\\b", "gi"), triggers(["observed", "interviews"])],
  [
    new RegExp("\\bon\\s+(?:the\\s+|each\\s+|all\\s+)?(?:[\\w-]+\\s+){0,2}?benchmarks?\\s+(?:assessments?|tests?|screen(?:er|ing)s?)\\b", "gi"),
    triggers(["benchmark", "benchmarks"]),
  ],
  // the state's accountability results ("state accountability ratings", "the school performance framework"), pre- and post-tests
  [
    /\baccountability\s+(?:ratings?|reports?|data|results|system|scores?|index|framework)\b|\bschool\s+performance\s+(?:framework|reports?|ratings?)\b|\b(?:pre|post)-?tests?\b/gi,
    triggers(["accountability", "performance", "pretest", "posttest", "pretests", "posttests", "pre", "post"]),
  ],
  // progress monitoring as a thing done and recorded (not the verb "progress monitor all students")
  [
    new RegExp(
      "\\bprogress[- ]monitoring\\s+(?:of|data|results|tools?|probes?|assessments?|checks?|reports?|graphs?|charts?)\\b|\\b(?:annual|quarterly|monthly|weekly|regular|ongoing|the|through|via|by)\\s+progress[- ]monitoring\\b",
      "gi",
    ),
    triggers(["monitoring"]),
  ],
  // a test window used as a test: "on the winter benchmark", "the MOY benchmark assessment"
  [
    new RegExp(
      "\\b(?:on|in|by|from|passing)\\s+(?:the\\s+)?(?:fall|winter|spring|BOY|MOY|EOY|mid-?year|end-of-year|beginning-of-year|district|quarterly|[Ff]all|[Ww]inter|[Ss]pring|September|October|November|December|January|February|March|April|May|June)\\s+(?:(?:reading|math|mathematics|literacy|ELA|universal|screening)\\s+)?benchmarks?\\b(?!\\s+(?:for|of)\\b)",
      "gi",
    ),
    triggers(["benchmark", "benchmarks"]),
  ],
  // tests named by when or what they cover: "end-of-module assessments", "the chapter tests", "weekly fluency checks"
  [
    new RegExp(
      "\\b(?:end[- ]of[- ](?:course|grade)|(?:mid|end)-of-module|module|topic|chapter|mid-?term|final|semester|course|weekly|monthly|fluency|phonics)\\s+(?:[\\w-]+\\s+)?(?:assessments?|tests?|exams?|quiz(?:zes)?|checks?|probes?)\\b",
      "gi",
    ),
    triggers(["end", "module", "topic", "chapter", "midterm", "mid", "final", "semester", "course", "weekly", "monthly", "fluency", "phonics"]),
  ],
  // a test given or taken as the work: "administer the universal screener three times a year", "all seniors take the SAT"
  [
    new RegExp(
      "\\b(?:administer|administers|administered|administering|give|gives|given|giving|take|takes|taking|complete|completes|completed|completing|conduct|conducts|conducted)\\s+(?:the\\s+|a\\s+|an\\s+|all\\s+|their\\s+|each\\s+)?(?:[\\w-]+\\s+){0,3}?(?<!needs\\s)(?<!self-)(?:assessments?|tests?|exams?|screeners?|screenings?|surveys?|diagnostics?|probes?|inventor(?:y|ies)|questionnaires?)\\b",
      "gi",
    ),
    triggers([
      "administer",
      "administers",
      "administered",
      "administering",
      "give",
      "gives",
      "given",
      "giving",
      "take",
      "takes",
      "taking",
      "complete",
      "completes",
      "completed",
      "completing",
      "conduct",
      "conducts",
      "conducted",
    ]),
  ],
  // records as districts name them: "minutes of PLC meetings", "training records", "records of parent contacts", "PLC artifacts"
  [
    new RegExp(
      "\\bminutes\\s+(?:of|from)\\s+(?:the\\s+|all\\s+|each\\s+)?(?:[\\w-]+\\s+){0,2}?(?:meetings?|sessions?|PLCs?)\\b" +
        "|\\b(?:training|PD|professional[- ]learning|intervention|discipline|behavior|contact|call|conference|visit|coaching|counseling|referral|tutoring|completion|participation)\\s+records?\\b" +
        "|\\brecords?\\s+of\\s+(?:the\\s+|all\\s+|each\\s+)?(?:[\\w-]+\\s+)?(?:trainings?|attendance|meetings?|contacts?|calls?|visits?|interventions?|sessions?|PD|completion|participation|monitoring|services|supports?)\\b|\\b(?:maintain|keep|kept)\\w*\\s+(?:[\\w-]+\\s+)?records?\\b" +
        "|\\b(?:PLC|student|classroom|teacher|learning|coaching|meeting|lesson|collected|submitted|documented)\\s+artifacts\\b|\\bartifacts?\\s+(?:of|from|showing|that|collected)\\b" +
        // notes and plans kept as the work is done: "data team meeting notes", "lesson plan checks", "submitted lesson plans"
        "|\\b(?:meeting|PLC|team|coaching|conference|debrief)\\s+notes\\b|\\b(?:lesson|unit)\\s+plan\\s+(?:checks?|reviews?|audits?|submissions?)\\b|\\bsubmit(?:s|ted)?\\s+(?:their\\s+|weekly\\s+|the\\s+)*(?:lesson|unit)\\s+plans\\b",
      "gi",
    ),
    triggers(["minutes", "record", "records", "artifact", "artifacts", "notes", "plan", "plans"]),
  ],
  // reports and data a programme or a system produces: "Lexia usage reports", "training reports", "early warning data", "course grades"
  [
    new RegExp(
      "\\busage\\s+(?:data|reports?|logs?|minutes|rates?|audits?)\\b|\\b(?:implementation|fidelity|curriculum)\\s+audits?\\b|\\b(?:training|use|completion|fidelity|monitoring|incident|discipline|usage|attendance|grade|grading|annual|progress|status|quarterly|monthly|mid-?year|year-end)\\s+reports?\\b" +
        "|\\bearly\\s+warning\\s+(?:systems?|indicators?|data|reports?|dashboards?|tools?)\\b|\\bcourse\\s+grades\\b|\\bgrade\\s+distributions?\\b" +
        "|\\b(?:feedback|evaluation|reflection|observation|walk-?through|referral|intake|self-assessment|goal-setting|PD|exit|PLC|meeting|planning|data)\\s+(?:forms?|surveys?)\\b|^\\s*Minutes\\s+(?:are|will\\s+be)\\s+(?:taken|kept|recorded|maintained|posted)\\b",
      "gi",
    ),
    triggers(["usage", "audit", "audits", "report", "reports", "warning", "grades", "distribution", "distributions", "form", "forms", "survey", "surveys", "minutes"]),
  ],
  // what was done, kept: "documented evidence of implementation", "evidence of PLC meetings"; and a plan's source field ("Data source: …")
  [
    new RegExp(
      "\\b(?:documented|written|other)\\s+evidence\\s+of\\b|\\bevidence\\s+of\\s+(?:implementation|completion|use|meetings?|participation|practice)\\b|\\b(?:data\\s+)?(?:sources?|instruments?|monitoring\\s+tools?)\\s*:\\s*(?=[A-Za-z])",
      "gi",
    ),
    triggers(["evidence", "source", "sources", "instrument", "instruments", "tool", "tools"]),
  ],
  [
    new RegExp(
      "\\b(?:documented|recorded|logged)\\s+(?:[\\w-]+\\s+)?(?:walk-?throughs|learning\\s+walks|observations|visits|conferences|sessions|meetings|interventions|contacts)\\b|\\bcollect(?:s|ed|ing)?\\s+evidence\\b",
      "gi",
    ),
    triggers(["documented", "recorded", "logged", "collect", "collects", "collected", "collecting"]),
  ],
];

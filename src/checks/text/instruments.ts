/**
 * Instruments and data systems districts name as evidence, as they write them (SPEC.md §4.7
 * "evidence"): state tests of every state, screeners and interim assessments, surveys, observation
 * tools and student information systems. Two kinds of pattern: names (the tests and products
 * schools actually use, from public state and vendor documentation), and shapes that name an
 * instrument whatever it is called ("on the NYS ELA exam", "passing the Reading SOL", "the SEL
 * screener"). Acronyms that name a subject, a group or a programme (ELA, ELL, PBIS, AP) are not
 * instruments.
 */
import { triggers } from "./words";

/** State tests (all states), national tests, English-proficiency tests; case-sensitive acronyms. */
const STATE_TESTS =
  "MCAS|PARCC|SBAC|SBA|CAASPP|CST|CAHSEE|STAAR|TAKS|TELPAS|SOLs?|VALLSS|PALS|MCAs?|MTAS|ISAT|IAR|ISTEP|ILEARN|NJSLA|NJASK|PSSAs?|PASA|Keystones?|EOGs?|EOCs?|FSA|FCAT|B\\.?E\\.?S\\.?T\\.?|LEAP|MAAP|AzM2|AzMERIT|AASA|CMAS|OAKS|KPREP|K-PREP|KSA|M-STEP|MSTEP|MME|NSCAS|NeSA|RICAS|NECAP|NGSA|MEA|MAP-A|MSA|MCAP|MISA|TNReady|TCAP|GMAS|GKIDS|SC\\s?READY|SCPASS|KAP|ACT|SAT|PSAT|NAEP|ACCESS|WIDA|ELPAC|NYSESLAT|NYSITELL|ELPA21?|LAS\\s+Links|KELPA|TPRI|TSI|Regents|WorkKeys|ASVAB|Accuplacer|DLM|NCEXTEND|CRCT|DSTP|DCAS|SBAC|SBA|OAA|OGT|MCA-III|MAP|NWEA|CogAT|ITBS|Iowa\\s+Assessments?|Terra\\s?Nova";
/** Screeners, interim tests, surveys, observation tools, data systems; case-sensitive product names. */
const PRODUCTS =
  "DIBELS|Dibels|DRA2?|STAR(?:\\s+360)?|Star\\s+(?:Reading|Math|Early\\s+Literacy|CBM|360)|[iI]-?[Rr]eady|Fastbridge|iStation|Exact\\s+Path|Edmentum|PAST|QPS|SRSS|SSIS|BASC|TFI|BoQ|YRBS|5Essentials|Gallup|Tripod|Cognia|eleot|TKES|LKES|EVAAS|TVAAS|Google\\s+(?:Forms?|Sheets?)|BAS|F&P|Fountas|Acadience|[Aa][Ii][Mm][Ss]\\s?[Ww][Ee][Bb]|FastBridge|Fast\\s+Bridge|aReading|aMath|earlyReading|earlyMath|CBMreading|easyCBM|i-?Ready|iReady|mCLASS|MCLASS|mClass|Amira|Istation|ISIP|Lexia|RAPS|SRI|SMI|Reading\\s+Inventory|Lexiles?|Quantiles?|QRI|Achieve\\s?3000|Renaissance|Edulastic|Illuminate|Schoolnet|Mastery\\s?Connect|Eduphoria|Panorama|DESSA|SAEBRS|BIMAS|SWIS|CRIOP|CLASS|ELLCO|TS\\s+GOLD|Teaching\\s+Strategies\\s+GOLD|ESGI|Brigance|ASQ|KRA|KEA|CFAs?|Aspen|PowerSchool|Infinite\\s+Campus|Skyward|Synergy|X2|SchoolBrains|ATS|SESIS|Naviance|Tyler\\s+SIS|Branching\\s+Minds|Zearn|IXL|Khan\\s+Academy\\s+data|AP\\s+(?:exams?|scores|exam\\s+(?:scores|results))|IB\\s+(?:exams?|scores)|IEP\\s+progress\\s+reports?";

/** Named instruments and systems, case-sensitive (so "star student" or "map out" is not MAP). */
export const NAMED_INSTRUMENT_RE = new RegExp(`(?<![\\w-])(?:${STATE_TESTS}|${PRODUCTS})(?![\\w-])`, "g");
export const NAMED_INSTRUMENT_WORDS = triggers(
  ("mcas parcc sbac sba caaspp cst cahsee staar taks telpas sol sols vallss pals mca mcas mtas isat iar istep ilearn njsla njask pssa pssas pasa keystone keystones eog eogs eoc eocs fsa fcat best b e s t leap maap azm2 azmerit aasa cmas ost oaks kprep prep ksa m mstep step mme nscas nesa ricas necap ngsa mea map msa mcap misa tnready tcap gmas gkids sc scready ready scpass kap act sat psat naep access wida elpac nysesl nyseslat nysitell elpa elpa21 las links kelpa tpri tsi ccrpi ayp regents workkeys asvab accuplacer sage rise aspire dlm ncextend aims crt crct dstp dcas oaa ogt iii nwea cogat itbs iowa terra terranova " +
    "360 fastbridge istation exact edmentum past qps srss ssis basc tfi boq yrbs 5essentials gallup tripod cognia eleot tkes lkes evaas tvaas google " +
    "dibels dra dra2 star bas f p fountas acadience aimsweb aims web fastbridge fast areading amath earlyreading earlymath cbmreading easycbm iready mclass amira istation isip lexia raps sri smi lexile lexiles quantile quantiles qri achieve3000 renaissance edulastic illuminate schoolnet masteryconnect connect gold 3000 eduphoria panorama dessa saebrs bimas swis criop class ellco ts esgi brigance asq kra kea cfa cfas aspen powerschool infinite skyward synergy x2 schoolbrains ats sesis naviance tyler branching zearn ixl khan ap ib iep")
    .split(" "),
);

/** Acronyms that name a subject, a group, a programme or an office, never an instrument. */
const NOT_INSTRUMENTS = new Set(
  ("ELA ELAR ELD ELL ELLs EL ELs ESL ESOL ML MLL MLs SWD SWDs SPED SpEd IEP IEPs ED EC ECE TK KG K PK PreK STEM STEAM CTE AP IB AVID SEL PBIS MTSS RTI RtI PLC PLCs PD SMART AIP SIP CIP ILT DLT BLT DOE NJDOE NYSDOE TEA ISBE LEA LEAs SEA ESSA ESSER NCLB UDL HQIM SIOP CRSE CRT CRP GT TAG ESY SST FRL FRPL ADA HS MS ES CCR CCMR CCRPI FAFSA USA US NYC NYS DC OK ID IT HR LMS SIS K-12 MOY BOY EOY SY FY Q1 Q2 Q3 Q4 ELO OST Title LRE FBA BIP MDT CSE CPSE DI EOY MTSS-B").split(" "),
);

/**
 * An acronym after a word that puts it where a test goes: "passing the third grade Reading SOL",
 * "participation in the PSSA", "proficient on MCA". The acronym is group 1, checked against NOT_INSTRUMENTS.
 */
export const ACRONYM_TEST_RE =
  /\b(?:on|in|passing|passed|pass|passes|per|from|using|via|taking|took|take|takes|administered|administering|administer)\s+(?:the\s+)?(?:(?:[A-Z][a-z]+|\d+(?:st|nd|rd|th)|third|fourth|fifth|grade|spring|fall|winter|state|district)[\s-]+){0,3}?([A-Z][A-Z0-9&]{1,6})s?\b(?![-'’])/g;

export function isInstrumentAcronym(acronym: string): boolean {
  return !NOT_INSTRUMENTS.has(acronym) && !/^(?:[IVX]+|[A-Z]\d?)$/.test(acronym);
}

/**
 * A capitalised name ending in an instrument noun: "the NYS ELA exam", "IAR Math Test", "Keystone
 * Exams", "the New Jersey Student Learning Assessment", "GKIDS Readiness Check", "SEL screener".
 */
export const NAMED_TEST_RE =
  /(?<![\w-])(?:[A-Z][\w&.'’-]*\s+){1,6}(?:[Tt]ests?|[Ee]xams?|[Ee]xaminations?|[Aa]ssessments?|[Ss]creeners?|[Ss]creenings?|[Ss]urveys?|[Ii]nventor(?:y|ies)|Readiness\s+Check|[Pp]rotocols?|[Rr]ubrics?|Short\s+Form)\b/g;
/** A capitalised word that starts a sentence or is a verb does not make a name. */
export const NAME_STARTERS = /^(?:The|A|An|Our|Their|Its|All|Each|Every|Use|Using|Administer|Create|Develop|Implement|Conduct|Complete|Increase|Decrease|Improve|Provide|Review|Purchase|Select|Adopt|Train|Begin|By|In|On|From|During|For|With|At|Students|Teachers|Staff|Schools)$/;
export const NAMED_TEST_WORDS = triggers(["test", "tests", "exam", "exams", "examination", "examinations", "assessment", "assessments", "screener", "screeners", "screening", "screenings", "survey", "surveys", "inventory", "inventories", "check", "protocol", "protocols", "rubric", "rubrics", "form"]);

/** An acronym followed by what it yields: "FAST scores", "KRA results", "PALS benchmarks" (group 1 is checked). */
export const ACRONYM_RESULT_RE =
  /\b([A-Z][A-Z0-9&]{1,7})\s+(?:scale\s+|composite\s+|item-level\s+)?(?:scores?|results|data|growth|proficiency|benchmarks?|composites?|levels|ratings|reports?)\b/g;

/**
 * A product written in camel case after a word that puts it where a measure goes: "on DreamBox",
 * "using SchoolCity", "via eduCLIMBER". Programmes and tools are written so; ordinary words are not.
 */
export const CAMEL_PRODUCT_RE =
  /\b(?:on|in|using|via|through|from|per|with|by)\s+(?:the\s+)?((?:[a-z]+[A-Z]|[A-Z][a-z]+[A-Z])[\w-]*)\b/g;

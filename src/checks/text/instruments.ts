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

/**
 * Named instruments and systems: state tests of every state, national and English-proficiency
 * tests, screeners, interim tests, surveys, observation tools and data systems. Case-sensitive (so
 * "star student" or "map out" is not MAP): one set lookup per word for the one-word names, a small
 * pattern for the names of several words.
 */
export const NAMED_INSTRUMENT_TOKENS: ReadonlySet<string> = new Set(
  (
    "5Essentials AASA ACCESS ACT ASQ ASVAB ATS Acadience Accuplacer Amira Aspen AzM2 AzMERIT BAS " +
    "BASC BIMAS BoQ Brigance CAASPP CAHSEE CBMreading CFA CFAs CLASS CMAS CRCT CRIOP CST " +
    "CogAT Cognia DCAS DESSA DIBELS DLM DRA DRA2 DSTP Dibels ELLCO ELPA ELPA21 ELPAC " +
    "EOC EOCs EOG EOGs ESGI EVAAS Edmentum Edulastic Eduphoria F&P FCAT FSA FastBridge Fastbridge " +
    "Fountas GKIDS GMAS Gallup IAR ILEARN ISAT ISIP ISTEP ITBS IXL Illuminate Istation K-PREP K-Prep " +
    "KAP KEA KELPA KPREP KRA KSA Keystone Keystones LEAP LKES Lexia Lexile Lexiles M-STEP " +
    "MAAP MAP MAP-A MCA MCA-III MCAP MCAS MCAs MCLASS MEA MISA MME MSA MSTEP " +
    "MTAS NAEP NCEXTEND NECAP NGSA NJASK NJSLA NSCAS NWEA NYSESLAT NYSITELL Naviance NeSA OAA " +
    "OAKS OGT PALS PARCC PASA PAST PSAT PSSA PSSAs Panorama PowerSchool QPS QRI Quantile " +
    "Quantiles RAPS RICAS Regents Renaissance SAEBRS SAT SBA SBAC SCPASS SESIS SMI SOL SOLs " +
    "SRI SRSS SSIS STAAR SWIS SchoolBrains Schoolnet Skyward Synergy TAKS TCAP TELPAS TFI TKES " +
    "TNReady TPRI TSI TVAAS Tripod VALLSS WIDA WorkKeys X2 YRBS Zearn aMath aReading earlyMath " +
    "earlyReading easyCBM eleot iReady iStation mCLASS mClass " +
    // more states' tests, English-proficiency tests, screeners, surveys and data systems
    "ACAP ATLAS AZELLA Aeries CALPADS CHKS DRDP DreamBox Dreambox ELDA Edgenuity FAST ISASP IREAD IREAD-3 " +
    "BRIGANCE CASAS ECERS EOCEP ITERS NMSQT SDQ Schoology TABE TSIA ANet BEACON CASE21 Galileo IAB IABs ICA ICAs TRC USATestprep CBM CBMs DORF LNF NWF ORF PSF WRF MAZE Kickboard NDSA NHSAS OELPA OSAS OSTP Otus PEAKS PreACT Pre-ACT WCAS WY-TOPP Xello YouthTruth aimswebPlus eSchoolPlus " +
    // value-added systems, science tests, kindergarten entry inventories, teacher evaluation systems and data warehouses of more states
    "PMRN PVAAS AzSCI DeSSA WaKIDS VKRP T-TESS TTESS T-PESS WVGSA MSSA NM-MSSA DC-CAPE NNAT OLSAT DMAC IRI ISIP-ER HSA NMSBA "
  )
    .trim()
    .split(" "),
);
/** The longer names, by their capitals: "ACADIENCE", "FASTBRIDGE" (a name typed in capitals is still the name; short ones could be words). */
const NAMES_IN_CAPITALS: ReadonlySet<string> = new Set([...NAMED_INSTRUMENT_TOKENS].filter((n) => n.length >= 6 && /[a-z]/.test(n)).map((n) => n.toUpperCase()));
/** Whether a word as written names an instrument of NAMED_INSTRUMENT_TOKENS, in its own spelling or in capitals. */
export function isNamedInstrument(word: string): boolean {
  if (NAMED_INSTRUMENT_TOKENS.has(word) || (word.length >= 6 && NAMES_IN_CAPITALS.has(word))) return true;
  // a test's part or version by its letters: "NeSA-R", "NeSA-M" (reading, math), "ISAT-SB" (Smarter Balanced)
  const base = /^(.{3,})-[A-Z]{1,3}$/.exec(word)?.[1];
  return base !== undefined && NAMED_INSTRUMENT_TOKENS.has(base);
}
/** A word as written, for NAMED_INSTRUMENT_TOKENS (keeps "&", "-" and digits: "F&P", "K-PREP", "AzM2"). */
export const WORD_AS_WRITTEN_RE = /[\w&-]+/g;
export const MULTI_WORD_INSTRUMENT_RE = new RegExp(
  `(?<![\\w-])(?:B\\.?E\\.?S\\.?T\\.?|SC\\s?READY|LAS\\s+Links|Iowa\\s+Assessments?|Terra\\s?Nova|STAR(?:\\s+360)?|Star\\s+(?:Reading|Math|Early\\s+Literacy|CBM|360)|[iI][-\\s]?[Rr]eady|Exact\\s+Path|Google\\s+(?:Forms?|Sheets?)|[Aa][Ii][Mm][Ss]\\s?[Ww][Ee][Bb]|Fast\\s+Bridge|i-?Ready|Reading\\s+Inventory|Achieve\\s?3000|Mastery\\s?Connect|TS\\s+GOLD|Teaching\\s+Strategies\\s+GOLD|Infinite\\s+Campus|Tyler\\s+SIS|Branching\\s+Minds|Khan\\s+Academy\\s+data|AP\\s+(?:exams?|scores|exam\\s+(?:scores|results))|IB\\s+(?:exams?|scores)|IEP\\s+progress\\s+reports?|Smarter\\s+Balanced?|Measures\\s+of\\s+Academic\\s+Progress|(?:Georgia|GA)\\s+Milestones|Milestones\\s+(?:Proficiency|EOG|EOC|End[- ]of[- ](?:Grade|Course)|[Aa]ssessments?|scores|results|data)|DC[- ]CAS|TN\\s+Ready|Performance\\s+Matters|Power\\s?BI|Microsoft\\s+Forms|ACT\\s+Aspire|Accelerated\\s+Reader|AR\\s+(?:tests?|quizzes|points|goals)|Study\\s+Island|[A-Z]{2}\\s+Check-?Ins?|CASE\\s?21|Achievement\\s+Network|Curriculum[- ]Based\\s+Measure(?:s|ments?)?|End[- ]of[- ](?:Course|Grade)|[Ee]nd[- ]of[- ](?:course|grade)\\s+(?:exams?|tests?|assessments?))(?![\\w-])`,
  "g",
);
export const NAMED_INSTRUMENT_WORDS = triggers(
  (
    "mcas parcc sbac sba caaspp cst cahsee staar taks telpas sol sols vallss pals mca mcas mtas isat iar istep ilearn njsla njask pssa pssas pasa keystone keystones eog eogs eoc eocs fsa fcat best b e s t leap maap azm2 azmerit aasa cmas ost oaks kprep prep ksa m mstep step mme nscas nesa ricas necap ngsa mea map msa mcap misa tnready tcap gmas gkids sc scready ready scpass kap act sat psat naep access wida elpac nysesl nyseslat nysitell elpa elpa21 las links kelpa tpri tsi ccrpi ayp regents workkeys asvab accuplacer sage rise aspire dlm ncextend aims crt crct dstp dcas oaa ogt iii nwea cogat itbs iowa terra terranova " +
    "360 fastbridge istation exact edmentum past qps srss ssis basc tfi boq yrbs 5essentials gallup tripod cognia eleot tkes lkes evaas tvaas google " +
    "dibels dra dra2 star bas f p fountas acadience aimsweb aims web fastbridge fast areading amath earlyreading earlymath cbmreading easycbm iready mclass amira istation isip lexia raps sri smi lexile lexiles quantile quantiles qri achieve3000 renaissance edulastic illuminate schoolnet masteryconnect connect gold 3000 eduphoria panorama dessa saebrs bimas swis criop class ellco ts esgi brigance asq kra kea cfa cfas aspen powerschool infinite skyward synergy x2 schoolbrains ats sesis naviance tyler branching zearn ixl khan ap ib iep " +
    "acap atlas azella aeries calpads chks drdp dreambox elda edgenuity isasp iread ndsa nhsas oelpa osas ostp otus peaks preact pre wcas wy topp xello youthtruth aimswebplus eschoolplus pmrn pvaas azsci dessa wakids vkrp tess ttess pess wvgsa mssa cape nnat olsat dmac iri hsa nmsba cas kickboard brigance casas ecers eocep iters nmsqt sdq schoology tabe tsia ar anet beacon case21 galileo iab iabs ica icas trc usatestprep accelerated reader study island check ins case achievement network cbm cbms dorf lnf nwf orf psf wrf maze smarter balanced balance measures milestones tn matters power powerbi bi microsoft forms curriculum"
  ).split(" "),
);

/** Acronyms that name a subject, a group, a programme or an office, never an instrument. */
const NOT_INSTRUMENTS = new Set(
  (
    "ELA ELAR ELD ELL ELLs EL ELs ESL ESOL ML MLL MLs SWD SWDs SPED SpEd IEP IEPs ED EC ECE TK KG K PK PreK STEM STEAM CTE AP IB AVID SEL PBIS MTSS RTI RtI PLC PLCs PD SMART AIP SIP CIP ILT DLT BLT DOE NJDOE NYSDOE TEA ISBE LEA LEAs SEA ESSA ESSER NCLB UDL HQIM SIOP CRSE CRT CRP GT TAG ESY SST FRL FRP FRPL ADA HS MS ES CCR CCMR FAFSA USA US NYC NYS DC OK ID IT HR LMS SIS K-12 MOY BOY EOY SY FY Q1 Q2 Q3 Q4 ELO OST Title LRE FBA BIP MDT CSE CPSE DI EOY MTSS-B " +
    // codes of law are where a rule comes from, not what measures it ("as defined in WAC 180-105-040")
    "WAC RCW ARS CFR ORS OAR NRS NAC KAR MCL ILCS USC IDEA FERPA " +
    // metrics name what is measured, not where the evidence comes from (SPEC.md §4.7)
    "CPI SPI SGP SGPs MGP SPS ADA ADM API CCRI " +
    // a professional learning course is training, not a measure ("Enroll teachers in LETRS training")
    "LETRS " +
    // regional service agencies support schools; they are not a test ("support from Berrien RESA")
    "RESA RESAs ESC ESCs BOCES ESD IU AEA CESA ROE " +
    // a state's postal code names a place ("the NC Public School System"); its tests have names of their own
    "AL AK AZ AR CA CO CT DE FL GA HI IA IL IN KS KY LA MA MD ME MI MN MO MS MT NC ND NE NH NJ NM NV NY OH OR PA RI SC SD TN TX UT VA VT WA WI WV WY"
  ).split(" "),
);

/** An acronym as written (2–7 capitals or digits, an optional plural "s"): group 1 is the acronym. */
export const ACRONYM_RE = /(?<![\w-])([A-Z][A-Z0-9&]{1,7})s?(?![\w-]|['’])/g;
/**
 * What stands right before an acronym that puts it where a test goes: "passing the third grade
 * Reading SOL", "participation in the PSSA", "proficient on MCA". Tested on the words before it.
 */
export const TEST_PLACE_BEFORE_RE =
  /\b(?:on|in|passing|passed|pass|passes|per|from|using|via|taking|took|take|takes|administered|administering|administer)\s+(?:the\s+)?(?:(?:[A-Z][a-z]+|\d+(?:st|nd|rd|th)|third|fourth|fifth|grade|spring|fall|winter|state|district)[\s-]+){0,3}$/;
/** What follows an acronym that names what it yields: "FAST scores", "KRA results", "PALS benchmarks". */
export const RESULT_AFTER_RE =
  /^\s+(?:scale\s+|composite\s+|item-level\s+)?(?:scores?|results|data|growth|proficiency|benchmarks?|composites?|levels|ratings|reports?|probes?|testing|diagnostics?)\b/;

export function isInstrumentAcronym(acronym: string): boolean {
  // a district's name ("MCPS", "JCPS", "BCSD"), a fiscal or school year, a quarter or a bill is not a test either
  return (
    !NOT_INSTRUMENTS.has(acronym) &&
    !/^(?:[IVX]+|[A-Z]\d?|[A-Z]{1,4}(?:PS|SD|ISD|CSD|USD|BOE)|M?SAD|RSU|SAU|SU|UFSD|ESD|(?:FY|SY|Q|MP|PM|HB|SB)\d+|[A-Z]{1,3}\d{1,3})$/.test(acronym)
  );
}

/**
 * A capitalised name ending in an instrument noun: "the NYS ELA exam", "IAR Math Test", "Keystone
 * Exams", "the New Jersey Student Learning Assessment", "GKIDS Readiness Check", "SEL screener",
 * "the Grade 3 English Language Arts (ELA) assessment".
 */
export const NAMED_TEST_RE =
  /(?<![\w-])[A-Z][\w&.'’-]*\s+(?:(?:[A-Z][\w&.'’-]*|\d{1,2}|\([A-Z]{2,6}\))\s+){0,5}(?:[Tt]ests?|[Ee]xams?|[Ee]xaminations?|[Aa]ssessments?|[Ss]creeners?|[Ss]creenings?|[Ss]urveys?|[Ii]nventor(?:y|ies)|Readiness\s+Check|[Pp]rotocols?|[Rr]ubrics?|Short\s+Form|Results|Reports?|Scorecards?|Dashboards?)\b/g;
/** A capitalised word that starts a sentence or is a verb does not make a name. */
export const NAME_STARTERS =
  /^(?:The|A|An|Our|Their|Its|All|Each|Every|Use|Using|Administer|Create|Develop|Implement|Conduct|Complete|Increase|Decrease|Improve|Provide|Review|Purchase|Select|Adopt|Train|Begin|By|In|On|From|During|For|With|At|Students|Teachers|Staff|Schools)$/;
/** The kinds of test a text names an instrument by ("the state test", "NWEA MAP Growth assessments"); other word lists build on it. */
export const ASSESSMENT_KINDS = ["assessment", "assessments", "test", "tests", "exam", "exams", "examination", "examinations", "screener", "screeners"] as const;

export const NAMED_TEST_WORDS = triggers([
  ...ASSESSMENT_KINDS,
  "screening",
  "screenings",
  "survey",
  "surveys",
  "inventory",
  "inventories",
  "check",
  "protocol",
  "protocols",
  "rubric",
  "rubrics",
  "form",
]);
/** The names of reports ("Achievement Index Results", "Spotlight Report") open NAMED_TEST_RE only when written with a capital. */
export const NAMED_REPORT_PRETEST = /\b(?:Results|Reports?|Scorecards?|Dashboards?)\b/;

/**
 * A product written in camel case after a word that puts it where a measure goes: "on DreamBox",
 * "using SchoolCity", "via eduCLIMBER". Programmes and tools are written so; ordinary words are not.
 */
export const CAMEL_PRODUCT_RE = /\b(?:on|in|using|use|uses|via|through|from|per|with|by)\s+(?:the\s+)?((?:[a-z]+[A-Z]|[A-Z][a-z]+[A-Z0-9])[\w-]*)\b/g;

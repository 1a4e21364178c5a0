/**
 * Reads `npm audit --json` output, cut down to what ships (scripts/auditScope.ts), and decides
 * whether CI may go on: any high or critical advisory against a shipped package fails; lower ones
 * are listed. When the advisory service cannot be reached (some networks refuse its POST), the
 * verdict says so plainly instead of pretending the tree was checked.
 */
export type AuditVerdict = { kind: "clean"; lines: string[] } | { kind: "blocked"; lines: string[] } | { kind: "unreachable"; lines: string[] };

interface AuditVulnerability {
  name?: string;
  severity?: string;
  range?: string;
  via?: Array<string | { title?: string; url?: string; severity?: string }>;
  fixAvailable?: boolean | { name?: string; version?: string };
}

interface AuditJson {
  vulnerabilities?: Record<string, AuditVulnerability>;
  metadata?: { vulnerabilities?: Record<string, number>; dependencies?: { prod?: number; total?: number } };
  message?: string;
  statusCode?: number;
  error?: { code?: string; summary?: string; detail?: string };
}

const FAILING = new Set(["high", "critical"]);

export function auditVerdict(stdout: string): AuditVerdict {
  let report: AuditJson;
  try {
    report = JSON.parse(stdout) as AuditJson;
  } catch {
    return { kind: "unreachable", lines: [`npm audit printed no report: ${firstLine(stdout) || "(nothing)"}`] };
  }
  if (!report.vulnerabilities || !report.metadata?.vulnerabilities) {
    const why = report.error?.summary || report.message || (report.statusCode ? `HTTP ${report.statusCode}` : "no report in the answer");
    return { kind: "unreachable", lines: [`the npm advisory service did not answer: ${firstLine(why)}`] };
  }
  const counts = report.metadata.vulnerabilities;
  const summary = ["critical", "high", "moderate", "low", "info"].map((s) => `${counts[s] ?? 0} ${s}`).join(", ");
  const lines = [`runtime dependencies audited: ${summary}`];
  const failing: string[] = [];
  for (const [name, v] of Object.entries(report.vulnerabilities)) {
    const line = `${v.severity ?? "?"}: ${name} ${v.range ?? ""} ${titles(v)}${fix(v)}`.replace(/\s+/g, " ").trim();
    lines.push(`  ${line}`);
    if (FAILING.has(v.severity ?? "")) failing.push(name);
  }
  if (failing.length > 0) {
    lines.push(`high or critical advisories in: ${failing.join(", ")} (update them, or replace the dependency)`);
    return { kind: "blocked", lines };
  }
  return { kind: "clean", lines };
}

function titles(v: AuditVulnerability): string {
  const t = (v.via ?? []).map((x) => (typeof x === "string" ? `via ${x}` : (x.title ?? ""))).filter(Boolean);
  return t.length ? `(${t.join("; ")})` : "";
}

function fix(v: AuditVulnerability): string {
  if (v.fixAvailable === true) return " [fix: npm audit fix]";
  if (v.fixAvailable && typeof v.fixAvailable === "object") return ` [fix: ${v.fixAvailable.name}@${v.fixAvailable.version}]`;
  return "";
}

function firstLine(s: string): string {
  return (
    s
      .split("\n")
      .find((l) => l.trim())
      ?.trim() ?? ""
  );
}

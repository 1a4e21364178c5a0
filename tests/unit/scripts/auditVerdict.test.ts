import { auditVerdict } from "../../../scripts/auditVerdict";

function report(vulnerabilities: Record<string, object>, counts: Record<string, number>): string {
  return JSON.stringify({
    auditReportVersion: 2,
    vulnerabilities,
    metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, ...counts }, dependencies: { prod: 120 } },
  });
}

describe("auditVerdict", () => {
  it("passes a tree with no advisories", () => {
    const v = auditVerdict(report({}, {}));
    expect(v.kind).toBe("clean");
    expect(v.lines[0]).toBe("runtime dependencies audited: 0 critical, 0 high, 0 moderate, 0 low, 0 info");
  });

  it("lists low and moderate advisories without failing", () => {
    const v = auditVerdict(report({ tmp: { name: "tmp", severity: "low", range: "<=0.2.3", via: [{ title: "tmp allows symlink write" }], fixAvailable: true } }, { low: 1 }));
    expect(v.kind).toBe("clean");
    expect(v.lines).toContain("  low: tmp <=0.2.3 (tmp allows symlink write) [fix: npm audit fix]");
  });

  it("fails on a high or a critical advisory and names the package", () => {
    const high = auditVerdict(report({ unzipper: { severity: "high", range: "<0.12", via: ["fstream"], fixAvailable: { name: "exceljs", version: "5.0.0" } } }, { high: 1 }));
    expect(high.kind).toBe("blocked");
    expect(high.lines.join("\n")).toContain("high: unzipper <0.12 (via fstream) [fix: exceljs@5.0.0]");
    expect(high.lines.at(-1)).toContain("unzipper");
    expect(auditVerdict(report({ x: { severity: "critical" } }, { critical: 1 })).kind).toBe("blocked");
  });

  it("says the tree was not checked when the service refuses the request", () => {
    // What npm 11 prints when the registry refuses the POST (as on this project's build machines).
    const refused = JSON.stringify({
      message: "405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk",
      statusCode: 405,
      error: { summary: "", detail: "" },
    });
    const v = auditVerdict(refused);
    expect(v.kind).toBe("unreachable");
    expect(v.lines[0]).toContain("405 Method Not Allowed");
    expect(auditVerdict(JSON.stringify({ error: { code: "ENOTFOUND", summary: "getaddrinfo ENOTFOUND registry.npmjs.org" } })).lines[0]).toContain("ENOTFOUND");
    expect(auditVerdict("npm error network\n").kind).toBe("unreachable");
  });
});

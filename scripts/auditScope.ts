/**
 * What `npm run audit` judges: the packages that reach users. That is the runtime dependencies
 * (what `npm install aip-excel-addin` brings for the command line) and the packages webpack
 * bundles into the pane, which are devDependencies so the command line's package does not
 * install them, yet ship to every user of the add-in. Build and test tools are left out.
 */

/** Bundled into the task pane by webpack; devDependencies in package.json (docs/command-line-package.md). */
export const PANE_BUNDLE = ["react", "react-dom", "@fluentui/react-components"];

interface LockEntry {
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

export interface PackageLock {
  packages: Record<string, LockEntry>;
}

/** The folder a lock path's package is installed from: "node_modules/a/node_modules/b" → "node_modules/a". */
function parentOf(where: string): string {
  const at = where.lastIndexOf("/node_modules/");
  return at < 0 ? "" : where.slice(0, at);
}

/** Where Node finds `name` when `from` requires it: its own node_modules, then each folder above. */
function resolve(lock: PackageLock, from: string, name: string): string | undefined {
  for (let dir = from; ; dir = parentOf(dir)) {
    const candidate = dir ? `${dir}/node_modules/${name}` : `node_modules/${name}`;
    if (lock.packages[candidate]) return candidate;
    if (!dir) return undefined;
  }
}

/** Lock paths ("node_modules/…") of the root's runtime dependencies, the pane's bundle, and all they need. */
export function shippedPackages(lock: PackageLock, paneBundle: readonly string[] = PANE_BUNDLE): Set<string> {
  const root = lock.packages[""] ?? {};
  const shipped = new Set<string>();
  const queue: Array<[string, string]> = [...Object.keys(root.dependencies ?? {}), ...paneBundle].map((name) => ["", name]);
  while (queue.length > 0) {
    const [from, name] = queue.pop()!;
    const where = resolve(lock, from, name);
    if (!where || shipped.has(where)) continue;
    shipped.add(where);
    const entry = lock.packages[where];
    for (const dep of Object.keys({ ...entry.dependencies, ...entry.optionalDependencies, ...entry.peerDependencies })) queue.push([where, dep]);
  }
  return shipped;
}

interface AuditEntry {
  severity?: string;
  nodes?: string[];
}

/**
 * `npm audit --json` output cut down to the advisories against packages that ship, with the
 * severity counts recounted. Output that is not a report (the service unreachable) passes as is.
 */
export function shippedAdvisories(stdout: string, shipped: Set<string>): string {
  let report: { vulnerabilities?: Record<string, AuditEntry>; metadata?: { vulnerabilities?: Record<string, number> } };
  try {
    report = JSON.parse(stdout);
  } catch {
    return stdout;
  }
  if (!report.vulnerabilities || !report.metadata?.vulnerabilities) return stdout;
  const kept = Object.entries(report.vulnerabilities).filter(([, v]) => (v.nodes ?? []).some((n) => shipped.has(n)));
  const counts: Record<string, number> = { info: 0, low: 0, moderate: 0, high: 0, critical: 0 };
  for (const [, v] of kept) counts[v.severity ?? "info"] = (counts[v.severity ?? "info"] ?? 0) + 1;
  const total = kept.length;
  return JSON.stringify({
    ...report,
    vulnerabilities: Object.fromEntries(kept),
    metadata: { ...report.metadata, vulnerabilities: { ...counts, total } },
  });
}

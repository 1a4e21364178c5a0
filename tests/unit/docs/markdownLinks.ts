/**
 * Finds broken relative links in Markdown files: a link, image or <img src> whose file does not
 * exist, or whose #anchor matches no heading of the target page. Anchors follow GitHub's rules for
 * heading ids (github-slugger): lower case, punctuation dropped except hyphens and underscores,
 * each space a hyphen, and a repeated heading gets -1, -2, … Links to the web (http, https) and
 * mailto: are not checked.
 */
import * as fs from "fs";
import * as path from "path";

export interface BrokenLink {
  file: string;
  line: number;
  target: string;
  problem: string;
}

/** Every .md file under dir (recursively), skipping dependencies and build output. */
export function markdownFiles(dir: string): string[] {
  const skip = new Set(["node_modules", ".git", "dist", "lib", "out", "test-results"]);
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return skip.has(entry.name) ? [] : markdownFiles(full);
    return entry.name.toLowerCase().endsWith(".md") ? [full] : [];
  });
}

/** A heading's id as GitHub makes it, before duplicates are numbered. */
export function githubSlug(heading: string): string {
  const text = heading
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1") // images: their alt text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1") // links: their text
    .replace(/<[^>]+>/g, "") // inline HTML tags
    .replace(/[*`]/g, "") // emphasis and code marks
    .trim()
    .toLowerCase();
  return text.replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, "").replace(/ /g, "-");
}

/** The text with fenced code blocks and inline code spans blanked out (line numbers kept). */
function withoutCode(markdown: string): string {
  let fence: string | undefined;
  const lines = markdown.split("\n").map((line) => {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence === undefined && marker) {
      fence = marker;
      return "";
    }
    if (fence !== undefined) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = undefined;
      return "";
    }
    return line;
  });
  return lines.join("\n").replace(/(`+)([\s\S]*?[^`])\1(?!`)/g, (span) => span.replace(/[^\n]/g, "x"));
}

/** The ids of a page's headings (ATX and setext), numbered as GitHub numbers repeats, plus HTML ids. */
export function anchorsOf(markdown: string): Set<string> {
  const counts = new Map<string, number>();
  const anchors = new Set<string>();
  const add = (heading: string) => {
    const slug = githubSlug(heading);
    const seen = counts.get(slug) ?? 0;
    counts.set(slug, seen + 1);
    anchors.add(seen === 0 ? slug : `${slug}-${seen}`);
  };
  const lines = withoutCodeBlocks(markdown);
  lines.forEach((line, i) => {
    const atx = /^ {0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/.exec(line);
    if (atx) return add(atx[1]);
    const next = lines[i + 1] ?? "";
    if (line.trim() && !/^\s*[|>-]/.test(line) && /^ {0,3}(=+|-+)\s*$/.test(next)) add(line);
  });
  for (const m of markdown.matchAll(/<a\s[^>]*?(?:name|id)="([^"]+)"/gi)) anchors.add(m[1]);
  return anchors;
}

/** Fenced code blocks blanked, as lines (code spans kept: headings show them as text). */
function withoutCodeBlocks(markdown: string): string[] {
  let inFence = false;
  return markdown.split("\n").map((line) => {
    if (/^ {0,3}(`{3,}|~{3,})/.test(line)) {
      inFence = !inFence;
      return "";
    }
    return inFence ? "" : line;
  });
}

/** Every link target in the page with its line: [text](target), ![alt](src), [ref]: target, <img src>, <a href>. */
export function linksOf(markdown: string): { target: string; line: number }[] {
  const text = withoutCode(markdown);
  const lineAt = (index: number) => text.slice(0, index).split("\n").length;
  const found: { target: string; line: number }[] = [];
  const patterns = [
    /!?\[(?:[^[\]]|\[[^\]]*\])*\]\(\s*(<[^>]*>|[^\s)]+)(?:\s+"[^"]*")?\s*\)/g,
    /^ {0,3}\[[^\]]+\]:\s*(<[^>]*>|\S+)/gm,
    /<(?:img|source)\s[^>]*?\bsrc\s*=\s*"([^"]*)"/gi,
    /<a\s[^>]*?\bhref\s*=\s*"([^"]*)"/gi,
  ];
  for (const pattern of patterns) {
    for (const m of text.matchAll(pattern)) {
      found.push({ target: m[1].replace(/^<|>$/g, ""), line: lineAt(m.index ?? 0) });
    }
  }
  return found.sort((a, b) => a.line - b.line);
}

const isExternal = (target: string) => /^(https?:|mailto:)/i.test(target);

/** What is wrong with each relative link of one page (root: the repository, for links starting with /). */
export function brokenLinks(file: string, root: string, anchorCache = new Map<string, Set<string>>()): BrokenLink[] {
  const anchorsIn = (target: string) => {
    if (!anchorCache.has(target)) anchorCache.set(target, anchorsOf(fs.readFileSync(target, "utf8")));
    return anchorCache.get(target) as Set<string>;
  };
  const broken: BrokenLink[] = [];
  for (const { target, line } of linksOf(fs.readFileSync(file, "utf8"))) {
    if (isExternal(target)) continue;
    const hash = target.indexOf("#");
    const pathPart = decodeURIComponent(hash < 0 ? target : target.slice(0, hash));
    const anchor = hash < 0 ? undefined : decodeURIComponent(target.slice(hash + 1));
    const resolved = pathPart === "" ? file : pathPart.startsWith("/") ? path.join(root, pathPart) : path.resolve(path.dirname(file), pathPart);
    const report = (problem: string) => broken.push({ file: path.relative(root, file), line, target, problem });
    if (!fs.existsSync(resolved)) {
      report(`no such file: ${path.relative(root, resolved)}`);
      continue;
    }
    if (anchor === undefined || !resolved.toLowerCase().endsWith(".md")) continue;
    if (!anchorsIn(resolved).has(anchor)) report(`no heading with the id "${anchor}" in ${path.relative(root, resolved)}`);
  }
  return broken;
}

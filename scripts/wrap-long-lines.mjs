#!/usr/bin/env node
// Wraps every line over 120 characters in the given TypeScript files, densely, in the project's style:
// code breaks after a comma or an opening bracket, or before `&&`, `||`, `??`, `?`, `:` or a string `+`,
// preferring the outermost place that leaves the first line as long as possible; continuation lines are
// indented two more spaces. Comments are reflowed word by word; a long string literal is split into a
// concatenation. Only lines over the limit change, so a merge with other work conflicts little.
// Usage: node scripts/wrap-long-lines.mjs src/**/*.ts   (then check: tsc, tests, example log hashes)
import { readFileSync, writeFileSync } from 'node:fs';
import ts from 'typescript';

const WIDTH = 120;

/** Break points in a parsed file: [offset where the new line starts, nesting depth]. */
function breakPoints(sf) {
  const points = [];
  const visit = (node, depth) => {
    const kids = node.getChildren(sf);
    for (let i = 0; i < kids.length; i++) {
      const k = kids[i];
      const kind = k.kind;
      if (kind === ts.SyntaxKind.CommaToken) points.push([k.end, depth, 'comma']);
      else if (kind === ts.SyntaxKind.OpenParenToken || kind === ts.SyntaxKind.OpenBracketToken ||
        kind === ts.SyntaxKind.OpenBraceToken) {
        if (i + 1 < kids.length && kids[i + 1].getStart(sf) !== kids[i + 1].end) points.push([k.end, depth + 1, 'open']);
      } else if (ts.isBinaryExpression(node) && k === node.operatorToken) {
        const op = k.kind;
        if (op === ts.SyntaxKind.AmpersandAmpersandToken || op === ts.SyntaxKind.BarBarToken ||
          op === ts.SyntaxKind.QuestionQuestionToken || op === ts.SyntaxKind.PlusToken) {
          points.push([k.getStart(sf), depth, op === ts.SyntaxKind.QuestionQuestionToken || op === ts.SyntaxKind.PlusToken
            ? 'weak' : 'op']);
        } else if (op === ts.SyntaxKind.EqualsToken) points.push([k.end, depth, 'assign']);
      } else if (ts.isConditionalExpression(node) && (k === node.questionToken || k === node.colonToken)) {
        points.push([k.getStart(sf), depth, 'op']);
      } else if (ts.isVariableDeclaration(node) && kind === ts.SyntaxKind.EqualsToken) {
        points.push([k.end, depth, 'assign']);
      } else if (ts.isArrowFunction(node) && k === node.equalsGreaterThanToken && !ts.isBlock(node.body)) {
        points.push([k.end, depth, 'arrow']);
      } else if ((kind === ts.SyntaxKind.BarToken || kind === ts.SyntaxKind.AmpersandToken) &&
        [node, node.parent].some((n) => n && (ts.isUnionTypeNode(n) || ts.isIntersectionTypeNode(n)))) {
        points.push([k.getStart(sf), depth, 'op']);
      }
      if (kind === ts.SyntaxKind.SyntaxList && i > 0 && kids[i - 1].kind === ts.SyntaxKind.OpenBraceToken) {
        // Members of a type literal, statements of a block, members of a class: one may start a line.
        for (const m of k.getChildren(sf).slice(1).filter((c) => c.kind !== ts.SyntaxKind.CommaToken)) points.push([m.getStart(sf), depth, 'comma']);
      }
      const opens = kind === ts.SyntaxKind.SyntaxList && i > 0 &&
        [ts.SyntaxKind.OpenParenToken, ts.SyntaxKind.OpenBracketToken, ts.SyntaxKind.OpenBraceToken,
          ts.SyntaxKind.LessThanToken].includes(kids[i - 1].kind);
      visit(k, opens ? depth + 1 : depth);
    }
  };
  visit(sf, 0);
  return points;
}

/** String literals in expression position that may be split into a concatenation. */
function splittableStrings(sf) {
  const out = [];
  const visit = (node) => {
    if (ts.isStringLiteral(node)) {
      const p = node.parent;
      const typeish = ts.isLiteralTypeNode(p) || ts.isImportDeclaration(p) || ts.isExportDeclaration(p) ||
        ts.isExternalModuleReference(p) || ((ts.isPropertyAssignment(p) || ts.isPropertySignature(p) ||
          ts.isPropertyDeclaration(p) || ts.isMethodDeclaration(p)) && p.name === node) ||
        ts.isEnumMember(p) || ts.isImportTypeNode(p) || ts.isCaseClause(p) || ts.isElementAccessExpression(p);
      if (!typeish) out.push([node.getStart(sf), node.end, needsParens(node)]);
    }
    node.forEachChild(visit);
  };
  visit(sf);
  return out;
}


const RANK = { comma: 0, op: 0, open: 1, assign: 1, arrow: 1, weak: 2 };

/** How many brackets are open at each offset of text[s, e), counted from s (strings skipped roughly). */
function bracketDepths(text, s, e) {
  const out = new Array(e - s + 1).fill(0);
  let depth = 0, quote = '';
  for (let i = s; i <= e; i++) {
    out[i - s] = depth;
    const c = text[i];
    if (quote) { if (c === '\\') i++; else if (c === quote) quote = ''; continue; }
    if (c === "'" || c === '"' || c === '`') quote = c;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
  }
  return out;
}

/** True when splitting this literal into `a + b` would change how it binds: wrap it in parentheses. */
function needsParens(node) {
  const p = node.parent;
  if (ts.isPropertyAccessExpression(p) || ts.isElementAccessExpression(p) || ts.isCallExpression(p) && p.expression === node ||
    ts.isNonNullExpression(p) || ts.isPrefixUnaryExpression(p) || ts.isTypeOfExpression(p) || ts.isAwaitExpression(p) ||
    ts.isAsExpression(p) || ts.isSatisfiesExpression(p)) return true;
  if (ts.isBinaryExpression(p)) {
    const op = p.operatorToken.kind;
    if (op === ts.SyntaxKind.PlusToken) return p.right === node;
    return [ts.SyntaxKind.AsteriskToken, ts.SyntaxKind.SlashToken, ts.SyntaxKind.PercentToken,
      ts.SyntaxKind.AsteriskAsteriskToken, ts.SyntaxKind.MinusToken].includes(op);
  }
  return false;
}

/** Untagged template literals: [start, end, literal pieces [from, to) that may be cut, needs parentheses]. */
function templateLiterals(sf) {
  const out = [];
  const visit = (node) => {
    if ((ts.isTemplateExpression(node) || ts.isNoSubstitutionTemplateLiteral(node)) &&
      !ts.isTaggedTemplateExpression(node.parent)) {
      const lits = ts.isTemplateExpression(node) ? [node.head, ...node.templateSpans.map((t) => t.literal)] : [node];
      const pieces = lits.map((l) => [l.getStart(sf) + 1, l.end - (ts.isTemplateHead(l) || ts.isTemplateMiddle(l) ? 2 : 1)]);
      out.push([node.getStart(sf), node.end, pieces, needsParens(node)]);
    }
    node.forEachChild(visit);
  };
  visit(sf);
  return out;
}

const indentOf = (line) => line.match(/^\s*/)[0];

/** Reflows a comment line (`// ...` or ` * ...`) into lines of at most WIDTH. */
function reflowComment(line) {
  const m = line.match(/^(\s*(?:\/\/|\*)\s?)(.*)$/);
  if (!m) return [line];
  const [, prefix, body] = m;
  const words = body.split(/ +/);
  const lines = [];
  let cur = '';
  for (const w of words) {
    if (cur && prefix.length + cur.length + 1 + w.length > WIDTH) { lines.push(prefix + cur); cur = w; }
    else cur = cur ? `${cur} ${w}` : w;
  }
  if (cur) lines.push(prefix + cur);
  return lines;
}

/** One pass over a file: each long line gets at most one break (or one comment reflow). */
function pass(text) {
  const sf = ts.createSourceFile('x.ts', text, ts.ScriptTarget.Latest, true);
  const lines = text.split('\n');
  const starts = [];
  let off = 0;
  for (const l of lines) { starts.push(off); off += l.length + 1; }
  const points = breakPoints(sf);
  const strings = splittableStrings(sf);
  const templates = templateLiterals(sf);
  const usedTemplates = new Set();
  const comments = [];
  const seen = new Set();
  const collect = (node) => {
    for (const r of ts.getLeadingCommentRanges(text, node.getFullStart()) ?? []) {
      if (!seen.has(r.pos)) { seen.add(r.pos); comments.push(r); }
    }
    for (const r of ts.getTrailingCommentRanges(text, node.end) ?? []) {
      if (!seen.has(r.pos)) { seen.add(r.pos); comments.push(r); }
    }
    node.getChildren(sf).forEach(collect);
  };
  collect(sf);
  const edits = []; // [start, end, replacement]
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li];
    if (line.length <= WIDTH) continue;
    const s = starts[li], e = s + line.length;
    const indent = indentOf(line);
    const trimmed = line.trim();
    // A whole-line comment, or a line inside a block comment.
    const inComment = comments.find((c) => c.pos <= s + indent.length && c.end >= e);
    if (inComment || trimmed.startsWith('//')) {
      if (/^\/\*\*.*\*\/$/.test(trimmed)) {
        const body = trimmed.slice(3, -2).trim();
        edits.push([s, e, [`${indent}/**`, ...reflowComment(`${indent} * ${body}`), `${indent} */`].join('\n')]);
      } else if (/^(\/\/|\*)/.test(trimmed)) {
        edits.push([s, e, reflowComment(line).join('\n')]);
      }
      continue;
    }
    // A trailing `// comment` after code: move it above the code.
    const trailing = comments.find((c) => c.kind === ts.SyntaxKind.SingleLineCommentTrivia && c.pos > s + indent.length &&
      c.end === e);
    if (trailing) {
      const code = text.slice(s, trailing.pos).trimEnd();
      const comment = `${indent}${text.slice(trailing.pos, trailing.end)}`;
      edits.push([s, e, [...reflowComment(comment), code].join('\n')]);
      continue;
    }
    const cont = `${indent}  `;
    const limit = s + WIDTH;
    const depthAt = bracketDepths(text, s, e);
    const inLine = points.filter(([p]) => p > s + indent.length + 8 && p < e && p <= limit &&
      !templates.some(([a, b]) => a < p && p < b) &&
      text.slice(p, e).trim() !== '' && !/^[)\]},;]*$/.test(text.slice(p, e).trim()))
      .map(([p, , kind]) => [p, depthAt[p - s], RANK[kind]]);
    if (inLine.length) {
      // The outermost, most natural break that keeps at least half the line; else the rightmost one.
      const long = inLine.filter(([p]) => p - s >= WIDTH / 2);
      const pool = long.length ? long : inLine;
      const best = pool.reduce((a, b) => (b[1] < a[1] || (b[1] === a[1] && (b[2] < a[2] || (b[2] === a[2] && b[0] > a[0])))
        ? b : a));
      const [p] = best;
      const head = text.slice(s, p).trimEnd();
      const tail = text.slice(p, e).trimStart();
      edits.push([s, e, `${head}\n${cont}${tail}`]);
      continue;
    }
    // A long template literal: end it at a space before the limit and go on with a new one.
    const tpl = templates.filter(([a, b]) => a < Math.min(limit, e) && b > limit - 10)
      .reduce((x, y) => (!x || y[0] > x[0] ? y : x), undefined);
    if (tpl && !usedTemplates.has(tpl)) {
      const [a, b, pieces, parens] = tpl;
      let cut = -1;
      for (const [x, y] of [...pieces].reverse().filter(([x, y]) => x < limit && y > s && y > x)) {
        for (let i = Math.min(y - 1, limit - 4); cut < 0 && i > Math.max(x, s + indent.length + 8); i--) {
          if (text[i] === ' ' && text[i - 1] !== '\\' && text[i - 1] !== '$') cut = i + 1;
        }
        for (let i = Math.min(y - 1, limit - 4); cut < 0 && i > Math.max(x, s + indent.length + 8); i--) {
          if (/[.,/:]/.test(text[i]) && text[i - 1] !== '\\') cut = i + 1;
        }
        if (cut > 0) break;
      }
      // Else between a literal piece and a `${...}`: right before it or right after it.
      const bounds = pieces.flatMap(([x, y], i) => [...(i > 0 ? [x] : []), ...(i < pieces.length - 1 ? [y] : [])]);
      if (cut < 0) cut = Math.max(-1, ...bounds.filter((x) => x > s + indent.length + 8 && x <= limit - 4));
      if (cut > 0) {
        usedTemplates.add(tpl);
        const body = `${text.slice(a, cut)}\` +\n${cont}\`${text.slice(cut, b)}`;
        edits.push([a, b, parens ? `(${body})` : body]);
        continue;
      }
    }
    // A long string literal: split at a space before the limit.
    const str = strings.find(([a, b]) => a < limit && b > limit - 10 && a >= s && b <= e + 1);
    if (str) {
      const [a, b, parens] = str;
      const q = text[a];
      const inner = text.slice(a + 1, b - 1);
      let cut = -1;
      for (let i = Math.min(inner.length - 1, limit - a - 4); i > 10; i--) {
        if (inner[i] === ' ' && inner[i - 1] !== '\\') { cut = i + 1; break; }
      }
      if (cut > 0) {
        const body = `${q}${inner.slice(0, cut)}${q} +\n${cont}${q}${inner.slice(cut)}${q}`;
        edits.push([a, b, parens ? `(${body})` : body]);
        continue;
      }
    }
  }
  edits.sort((x, y) => y[0] - x[0]);
  let out = text, applied = Infinity;
  for (const [a, b, r] of edits) {
    if (b > applied) continue; // overlaps an edit already made: the next pass sees it again
    out = out.slice(0, a) + r + out.slice(b);
    applied = a;
  }
  return out;
}

let changed = 0;
for (const f of process.argv.slice(2)) {
  const text = readFileSync(f, 'utf8');
  let cur = text;
  for (let i = 0; i < 12; i++) {
    const next = pass(cur);
    if (next === cur) break;
    cur = next;
  }
  if (cur !== text) { writeFileSync(f, cur); changed++; }
  const left = cur.split('\n').map((l, i) => [i + 1, l.length]).filter(([, n]) => n > WIDTH);
  for (const [n, len] of left) console.log(`${f}:${n}: still ${len} characters`);
}
console.log(`wrapped ${changed} files`);

#!/usr/bin/env python3
"""Consistency check of the import corpus itself (not of the importer).

    python3 check_corpus.py          # from this directory; prints problems, exits 1 if any
    python3 check_corpus.py -v       # also prints, per page, the container text no expected block claims

For every page in corpus.json it checks: the bytes decode as the manifest says (GBK pages are not
valid UTF-8, decode identically with GBK and GB18030 = WHATWG gbk, and gb2312 pages stay inside
GB2312's byte ranges); the declared charset is the one in the page; every expected text block,
caption and list item equals, under the README's whitespace rule, one text unit of the page's
article container, in order; every image's absolute src and alt match an <img> there; every
boilerplate string occurs in the page and in no expected text; the metadata values occur in the
page; published is RFC 3339 at +08:00. Standard library only.
"""
import json
import os
import re
import sys
import unicodedata
from html.parser import HTMLParser
from urllib.parse import urljoin

HERE = os.path.dirname(os.path.abspath(__file__))
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "figure", "figcaption",
         "table", "tbody", "tr", "td", "th", "center", "section", "article", "header", "footer", "dd", "dt", "dl"}
SKIP = {"script", "style", "noscript", "iframe", "textarea", "select"}
WS = " \t\n\r\f\u00a0\u3000"


def is_wide(c):
    return unicodedata.east_asian_width(c) in ("W", "F") and not c.isspace()


def norm(s):
    def seg(m):
        a, b = m.start(), m.end()
        before = s[a - 1] if a > 0 else ""
        after = s[b] if b < len(s) else ""
        run = m.group(0)
        if ("\n" in run or "\r" in run) and before and after and is_wide(before) and is_wide(after):
            return ""
        return " "
    s = re.sub(r"[ \t\n\r\f]+", seg, s)
    s = re.sub(r"[ \t\n\r\f\u00a0\u3000]+", " ", s)
    return s.strip(WS)


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent, self.children = tag, attrs, parent, []


class Dom(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {}, None)
        self.cur = self.root

    def handle_starttag(self, tag, attrs):
        n = Node(tag, {k: (v or "") for k, v in attrs}, self.cur)
        self.cur.children.append(n)
        if tag not in VOID:
            self.cur = n

    def handle_startendtag(self, tag, attrs):
        self.cur.children.append(Node(tag, {k: (v or "") for k, v in attrs}, self.cur))

    def handle_endtag(self, tag):
        n = self.cur
        while n is not None and n.tag != tag:
            n = n.parent
        if n is not None and n.parent is not None:
            self.cur = n.parent

    def handle_data(self, data):
        self.cur.children.append(data)


def find(node, tag, key, value):
    if isinstance(node, str):
        return None
    if node.tag == tag:
        v = node.attrs.get(key, "")
        if (key == "class" and value in v.split()) or (key != "class" and v == value):
            return node
    for c in node.children:
        r = find(c, tag, key, value)
        if r is not None:
            return r
    return None


def units(node):
    """Text units: runs of inline text between block boundaries and <br>s, normalised."""
    out, buf = [], []

    def flush():
        t = norm("".join(buf))
        if t:
            out.append(t)
        buf.clear()

    def walk(n):
        if isinstance(n, str):
            buf.append(n)
            return
        if n.tag in SKIP:
            return
        if n.tag == "br":
            flush()
            return
        block = n.tag in BLOCK
        if block:
            flush()
        for c in n.children:
            walk(c)
        if block:
            flush()
    walk(node)
    flush()
    return out


def imgs(node):
    if isinstance(node, str):
        return []
    r = [node] if node.tag == "img" else []
    for c in node.children:
        r += imgs(c)
    return r


def all_text(node):
    if isinstance(node, str):
        return node
    if node.tag in SKIP:
        return ""
    return "".join(all_text(c) for c in node.children)


def in_gb2312_ranges(data):
    i = 0
    while i < len(data):
        b = data[i]
        if b < 0x80:
            i += 1
            continue
        if not (0xA1 <= b <= 0xF7 and i + 1 < len(data) and 0xA1 <= data[i + 1] <= 0xFE):
            return False
        i += 2
    return True


def declared_charset(text):
    m = re.findall(r"<meta[^>]+charset\s*=\s*[\"']?([A-Za-z0-9_-]+)", text, re.I)
    return m[0].lower() if m else None


def main():
    verbose = "-v" in sys.argv
    problems = []
    corpus = json.load(open(os.path.join(HERE, "corpus.json"), encoding="utf-8"))

    def bad(entry, msg):
        problems.append(f"{entry['file']}: {msg}")

    for e in corpus:
        data = open(os.path.join(HERE, e["file"]), "rb").read()
        enc = e["encoding"]
        if data.startswith(b"\xef\xbb\xbf") != bool(e.get("bom")):
            bad(e, "BOM does not match the manifest")
        if enc == "utf-8":
            text = data.decode("utf-8-sig")
        else:
            try:
                data.decode("utf-8")
                bad(e, "a GBK page decodes as UTF-8")
            except UnicodeDecodeError:
                pass
            text = data.decode("gbk")
            if text != data.decode("gb18030"):
                bad(e, "GBK and GB18030 decodings differ")
            if enc == "gb2312" and not in_gb2312_ranges(data):
                bad(e, "bytes outside GB2312")
        if declared_charset(text) != e["declared"]:
            bad(e, f"declared {declared_charset(text)!r}, manifest says {e['declared']!r}")

        dom = Dom()
        dom.feed(text)
        c = e["container"]
        key = "id" if "id" in c else "class"
        box = find(dom.root, c["tag"], key, c[key])
        if box is None:
            bad(e, "container not found")
            continue
        us = units(box)
        x = e["expected"]
        texts = []
        for b in x["body"]:
            if b["type"] in ("paragraph", "heading", "quote"):
                texts.append(b["text"])
            elif b["type"] == "list":
                texts += b["items"]
            elif b["type"] == "image" and "caption" in b:
                texts.append(b["caption"])
        pos, claimed = 0, set()
        for t in texts:
            try:
                k = us.index(t, pos)
            except ValueError:
                bad(e, f"no unit equals expected text (in order): {t[:40]!r}")
                continue
            claimed.add(k)
            pos = k + 1
        for t in e.get("optional", []):
            if t in us:
                claimed.add(us.index(t))
            else:
                bad(e, f"optional text not found: {t!r}")
        left = [u for i, u in enumerate(us) if i not in claimed]
        if verbose:
            print(f"{e['file']}: unclaimed container text: {left}")
        box_imgs = [(urljoin(e["url"], i.attrs.get("src", "")), i.attrs.get("alt", "")) for i in imgs(box)]
        for b in x["body"]:
            if b["type"] == "image" and (b["src"], b["alt"]) not in box_imgs:
                bad(e, f"image not in container: {b['src']} alt={b['alt']!r}")
        body_text = "\n".join(texts + e.get("optional", []))
        page_text = all_text(dom.root)
        for s in e["boilerplate"]:
            if s not in page_text and s not in text:
                bad(e, f"boilerplate string not in page: {s!r}")
            if s in body_text:
                bad(e, f"boilerplate string inside expected body: {s!r}")
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00", x["published"]):
            bad(e, "published is not RFC 3339 at +08:00")
        for f in ("title", "source", "author", "summary"):
            if f in x and x[f] not in text:
                bad(e, f"{f} {x[f]!r} not in page")
        for t in texts:
            if t != t.strip(WS) or re.search(r"[ \u00a0\u3000]{2}|[\t\n\r\u00a0\u3000]", t):
                bad(e, f"untidy whitespace in {t[:30]!r}")
        title_tag = re.search(r"<title>(.*?)</title>", text, re.S)
        if not title_tag or x["title"] not in title_tag.group(1) or title_tag.group(1).strip() == x["title"]:
            bad(e, "title tag should hold the title plus a site suffix/prefix")
        del page_text
    for p in problems:
        print("PROBLEM", p)
    print(f"{len(corpus)} pages, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

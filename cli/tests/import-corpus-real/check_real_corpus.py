#!/usr/bin/env python3
"""Check corpus.json against the saved pages (standard library only).

For each entry: the file exists; the bytes decode strictly with the recorded `encoding`;
the recorded `declared` charset matches the page's own <meta> declaration; and every
expected non-null string (title, first_paragraph, last_paragraph, source, author, summary,
each heading, each boilerplate string) occurs in the page's decoded text.

"Decoded text" = the page decoded with `encoding`, comments/script/style removed, tags
removed, HTML entities unescaped. A string matches if it occurs after collapsing runs of
whitespace to one space, or (fallback, since tags may separate or join words) after
removing all whitespace from both sides.

Usage: python3 check_real_corpus.py [-v]
"""
import gzip, html, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))


def declared_charset(b):
    m = re.search(rb'<meta[^>]+charset\s*=\s*["\']?\s*([A-Za-z0-9_-]+)', b[:16384], re.I)
    return m.group(1).decode().lower() if m else None


def page_text(s):
    s = re.sub(r'(?is)<!--.*?-->', '', s)
    s = re.sub(r'(?is)<(script|style|noscript|textarea)\b.*?</\1\s*>', ' ', s)
    s = re.sub(r'(?is)<br\s*/?>|</?(p|div|li|tr|td|h[1-6]|table|ul|ol|dd|dt|title|article|section)\b[^>]*>', '\n', s)
    s = re.sub(r'(?s)<[^>]*>', '', s)
    return html.unescape(s)


def collapse(s):
    return re.sub(r'\s+', ' ', s).strip()


def nospace(s):
    return re.sub(r'\s+', '', s)


def main():
    verbose = '-v' in sys.argv
    entries = json.load(open(os.path.join(HERE, 'corpus.json'), encoding='utf-8'))
    problems = []
    sites, gov, cjk_legacy, kinds = set(), 0, 0, {}
    files = set()
    for e in entries:
        f = e['file']
        where = f
        if f in files:
            problems.append(f'{where}: listed twice')
        files.add(f)
        path = os.path.join(HERE, f)
        if not os.path.isfile(path):
            problems.append(f'{where}: file missing')
            continue
        b = gzip.open(path).read() if path.endswith('.gz') else open(path, 'rb').read()
        enc = e['encoding']
        try:
            s = b.decode(enc)
        except (UnicodeDecodeError, LookupError) as err:
            problems.append(f'{where}: does not decode as {enc}: {err}')
            continue
        if declared_charset(b) != e.get('declared'):
            problems.append(f'{where}: declared {e.get("declared")!r} but page says {declared_charset(b)!r}')
        for k in ('origin', 'licence', 'site', 'government', 'expected', 'boilerplate', 'label_source'):
            if k not in e:
                problems.append(f'{where}: missing field {k}')
        sites.add(e.get('site'))
        gov += bool(e.get('government'))
        cjk_legacy += enc in ('gbk', 'gb2312', 'gb18030')
        kinds[e.get('kind')] = kinds.get(e.get('kind'), 0) + 1
        text = page_text(s)
        col, ns = collapse(text), nospace(text)
        ex = e['expected']
        checks = [(k, ex.get(k)) for k in ('title', 'first_paragraph', 'last_paragraph', 'source', 'author', 'summary')]
        checks += [('heading', h) for h in ex.get('headings') or []]
        checks += [('boilerplate', x) for x in e.get('boilerplate') or []]
        for k in ('title', 'first_paragraph', 'last_paragraph'):
            if not ex.get(k):
                problems.append(f'{where}: expected.{k} is empty')
        for k, v in checks:
            if v is None:
                continue
            if collapse(v) in col or nospace(v) in ns:
                continue
            problems.append(f'{where}: {k} not in page: {v[:60]!r}')
        for x in e.get('boilerplate') or []:
            for k in ('first_paragraph', 'last_paragraph'):
                if ex.get(k) and nospace(x) in nospace(ex[k]):
                    problems.append(f'{where}: boilerplate {x[:30]!r} is inside expected {k}')
    legacy = sum(1 for e in entries if e['encoding'] in ('gbk', 'gb2312'))
    print(f'{len(entries)} pages, {len(sites)} sites, {gov} government, {legacy} gbk/gb2312 '
          f'({cjk_legacy} incl. gb18030), kind {kinds}, {len(problems)} problems')
    for p in problems:
        print('  ' + p)
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())

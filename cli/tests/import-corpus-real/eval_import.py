"""The importer (target/release/changyue import) on the real pages of corpus.json, one page at a
time: how many it imports, and of those, how many have the labelled title, publication day, 来源
(where the page has one), author (or none), first and last paragraph, and no boilerplate string.
Standard library only: python3 eval_import.py [-v] (-v lists the pages that miss each field)."""
import gzip, json, os, subprocess, tempfile, re, html, sys
root = os.path.dirname(os.path.abspath(__file__))
bin = os.path.join(root, '../../../target/release/changyue')
c=json.load(open(f'{root}/corpus.json'))
norm=lambda s: re.sub(r'\s+','',html.unescape(s or '')) if s is not None else None
stats={k:[0,0] for k in ['imported','title','published','source','author','first','last','no_boilerplate']}
fails={k:[] for k in stats}
for e in c:
    d=tempfile.mkdtemp()
    # Pages are kept gzipped (inert: a saved page's own script tags never sit in the tree as HTML).
    page=os.path.join(d, os.path.basename(e['file']).removesuffix('.gz'))
    open(page,'wb').write(gzip.open(f"{root}/{e['file']}").read())
    r=subprocess.run([bin,'import','--out',f'{d}/data',page],capture_output=True,text=True)
    arts=[f for f in os.listdir(f'{d}/data/articles') if f!='index.json'] if os.path.isdir(f'{d}/data/articles') else []
    stats['imported'][1]+=1
    if not arts:
        fails['imported'].append(e['file']); continue
    stats['imported'][0]+=1
    a=json.load(open(f'{d}/data/articles/{arts[0]}'))
    x=e['expected']
    def check(k, ok):
        stats[k][1]+=1
        if ok: stats[k][0]+=1
        else: fails[k].append(e['file'])
    check('title', norm(a.get('title'))==norm(x['title']))
    if x.get('published'):
        want=re.findall(r'\d+',x['published'])[:3]
        got=re.findall(r'\d+',a.get('published',''))[:3]
        check('published', [int(v) for v in want]==[int(v) for v in got])
    if x.get('source'):
        check('source', norm(a.get('source')) == norm(x.get('source')))
    check('author', norm(a.get('author'))==norm(x.get('author')) if x.get('author') else not a.get('author'))
    paras=[b.get('text','') for b in a.get('body',[]) if b.get('type')=='paragraph']
    body=' '.join(json.dumps(b,ensure_ascii=False) for b in a.get('body',[]))
    check('first', bool(paras) and norm(x['first_paragraph']) in norm(paras[0]) or (bool(paras) and norm(paras[0]) in norm(x['first_paragraph']) and len(norm(paras[0]))>10))
    check('last', bool(paras) and (norm(x['last_paragraph']) in norm(paras[-1]) or (norm(paras[-1]) in norm(x['last_paragraph']) and len(norm(paras[-1]))>10)))
    check('no_boilerplate', not any(norm(bp) in norm(body) for bp in e.get('boilerplate',[]) if bp and len(norm(bp))>1))
for k,(ok,n) in stats.items():
    print(f'{k:15} {ok}/{n} = {100*ok/max(n,1):.1f}%')
if '-v' in sys.argv:
    for k,v in fails.items(): print(k, v[:10])

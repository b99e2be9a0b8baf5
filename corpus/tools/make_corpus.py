#!/usr/bin/env python3
"""Writes the bundled corpus: corpus/pages/<family>/<slug>.html|.txt and corpus/manifest.json.

The article texts (articles_*.py) and the portal shapes (portal_templates.py) are ours. The manifest's
expectations come from the article texts themselves, never from dva's extractor, so the indexer's
BundledCorpusTest checks the extractor against what the pages really say.

Usage: python3 corpus/tools/make_corpus.py [OUT_DIR]   (default: the corpus folder)
"""
import json, os, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import portal_templates as T

A = []
def art(**k): A.append(k)
for f in ['articles_nukeviet_joomla.py', 'articles_sharepoint_liferay.py', 'articles_dnn_newspaper_table_text.py']:
    exec(open(os.path.join(HERE, f), encoding='utf-8').read())

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)

def cp1258(text):
    """windows-1258 bytes: precomposed letters where the code page has them, combining tone marks otherwise."""
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode('cp1258'); continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize('NFD', ch)
        base, marks = d[0], d[1:]
        # compose as much as cp1258 holds precomposed, then add the remaining marks
        done = False
        options = [(base, marks)] + [(unicodedata.normalize('NFC', base + m), marks.replace(m, '', 1)) for m in marks]
        for head, rest in options:
            try:
                out += head.encode('cp1258') + rest.encode('cp1258'); done = True; break
            except UnicodeEncodeError:
                continue
        if not done: raise ValueError(repr(ch))
    return bytes(out)

manifest = []
for a in A:
    fam = a['fam']
    nfc = lambda s: unicodedata.normalize('NFC', s)
    if fam == 'text':
        path = f"pages/text/{a['slug']}.txt"
        body = "\n\n".join(a['lines']) + "\n"
        data = body.encode('utf-8')
        lines = [' '.join(l.split()) for l in a['lines']]
        absent = []
    else:
        tpl = a.get('tpl', fam)
        fn = {'joomla3': T.joomla3, 'joomla15': T.joomla15}.get(tpl) or getattr(T, fam)
        b = dict(a)
        if a.get('nfd'):
            b['paras'] = [unicodedata.normalize('NFD', p) for p in a['paras']]
        charset = a.get('charset', 'utf-8')
        if fam == 'table':
            page, absent = fn(b, charset)
        else:
            page, absent = fn(b)
        data = cp1258(page) if charset == 'windows-1258' else page.encode('utf-8')
        if charset == 'windows-1258':
            assert unicodedata.normalize('NFC', data.decode('cp1258')) == unicodedata.normalize('NFC', page)
        path = f"pages/{fam}/{a['slug']}.html"
        lines = []
        for p in a['paras']:
            for pre in ('CAPTION:', 'SUB:'):
                if p.startswith(pre): p = p[len(pre):]
            lines.append(' '.join(p.split()))
    text = nfc("\n".join(lines))
    full = os.path.join(OUT, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    open(full, 'wb').write(data)
    manifest.append({
        'file': path, 'template': a.get('tpl', fam), 'title': nfc(a['title']), 'published': a.get('date'),
        'province': a['prov'], 'body_first': text[:80], 'body_last': text[-80:],
        'absent': [x for x in absent if x not in text],
    })
json.dump(manifest, open(os.path.join(OUT, 'manifest.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(manifest), 'pages')
from collections import Counter
print(Counter(m['template'] for m in manifest)); print(len(set(m['province'] for m in manifest)), 'provinces')
print(sorted(Counter((m['published'] or 'none')[:4] for m in manifest).items()))

#!/usr/bin/env python3
"""Reported-speech misses and false statements of the read parts by cause, new read parts (fresh25-31) apart:
bench/reported_causes.py PRED.json DUMP.jsonl [--list CAUSE] (PRED from AttributionBench --tuning --out, DUMP from
AttributionBench --tuning --dump; check parts are skipped). A cell is items (articles, outlets)."""
import json, os, re, sys, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from reported_fates import READ, RES, words, jac, greedy
import urllib.parse
pred = json.load(open(sys.argv[1]))
dump = {}
for l in open(sys.argv[2]).readlines()[1:]:
    a = json.loads(l)
    if a['split'] in ('fresh3', 'fresh5'):
        continue
    dump[a['id']] = a
NEW = {'fresh%d' % k for k in range(*map(int, os.environ.get('REPORTED_NEW', '32-35').split('-')))}
def contain(label, cand):
    return len(label & cand) / len(label) if label else 0
def miss_cause(lab, cands, kept):
    L = words(lab['content'])
    cue = (lab.get('cue') or '').lower()
    best = max((jac(L, words(c['content'])) for c in cands), default=0)
    if best >= 0.5:
        m = [c for c in cands if jac(L, words(c['content'])) >= 0.5]
        if any(c['content'] in kept for c in m):
            return 'candidate kept, taken by another label (one-to-one)'
        return 'candidate matches, judge said no' + (' (rules)' if any(c['rules'] for c in m) else ' (broad only)')
    part = [c for c in cands if contain(L, words(c['content'])) >= 0.6 or jac(L, words(c['content'])) >= 0.3]
    if lab.get('nested'):
        pre = 'nested in another statement (R6): '
    elif lab.get('in_quote'):
        pre = 'inside a direct quote: '
    else:
        pre = ''
    if part:
        longer = [c for c in part if contain(L, words(c['content'])) >= 0.6]
        if longer:
            # the label sits inside a longer candidate: is it kept?
            k = any(c['content'] in kept for c in longer)
            return pre + 'bounds: inside a longer candidate' + (' (kept)' if k else ' (not kept)')
        return pre + 'bounds: partial overlap only'
    if re.search(r'according|^per\b|^as\b|accounting|^in a statement', cue):
        return pre + 'no candidate: "according to"/"as"/"per"'
    if re.search(r'\b(was|were|been|is|are|be|being)\b \w+(ed|en|ld|wn|ght)\b', cue):
        return pre + 'no candidate: passive cue'
    if re.search(r'believ|think|thought|hope|expect|suspect|fear|feel|see|imagin|envision|consider', cue):
        return pre + 'no candidate: belief/view verb'
    if re.search(r'ing\b', cue.split(' ')[0] if cue else ''):
        return pre + 'no candidate: participle cue (", saying ...")'
    if re.search(r'(tion|ment|ance|sal|vow|claim|plea|notion|speculation|findings|argument|report|promise|pledge|warning|view|idea|complaint|accusations|revelation|assertion)s?\b', cue) and not re.search(r'\b(said|says|told|claimed|claims)\b', cue):
        return pre + 'no candidate: noun cue'
    if not cue:
        return pre + 'no candidate: no cue word'
    return pre + 'no candidate: verb cue, form not read'
def extra_cause(p, labs, a):
    P = words(p['content'])
    if any(jac(P, words(l['content'])) >= 0.3 or contain(words(l['content']), P) >= 0.6 for l in labs):
        return 'overlaps a label: other bounds'
    text = p['content']
    q = len(re.findall(r'[“”"]', text))
    if not p.get('speaker'):
        return 'nothing labelled there: no speaker'
    if re.search(r'believ|think|thought|hope|expect|suspect|fear|wonder', (p.get('cue') or '').lower()):
        return 'nothing labelled there: belief/wondering verb'
    return 'nothing labelled there: a source named'
if __name__ == '__main__':
    table = collections.defaultdict(lambda: {True: [], False: []})
    for f in READ:
        for a in json.load(open(RES + f + '.json')):
            if a['split'] in ('fresh3', 'fresh5') or a['id'] not in pred:
                continue
            d = dump.get(a['id'], {'cands': []})
            labs = a.get('reported_speech', []); ps = pred[a['id']].get('reported_speech', [])
            m = greedy([words(x['content']) for x in labs], [words(x['content']) for x in ps])
            kept = {p['content'] for p in ps}
            host = urllib.parse.urlparse(a.get('url', '')).netloc or a['id'][:8]
            new = a['split'] in NEW
            for i, l in enumerate(labs):
                if m[i] < 0:
                    table['MISS ' + miss_cause(l, d['cands'], kept)][new].append((a['id'], host, l['content'], l.get('cue')))
            used = set(m)
            for j, p in enumerate(ps):
                if j not in used:
                    table['EXTRA ' + extra_cause(p, labs, a)][new].append((a['id'], host, p['content'], p.get('cue')))
    want = sys.argv[sys.argv.index('--list') + 1] if '--list' in sys.argv else None
    for k in sorted(table):
        v = table[k]
        def fmt(xs):
            return '%d (%d, %d)' % (len(xs), len({x[0] for x in xs}), len({x[1] for x in xs})) if xs else '0'
        print('| %s | %s | %s |' % (k, fmt(v[True]), fmt(v[False])))
        if want and want in k:
            for new in (True, False):
                for x in v[new]:
                    print('     ', 'NEW' if new else 'old', x[1][:20], '|', x[3], '|', x[2][:150])

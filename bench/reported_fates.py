#!/usr/bin/env python3
"""Per-statement fates of reported speech on the READ parts only (never the check parts fresh3/fresh5, never an untouched
part): the labels against AttributionBench --tuning --out predictions, one JSON line per miss and per false statement.
Usage: bench/reported_fates.py PRED.json > FATES.jsonl (bench/reported_causes.py tables them by cause)."""
import json, os, re, sys, collections, urllib.parse
RES = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'broadsheet-analysis', 'src', 'test', 'resources', 'attribution') + os.sep
READ = ['articles', 'fresh', 'fresh2', 'fresh4'] + ['fresh%d' % k for k in range(6, 35)]
WORD = re.compile(r"[\w]+(?:['][^\W\d_]+)?")
def words(s):
    return set(m.group() for m in WORD.finditer(s.lower().replace('\u2019', "'")) if not m.group().startswith('_'))
def jac(a, b):
    return len(a & b) / len(a | b) if a | b else 0
def greedy(g, p, thr=0.5):
    pairs = []
    for i, a in enumerate(g):
        for j, b in enumerate(p):
            s = jac(a, b)
            if s >= thr: pairs.append((-s, i, j))
    pairs.sort()
    m = [-1] * len(g); taken = set()
    for s, i, j in pairs:
        if m[i] < 0 and j not in taken:
            m[i] = j; taken.add(j)
    return m
def load(pred):
    arts = []
    for f in READ:
        for a in json.load(open(RES + f + '.json')):
            if a['split'] in ('fresh3', 'fresh5'): continue
            if a['id'] not in pred: continue
            arts.append(a)
    return arts
if __name__ == '__main__':
    pred = json.load(open(sys.argv[1]))
    for a in load(pred):
        g = a.get('reported_speech', []); p = pred[a['id']].get('reported_speech', [])
        m = greedy([words(x['content']) for x in g], [words(x['content']) for x in p])
        host = urllib.parse.urlparse(a.get('url', '')).netloc or a['id'][:8]
        new = a['split'] in ['fresh%d' % k for k in range(32, 35)]
        for i, x in enumerate(g):
            if m[i] < 0:
                print(json.dumps({'k': 'miss', 'split': a['split'], 'id': a['id'], 'host': host, 'new': new, 'cue': x.get('cue'), 'speaker': x.get('speaker') or x.get('speaker_desc'), 'content': x['content'], 'nested': x.get('nested', False), 'in_quote': x.get('in_quote', False)}))
        used = set(m)
        for j, y in enumerate(p):
            if j not in used:
                print(json.dumps({'k': 'extra', 'split': a['split'], 'id': a['id'], 'host': host, 'new': new, 'cue': y.get('cue'), 'speaker': y.get('speaker'), 'content': y['content']}))

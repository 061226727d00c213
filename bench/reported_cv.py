#!/usr/bin/env python3
"""Reported speech judged by article-level cross-validation over the read parts, and where labelled statements are lost.

Input: the candidates `AttributionBench --cache DIR --dump FILE` writes (see bench/train_reported.py). Only the read
parts are used (READ_PARTS below, as AttributionBench.READ_PARTS); the check parts' lines in the dump are dropped
unread, and the labelled contents are read from the read parts' files only.

Prints:
  1. the rules alone on the read parts (in-sample: the rules were written from these articles), by part;
  2. the learned judge (bench/train_reported.py's logistic model and decision) in-sample (fitted and its L2 and
     thresholds chosen on all read articles) and cross-validated: FOLDS folds by a hash of the article id (never by
     candidate), each fold's articles decided by a model fitted without them, its L2 and thresholds chosen by inner
     folds of the other articles only (nested);
  3. where each labelled statement is lost (under the rules alone, the in-sample model and the cross-validated one): no candidate at all, a candidate that matches but
     was not kept (the judge's loss), a kept statement that overlaps it but is mis-bounded, matched with a wrong
     speaker (sorted by form: none found, one where none is labelled, another form of the name, another source),
     or matched with the right one.

    bench/reported_cv.py CANDIDATES.jsonl [--check CANDIDATES.jsonl] [--shipped MODEL]
With --check, the check parts' lines of that dump are scored as totals only (the rules; the model fitted on the read
parts; where their labelled statements are lost, as counts): the CV figures are skipped. With --shipped, where the
labelled statements are lost is also given under the decisions of that model file (the shipped
reported-speech.model: what AttributionBench scores, speakers before the learned speaker choice).
Environment: REPORTED_CV_FOLDS (5), REPORTED_CV_SALT (another seed of the outer folds), REPORTED_L2,
REPORTED_EXCLUDE, REPORTED_RULES_THRESHOLDS and REPORTED_MIN_PRECISION as in bench/train_reported.py; REPORTED_APART, a
regular expression over part names (fresh2[234]), gives the tables of where statements are lost for those parts and
for the other read parts apart.
"""
import json
import os
import re
import sys
import zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import train_reported as tr  # noqa: E402  (numpy and the one-core settings come with it)
import numpy as np  # noqa: E402

READ_PARTS = {"tune", "heldout", "fresh", "fresh2", "fresh4", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14",
              "fresh15", "fresh16", "fresh17", "fresh18", "fresh19", "fresh20", "fresh21", "fresh22",
              "fresh23", "fresh24", "fresh25", "fresh26", "fresh27", "fresh28", "fresh29", "fresh30", "fresh31",
              "fresh32", "fresh33", "fresh34"}
FOLDS = int(os.environ.get("REPORTED_CV_FOLDS", "5"))
# a salt for the outer folds' hash: other seeds deal the same articles into other folds ("" is the folds of sessions 19-26)
SALT = os.environ.get("REPORTED_CV_SALT", "")
# read parts whose losses are also tabled apart from the others (a newly read batch): a regular expression, or none
APART = os.environ.get("REPORTED_APART", "")
RESOURCES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "broadsheet-analysis", "src", "test",
                         "resources", "attribution")
# the read parts' files only: never a check part's or an untouched part's
READ_FILES = ["articles.json", "fresh.json", "fresh2.json", "fresh4.json", "fresh6.json", "fresh7.json", "fresh8.json", "fresh9.json",
              "fresh10.json", "fresh11.json", "fresh12.json", "fresh13.json", "fresh14.json", "fresh15.json",
              "fresh16.json", "fresh17.json", "fresh18.json", "fresh19.json", "fresh20.json", "fresh21.json",
              "fresh22.json", "fresh23.json", "fresh24.json", "fresh25.json", "fresh26.json", "fresh27.json",
              "fresh28.json", "fresh29.json", "fresh30.json", "fresh31.json", "fresh32.json",
              "fresh33.json", "fresh34.json"]
# the check parts: with --check, their totals only (never an article, a statement or a miss of them is printed)
CHECK_PARTS = {"fresh3", "fresh5"}
CHECK_FILES = ["fresh3.json", "fresh5.json"]
WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W\d_]+)?")
# a kept statement "overlaps" a label when it holds at least this share of the label's words (and fails the 0.5)
OVERLAP = 0.6


def words(s):
    return set(m.group() for m in WORD.finditer((s or "").lower().replace("\u2019", "'")))


def load(path, parts=READ_PARTS):
    with open(path, encoding="utf-8") as fh:
        lines = [json.loads(line) for line in fh if line.strip()]
    names = lines[0]["names"]
    arts = [a for a in lines[1:] if a["split"] in parts]
    used = [k for k, n in enumerate(names) if not (tr.EXCLUDE and re.search(tr.EXCLUDE, n))]
    for a in arts:
        for c in a["cands"]:
            c["x"] = [c["x"][k] for k in used]
    return [names[k] for k in used], arts


def gold_statements(files=READ_FILES, parts=READ_PARTS):
    """The labelled statements of the read parts' articles (or of the parts asked for), by article id."""
    out = {}
    for f in files:
        with open(os.path.join(RESOURCES, f), encoding="utf-8") as fh:
            for a in json.load(fh):
                if a.get("split") in parts:
                    out[a["id"]] = a.get("reported_speech", [])
    return out


def speaker_kind(label, got):
    """Why a matched statement's speaker is wrong, by form: none where one is labelled, one where none is, a name
    sharing a word with the labelled one (longer, shorter or another form of it), or another source."""
    want = [label.get("speaker")] + list(label.get("speakers") or [])
    alt = label.get("speaker_alt")
    want += [alt] if isinstance(alt, str) else list(alt or [])
    named = [w for w in want if w]
    if not got:
        return "none found, one labelled"
    if not named:
        return "one found, none labelled (unnamed)"
    gw = words(got) - {"the", "of", "and"}
    if any(gw & (words(w) - {"the", "of", "and"}) for w in named):
        return "a longer, shorter or other form of the name"
    return "another source"


def fold(article_id, folds, salt=""):
    return zlib.crc32((salt + article_id).encode()) % folds


def probs_for(model, a):
    return tr.predict(model, np.array([c["x"] for c in a["cands"]], dtype=float)) if a["cands"] else np.zeros(0)


def choose(train, inner_key):
    """(L2, thresholds) with the best F1 over the inner folds, speaker accuracy not below the rules'."""
    return tr.choose(train, len(set(inner_key)), inner_key, tr.figures(tr.rules_total(train))[3])


def cross_validated(arts):
    outer = [fold(a["id"], FOLDS, SALT) for a in arts]
    total = np.zeros(4, dtype=int)
    per = {}
    kept_by_article = {}
    for f in range(FOLDS):
        train = [a for a, k in zip(arts, outer) if k != f]
        test = [a for a, k in zip(arts, outer) if k == f]
        if not test:
            continue
        inner = [fold(a["id"], FOLDS - 1, "inner#") for a in train]
        l2, t, _ = choose(train, inner)
        x, y = tr.rows(train)
        model = tr.fit(x, y, l2)
        part = np.zeros(4, dtype=int)
        for a in test:
            kept = tr.decide(a, probs_for(model, a), t)
            kept_by_article[a["id"]] = kept
            s = tr.score(a, kept)
            part += s
            per.setdefault(a["split"], np.zeros(4, dtype=int))
            per[a["split"]] += s
        total += part
        print(f"  fold {f} ({len(test)} articles, L2 {l2}, thresholds {t}): rules F1 "
              f"{tr.figures(tr.rules_total(test))[2]:.3f} -> model F1 {tr.figures(part)[2]:.3f}")
    return total, per, kept_by_article


def losses(arts, gold, kept_of):
    """Each labelled statement's fate under a decision (kept candidate indices per article)."""
    kinds = {}
    counts = {"matched, right speaker": 0, "matched, wrong speaker": 0, "kept, mis-bounded (holds 60% of its words)": 0,
              "a candidate matches, not kept": 0, "only a mis-bounded candidate, not kept": 0, "no candidate (none holds 60% of its words)": 0,
              "lost in one-to-one matching": 0}
    for a in arts:
        statements = gold[a["id"]]
        labels = [g.get("content", "") for g in statements]
        assert len(labels) == a["gold"], a["id"]
        cands = a["cands"]
        kept = kept_of(a)
        # the scorer's one-to-one matching of the kept statements
        pairs = sorted((-jac, g, i, spk) for i in kept for g, jac, spk in cands[i]["match"])
        used_g, used_p, matched = set(), set(), {}
        for _, g, i, spk in pairs:
            if g in used_g or i in used_p:
                continue
            used_g.add(g)
            used_p.add(i)
            matched[g] = spk
            if not spk:
                k = speaker_kind(statements[g], cands[i]["speaker"])
                kinds[k] = kinds.get(k, 0) + 1
        cw = [words(c["content"]) for c in cands]
        for g, text in enumerate(labels):
            if g in matched:
                counts["matched, right speaker" if matched[g] else "matched, wrong speaker"] += 1
                continue
            lw = words(text)

            def overlaps(i):
                return lw and len(lw & cw[i]) / len(lw) >= OVERLAP
            any_match = [i for i, c in enumerate(cands) if any(m[0] == g for m in c["match"])]
            if any(i in kept for i in any_match):
                counts["lost in one-to-one matching"] += 1
            elif any(overlaps(i) for i in kept):
                counts["kept, mis-bounded (holds 60% of its words)"] += 1
            elif any_match:
                counts["a candidate matches, not kept"] += 1
            elif any(overlaps(i) for i in range(len(cands))):
                counts["only a mis-bounded candidate, not kept"] += 1
            else:
                counts["no candidate (none holds 60% of its words)"] += 1
    return counts, kinds


def shipped_model(path, names):
    """A model file as bench/train_reported.py writes it (feature NAME MEAN SCALE WEIGHT, bias, thresholds), as
    (model, thresholds) for tr.predict and tr.decide over the dump's features."""
    weights, bias, thresholds = {}, 0.0, {"threshold-rules": 0.0, "threshold": 0.5}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            f = line.split()
            if not f or f[0].startswith("#"):
                continue
            if f[0] == "feature":
                weights[f[1]] = (float(f[2]), float(f[3]), float(f[4]))
            elif f[0] == "bias":
                bias = float(f[1])
            elif f[0] in thresholds:
                thresholds[f[0]] = float(f[1])
    mean, scale, w = (np.array([weights.get(n, (0.0, 1.0, 0.0))[k] for n in names]) for k in range(3))
    return (mean, scale, np.concatenate([[bias], w])), (thresholds["threshold-rules"], thresholds["threshold"])


def loss_tables(title, arts, gold, kept_of):
    """Where the labelled statements are under one decision: all read parts, then (REPORTED_APART) the parts named
    apart and the others, each with its totals."""
    groups = [("", arts)]
    if APART:
        groups += [(f" [{APART}]", [a for a in arts if re.fullmatch(APART, a["split"])]),
                   (" [other read parts]", [a for a in arts if not re.fullmatch(APART, a["split"])])]
    for suffix, part in groups:
        total = sum((tr.score(a, kept_of(a)) for a in part), np.zeros(4, dtype=int))
        print(tr.line(f"where the labelled statements are ({title}){suffix}, {len(part)} articles:", total))
        counts, kinds = losses(part, gold, kept_of)
        for k, v in counts.items():
            print(f"  {k:<46} {v}")
        for k, v in sorted(kinds.items(), key=lambda kv: -kv[1]):
            print(f"    wrong speaker: {k:<45} {v}")


def main():
    names, arts = load(sys.argv[1])
    gold = gold_statements()
    print(f"{len(arts)} read articles, {sum(len(a['cands']) for a in arts)} candidates "
          f"({sum(c['rules'] for a in arts for c in a['cands'])} by the rules), {sum(a['gold'] for a in arts)} labelled "
          f"statements, {len(names)} features; {FOLDS} folds by article")
    rules = tr.rules_total(arts)
    print(tr.line("rules alone (in-sample)", rules))
    for s in sorted({a["split"] for a in arts}):
        print(tr.line(f"  {s}", tr.rules_total([a for a in arts if a["split"] == s])))
    # in-sample model: L2 and thresholds chosen on all articles (folds by article), fitted on all, scored on all
    key = [fold(a["id"], FOLDS) for a in arts]
    l2, t, _ = choose(arts, key)
    model = tr.fit(*tr.rows(arts), l2)
    ins_kept = {a["id"]: tr.decide(a, probs_for(model, a), t) for a in arts}
    ins = sum((tr.score(a, ins_kept[a["id"]]) for a in arts), np.zeros(4, dtype=int))
    print(tr.line(f"model in-sample (L2 {l2}, t {t})", ins))
    rules_kept = lambda a: [i for i, c in enumerate(a["cands"]) if c["rules"]]  # noqa: E731
    if "--check" in sys.argv:
        # the check parts as totals: the rules, and the model fitted on all read articles (never on these)
        _, check = load(sys.argv[sys.argv.index("--check") + 1], CHECK_PARTS)
        check_gold = gold_statements(CHECK_FILES, CHECK_PARTS)
        print(f"check parts ({len(check)} articles, totals only):")
        print(tr.line("  rules alone", tr.rules_total(check)))
        model_kept = {a["id"]: tr.decide(a, probs_for(model, a), t) for a in check}
        print(tr.line("  model fitted on the read parts", sum((tr.score(a, model_kept[a["id"]]) for a in check),
                                                                 np.zeros(4, dtype=int))))
        print(f"  candidate recall: {sum(len({g for c in a['cands'] for g, _, _ in c['match']}) for a in check)}"
              f" of {sum(a['gold'] for a in check)}")
        for title, kept_of in [("rules alone", rules_kept), ("model", lambda a: model_kept[a["id"]])]:
            counts, kinds = losses(check, check_gold, kept_of)
            print(f"  where the labelled statements are ({title}): " + "; ".join(f"{k} {v}" for k, v in counts.items()))
            print("    wrong speakers: " + "; ".join(f"{k} {v}" for k, v in sorted(kinds.items(), key=lambda kv: -kv[1])))
        return
    cv, per, cv_kept = cross_validated(arts)
    print(tr.line("model cross-validated (nested)", cv))
    for s in sorted(per):
        print(tr.line(f"  {s}: model CV", per[s]))
    print(f"  candidate recall: {sum(len({g for c in a['cands'] for g, _, _ in c['match']}) for a in arts)}"
          f" of {sum(a['gold'] for a in arts)}")
    decisions = [("rules alone", rules_kept), ("model in-sample", lambda a: ins_kept[a["id"]]),
                 ("model cross-validated", lambda a: cv_kept[a["id"]])]
    if "--shipped" in sys.argv:
        path = sys.argv[sys.argv.index("--shipped") + 1]
        shipped, thresholds = shipped_model(path, names)
        shipped_kept = {a["id"]: tr.decide(a, probs_for(shipped, a), thresholds) for a in arts}
        decisions.append((f"shipped {os.path.basename(path)}", lambda a: shipped_kept[a["id"]]))
    for title, kept_of in decisions:
        loss_tables(title, arts, gold, kept_of)


if __name__ == "__main__":
    main()

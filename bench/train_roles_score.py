"""People's roles on the labelled tuning articles: the scorer's matching rules (AttributionScorer, the spec's
section 11) in Python, role precision beside role recall, and every labelled role sorted by the construction that
states it and by what became of it. Reads the dump RoleBench writes (never the untouched parts).

    python3 bench/train_roles_score.py target/roles-dump.json [--misses]
"""
import json
import re
import sys
from collections import Counter, defaultdict

WORD = re.compile(r"[^\W_]+(?:['’][^\W\d_]+)?")
HONORIFICS = set("mr mrs ms miss dr sen senator rep gov sir dame lord lady prof professor president judge justice "
                 "cllr lt col gen capt sgt officer det insp rev fr jr sr".split())
ABBREVIATIONS = {"sen": "senator", "sens": "senators", "rep": "representative", "gov": "governor",
                 "lt": "lieutenant", "col": "colonel", "gen": "general", "dr": "doctor", "cllr": "councillor",
                 "ceo": "chief executive officer", "coo": "chief operating officer", "prof": "professor",
                 "supt": "superintendent", "sgt": "sergeant", "det": "detective", "atty": "attorney",
                 "dl": "defensive lineman"}
STOP = {"the", "a", "an", "of", "for", "and", "at", "in", "to"}


def norm(s):
    n = s.lower().replace("’", "'")
    n = re.sub(r"'s\b", "", n).replace(".", "")
    n = re.sub(r"\s+", " ", n).strip()
    return n[4:] if n.startswith("the ") else n


def last_token(n):
    toks = [t for t in re.split(r"[\s,]+", n) if t and t not in HONORIFICS]
    return toks[-1] if toks else ""


def words(s):
    return set(WORD.findall(s.lower().replace("’", "'")))


def role_words(role):
    out = set()
    for w in words(role.replace(".", "")):
        out.update(ABBREVIATIONS.get(w, w).split(" "))
    return out - STOP


def role_match(want, got):
    a, b = role_words(want), role_words(got)
    if not a and not b:
        return True
    inter = len(a & b)
    jac = inter / (len(a) + len(b) - inter) if (a or b) else 1
    return jac >= 0.5 or (bool(b) and (a >= b or b >= a))


def greedy(golds, preds, sim):
    pairs = []
    for i in range(golds):
        for j in range(preds):
            s = sim(i, j)
            if s >= 0:
                pairs.append((-s, i, j))
    pairs.sort()
    match = [-1] * golds
    taken = set()
    for _, i, j in pairs:
        if match[i] < 0 and j not in taken:
            match[i] = j
            taken.add(j)
    return match


def match_people(gold, pred):
    def sim(i, j):
        a, b = norm(gold[i]["name"]), norm(pred[j]["name"])
        if a == b:
            return 2
        return 1 if last_token(a) == last_token(b) and last_token(a) else -1
    return greedy(len(gold), len(pred), sim)


def outlet(url):
    m = re.match(r"https?://(?:www\d?\.|amp\.|m\.)?([^/]+)", url or "")
    host = m.group(1) if m else "?"
    parts = host.split(".")
    return ".".join(parts[-3:]) if len(parts) > 2 and parts[-2] in ("co", "com", "org", "net", "gov", "ac") else ".".join(parts[-2:])


def part(split):
    """The labelled part an article belongs to (its split: tune, heldout, fresh, fresh2, ...)."""
    return split


def sentence_bounds(text):
    """Rough sentence starts, for telling whether a role and a name share a sentence."""
    starts = [0]
    for m in re.finditer(r"[.!?][\"”’']?\s+(?=[\"“A-Z0-9])|\n", text):
        starts.append(m.end())
    return starts


def construction(text, role, mentions, name):
    """The construction that states role of a person mentioned at mentions (list of (start, end)) in text."""
    occ = [m.start() for m in re.finditer(re.escape(role), text, flags=re.I)]
    if not occ:
        return "not verbatim"
    spans = list(mentions)
    if not spans:
        surname = name.split()[-1]
        spans = [(m.start(), m.end()) for m in re.finditer(re.escape(surname), text)]
    best = None
    starts = sentence_bounds(text)

    def sent(o):
        k = 0
        for i, s in enumerate(starts):
            if s <= o:
                k = i
        return k
    for o in occ:
        e = o + len(role)
        for (ms, me) in spans:
            if ms <= o < me or o <= ms < e:
                kind = "inside name"
                d = 0
            elif e <= ms:
                between = text[e:ms]
                d = len(between)
                if re.fullmatch(r"\s*", between):
                    first = text[o]
                    kind = "title before name (capitalized)" if first.isupper() else "job noun before name"
                elif re.fullmatch(r"\s*(,|—|–|-|:)\s*", between):
                    kind = "apposition before name"
                elif re.fullmatch(r"\s*(\S+\s+){0,3}\S*\s*", between) and sent(o) == sent(ms):
                    kind = "before name, words between"
                else:
                    kind = "other sentence" if sent(o) != sent(ms) else "before name, far"
            else:
                between = text[me:o]
                d = len(between)
                low = between.lower()
                if re.fullmatch(r"\s*('s|’s)?\s*", between):
                    kind = "right after name"
                elif re.fullmatch(r"\s*,\s*(the|a|an|now|also|then|another|his|her|their|its|[a-z]+'s|[a-z]+’s)?\s*", low) or re.fullmatch(r"\s*(\(|—|–|-)\s*(the|a|an)?\s*", low):
                    kind = "apposition after name"
                elif re.fullmatch(r"\s*,?\s*who\s+(is|was|has been|had been|serves as|served as|works as|worked as|became|remains|is now|was also|is also)\s+(the|a|an|now|also)?\s*", low):
                    kind = "who is/was clause"
                elif re.search(r"\bwho\b", low) and sent(o) == sent(me) and d < 60:
                    kind = "who + verb clause"
                elif re.fullmatch(r"\s*(is|was|'s|are|were|has been|had been|became|becomes|remains|will be|would be|serves as|served as|is now|was once|is also|was also)\s+(the|a|an|now|also|once|its|his|her|their)?\s*([a-z]+'s\s+)?", low):
                    kind = "copula"
                elif re.search(r"\bas\s+(the|a|an|its|his|her|their)?\s*$", low) and sent(o) == sent(me):
                    kind = "as phrase"
                elif re.search(r"\b(named|appointed|elected|promoted|hired)\b", low) and sent(o) == sent(me):
                    kind = "named/appointed"
                elif sent(o) == sent(me) and d < 80:
                    kind = "after name, words between"
                else:
                    kind = "other sentence" if sent(o) != sent(me) else "after name, far"
            if best is None or d < best[0]:
                best = (d, kind)
    return best[1] if best else "no mention"


def evaluate(dump, roles_of=lambda p: [r["stated"] for r in p["roles"]]):
    """Per part: role recall, role precision, and construction x outcome for each labelled role."""
    per_part = defaultdict(Counter)
    table = defaultdict(Counter)
    misses = []
    wrong = []
    for art in dump:
        p = part(art["split"])
        gold, pred = art["gold"], art["people"]
        match = match_people(gold, pred)
        used = set()
        for i, g in enumerate(gold):
            j = match[i]
            if j < 0:
                for role in g["roles"]:
                    per_part[p]["gold"] += 1
                    kind = construction(art["text"], role, [], g["name"])
                    table[kind]["person not found"] += 1
                    misses.append((p, art["id"][:8], g["name"], role, kind, "person not found", []))
                continue
            used.add(j)
            got = roles_of(pred[j])
            mentions = [(m["start"], m["end"]) for m in pred[j]["mentions"]]
            for role in g["roles"]:
                per_part[p]["gold"] += 1
                kind = construction(art["text"], role, mentions, g["name"])
                if any(role_match(role, r) for r in got):
                    per_part[p]["hit"] += 1
                    table[kind]["hit"] += 1
                    continue
                other = [q["name"] for k, q in enumerate(pred) if k != j and any(role_match(role, r) for r in roles_of(q))]
                outcome = "on another person" if other else "no candidate"
                table[kind][outcome] += 1
                misses.append((p, art["id"][:8], g["name"], role, kind, outcome, got + (["@" + o for o in other])))
            for r in got:
                per_part[p]["pred"] += 1
                if any(role_match(w, r) for w in g["roles"]):
                    per_part[p]["right"] += 1
                else:
                    wrong.append((p, art["id"][:8], g["name"], r, g["roles"]))
        for j, q in enumerate(pred):
            if j not in used:
                per_part[p]["pred on extra people"] += len(roles_of(q))
    return per_part, table, misses, wrong


def report(per_part, table=None):
    tot = Counter()
    lines = []
    for p in sorted(per_part, key=lambda s: (len(s), s)):
        c = per_part[p]
        tot.update(c)
        lines.append(fmt(p, c))
    lines.append(fmt("all", tot))
    if table:
        lines.append("")
        lines.append("%-36s %5s %5s %7s %7s %7s" % ("construction", "hit", "no-c", "other", "no-pers", "total"))
        for kind, c in sorted(table.items(), key=lambda kv: -sum(kv[1].values())):
            lines.append("%-36s %5d %5d %7d %7d %7d" % (kind, c["hit"], c["no candidate"], c["on another person"],
                                                      c["person not found"], sum(c.values())))
    return "\n".join(lines)


def fmt(name, c):
    rec = c["hit"] / c["gold"] if c["gold"] else 0
    prec = c["right"] / c["pred"] if c["pred"] else 0
    return "%-8s role recall %.2f (%d/%d)  role precision %.2f (%d/%d)  roles on unlabelled people %d" % (
        name, rec, c["hit"], c["gold"], prec, c["right"], c["pred"], c["pred on extra people"])


if __name__ == "__main__":
    dump = json.load(open(sys.argv[1]))
    per_part, table, misses, wrong = evaluate(dump)
    print(report(per_part, table))
    if "--misses" in sys.argv:
        print("\nMISSES")
        for m in sorted(misses, key=lambda m: (m[4], m[0])):
            print("  %-7s %s %-24s %-40s [%s] %s %s" % m)
        print("\nWRONG (predicted role on a matched person, matching none of their labels)")
        for w in wrong:
            print("  %-7s %s %-24s %-40s labels %s" % w)

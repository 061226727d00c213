#!/usr/bin/env python3
"""The hostile corpus of issue 12: pages written to break an extractor, and a checker.

  hostile.py make DIR            writes the corpus into DIR (pages/, archives/, unreadable/)
  hostile.py run DIR CMD...      runs CMD (e.g. ./broadsheet extract) on every case alone, then on the whole
                                 batch, and judges each run; prints one line per case and a verdict
  hostile.py kill DIR CMD...     the kill test: kill -9 during CMD PAGES -o out.jsonl.gz, check that every
                                 complete line parses, rerun with --resume, check the job is finished without
                                 duplicates

A case passes when it gives either an article (one JSON line whose source is the case) or a clear error
naming the input (`broadsheet: <input>: <problem>` on stderr, no stack trace), within the time and memory
bounds, and the batch of everything accounts for every page exactly once (written or failed).
"""
import gzip, json, os, random, re, struct, subprocess, sys, time, zlib

P = ("The council voted on Tuesday to close the old library on the hill, a decision that residents said would "
     "leave the town without a reading room for the first time in a century.")
TIME_LIMIT_S = 60          # wall time of one run of the command, JVM start included
RSS_LIMIT_KB = 1 << 20     # 1 GiB


def article(title="Library to close", body=None, head="<meta charset=utf-8>"):
    body = body if body is not None else ("<p>%s</p>" % P) * 4
    return ("<!doctype html><html lang=en><head>%s<title>%s</title></head><body><article><h1>%s</h1>"
            "<p class=byline>By Ann Lee</p>%s</article><footer>(c) 2024 The Daily Example</footer></body></html>"
            % (head, title, title, body))


def page_cases():
    """(file name, bytes) of every single-page case."""
    rnd = random.Random(12)
    c = {}
    c["lone-surrogates.html"] = article("Library &#xD800; closes", ("<p>%s &#xDFFF; &#55296;</p>" % P) * 4).encode()
    plain = article(head="")
    c["utf16le-no-bom.html"] = plain.encode("utf-16-le")
    c["utf16be-no-bom.html"] = plain.encode("utf-16-be")
    c["utf16le-bom.html"] = b"\xff\xfe" + plain.encode("utf-16-le")
    c["title-10mb.html"] = article("Library news " * 800_000).encode()
    c["markup-no-text.html"] = ("<html><body>" + "<div><span></span><img src=a.png><table><tr><td></td></tr></table></div>"
                                * 2000 + "</body></html>").encode()
    c["nesting-100k.html"] = ("<html><body><p>%s</p>" % P + "<div>" * 100_000 + "<p>%s</p>" % P + "</div>" * 100_000
                              + "</body></html>").encode()
    c["unclosed-100k.html"] = ("<html><body>" + "<span><b>" * 50_000 + P).encode()
    c["nested-tables-10k.html"] = ("<html><body>" + "<table><tr><td>" * 10_000 + P + "</td></tr></table>" * 10_000
                                   + "</body></html>").encode()
    c["huge-attribute.html"] = article(body='<img src="data:image/png;base64,' + "A" * (10 << 20) + '">'
                                       + ("<p>%s</p>" % P) * 4).encode()
    c["many-attributes.html"] = article(body="<div " + " ".join("a%d=x" % i for i in range(100_000)) + ">"
                                        + ("<p>%s</p>" % P) * 4 + "</div>").encode()
    c["huge-head-script.html"] = ("<!doctype html><html><head><title>Library to close</title><script>var s='"
                                  + "x" * (30 << 20) + "';</script></head><body><article><h1>Library to close</h1>"
                                  + ("<p>%s</p>" % P) * 4 + "</article></body></html>").encode()
    c["unclosed-comment.html"] = article(body=("<p>%s</p>" % P) * 4 + "<!-- " + "never closed " * 400_000).encode()
    c["unclosed-script.html"] = article(body=("<p>%s</p>" % P) * 4 + "<script>" + "var a = 1; " * 400_000).encode()
    c["plaintext-element.html"] = article(body="<plaintext>" + ("<p>%s</p>" % P) * 4).encode()
    c["dense-50mb.html"] = ("<html><body><article>" + "".join("<div class=c%d><p>%d %s</p><ul><li><a href=/x/%d>"
                            "Another story</a></li></ul></div>\n" % (i % 7, i, P, i) for i in range(230_000))
                            + "</article></body></html>").encode()
    c["many-blocks-100k.html"] = ("<html><body>" + "".join("<p>line %d</p>" % i for i in range(100_000))
                                  + "</body></html>").encode()
    c["entity-flood.html"] = article(body="<p>" + "&amp;&lt;&#x41;" * 1_000_000 + "</p>" + ("<p>%s</p>" % P) * 4).encode()
    c["random-binary.html"] = bytes(rnd.getrandbits(8) for _ in range(200_000))
    c["png-as-html.html"] = b"\x89PNG\r\n\x1a\n" + bytes(rnd.getrandbits(8) for _ in range(50_000))
    c["pdf-as-html.html"] = b"%PDF-1.7\n" + bytes(rnd.getrandbits(8) for _ in range(50_000))
    c["elf-as-html.html"] = b"\x7fELF" + bytes(rnd.getrandbits(8) for _ in range(50_000))
    c["nul-in-middle.html"] = article().encode().replace(b"<p>", b"<p>\x00", 1)
    c["control-chars.html"] = article(body=("<p>%s\x01\x02\x7f</p>" % P) * 4).encode()
    c["empty.html"] = b""
    c["whitespace.html"] = b" \n\t\r\n " * 1000
    c["truncated-mid-tag.html"] = article().encode()[:-200]
    c["truncated-utf8.html"] = article(body=("<p>%s é</p>" % P) * 4).encode()[:-1] + "é".encode()[:1]
    c["invalid-utf8.html"] = article(body=("<p>%s</p>" % P) * 4).encode().replace(b"library", b"libr\xff\xfery")
    # lying charsets
    c["says-latin1-is-utf8.html"] = article(head="<meta charset=iso-8859-1>",
                                            body=("<p>%s Café, naïve, “quoted”.</p>" % P) * 4).encode("utf-8")
    c["says-utf8-is-cp1252.html"] = article(head="<meta charset=utf-8>",
                                            body=("<p>%s Café, naïve, déjà.</p>" % P) * 4).encode("cp1252")
    c["says-shiftjis-is-cp1251.html"] = article(head="<meta charset=shift_jis>", body=(
        "<p>Городской совет во вторник проголосовал за закрытие старой библиотеки на холме.</p>") * 6).encode("cp1251")
    c["says-utf16-is-utf8.html"] = article(head="<meta charset=utf-16>").encode("utf-8")
    c["unknown-charset.html"] = article(head="<meta charset=x-no-such-charset>", body=("<p>%s déjà</p>" % P) * 4
                                        ).encode("cp1252")
    c["bom-utf8-says-latin1.html"] = b"\xef\xbb\xbf" + article(head="<meta charset=latin1>",
                                                               body=("<p>%s café</p>" % P) * 4).encode()
    c["cr-only-newlines.html"] = article().replace("<p>", "\r<p>").encode()
    c["one-5mb-word.txt"] = ("Library to close\n\n" + "x" * (5 << 20) + "\n").encode()
    c["flattened-text.txt"] = ("Library to close\n\nBy Ann Lee\n\n" + "".join(
        "%s In the %s week, %d readers signed a letter asking the council to think again.\n\n" % (P, w, n)
        for w, n in (("first", 120), ("second", 340), ("third", 515), ("fourth", 800)))).encode()
    c["bidi-and-zero-width.html"] = article(body=("<p>%s \u202e\u200b\u200d\ufeff</p>" % P) * 4).encode()
    c["svg-huge.html"] = article(body="<svg>" + "<path d='M0 0 L1 1'/>" * 300_000 + "</svg>" + ("<p>%s</p>" % P) * 4).encode()
    # compressed: bombs are cut at the read limit (64 MiB); a small valid page gzipped is read
    c["page.html.gz"] = gzip.compress(article().encode())
    c["gzip-bomb-zeros.html.gz"] = gzip_bomb(b"\0" * (1 << 20), 1024)
    c["gzip-bomb-html.html.gz"] = gzip_bomb(("<p>%s</p>" % P).encode() * 4000, 1500)
    c["gzip-truncated.html.gz"] = gzip.compress(article().encode())[:-30]
    c["gzip-garbage.html.gz"] = b"\x1f\x8b\x08\x00" + bytes(rnd.getrandbits(8) for _ in range(5000))
    return c


def gzip_bomb(chunk, times):
    z = zlib.compressobj(9, zlib.DEFLATED, 31)
    out = [z.compress(chunk) for _ in range(times)]
    out.append(z.flush())
    return b"".join(out)


def warc_record(n, http_headers, body, with_length=True, typ="response"):
    http = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n" + http_headers
            + ("Content-Length: %d\r\n" % len(body) if with_length else "") + "\r\n").encode("latin-1") + body
    head = ("WARC/1.0\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-%012d>\r\n"
            "WARC-Date: 2024-05-01T09:30:00Z\r\nWARC-Target-URI: https://example.com/%d\r\n"
            "Content-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n"
            % (typ, n, n, len(http))).encode("latin-1")
    return head + http + b"\r\n\r\n"


def chunked(body, size=100):
    out = b""
    for i in range(0, len(body), size):
        part = body[i:i + size]
        out += b"%x\r\n" % len(part) + part + b"\r\n"
    return out + b"0\r\n\r\n"


def archive_cases():
    page = article().encode()
    deflate_zlib = zlib.compress(page)
    d = zlib.compressobj(6, zlib.DEFLATED, -15)
    deflate_raw = d.compress(page) + d.flush()
    recs = [
        warc_record(1, "", page),
        warc_record(2, "Transfer-Encoding: chunked\r\n", chunked(page), False),
        warc_record(3, "Content-Encoding: gzip\r\n", gzip.compress(page)),
        warc_record(4, "Content-Encoding: deflate\r\n", deflate_zlib),
        warc_record(5, "Content-Encoding: deflate\r\n", deflate_raw),
        warc_record(6, "Transfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n", chunked(gzip.compress(page), 64), False),
        warc_record(7, "Transfer-Encoding: chunked\r\nContent-Encoding: deflate\r\n", chunked(deflate_zlib, 64), False),
        warc_record(8, "Content-Encoding: gzip\r\n", page),            # stored decoded, header kept
        warc_record(9, "Transfer-Encoding: chunked\r\n", page),        # stored de-chunked, header kept
        warc_record(10, "Content-Encoding: gzip\r\n", gzip_bomb(b"<p>a</p>" * 100_000, 2000)),  # bomb: too large
        warc_record(11, "", b"\x89PNG\r\n\x1a\n" + os.urandom(5000)),  # binary served as HTML
        warc_record(12, "", article("&#xD800; lone").encode()),
    ]
    members = b"".join(gzip.compress(r) for r in recs)
    damaged = members + b"\x1f\x8b\x08\x00garbage-member" + gzip.compress(warc_record(13, "", page))
    return {"encodings.warc.gz": members, "damaged-member.warc.gz": damaged, "encodings.warc": b"".join(recs)}


def make(root):
    pages = os.path.join(root, "pages")
    os.makedirs(pages, exist_ok=True)
    for name, data in page_cases().items():
        with open(os.path.join(pages, name), "wb") as f:
            f.write(data)
    archives = os.path.join(root, "archives")
    os.makedirs(archives, exist_ok=True)
    for name, data in archive_cases().items():
        with open(os.path.join(archives, name), "wb") as f:
            f.write(data)
    # an unreadable file and an unreadable folder beside good pages (mode 000: root reads them anyway)
    unreadable = os.path.join(root, "unreadable")
    os.makedirs(os.path.join(unreadable, "locked"), exist_ok=True)
    for name in ("a-good.html", "z-good.html", "secret.html", "locked/inside.html"):
        with open(os.path.join(unreadable, name), "w") as f:
            f.write(article())
    os.chmod(os.path.join(unreadable, "secret.html"), 0)
    os.chmod(os.path.join(unreadable, "locked"), 0)


def run_one(cmd, args, out, failures, as_user=None):
    """Runs cmd on args with GNU time; returns (exit code, stdout lines, stderr, peak RSS KB, seconds)."""
    full = ["/usr/bin/time", "-f", "RSS_KB %M WALL_S %e"] + cmd + ["-f", "jsonl", "--no-progress", "-o", out,
                                                                   "--failures", failures] + args
    if as_user:
        full = ["runuser", "-u", as_user, "--"] + full
    t = time.time()
    p = subprocess.run(full, capture_output=True, text=True, errors="replace")
    wall = time.time() - t
    m = re.search(r"RSS_KB (\d+) WALL_S", p.stderr)
    rss = int(m.group(1)) if m else -1
    stderr = re.sub(r"RSS_KB .*\n?", "", p.stderr)
    lines = []
    if os.path.exists(out):
        with (gzip.open(out, "rt", encoding="utf-8") if out.endswith(".gz") else open(out, encoding="utf-8")) as f:
            lines = f.read().split("\n")
    return p.returncode, [l for l in lines if l], stderr, rss, wall


def judge_page(name, path, code, lines, stderr, rss, wall):
    problems = []
    objs = []
    for l in lines:
        try:
            objs.append(json.loads(l))
        except ValueError:
            problems.append("a line that is not JSON")
    if "Exception" in stderr and "\tat " in stderr:
        problems.append("a stack trace on stderr")
    if code == 0 and len(objs) == 1 and objs[0].get("source") == path:
        verdict = "article" + (" (warnings: %s)" % ",".join(sorted({w["code"] for w in objs[0]["warnings"]}))
                               if objs[0]["warnings"] else "")
    elif code == 1 and not objs and re.search(r"broadsheet: " + re.escape(path) + r": \S", stderr):
        verdict = "error: " + stderr.strip().splitlines()[0].split(path + ": ", 1)[1][:90]
    else:
        verdict = "NEITHER (exit %d, %d lines)" % (code, len(objs))
        problems.append("neither an article nor a clear error")
    if wall > TIME_LIMIT_S:
        problems.append("took %.0f s" % wall)
    if rss > RSS_LIMIT_KB:
        problems.append("peak RSS %d MB" % (rss >> 10))
    return verdict, problems


def run(root, cmd):
    work = os.path.join(root, "runs")
    os.makedirs(work, exist_ok=True)
    failed = 0
    print("%-32s %9s %7s  %s" % ("case", "peak RSS", "wall", "result"))
    pages_dir = os.path.join(root, "pages")
    for name in sorted(os.listdir(pages_dir)):
        path = os.path.join(pages_dir, name)
        out = os.path.join(work, name + ".jsonl")
        fail = os.path.join(work, name + ".failures.jsonl")
        for f in (out, fail):
            if os.path.exists(f):
                os.remove(f)
        code, lines, stderr, rss, wall = run_one(cmd, [path], out, fail)
        verdict, problems = judge_page(name, path, code, lines, stderr, rss, wall)
        failed += bool(problems)
        print("%-32s %6d MB %6.1fs  %s%s" % (name, rss >> 10, wall, verdict,
                                              "  FAIL: " + "; ".join(problems) if problems else ""))
    # archives: every record accounted for, none lost to its encoding
    for name in sorted(os.listdir(os.path.join(root, "archives"))):
        path = os.path.join(root, "archives", name)
        out = os.path.join(work, name + ".jsonl")
        fail = os.path.join(work, name + ".failures.jsonl")
        code, lines, stderr, rss, wall = run_one(cmd, [path], out, fail)
        m = re.search(r"(\d+) records read: (\d+) articles written .*?skipped: (\d+).*?failed: (\d+)", stderr)
        problems = []
        if not m:
            problems.append("no summary")
            verdict = "?"
        else:
            read, written, skipped, nfail = map(int, m.groups())
            verdict = "%d records: %d articles, %d skipped, %d failed" % (read, written, skipped, nfail)
            if written + skipped + nfail != read:
                problems.append("records unaccounted for")
            if written != len(lines):
                problems.append("summary says %d written, file has %d" % (written, len(lines)))
            if written < (10 if "damaged" not in name else 11):
                problems.append("pages lost: only %d of the decodable records written" % written)
        if rss > RSS_LIMIT_KB:
            problems.append("peak RSS %d MB" % (rss >> 10))
        failed += bool(problems)
        print("%-32s %6d MB %6.1fs  %s%s" % (name, rss >> 10, wall, verdict,
                                              "  FAIL: " + "; ".join(problems) if problems else ""))
    # the whole batch at once: every page either written or named as failed, exactly once
    out = os.path.join(work, "batch.jsonl")
    fail = os.path.join(work, "batch.failures.jsonl")
    code, lines, stderr, rss, wall = run_one(cmd, [pages_dir], out, fail)
    written = [json.loads(l)["source"] for l in lines]
    with open(fail) as f:
        failures = [json.loads(l)["file"] for l in f if l.strip()]
    expected = sorted(os.path.join(pages_dir, n) for n in os.listdir(pages_dir))
    problems = []
    if sorted(written + failures) != expected:
        problems.append("batch incomplete: %d written + %d failed of %d" % (len(written), len(failures), len(expected)))
    failed += bool(problems)
    print("%-32s %6d MB %6.1fs  %d articles, %d named failures of %d pages%s" % (
        "batch of all pages", rss >> 10, wall, len(written), len(failures), len(expected),
        "  FAIL: " + "; ".join(problems) if problems else ""))
    # unreadable file and folder: as an unprivileged user when run as root (root reads everything)
    udir = os.path.join(root, "unreadable")
    user = "nobody" if os.geteuid() == 0 else None
    if user:
        os.chmod(work, 0o777)
        os.chmod(root, 0o755)
    out = os.path.join(work, "unreadable.jsonl")
    fail = os.path.join(work, "unreadable.failures.jsonl")
    for f in (out, fail):
        if os.path.exists(f):
            os.remove(f)
    code, lines, stderr, rss, wall = run_one(cmd, [udir], out, fail, as_user=user)
    problems = []
    if len(lines) != 2:
        problems.append("%d of the 2 readable pages written" % len(lines))
    if "secret.html: cannot read: permission denied" not in stderr:
        problems.append("unreadable file not named")
    if "locked: cannot read this directory: permission denied" not in stderr:
        problems.append("unreadable folder not named")
    failed += bool(problems)
    print("%-32s %6d MB %6.1fs  %d articles; %s%s" % ("unreadable file and folder", rss >> 10, wall, len(lines),
                                                     "as " + (user or "this user"),
                                                     "  FAIL: " + "; ".join(problems) if problems else ""))
    print("hostile corpus: %s" % ("every case passed" if failed == 0 else "%d cases FAILED" % failed))
    return 1 if failed else 0


def kill_test(root, cmd, pages=2000):
    d = os.path.join(root, "kill", "pages")
    os.makedirs(d, exist_ok=True)
    words = ["council", "board", "mayor", "school", "library", "bridge", "river", "market", "hospital", "union"]
    for i in range(pages):
        path = os.path.join(d, "p%04d.html" % i)
        if not os.path.exists(path):
            w = words[i % 10]
            body = "".join("<p>Story %d, part %d: the %s said on Tuesday that %d residents had signed the letter, and "
                           "that a decision on the %s would follow within %d weeks.</p>" % (i, k, w, i * 7 + k, w, k + 2)
                           for k in range(6))
            with open(path, "w") as f:
                f.write(article("The %s decides, story %d" % (w, i), body))
    out = os.path.join(root, "kill", "out.jsonl.gz")
    if os.path.exists(out):
        os.remove(out)
    p = subprocess.Popen(cmd + [d, "-f", "jsonl", "--no-progress", "-o", out], stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL)
    start = time.time()
    while time.time() - start < 120 and p.poll() is None:
        time.sleep(0.5)
        if os.path.exists(out) and os.path.getsize(out) > 40_000:
            break
    time.sleep(0.7)  # kill mid-run, between two flushes
    killed = p.poll() is None
    if killed:
        os.kill(p.pid, 9)
    p.wait()
    raw = open(out, "rb").read()
    z = zlib.decompressobj(31)
    try:
        text = z.decompress(raw).decode("utf-8", "replace")
    except zlib.error:
        text = ""
    complete = text.split("\n")[:-1]
    bad = 0
    for line in complete:
        try:
            json.loads(line)
        except ValueError:
            bad += 1
    print("kill -9 %s after %.1f s: %d bytes of gzip, %d complete lines, %d do not parse, torn tail of %d chars" % (
        "sent" if killed else "NOT sent (finished first)", time.time() - start, len(raw), len(complete), bad,
        len(text.split("\n")[-1])))
    r = subprocess.run(cmd + [d, "-f", "jsonl", "--no-progress", "--resume", "-o", out], capture_output=True, text=True)
    with gzip.open(out, "rt", encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if l]
    sources = [json.loads(l)["source"] for l in lines]
    dupes = len(sources) - len(set(sources))
    ok = killed and bad == 0 and r.returncode == 0 and dupes == 0 and len(set(sources)) == pages
    print("--resume: exit %d, %d lines, %d distinct pages of %d, %d duplicates; %s" % (
        r.returncode, len(lines), len(set(sources)), pages, dupes, r.stderr.strip().splitlines()[-1] if r.stderr else ""))
    print("kill test: %s" % ("passed" if ok else "FAILED"))
    return 0 if ok else 1


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "make":
        make(sys.argv[2])
    elif len(sys.argv) >= 4 and sys.argv[1] == "run":
        sys.exit(run(sys.argv[2], sys.argv[3:]))
    elif len(sys.argv) >= 4 and sys.argv[1] == "kill":
        sys.exit(kill_test(sys.argv[2], sys.argv[3:]))
    else:
        print(__doc__)
        sys.exit(2)

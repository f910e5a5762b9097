#!/usr/bin/env bash
# Scores the extractor on every labelled PDF of the shared corpus
# (../shared/corpus and ../shared/corpus/real) with the shared scorer (with
# --pdf, so boxes are checked against the printed figures), and runs
# coverage_report.py on ../shared/corpus/unlabelled. Prints the whole table.
#
# Fails when a labelled file falls below one of its floors in
# tests/data/corpus-floor.txt (items, periods, report, boxes; a ceiling on
# extra rows), or when an unlabelled file misses a table it prints
# (tests/data/unlabelled-tables.txt, read off the pages by hand). Floors are a
# ratchet: raise them as extraction improves, never lower them.
# Builds nothing. LEDGERLENS_CLI overrides the extractor binary.
set -uo pipefail
cd "$(dirname "$0")/.."
CLI=${LEDGERLENS_CLI:-build/app/cli/ledgerlens-cli}
CORPUS=${LEDGERLENS_CORPUS:-../shared/corpus}
TOOLS=${LEDGERLENS_SCORER_DIR:-../shared/tools}
if [ ! -x "$CLI" ]; then echo "corpus-check: no extractor at $CLI (build first or set LEDGERLENS_CLI)"; exit 2; fi
exec python3 - "$CLI" "$CORPUS" "$TOOLS" tests/data/corpus-floor.txt tests/data/unlabelled-tables.txt <<'PY'
import contextlib, glob, importlib.util, io, json, os, subprocess, sys, time

cli, corpus, tools, floors_path, tables_path = sys.argv[1:6]
spec = importlib.util.spec_from_file_location("scorer", os.path.join(tools, "score_extraction.py"))
scorer = importlib.util.module_from_spec(spec)
spec.loader.exec_module(scorer)

# name items periods report boxes extra_max  (ratios 0..1; extra is a count)
floors = {}
for line in open(floors_path, encoding="utf-8"):
    f = line.split("#")[0].split()
    if f:
        floors[f[0]] = [float(x) for x in f[1:]] + [None] * (6 - len(f))

def ratio(pair):
    got, n = pair
    return 1.0 if n == 0 else got / n

failed = []
print(f"{'file':<40} {'items':>13} {'periods':>8} {'report':>7} {'extra':>5} {'boxes':>9} {'time':>6}")
pdfs = sorted(glob.glob(os.path.join(corpus, "*.pdf"))) + sorted(glob.glob(os.path.join(corpus, "real", "*.pdf")))
for pdf in pdfs:
    name = os.path.basename(pdf)[:-4]
    expected = pdf[:-4] + ".expected.json"
    if not os.path.exists(expected):
        print(f"{name}: no expected JSON, skipped")
        continue
    start = time.time()
    run = subprocess.run([cli, "extract", pdf], capture_output=True, text=True)
    secs = time.time() - start
    try:
        actual = json.loads(run.stdout)
        with contextlib.redirect_stdout(io.StringIO()):
            _, tot = scorer.score(json.load(open(expected, encoding="utf-8")), actual, False, pdf)
    except Exception as e:
        print(f"{name:<40} extraction failed (exit {run.returncode}): {e}")
        failed.append(name)
        continue
    got = {"items": ratio(tot["items"]), "periods": ratio(tot["periods"]), "report": ratio(tot["report"]),
           "boxes": ratio(tot["boxes"]), "extra": tot["extra"][0]}
    verdict = []
    floor = floors.get(name)
    if floor is None:
        verdict.append("no floor")
    else:
        for k, f in zip(("items", "periods", "report", "boxes"), floor[:4]):
            if f is not None and got[k] + 1e-9 < f:
                verdict.append(f"{k} below {f:.3f}")
        if floor[4] is not None and got["extra"] > floor[4]:
            verdict.append(f"extra above {int(floor[4])}")
    if verdict and verdict != ["no floor"]:
        failed.append(name)
    it, pe, rp, bx = tot["items"], tot["periods"], tot["report"], tot["boxes"]
    print(f"{name:<40} {it[0]:>4}/{it[1]:<4}{100 * got['items']:>4.0f}% {pe[0]:>3}/{pe[1]:<4} {rp[0]:>2}/{rp[1]:<4} "
          f"{got['extra']:>5} {bx[0]:>4}/{bx[1]:<4} {secs:>5.2f}s {'; '.join(verdict) or 'ok'}")

# Unlabelled filings: every table the filing prints must be found.
letters = {"profit_or_loss": "P", "comprehensive_income": "C", "financial_position": "B", "cash_flows": "F",
           "revenue_mix": "m", "receivables_ageing": "r", "payables_ageing": "p"}
prints = {}
for line in open(tables_path, encoding="utf-8"):
    f = line.split("#")[0].split()
    if f:
        prints[f[0]] = f[1:]
unlabelled = os.path.join(corpus, "unlabelled")
if os.path.isdir(unlabelled):
    print("\nunlabelled (coverage_report.py):", flush=True)
    cov = subprocess.run([sys.executable, os.path.join(tools, "coverage_report.py"), cli, unlabelled, "--json"],
                         capture_output=True, text=True)
    rows = json.loads(cov.stdout) if cov.stdout.strip().startswith("[") else []
    subprocess.run([sys.executable, os.path.join(tools, "coverage_report.py"), cli, unlabelled])
    for row in rows:
        name = os.path.basename(row.get("file", ""))[:-4]
        found = row.get("tables", "")
        missing = [t for t in prints.get(name, []) if letters.get(t) not in found]
        if name not in prints:
            print(f"{name}: not listed in {tables_path}")
            failed.append(name)
        elif missing:
            print(f"{name}: prints but not found: {' '.join(missing)}")
            failed.append(name)

print(f"\ncorpus-check: {len(pdfs)} labelled, {len(failed)} below their floors" +
      (": " + " ".join(failed) if failed else ""))
sys.exit(1 if failed else 0)
PY

#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs the Yoast SEO oracle (../shared/tools/yoast-oracle) and `postwright check --seo --json`
on the same posts and prints how often their ratings agree, per check and overall.

Posts and keyphrases: tests/data/seo/keyphrases.tsv (SEEDS/ = the shared seed folder).
Exit codes: 0 when agreement >= --min-agreement, 1 below it, 77 (skipped) when Node or the
oracle's node_modules is missing. With --install, `npm ci` runs in a copy of the oracle first.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

SKIP = 77


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


def oracle_dir(args):
    if os.path.isdir(os.path.join(args.oracle, "node_modules", "yoastseo")):
        return args.oracle
    if not args.install or not shutil.which("npm"):
        return None
    # The shared tool folder is read-only: install into a copy.
    copy = os.path.join(args.work, "yoast-oracle")
    if not os.path.isdir(os.path.join(copy, "node_modules", "yoastseo")):
        shutil.rmtree(copy, ignore_errors=True)
        shutil.copytree(args.oracle, copy, ignore=shutil.ignore_patterns("node_modules"))
        result = run(["npm", "ci", "--no-audit", "--no-fund"], cwd=copy)
        if result.returncode != 0:
            print("npm ci failed:\n" + result.stderr[-2000:], file=sys.stderr)
            return None
    return copy


def posts(args):
    for line in open(os.path.join(args.data, "keyphrases.tsv"), encoding="utf-8"):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        name, keyphrase = line.split("\t")
        path = os.path.join(args.seeds, name[6:]) if name.startswith("SEEDS/") else os.path.join(args.data, name)
        path = os.path.abspath(path)
        yield name, path, keyphrase


def yoast(oracle, path, keyphrase, binary, our_seo):
    # The oracle's seed2json renders the body (marked; WordPress HTML as exported). Title,
    # description, slug and permalink are taken from Postwright's reading of the same file,
    # so the two sides judge the same post: the comparison is about the checks, not the
    # readers (seed2json, for one, promotes a plain Markdown file's first heading to title).
    post = run(["node", os.path.join(oracle, "seed2json.mjs"), path, "--keyphrase", keyphrase], cwd=oracle)
    if post.returncode != 0:
        raise RuntimeError("seed2json failed on %s: %s" % (path, post.stderr))
    ours_json = run([binary, "convert", path, "--to", "json"])
    if ours_json.returncode != 0:
        raise RuntimeError("postwright convert failed on %s: %s" % (path, ours_json.stderr))
    mine = json.loads(ours_json.stdout)
    oracle_input = json.loads(post.stdout)
    oracle_input["title"] = mine.get("title", "")
    oracle_input["description"] = mine.get("meta_description", "")
    oracle_input["slug"] = our_seo["slug"]
    oracle_input["permalink"] = our_seo["permalink"]
    result = run(["node", os.path.join(oracle, "analyze.mjs"), "-"], input=json.dumps(oracle_input), cwd=oracle)
    if result.returncode != 0:
        raise RuntimeError("analyze failed on %s: %s" % (path, result.stderr))
    data = json.loads(result.stdout)
    ratings = {r["identifier"]: r["rating"] for r in data["seo"]["results"] + data["readability"]["results"]}
    return ratings, data


def ours(binary, path, keyphrase):
    result = run([binary, "check", "--seo", "--json", "--keyphrase", keyphrase, path])
    if result.returncode == 2:
        raise RuntimeError("postwright could not read %s: %s" % (path, result.stderr))
    seo = json.loads(result.stdout)["files"][0]["seo"]
    return {c["id"]: c["rating"] for c in seo["checks"]}, seo


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--postwright", required=True)
    parser.add_argument("--oracle", required=True, help="the yoast-oracle folder")
    parser.add_argument("--seeds", required=True)
    parser.add_argument("--data", required=True, help="tests/data/seo")
    parser.add_argument("--work", default=tempfile.gettempdir(), help="where --install copies the oracle")
    parser.add_argument("--install", action="store_true", help="npm ci into a copy when node_modules is missing")
    parser.add_argument("--min-agreement", type=float, default=90.0)
    parser.add_argument("--verbose", "-v", action="store_true")
    args = parser.parse_args()

    if not shutil.which("node"):
        print("SKIPPED: node is not installed")
        return SKIP
    oracle = oracle_dir(args)
    if not oracle:
        print("SKIPPED: the Yoast oracle's node_modules is missing (run npm ci in a copy, or pass --install)")
        return SKIP

    per_check = {}
    disagreements = []
    scores = []
    for name, path, keyphrase in posts(args):
        mine, our_data = ours(args.postwright, path, keyphrase)
        theirs, yoast_data = yoast(oracle, path, keyphrase, args.postwright, our_data)
        scores.append((name, yoast_data["seo"]["score"], our_data["score"],
                       yoast_data["readability"]["score"], our_data["readabilityScore"],
                       (yoast_data.get("fleschReadingEase") or {}).get("score"), our_data.get("fleschReadingEase")))
        for check in sorted(set(theirs) & set(mine)):
            agree = theirs[check] == mine[check]
            total, same = per_check.get(check, (0, 0))
            per_check[check] = (total + 1, same + (1 if agree else 0))
            if not agree:
                disagreements.append((name, check, theirs[check], mine[check]))

    print("%-24s %9s" % ("check", "agreement"))
    pairs = agreeing = 0
    for check, (total, same) in sorted(per_check.items()):
        pairs += total
        agreeing += same
        print("%-24s %4d/%-4d %5.1f %%" % (check, same, total, 100.0 * same / total))
    print("\n%-24s %9s %9s %12s %9s" % ("post", "SEO y/pw", "read y/pw", "Flesch y/pw", ""))
    for name, ys, ps, yr, pr, yf, pf in scores:
        print("%-24s %4s/%-4s %4s/%-4s %5s/%-5s" % (name[-24:], ys, ps, yr, pr, yf, pf))
    if disagreements:
        print("\ndisagreements (post, check, yoast, postwright):")
        for d in disagreements:
            print("  %-26s %-22s %-5s %s" % d)
    overall = 100.0 * agreeing / pairs if pairs else 0.0
    print("\noverall agreement: %d/%d (post, check) pairs = %.1f %%" % (agreeing, pairs, overall))
    return 0 if overall >= args.min_agreement else 1


if __name__ == "__main__":
    sys.exit(main())

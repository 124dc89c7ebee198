#!/usr/bin/env python3
"""Common words of the news corpus, for actors/data/names.tsv.

  commonwords.py CORPUS.jsonl.gz NAMES.tsv [MIN]

Prints "common" rows of the folded Arabic words seen MIN (default 300) times
or more in the corpus, leaving out the given names and link words NAMES.tsv
lists, twenty words a row, most frequent first. A word this common is no
part of a name the actor dictionary does not know ("زياد عيتاني الرد").
"""
import collections
import gzip
import json
import re
import sys


def fold(w):
    w = re.sub("[\u064b-\u0652\u0640\u0670]", "", w)
    w = re.sub("[\u0623\u0625\u0622\u0671]", "\u0627", w)
    return w.replace("\u0649", "\u064a").replace("\u0629", "\u0647")


def main():
    corpus, names = sys.argv[1], sys.argv[2]
    least = int(sys.argv[3]) if len(sys.argv) > 3 else 300
    keep = set()
    for line in open(names, encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if len(f) == 2 and f[0] in ("given", "link"):
            keep.update(fold(w) for w in f[1].split("|"))
    counts = collections.Counter()
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        for line in f:
            for w in re.findall(r"[\u0621-\u064a\u0670]+", json.loads(line).get("text", "")):
                counts[fold(w)] += 1
    words = [w for w, n in counts.most_common() if n >= least and w not in keep and len(w) > 1]
    for i in range(0, len(words), 20):
        print("common\t" + "|".join(words[i:i + 20]))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Aligns a JSONL dataset of document pairs on Apache Spark, with Bitext on every worker.

Each input line is a request for `bitext batch --jsonl -`:
    {"id": "...", "source_text": "...", "target_text": "...", "src_lang": "en", "tgt_lang": "ko", "date": "2025-11-14"}
Each output line is Bitext's result for it (beads, units, mode, or an error), in input order within
each partition, and partitions in order, so the output matches a single-machine run line for line.

    spark-submit scripts/spark/align_job.py INPUT.jsonl OUTPUT_DIR [--bitext PATH] [--partitions N] [-- BITEXT OPTIONS…]

The same job runs unchanged on a cluster where every worker has the `bitext` binary at PATH (and the
glossary, if one is named in the options); locally it runs with `--master local[2]`.
"""
import argparse
import shlex
import sys

from pyspark.sql import SparkSession


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("input")
    parser.add_argument("output")
    parser.add_argument("--bitext", default="bitext", help="path of the bitext binary on the workers")
    parser.add_argument("--partitions", type=int, default=0, help="input partitions (default: Spark's)")
    parser.add_argument("--root", default=None,
                        help="folder on the workers that requests naming files (\"source\", \"target\") may read from; "
                             "without it such requests fail and only inline texts are aligned")
    argv = sys.argv[1:]
    # Everything after `--` is for Bitext.
    options = argv[argv.index("--") + 1:] if "--" in argv else []
    args = parser.parse_args(argv[:argv.index("--")] if "--" in argv else argv)

    spark = SparkSession.builder.appName("bitext-align").getOrCreate()
    sc = spark.sparkContext
    lines = sc.textFile(args.input, minPartitions=args.partitions) if args.partitions else sc.textFile(args.input)
    # One Bitext process per partition: it aligns the partition's pairs on the worker's cores and
    # answers line for line, in order. It exits 1 when a pair failed; that pair's line says why, so
    # the exit status is not checked (checkCode=False) and the job goes on.
    # Requests come from the dataset, not from the operator: a path in one is read only inside --root (by
    # default an empty folder made on each worker, so that no file of the worker can reach the output).
    root = args.root or "/tmp/bitext-spark-no-files"
    bitext = " ".join(shlex.quote(part) for part in [args.bitext, "batch", "--jsonl", "-", "--quiet", "--root", root] + options)
    script = (f"mkdir -p {shlex.quote(root)} && " if not args.root else "") + "exec " + bitext
    command = " ".join(shlex.quote(part) for part in ["sh", "-c", script])
    lines.pipe(command, checkCode=False).saveAsTextFile(args.output)
    spark.stop()


if __name__ == "__main__":
    main()

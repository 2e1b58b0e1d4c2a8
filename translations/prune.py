#!/usr/bin/env python3
"""Deletes table entries that no message uses any more (what `fill.py --unused` lists).

  python3 translations/prune.py          # show what would go
  python3 translations/prune.py --write  # delete them from translations/table/*.py
"""

import ast
import glob
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def unused_keys():
    sys.dont_write_bytecode = True  # no __pycache__ in the source tree
    sys.path.insert(0, HERE)
    import fill  # noqa: E402  (the same lookup rules as filling)
    table, english = fill.load_tables()
    for path in sorted(glob.glob(os.path.join(HERE, "connectdesk_*.ts"))):
        language = fill.language_of(path)
        if language in fill.PLURAL_FORMS:
            fill.fill_file(path, language, table, english)
    return ({key for key in table if key not in fill.USED},
            {key for key in english if ("EN", key) not in fill.USED})


def main():
    write = "--write" in sys.argv
    unused, unused_en = unused_keys()
    for path in sorted(glob.glob(os.path.join(HERE, "table", "*.py"))):
        with open(path, encoding="utf-8") as handle:
            source = handle.read()
        lines = source.splitlines(keepends=True)
        drop = []
        for node in ast.walk(ast.parse(source)):
            if not isinstance(node, ast.Dict):
                continue
            for key, value in zip(node.keys, node.values):
                if key is None:
                    continue
                literal = ast.literal_eval(key)
                # Which dictionary: EN entries have list values, T entries tuples.
                is_en = isinstance(value, ast.List)
                if (literal in unused_en) if is_en else (literal in unused):
                    drop.append((key.lineno, value.end_lineno, literal))
        for first, last, literal in sorted(drop, reverse=True):
            print(f"{os.path.basename(path)}:{first}: {literal!r}"[:150])
            if write:
                del lines[first - 1:last]
        if write and drop:
            with open(path, "w", encoding="utf-8") as handle:
                handle.write("".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())

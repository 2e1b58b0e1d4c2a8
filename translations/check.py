#!/usr/bin/env python3
"""The translations_complete test (tests/CMakeLists.txt).

Fails when a .ts file
  * has an unfinished, obsolete or vanished entry, or an empty translation;
  * has a translation whose placeholders (%1, %n, %Ln) or accelerator (&) differ from the source;
  * lacks strings the sources hold, or keeps strings they no longer hold: lupdate is run on the
    current sources into a temporary copy of every file, and the copy must hold exactly the same
    messages as the committed file.

  check.py --lupdate PATH --list LUPDATE_LIST [--lupdate-option OPT ...]
           [--plurals-only NAME ...] TS_FILE...

LUPDATE_LIST is the file list the build writes (translations/CMakeLists.txt), so the check sees
what `cmake --build build --target update_translations` sees.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%L?(?:n|\d+)")
# "&File" or "(&F)": an ampersand before a letter or digit, not "&&" and not an entity ("&amp;").
ACCELERATOR = re.compile(r"(?<!&)&(?!&)(?![a-zA-Z]+;|#\d+;)(?=\w)")

NUMERUS_FORMS = {"ja": 1, "zh": 1, "ko": 1}  # everything else here: singular and plural


def language_of(path):
    root = ET.parse(path).getroot()
    return (root.get("language") or "").split("_")[0]


def messages(path):
    """(context, source, comment) -> (numerus, [forms], type) for every message."""
    result = {}
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            comment = message.findtext("comment") or ""
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if translation is None:
                forms, kind = [], "missing"
            else:
                kind = translation.get("type") or "finished"
                if numerus:
                    forms = [form.text or "" for form in translation.iter("numerusform")]
                else:
                    forms = [translation.text or ""]
            result[(name, source, comment)] = (numerus, forms, kind)
    return result


def label(key):
    context, source, comment = key
    text = source if len(source) <= 70 else source[:67] + "..."
    text = text.replace("\n", "\\n")
    return f'{context}: "{text}"' + (f" ({comment})" if comment else "")


def check_entries(path):
    problems = []
    language = language_of(path)
    expected_forms = NUMERUS_FORMS.get(language, 2)
    for key, (numerus, forms, kind) in messages(path).items():
        source = key[1]
        if kind != "finished":
            problems.append(f"{kind}: {label(key)}")
            continue
        if numerus and len(forms) != expected_forms:
            problems.append(f"{len(forms)} plural forms, expected {expected_forms}: {label(key)}")
            continue
        if any(not form.strip() for form in forms):
            problems.append(f"empty translation: {label(key)}")
            continue
        wanted = sorted(PLACEHOLDER.findall(source))
        for form in forms:
            got = sorted(PLACEHOLDER.findall(form))
            # A singular form may spell the number out ("eine Sekunde"), never add one.
            if got != wanted and not (numerus and sorted(set(got)) == sorted(set(wanted) - {"%n", "%Ln"})):
                problems.append(f"placeholders {got} instead of {wanted}: {label(key)}")
                break
            if ACCELERATOR.search(source) and not ACCELERATOR.search(form):
                problems.append(f"accelerator (&) lost: {label(key)}")
                break
    return problems


def check_against_sources(paths, lupdate, listing, options, plurals_only):
    problems = []
    with tempfile.TemporaryDirectory(prefix="connectdesk-ts-") as temporary:
        for path in paths:
            copy = os.path.join(temporary, os.path.basename(path))
            shutil.copyfile(path, copy)
            command = [lupdate, *options]
            if os.path.basename(path) in plurals_only:
                command.append("-pluralonly")
            command += [f"@{listing}", "-ts", copy]
            run = subprocess.run(command, capture_output=True, text=True)
            if run.returncode != 0:
                problems.append(f"{os.path.basename(path)}: lupdate failed:\n{run.stdout}{run.stderr}")
                continue
            committed = messages(path)
            current = messages(copy)
            for key in sorted(set(current) - set(committed)):
                problems.append(f"{os.path.basename(path)}: not in the file yet: {label(key)}")
            for key in sorted(set(committed) - set(current)):
                problems.append(f"{os.path.basename(path)}: no longer in the sources: {label(key)}")
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lupdate", required=True)
    parser.add_argument("--list", required=True, help="the lupdate file list (@file)")
    parser.add_argument("--lupdate-option", action="append", default=[])
    parser.add_argument("--plurals-only", action="append", default=[],
                        help="a .ts file name updated with -pluralonly")
    parser.add_argument("ts", nargs="+")
    args = parser.parse_args()

    failed = False
    for path in args.ts:
        if not os.path.exists(path):
            print(f"FAIL {path}: missing")
            failed = True
            continue
        problems = check_entries(path)
        count = len(messages(path))
        if count == 0:
            problems.append("no messages at all")
        if problems:
            failed = True
            print(f"FAIL {os.path.basename(path)}: {len(problems)} problem(s) in {count} messages")
            for problem in problems:
                print(f"  {problem}")
        else:
            print(f"ok   {os.path.basename(path)}: {count} messages, all finished")

    drift = check_against_sources(args.ts, args.lupdate, args.list, args.lupdate_option,
                                  args.plurals_only)
    if drift:
        failed = True
        print(f"FAIL the sources and the .ts files differ ({len(drift)}):")
        for problem in drift:
            print(f"  {problem}")
        print("Run: cmake --build <build> --target update_translations, then "
              "python3 translations/fill.py (see translations/README.md).")
    else:
        print("ok   every source string is in every .ts file, and nothing stale")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Fills the .ts files from the translation tables in translations/table/*.py.

  python3 translations/fill.py            # fill every translations/connectdesk_*.ts
  python3 translations/fill.py --missing  # also print a table skeleton of what is missing
  python3 translations/fill.py --check    # change nothing; exit 1 when something is missing

Each table module defines
  T = { key: (de, es, fr, ja), ... }   # a value is a string, or a list of plural forms
  EN = { source: [singular, plural] }  # optional: English plural forms (connectdesk_en.ts)
where key is the source text, or (context, source) / (source, comment) / (context, source,
comment) when one source needs different translations. Plural values are lists: two forms for
de, es and fr (one, other), one for ja.

Only <translation> elements are rewritten, in lupdate's own XML spelling, so running lupdate
afterwards changes nothing. A message found in no table keeps what it has (a translation
someone made in Qt Linguist stays). Run after `cmake --build <build> --target
update_translations`; see README.md.
"""

import argparse
import glob
import html
import importlib.util
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LANGUAGES = ("de", "es", "fr", "ja")
PLURAL_FORMS = {"de": 2, "es": 2, "fr": 2, "ja": 1, "en": 2}

MESSAGE = re.compile(r"(?P<indent>[ \t]*)<message(?P<attrs>[^>]*)>(?P<body>.*?)</message>", re.S)
CONTEXT = re.compile(r"<context>(?P<body>.*?)</context>", re.S)
TRANSLATION = re.compile(r"(?P<indent>[ \t]*)<translation(?P<attrs>[^>]*?)(?:/>|>(?P<text>.*?)</translation>)", re.S)


def load_tables():
    table, english, origin = {}, {}, {}
    for path in sorted(glob.glob(os.path.join(HERE, "table", "*.py"))):
        name = os.path.splitext(os.path.basename(path))[0]
        spec = importlib.util.spec_from_file_location(f"connectdesk_table_{name}", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        for key, value in getattr(module, "T", {}).items():
            if key in table and table[key] != value:
                sys.exit(f"fill.py: {key!r} is in both {origin[key]} and {name} with different "
                         "translations")
            if not isinstance(value, tuple) or len(value) != len(LANGUAGES):
                sys.exit(f"fill.py: {name}: {key!r} needs a tuple of {len(LANGUAGES)} "
                         f"translations {LANGUAGES}")
            table[key] = value
            origin[key] = name
        for key, value in getattr(module, "EN", {}).items():
            english[key] = value
    return table, english


def unescape(text):
    return html.unescape(text)


def escape(text):
    # lupdate's spelling (Translator::protect()): these five entities, everything else literal.
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


def field(body, tag):
    match = re.search(rf"<{tag}>(.*?)</{tag}>", body, re.S)
    return unescape(match.group(1)) if match else ""


USED = set()  # table keys some message asked for (--unused reports the others)


def lookup(table, context, source, comment):
    for key in ((context, source, comment), (context, source), (source, comment), source):
        if key in table:
            USED.add(key)
            return table[key]
    return None


def translation_xml(indent, value, numerus):
    if not numerus:
        return f"{indent}<translation>{escape(value)}</translation>"
    inner = "".join(f"\n{indent}    <numerusform>{escape(form)}</numerusform>" for form in value)
    return f"{indent}<translation>{inner}\n{indent}</translation>"


def fill_file(path, language, table, english):
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    missing, filled, problems = [], 0, []

    def fill_context(context_match):
        nonlocal filled
        context_body = context_match.group("body")
        context = field(context_body, "name")

        def fill_message(match):
            nonlocal filled
            attrs, body = match.group("attrs"), match.group("body")
            numerus = 'numerus="yes"' in attrs
            source = field(body, "source")
            comment = field(body, "comment")
            if language == "en":
                value = english.get(source)
                if value is not None:
                    USED.add(("EN", source))
            else:
                entry = lookup(table, context, source, comment)
                value = None if entry is None else entry[LANGUAGES.index(language)]
            translation = TRANSLATION.search(body)
            if value is None or value == "" or value == []:
                if translation and "unfinished" in translation.group("attrs"):
                    missing.append((context, source, comment, numerus))
                return match.group(0)
            if numerus != isinstance(value, list):
                problems.append(f"{context}: {source!r}: the table has "
                                f"{'plural forms' if isinstance(value, list) else 'one string'}")
                return match.group(0)
            if numerus and len(value) != PLURAL_FORMS[language]:
                problems.append(f"{context}: {source!r}: {len(value)} plural forms for "
                                f"{language}, expected {PLURAL_FORMS[language]}")
                return match.group(0)
            new = translation_xml(translation.group("indent"), value, numerus)
            filled += 1
            return (match.group("indent") + "<message" + attrs + ">"
                    + body[:translation.start()] + new + body[translation.end():] + "</message>")

        return "<context>" + MESSAGE.sub(fill_message, context_body) + "</context>"

    updated = CONTEXT.sub(fill_context, text)
    return text, updated, filled, missing, problems


def language_of(path):
    return os.path.basename(path)[len("connectdesk_"):-len(".ts")]


def skeleton(missing_by_language):
    keys = {}
    for language, missing in missing_by_language.items():
        for context, source, comment, numerus in missing:
            keys.setdefault((context, source, comment, numerus), set()).add(language)
    lines = []
    current = None
    for (context, source, comment, numerus), languages in sorted(keys.items()):
        if context != current:
            lines.append(f"    # {context}")
            current = context
        key = repr(source) if not comment else repr((source, comment))
        if "en" in languages and languages == {"en"}:
            lines.append(f"    # EN: {key}: [\"\", \"\"],")
            continue
        empty = '["", ""]' if numerus else '""'
        ja = '[""]' if numerus else '""'
        lines.append(f"    {key}: ({empty}, {empty}, {empty}, {ja}),  # missing: "
                     + ", ".join(sorted(languages)))
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--missing", action="store_true", help="print a skeleton of what is missing")
    parser.add_argument("--check", action="store_true", help="write nothing; fail when incomplete")
    parser.add_argument("--unused", action="store_true",
                        help="list table entries no message uses any more (safe to delete)")
    parser.add_argument("ts", nargs="*", help="default: translations/connectdesk_*.ts")
    args = parser.parse_args()

    table, english = load_tables()
    paths = args.ts or sorted(glob.glob(os.path.join(HERE, "connectdesk_*.ts")))
    missing_by_language, incomplete = {}, False
    for path in paths:
        language = language_of(path)
        if language not in PLURAL_FORMS:
            print(f"{os.path.basename(path)}: unknown language {language!r}, skipped")
            continue
        before, after, filled, missing, problems = fill_file(path, language, table, english)
        for problem in problems:
            print(f"  problem: {problem}")
        if after != before and not args.check:
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(after)
        state = "unchanged" if after == before else ("would change" if args.check else "written")
        print(f"{os.path.basename(path)}: {filled} filled from the tables, {len(missing)} "
              f"missing, {state}")
        if missing or problems:
            incomplete = True
        missing_by_language[language] = missing
    if args.unused:
        unused = [key for key in table if key not in USED]
        unused += [("EN", key) for key in english if ("EN", key) not in USED]
        print(f"\n# {len(unused)} table entries no message uses:")
        for key in unused:
            print(f"  {key!r}"[:160])
    if args.missing and any(missing_by_language.values()):
        print("\n# Missing translations, as table entries (de, es, fr, ja):")
        print(skeleton(missing_by_language))
    return 1 if (args.check and incomplete) else 0


if __name__ == "__main__":
    sys.exit(main())

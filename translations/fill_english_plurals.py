#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fills the English plural forms in postwright_en.ts from the source strings.

Source strings write plurals as "%n word(s)"; English needs "%n word" and "%n words".
Run after `update_translations` adds new plural strings.
"""
import re
import sys
import xml.etree.ElementTree as ET

IRREGULAR = {"matches": "match", "posts": "post", "categories": "category"}


def forms(source):
    if "(s)" in source:
        return source.replace("(s)", ""), source.replace("(s)", "s")
    singular = source
    for plural, one in IRREGULAR.items():
        singular = re.sub(r"(%n )" + plural + r"\b", r"\g<1>" + one, singular)
    return singular, source


def main(path):
    tree = ET.parse(path)
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        translation = message.find("translation")
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        for text in forms(message.find("source").text):
            ET.SubElement(translation, "numerusform").text = text
    tree.write(path, encoding="utf-8", xml_declaration=True)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "translations/postwright_en.ts")

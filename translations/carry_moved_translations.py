#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Postwright authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Carries translations over to strings that moved to another class.

tr() files a string under its class's context, so moving code to a new class makes lupdate
mark the old message vanished and add the same source text, untranslated, under the new
context. Run lupdate WITHOUT -no-obsolete first, then this: every unfinished message whose
source (and comment and plural flag) equals a vanished one gets that translation. Then run
lupdate -no-obsolete to drop what vanished.
"""
import sys
import xml.etree.ElementTree as ET


def key(message):
    comment = message.find("comment")
    return (message.find("source").text or "",
            comment.text if comment is not None else "",
            message.get("numerus") == "yes")


def main(path):
    tree = ET.parse(path)
    gone = {}
    for message in tree.iter("message"):
        translation = message.find("translation")
        if translation.get("type") in ("vanished", "obsolete"):
            gone.setdefault(key(message), translation)
    carried = 0
    for message in tree.iter("message"):
        translation = message.find("translation")
        if translation.get("type") != "unfinished" or key(message) not in gone:
            continue
        old = gone[key(message)]
        translation.text = old.text
        for child in list(translation):
            translation.remove(child)
        for child in old:
            copy = ET.SubElement(translation, child.tag, child.attrib)
            copy.text = child.text
        del translation.attrib["type"]
        carried += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    print(f"{path}: carried {carried} translation(s) to moved strings")


if __name__ == "__main__":
    for ts in sys.argv[1:]:
        main(ts)

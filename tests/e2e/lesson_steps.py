#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Prints FOLDER/STEP-ID, one a line, for one step of every kind the lessons in LESSONS-DIR
use: each step type, each simulation scene, each mouse-practice action set, and a choice with
several right answers. Read from the lessons, so new lessons and step types are covered."""
import json
import pathlib
import sys

lessons = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "lessons")
seen = set()
for path in sorted(lessons.glob("*/lesson.json")):
    for step in json.loads(path.read_text(encoding="utf-8")).get("steps", []):
        kind = (step.get("type"), step.get("scene"), tuple(step.get("actions", [])),
                len(step.get("correct", [])) > 1)
        if kind not in seen:
            seen.add(kind)
            print(f"{path.parent.name}/{step['id']}")

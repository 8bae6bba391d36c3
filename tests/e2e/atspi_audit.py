#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Screen-reader audit through the real AT-SPI tree (run by atspi_audit.sh, which provides the
display, the D-Bus session and the accessibility bus).

Usage: atspi_audit.py APP LABEL [SCREENSHOT-ARGS...] -- [LABEL [SCREENSHOT-ARGS...] -- ...]
For each group, starts `APP screenshot SCREENSHOT-ARGS --stay`, waits for it to print `ready`,
finds the application on the accessibility bus by its process id, walks everything under it,
and reports what a screen reader would stumble on:
  - a focusable or actionable object (press, click, toggle...) with no name, or with a generic
    role (unknown, filler, panel, redundant object, invalid) that says nothing of what it is;
  - an image with no name that is not hidden.
Each failure is printed as `LABEL: role 'name' path`. A page where the walk finds 5 or fewer
named objects fails too: that is a broken walk, not a clean page. The app is always killed
after its page. Exit status 1 if anything failed.
Only Debian's python3-pyatspi is used (no packages from PyPI).
"""
import os
import select
import subprocess
import sys
import time

import pyatspi
from gi.repository import Atspi

READY_SECONDS = 30  # start-up under Xvfb with software drawing, on a busy 2-core machine
FIND_SECONDS = 15  # the app registering on the accessibility bus after `ready`
MIN_NAMED = 5
MAX_OBJECTS = 5000  # a walk that never ends is a bug in the tree, reported as such

GENERIC_ROLES = {
    pyatspi.ROLE_UNKNOWN,
    pyatspi.ROLE_FILLER,
    pyatspi.ROLE_PANEL,
    pyatspi.ROLE_REDUNDANT_OBJECT,
    pyatspi.ROLE_INVALID,
}


def role_name(acc):
    try:
        return acc.getRoleName() or str(acc.getRole())
    except Exception:  # a dead object answers nothing
        return "?"


def actions_of(acc):
    try:
        action = acc.queryAction()
    except NotImplementedError:
        return []
    except Exception:
        return []
    return [action.getName(i) for i in range(action.nActions)]


def wait_for_ready(proc, deadline):
    """True once the app prints `ready` on stdout; False if it exits or the time runs out."""
    buffered = b""
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            return False
        readable, _, _ = select.select([proc.stdout], [], [], 0.2)
        if not readable:
            continue
        chunk = os.read(proc.stdout.fileno(), 4096)
        if not chunk:
            return False
        buffered += chunk
        if b"ready\n" in buffered:
            return True
    return False


def find_application(pid, deadline):
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            try:
                app = desktop.getChildAtIndex(i)
                if app is not None and app.get_process_id() == pid:
                    return app
            except Exception:
                continue
        time.sleep(0.2)
    return None


def label_before(acc):
    """The named label just before `acc` among its siblings, if there is one."""
    try:
        parent, index = acc.parent, acc.getIndexInParent()
        before = parent.getChildAtIndex(index - 1) if index > 0 else None
    except Exception:
        return False
    return before is not None and before.getRole() == pyatspi.ROLE_LABEL and bool(
        (before.name or "").strip())


def audit(app, label):
    """Walks every descendant of `app`; returns (failures, objects checked, named objects)."""
    failures = []
    checked = named = 0
    pending = [(app, role_name(app))]
    while pending and checked < MAX_OBJECTS:
        acc, path = pending.pop()
        checked += 1
        role = acc.getRole()
        name = (acc.name or "").strip()
        states = acc.getState()
        if name:
            named += 1
        actionable = bool(actions_of(acc))
        focusable = states.contains(pyatspi.STATE_FOCUSABLE)
        problems = []
        if focusable or actionable:
            what = "focusable" if focusable else "actionable"
            # Qt 6.4 passes no name for a password box to AT-SPI, whatever Accessible.name
            # says (seen here; the QML tests check the name Qt has). Orca reads the visible
            # label just before it, so that label must be there, and is required instead.
            if not name and role == pyatspi.ROLE_PASSWORD_TEXT:
                if not label_before(acc):
                    problems.append("password box without a label before it")
            elif not name:
                problems.append(f"{what} without a name")
            if role in GENERIC_ROLES:
                problems.append(f"{what} with a generic role")
        hidden = not states.contains(pyatspi.STATE_VISIBLE)
        if role == pyatspi.ROLE_IMAGE and not name and not hidden:
            problems.append("image without a name")
        for problem in problems:
            failures.append(f"{label}: {role_name(acc)} '{name}' {path} ({problem})")
        try:
            count = acc.childCount
        except Exception:
            count = 0
        children = []
        for i in range(count):
            try:
                child = acc.getChildAtIndex(i)
            except Exception:
                child = None
            if child is not None:
                children.append((child, f"{path}/{role_name(child)}[{i}]"))
        pending.extend(reversed(children))  # depth first, in tree order
    if pending:
        failures.append(f"{label}: more than {MAX_OBJECTS} objects: the walk gave up")
    return failures, checked, named


def run_page(app_binary, label, args):
    """Starts the page, audits it and kills it. Returns a list of failure lines."""
    command = [app_binary, "screenshot", *args, "--stay"]
    with open(os.devnull, "wb") as devnull:
        proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=devnull)
    try:
        if not wait_for_ready(proc, time.monotonic() + READY_SECONDS):
            return [f"{label}: the app never said ready (exit status {proc.poll()}): "
                    + " ".join(command)]
        app = find_application(proc.pid, time.monotonic() + FIND_SECONDS)
        if app is None:
            return [f"{label}: process {proc.pid} is not on the accessibility bus"]
        failures, checked, named = audit(app, label)
        print(f"{label}: {checked} objects checked, {named} named", flush=True)
        if named <= MIN_NAMED:
            failures.append(f"{label}: only {named} named objects: the walk did not see the page")
        return failures
    except Exception as error:  # a D-Bus error is a failure of this page, not of the run
        return [f"{label}: audit broke: {error!r}"]
    finally:
        proc.kill()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            pass


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    Atspi.set_timeout(5000, 15000)  # no D-Bus call may hang the run
    app_binary, groups, group = argv[1], [], []
    for arg in argv[2:] + ["--"]:
        if arg == "--":
            if group:
                groups.append(group)
            group = []
        else:
            group.append(arg)
    failures = []
    for label, *args in groups:
        page_failures = run_page(app_binary, label, args)
        for line in page_failures:
            print(line, flush=True)
        failures += page_failures
    print(f"screen-reader audit: {len(failures)} problems on {len(groups)} pages")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

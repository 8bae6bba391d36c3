# SPDX-License-Identifier: GPL-3.0-or-later
"""Asks the kiosk window to close the ways a learner could, then as staff.

Runs inside cage, beside OpenSteps on cage's Xwayland display. Sends what a window manager's
close button sends (WM_DELETE_WINDOW) and the keys that close windows (Alt+F4, Ctrl+Q,
Ctrl+W, Escape), and checks the app is still running after each; then types a wrong staff
passphrase (still running), then the right one, and checks the app exits.
    close_requests.py PID STAFF_NAME STAFF_PASSPHRASE
Exit status 0 when all of that held; prints what failed otherwise.
"""
import os
import subprocess
import sys
import time

from Xlib import X, display, protocol  # Debian's python3-xlib

pid, staff_name, passphrase = int(sys.argv[1]), sys.argv[2], sys.argv[3]
screen = display.Display()
WM_PROTOCOLS = screen.intern_atom("WM_PROTOCOLS")
WM_DELETE_WINDOW = screen.intern_atom("WM_DELETE_WINDOW")
NET_WM_PID = screen.intern_atom("_NET_WM_PID")


def running():
    """The app (a child of the shell that started both) is alive, not a zombie."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def app_window():
    """The app's top-level window that takes WM_DELETE_WINDOW, or None."""
    for window in screen.screen().root.query_tree().children:
        prop = window.get_full_property(NET_WM_PID, X.AnyPropertyType)
        attributes = window.get_attributes()
        if prop and prop.value[0] == pid and attributes.map_state == X.IsViewable:
            if WM_DELETE_WINDOW in (window.get_wm_protocols() or []):
                return window
    return None


def wait_for(condition, seconds, what):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.2)
    sys.exit(f"FAIL: {what} within {seconds} s")


def still_running_after(what, seconds=2.0):
    """The close request `what` was refused: the app is still there a while later."""
    time.sleep(seconds)
    if not running():
        sys.exit(f"FAIL: {what} closed the kiosk app without a staff passphrase")
    print(f"ok: {what} refused")


def keys(*names):
    subprocess.run(["xdotool", "key", "--clearmodifiers", *names], check=True)


def type_text(text):
    subprocess.run(["xdotool", "type", "--delay", "40", "--", text], check=True)


wait_for(lambda: app_window() is not None, 60, "the OpenSteps window appeared")
window = app_window()
root = screen.screen()


def fills_screen():
    geometry = window.get_geometry()
    return (geometry.width, geometry.height) == (root.width_in_pixels, root.height_in_pixels)


# It is mapped at its normal size first, then goes full screen.
wait_for(fills_screen, 30, "the kiosk window filled the screen")
print(f"window fills the {root.width_in_pixels}x{root.height_in_pixels} screen")
time.sleep(1)  # its first frame and focus

# What a window manager's close button sends.
event = protocol.event.ClientMessage(window=window, client_type=WM_PROTOCOLS,
                                     data=(32, [WM_DELETE_WINDOW, X.CurrentTime, 0, 0, 0]))
window.send_event(event)
screen.flush()
still_running_after("the window manager's close request (WM_DELETE_WINDOW)")
# The prompt is open with "Keep using OpenSteps" focused: Escape closes the prompt only.
keys("Escape")
still_running_after("Escape")
for combo in ("alt+F4", "ctrl+q", "ctrl+w"):
    keys(combo)
    still_running_after(combo)
    keys("Escape")  # back to the page; the next key opens the prompt again
time.sleep(0.5)

# Staff close it: the prompt again, then Tab from "Keep using OpenSteps" to the name box.
keys("alt+F4")
time.sleep(1)
keys("Tab")
type_text(staff_name)
keys("Tab")
type_text("not the passphrase")
keys("Return")
still_running_after("a wrong staff passphrase", 3)
# Start again the same way, with the right passphrase.
keys("Escape")
time.sleep(0.5)
keys("alt+F4")
time.sleep(1)
keys("Tab")
type_text(staff_name)
keys("Tab")
type_text(passphrase)
keys("Return")
wait_for(lambda: not running(), 30, "the app closed with the staff passphrase")
print("ok: closed with the staff passphrase")

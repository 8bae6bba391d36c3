// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QQuickWindow;

namespace OpenSteps {

// Automatic checks of the page a window shows, run over every page by
// `opensteps screenshot --check-layout / --check-keyboard` (tests/e2e). Each problem is one
// readable line naming the page, the item and where it is; an empty list means none found.
class PageAudit {
public:
    // Text cut short (elided, truncated, or wider than its box), text that sticks out of the
    // window sideways, and controls drawn on top of one another.
    static QStringList layoutProblems(QQuickWindow *window);

    // Presses Tab from the page heading until focus comes round again, and reports controls
    // never reached, Tab order against reading order, focus stops without a visible focus ring,
    // and focus stops that are not design-system controls. Moves the keyboard focus.
    static QStringList keyboardProblems(QQuickWindow *window);
};

} // namespace OpenSteps

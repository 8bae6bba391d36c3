// SPDX-License-Identifier: GPL-3.0-or-later
#include "PageAudit.h"

#include <QAccessible>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QQuickItem>
#include <QQuickWindow>

#include <algorithm>

namespace OpenSteps {

namespace {

// Half a pixel either way is rounding in layouts, not a problem anyone can see.
constexpr qreal kSlack = 0.5;

// True when `object` is an instance of the QML type `type` or of one built on it. QML types
// show in the meta-object chain as "Type_QMLTYPE_n" (or "Type_QML_n").
bool isA(const QObject *object, const char *type) {
    const QByteArray wanted(type);
    const QByteArray qmlPrefix = wanted + QByteArrayLiteral("_QML");
    for (const QMetaObject *meta = object->metaObject(); meta; meta = meta->superClass()) {
        const QByteArray name(meta->className());
        if (name == wanted || name.startsWith(qmlPrefix))
            return true;
    }
    return false;
}

// The QML type's name, or the C++ class without its QQuick prefix.
QString typeName(const QObject *object) {
    QString name = QString::fromLatin1(object->metaObject()->className());
    if (const int qml = name.indexOf(QLatin1String("_QML")); qml > 0)
        name.truncate(qml);
    if (name.startsWith(QLatin1String("QQuick")))
        name.remove(0, 6);
    return name;
}

// The item's `Accessible` attached object, if QML made one (it is a child of the item).
const QObject *accessibleOf(const QQuickItem *item) {
    for (const QObject *child : item->children()) {
        if (qstrcmp(child->metaObject()->className(), "QQuickAccessibleAttached") == 0)
            return child;
    }
    return nullptr;
}

QAccessible::Role roleOf(const QQuickItem *item) {
    const QObject *accessible = accessibleOf(item);
    return accessible ? QAccessible::Role(accessible->property("role").toInt())
                      : QAccessible::NoRole;
}

QString shortened(QString text) {
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text.size() > 40 ? text.left(39) + QChar(0x2026) : text;
}

// How a person would find the item in the QML: objectName, else what a screen reader calls
// it, else its words, else its type.
QString describe(const QQuickItem *item) {
    const QString type = typeName(item);
    if (!item->objectName().isEmpty())
        return QStringLiteral("%1 (%2)").arg(item->objectName(), type);
    const QObject *accessible = accessibleOf(item);
    if (const QString name = accessible ? accessible->property("name").toString() : QString();
        !name.isEmpty())
        return QStringLiteral("'%1' (%2)").arg(shortened(name), type);
    if (const QString text = item->property("text").toString(); !text.isEmpty())
        return QStringLiteral("'%1' (%2)").arg(shortened(text), type);
    return type;
}

QString geometry(const QRectF &r) {
    return QStringLiteral("at x=%1 y=%2 w=%3 h=%4")
        .arg(qRound(r.x()))
        .arg(qRound(r.y()))
        .arg(qRound(r.width()))
        .arg(qRound(r.height()));
}

// The page item on screen: the last visible item with a pageName.
QQuickItem *shownPage(QQuickWindow *window) {
    QQuickItem *page = nullptr;
    QList<QQuickItem *> pending{window->contentItem()};
    while (!pending.isEmpty()) {
        QQuickItem *item = pending.takeFirst();
        if (!item->isVisible())
            continue;
        if (!item->property("pageName").toString().isEmpty())
            page = item;
        pending.append(item->childItems());
    }
    return page;
}

// The page on screen ("lesson (choice)" for a lesson step): the last visible item with a
// pageName, as tests/e2e/RunningApp.h finds it.
QString pageLabel(QQuickWindow *window) {
    QString label = QStringLiteral("?");
    QList<QQuickItem *> pending{window->contentItem()};
    while (!pending.isEmpty()) {
        QQuickItem *item = pending.takeFirst();
        if (!item->isVisible())
            continue;
        if (const QString name = item->property("pageName").toString(); !name.isEmpty()) {
            label = name;
            if (const QObject *runner = item->property("runner").value<QObject *>())
                label += QStringLiteral(" (%1)").arg(runner->property("stepType").toString());
        }
        pending.append(item->childItems());
    }
    return label;
}

struct Shown {
    QQuickItem *item;
    QRectF scene; // the item's box in window coordinates
    QRectF clip;  // the part of the window its clipping ancestors leave it
};

// Every item a person could see: visible, not transparent, not wholly clipped away or outside
// the window. Children are walked even when their parent has no size (layouts often do not).
void collect(QQuickItem *item, const QRectF &clip, QList<Shown> &out) {
    if (!item->isVisible() || item->opacity() <= 0)
        return;
    const QRectF scene = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
    out.append({item, scene, clip});
    const QRectF childClip = item->clip() ? clip.intersected(scene) : clip;
    if (childClip.isEmpty())
        return;
    const QList<QQuickItem *> children = item->childItems();
    for (QQuickItem *child : children)
        collect(child, childClip, out);
}

QList<Shown> shownItems(QQuickWindow *window) {
    QList<Shown> items;
    collect(window->contentItem(), QRectF(0, 0, window->width(), window->height()), items);
    return items;
}

bool isInteractive(const QQuickItem *item) {
    switch (roleOf(item)) {
    case QAccessible::Button:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::EditableText:
        return true;
    default:
        return item->activeFocusOnTab();
    }
}

// Where a Text item's words are drawn, in window coordinates (not its box, which may be
// narrower or wider than the words).
QRectF inkRect(const QQuickItem *text) {
    const qreal contentWidth = text->property("contentWidth").toReal();
    const qreal contentHeight = text->property("contentHeight").toReal();
    const int align = text->property("effectiveHorizontalAlignment").toInt();
    qreal x = 0;
    if (align & Qt::AlignRight)
        x = text->width() - contentWidth;
    else if (align & Qt::AlignHCenter)
        x = (text->width() - contentWidth) / 2;
    return text->mapRectToScene(QRectF(x, 0, contentWidth, qMax(contentHeight, text->height())));
}

void checkText(const QString &page, const Shown &shown, qreal windowWidth, QStringList &out) {
    const QQuickItem *text = shown.item;
    if (text->property("text").toString().trimmed().isEmpty())
        return;
    const QRectF ink = inkRect(text);
    if (!ink.intersects(shown.clip))
        return; // scrolled or clipped out of sight
    const QString what = describe(text);
    if (text->property("truncated").toBool()) {
        out << QStringLiteral("%1: text cut short (elided or truncated): %2 %3")
                   .arg(page, what, geometry(shown.scene));
    } else if (const qreal contentWidth = text->property("contentWidth").toReal();
               contentWidth > text->width() + kSlack) {
        out << QStringLiteral("%1: text wider than its box (%2 px in %3 px, clipped or spilling): "
                              "%4 %5")
                   .arg(page)
                   .arg(qRound(contentWidth))
                   .arg(qRound(text->width()))
                   .arg(what, geometry(shown.scene));
    }
    if (ink.left() < -kSlack || ink.right() > windowWidth + kSlack) {
        out << QStringLiteral("%1: text sticks out of the window (width %2): %3 words %4")
                   .arg(page)
                   .arg(qRound(windowWidth))
                   .arg(what, geometry(ink));
    }
}

} // namespace

QStringList PageAudit::layoutProblems(QQuickWindow *window) {
    QStringList problems;
    if (!window)
        return {QStringLiteral("no window")};
    const QString page = pageLabel(window);
    const QList<Shown> items = shownItems(window);
    QList<const Shown *> interactive;
    for (const Shown &shown : items) {
        if (isA(shown.item, "QQuickText")) {
            checkText(page, shown, window->width(), problems);
            continue;
        }
        const QRectF seen = shown.scene.intersected(shown.clip);
        if (seen.width() > kSlack && seen.height() > kSlack && isInteractive(shown.item))
            interactive << &shown;
    }
    // Controls on top of one another: one hides the other, or a click meant for one hits both.
    for (qsizetype i = 0; i < interactive.size(); ++i) {
        for (qsizetype j = i + 1; j < interactive.size(); ++j) {
            const Shown &a = *interactive.at(i), &b = *interactive.at(j);
            if (a.item->isAncestorOf(b.item) || b.item->isAncestorOf(a.item))
                continue;
            const QRectF overlap =
                a.scene.intersected(a.clip).intersected(b.scene.intersected(b.clip));
            if (overlap.width() > kSlack && overlap.height() > kSlack) {
                problems << QStringLiteral(
                                "%1: controls overlap: %2 %3 and %4 %5 (overlap %6 x %7)")
                                .arg(page, describe(a.item), geometry(a.scene), describe(b.item),
                                     geometry(b.scene))
                                .arg(qRound(overlap.width()))
                                .arg(qRound(overlap.height()));
            }
        }
    }
    return problems;
}

namespace {

// Where an item is on the page as if the page were not scrolled, so positions taken while Tab
// scrolls the page can be compared. Scroll boxes inside the page (mouse practice) count as
// scrolled: what matters there is where the learner sees the item when it has focus.
QRectF documentRect(const QQuickItem *item) {
    QRectF r = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
    const QQuickItem *page = nullptr;
    for (const QQuickItem *p = item->parentItem(); p; p = p->parentItem()) {
        if (p->inherits("QQuickFlickable"))
            page = p;
    }
    if (page)
        r.translate(page->property("contentX").toReal(), page->property("contentY").toReal());
    return r;
}

// True when some of the item is on screen: inside the window and every clipping ancestor.
bool isSeen(const QQuickItem *item) {
    if (!item->isVisible() || item->width() <= 0 || item->height() <= 0)
        return false;
    QRectF r = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
    for (const QQuickItem *p = item->parentItem(); p; p = p->parentItem()) {
        if (p->opacity() <= 0)
            return false;
        if (p->clip())
            r = r.intersected(p->mapRectToScene(QRectF(0, 0, p->width(), p->height())));
    }
    const QQuickWindow *window = item->window();
    return window && r.intersects(QRectF(0, 0, window->width(), window->height())) &&
           item->opacity() > 0;
}

// Reading order: top to bottom; items whose vertical ranges overlap are one row, read left to
// right (right to left when the layout is mirrored).
bool readsBefore(const QRectF &a, const QRectF &b, bool rightToLeft) {
    const qreal shared = qMin(a.bottom(), b.bottom()) - qMax(a.top(), b.top());
    if (shared > kSlack)
        return rightToLeft ? a.right() > b.right() + kSlack : a.left() < b.left() - kSlack;
    return a.top() < b.top();
}

// Main.qml mirrors the whole window for right-to-left languages with LayoutMirroring.
bool mirrored(QQuickWindow *window) {
    for (const QObject *child : window->children()) {
        if (qstrcmp(child->metaObject()->className(), "QQuickLayoutMirroringAttached") == 0)
            return child->property("enabled").toBool();
    }
    return QGuiApplication::layoutDirection() == Qt::RightToLeft;
}

// The design system's focus ring (components/FocusRing.qml) inside `item`, shown and at least
// as big as the item it marks.
bool showsFocusRing(const QQuickItem *item) {
    const QRectF box = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
    QList<QQuickItem *> pending = item->childItems();
    while (!pending.isEmpty()) {
        QQuickItem *child = pending.takeFirst();
        if (isA(child, "FocusRing") && child->isVisible() && child->opacity() > 0) {
            const QRectF ring =
                child->mapRectToScene(QRectF(0, 0, child->width(), child->height()));
            if (ring.adjusted(-kSlack, -kSlack, kSlack, kSlack).contains(box))
                return true;
        }
        pending.append(child->childItems());
    }
    return false;
}

// The controls whose keyboard use is unit-tested, so a focus stop that is one of them is
// known to work: Tappable and everything built on it (ActionButton, AnswerOption, AvatarTile,
// LessonCard, ReadAloudButton, SimButton), whose Return, Enter and Space activation
// tests/qml/tst_tappable.qml checks; and TextEntry (SimField), text boxes that take typing and
// Return (tst_passwordbuilder.qml, tst_scene_*.qml).
bool isTestedControl(const QQuickItem *item) {
    return isA(item, "Tappable") || isA(item, "TextEntry");
}

QQuickItem *tabStopOf(QQuickItem *item) {
    while (item && !item->activeFocusOnTab())
        item = item->parentItem();
    return item;
}

void pressTab(QQuickWindow *window) {
    QKeyEvent press(QEvent::KeyPress, Qt::Key_Tab, Qt::NoModifier, QStringLiteral("\t"));
    QGuiApplication::sendEvent(window, &press);
    QKeyEvent release(QEvent::KeyRelease, Qt::Key_Tab, Qt::NoModifier, QStringLiteral("\t"));
    QGuiApplication::sendEvent(window, &release);
    QCoreApplication::processEvents();
}

} // namespace

QStringList PageAudit::keyboardProblems(QQuickWindow *window) {
    if (!window)
        return {QStringLiteral("no window")};
    const QString page = pageLabel(window);
    QStringList problems;

    // Every control a person can see and use, or scroll to.
    QList<QQuickItem *> controls;
    for (const Shown &shown : shownItems(window)) {
        QQuickItem *item = shown.item;
        if (item->activeFocusOnTab() && item->isEnabled() && item->width() > 0 &&
            item->height() > 0)
            controls << item;
    }

    // Pages put focus on their heading when they open, so a screen reader says where one is;
    // or on the control the page names as its opening focus (the safe answer of a page that
    // asks to confirm something that cannot be undone).
    QQuickItem *start = window->activeFocusItem();
    const QQuickItem *shown = shownPage(window);
    const QQuickItem *opening =
        shown ? shown->property("openingFocus").value<QQuickItem *>() : nullptr;
    const bool atOpening = start && opening && (start == opening || opening->isAncestorOf(start));
    if (!start || (roleOf(start) != QAccessible::Heading && !atOpening)) {
        problems << QStringLiteral("%1: focus is not on the page heading (nor on the page's "
                                   "openingFocus) when the page opens (it is on %2)")
                        .arg(page, start ? describe(start) : QStringLiteral("nothing"));
    }

    const bool rightToLeft = mirrored(window);
    QList<QQuickItem *> order;
    QList<QRectF> where;
    const qsizetype maxPresses = controls.size() * 2 + 10;
    for (qsizetype press = 0; press < maxPresses; ++press) {
        pressTab(window);
        QQuickItem *focus = window->activeFocusItem();
        QQuickItem *stop = tabStopOf(focus);
        if (!stop && controls.isEmpty() && focus == start)
            break; // nothing on the page to Tab to
        if (!stop) {
            problems << QStringLiteral("%1: Tab moved focus to %2, which does not take Tab focus")
                            .arg(page, focus ? describe(focus) : QStringLiteral("nothing"));
            break;
        }
        if (!order.isEmpty() && stop == order.constFirst())
            break; // round the page
        if (!order.isEmpty() && stop == order.constLast()) {
            problems << QStringLiteral("%1: Tab is stuck on %2").arg(page, describe(stop));
            break;
        }
        if (order.contains(stop)) {
            problems << QStringLiteral("%1: Tab goes round from %2 back to %3 and never returns "
                                       "to %4")
                            .arg(page, describe(order.constLast()), describe(stop),
                                 describe(order.constFirst()));
            break;
        }
        // The page glides the focused control into view (a quarter of a second); wait for it.
        QElapsedTimer glide;
        glide.start();
        while (controls.contains(stop) && !isSeen(stop) && glide.elapsed() < 1000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        const QRectF box = documentRect(stop);
        order << stop;
        where << box;
        if (!controls.contains(stop) || !isSeen(stop)) {
            problems << QStringLiteral("%1: Tab stops on %2, which cannot be seen %3")
                            .arg(page, describe(stop), geometry(box));
        }
        if (!showsFocusRing(stop)) {
            problems << QStringLiteral("%1: no visible focus ring on %2 %3")
                            .arg(page, describe(stop), geometry(box));
        }
        if (!isTestedControl(stop)) {
            problems << QStringLiteral("%1: %2 takes Tab focus but is not a design-system "
                                       "control with tested keyboard use (Tappable, TextEntry) %3")
                            .arg(page, describe(stop), geometry(box));
        }
        if (press == maxPresses - 1) {
            problems << QStringLiteral("%1: Tab never came back round after %2 presses")
                            .arg(page)
                            .arg(maxPresses);
        }
    }

    for (QQuickItem *control : std::as_const(controls)) {
        if (!order.contains(control)) {
            problems << QStringLiteral("%1: Tab never reaches %2 %3")
                            .arg(page, describe(control), geometry(documentRect(control)));
        }
    }

    // Tab order against reading order. The order is a loop: start it at the stop read first
    // (the top bar's button), then each stop must read after the one before.
    if (order.size() > 1) {
        qsizetype first = 0;
        for (qsizetype i = 1; i < order.size(); ++i) {
            if (readsBefore(where.at(i), where.at(first), rightToLeft))
                first = i;
        }
        for (qsizetype n = 1; n < order.size(); ++n) {
            const qsizetype previous = (first + n - 1) % order.size();
            const qsizetype next = (first + n) % order.size();
            if (!readsBefore(where.at(previous), where.at(next), rightToLeft)) {
                problems << QStringLiteral("%1: Tab goes from %2 %3 to %4 %5, against reading "
                                           "order")
                                .arg(page, describe(order.at(previous)),
                                     geometry(where.at(previous)), describe(order.at(next)),
                                     geometry(where.at(next)));
            }
        }
    }
    return problems;
}

} // namespace OpenSteps

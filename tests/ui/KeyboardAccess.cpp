#include "KeyboardAccess.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QMap>
#include <QMenuBar>
#include <QTabBar>
#include <QTest>

namespace casusregie::test {

namespace {

void claim(QMap<QString, QStringList> &claims, const QString &text)
{
    const QKeySequence key = QKeySequence::mnemonic(text);
    if (!key.isEmpty())
        claims[key.toString(QKeySequence::PortableText)] << QString(text).remove(QLatin1Char('&'));
}

} // namespace

QStringList unnamedControls(QWidget *window)
{
    QStringList unnamed;
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(window) || !(widget->focusPolicy() & Qt::TabFocus) || widget->focusProxy())
            continue;
        QAccessibleInterface *control = QAccessible::queryAccessibleInterface(widget);
        if (control && control->text(QAccessible::Name).trimmed().isEmpty())
            unnamed << QStringLiteral("%1 %2").arg(QLatin1String(widget->metaObject()->className()), widget->objectName());
    }
    return unnamed;
}

QStringList accessKeyClashes(QWidget *window)
{
    QMap<QString, QStringList> claims;
    const auto shown = [](QWidget *widget) { return widget->isVisible(); };
    for (auto *button : window->findChildren<QAbstractButton *>()) {
        if (shown(button))
            claim(claims, button->text());
    }
    for (auto *label : window->findChildren<QLabel *>()) {
        if (shown(label) && label->buddy())
            claim(claims, label->text());
    }
    for (auto *group : window->findChildren<QGroupBox *>()) {
        if (shown(group))
            claim(claims, group->title());
    }
    for (auto *tabs : window->findChildren<QTabBar *>()) {
        for (int index = 0; shown(tabs) && index < tabs->count(); ++index) {
            if (tabs->isTabVisible(index))
                claim(claims, tabs->tabText(index));
        }
    }
    for (auto *menuBar : window->findChildren<QMenuBar *>()) {
        for (QAction *menu : menuBar->actions()) {
            if (menu->isVisible())
                claim(claims, menu->text());
        }
    }
    QStringList clashes;
    for (auto claim = claims.cbegin(); claim != claims.cend(); ++claim) {
        if (claim.value().size() > 1)
            clashes << claim.key() + QStringLiteral(": ") + claim.value().join(QStringLiteral(" / "));
    }
    return clashes;
}

QWidget *tabTo(QWidget *window, const std::function<bool(QWidget *)> &reached)
{
    for (int presses = 0; presses < 80; ++presses) {
        QWidget *focus = QApplication::focusWidget();
        if (focus && focus->window() == window->window() && reached(focus))
            return focus;
        QTest::keyClick(focus ? focus : window, Qt::Key_Tab);
    }
    return nullptr;
}

QList<QWidget *> tabWalk(QWidget *window)
{
    QList<QWidget *> visited;
    for (int presses = 0; presses < 300; ++presses) {
        QWidget *focus = QApplication::focusWidget();
        if (!focus || focus->window() != window->window() || visited.contains(focus))
            break;
        visited << focus;
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    return visited;
}

QStringList unreachedControls(QWidget *window, const QList<QWidget *> &walk)
{
    QStringList unreached;
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(window) || !widget->isEnabled() || !(widget->focusPolicy() & Qt::TabFocus) || widget->focusProxy())
            continue;
        if (!walk.contains(widget))
            unreached << QStringLiteral("%1 %2").arg(QLatin1String(widget->metaObject()->className()), widget->objectName());
    }
    return unreached;
}

QWidget *tabTo(QWidget *window, const QString &objectName)
{
    return tabTo(window, [&objectName](QWidget *focus) { return focus->objectName() == objectName; });
}

void activate(QWidget *window)
{
    QApplication::setActiveWindow(window->window());
    REQUIRE(QTest::qWaitForWindowActive(window->window()));
}

void pressAccessKey(QWidget *window, char key)
{
    QWidget *focus = QApplication::focusWidget();
    QTest::keyClick(focus ? focus : window, key, Qt::AltModifier);
    // A button answers its access key with an animated click, 100 ms later.
    QTest::qWait(150);
}

} // namespace casusregie::test

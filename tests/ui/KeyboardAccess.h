#pragma once

#include <QList>
#include <QStringList>

#include <functional>

class QWidget;

namespace casusregie::test {

// What a user working by keyboard alone can reach in a window, as Qt decides it: the access keys
// (Alt+letter) of its visible buttons, labels with a buddy, group boxes, tabs and menu bar, and
// the focus chain that Tab walks.

// Each access key that more than one visible control of the window claims, as "Alt+X: A / B".
// Qt answers a clashing key by moving focus between the controls instead of acting (WCAG 2.1.1).
QStringList accessKeyClashes(QWidget *window);

// Each visible control that takes focus but has no accessible name, as a screen reader would get
// it from Qt (its own text, a buddy label, or an accessible name set on it): "class objectName".
QStringList unnamedControls(QWidget *window);

// Presses Tab in the window until the focused widget satisfies the test; nullptr when a whole
// round of the focus chain (at most 80 presses) never reaches one.
QWidget *tabTo(QWidget *window, const std::function<bool(QWidget *)> &reached);
QWidget *tabTo(QWidget *window, const QString &objectName);

// What Tab alone reaches in the window: pressing Tab from the focused widget until focus returns
// to one already visited (at most 300 presses), in order. A widget that keeps focus on Tab (a
// table with Tab navigation) ends the walk early, so it shows as a trap.
QList<QWidget *> tabWalk(QWidget *window);
// Visible, enabled controls that take Tab focus but the walk never reached: "class objectName".
QStringList unreachedControls(QWidget *window, const QList<QWidget *> &walk);

// Makes the window the active one, as the window manager would when it is shown or clicked.
void activate(QWidget *window);

// Presses Alt+key in the active window's focused widget, and waits for the button it clicks.
void pressAccessKey(QWidget *window, char key);

} // namespace casusregie::test

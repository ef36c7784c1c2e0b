#pragma once

class QWidget;

// Where the user left a window: its geometry and the positions of its named splitters, kept in the
// user's settings between sessions. Only sizes and positions, keyed by object names: no personal
// data, no casus numbers, no user names.
namespace casusregie::ui::WindowMemory {

void restore(QWidget *window);
void save(const QWidget *window);

} // namespace casusregie::ui::WindowMemory

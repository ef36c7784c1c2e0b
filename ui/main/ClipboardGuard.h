#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>
#include <functional>

namespace casusregie::ui {

// Text copied from Casusregie may hold personal data. It is cleared from the clipboard a while
// later (30 seconds by default) and when the client closes or locks, but only while it is still
// what was copied here: what the user copied in another program is left alone (issue 14, as a
// password vault does).
class ClipboardGuard final : public QObject {
    Q_OBJECT
public:
    // Whether a copy that just happened was made here: by default, while Casusregie has the focus.
    using CopiedHere = std::function<bool()>;

    explicit ClipboardGuard(std::chrono::milliseconds keep = std::chrono::seconds(30), CopiedHere copiedHere = {},
                            QObject *parent = nullptr);
    ~ClipboardGuard() override;

    // Clears now what was copied here and is still on the clipboard (at lock and exit).
    void clearNow();

private:
    void noteChange();

    CopiedHere m_copiedHere;
    QTimer m_timer;
    QString m_copied; // what this client put on the clipboard, until it is cleared
};

} // namespace casusregie::ui

#pragma once

#include <QDialog>

class QLabel;

namespace casusregie::ui {

// Shown when the client starts with no connection profile anywhere: says in Dutch what to ask
// functioneel beheer for, and lets the user open the profile they were given. A good profile is
// kept in the user's own location (so the next start needs nothing); a damaged or foreign one is
// refused with its reason and nothing is kept.
class FirstStartDialog final : public QDialog {
    Q_OBJECT
public:
    FirstStartDialog(const QString &keepAt, const QStringList &lookedIn, QWidget *parent = nullptr);

    // Checks the profile at `path` and keeps a copy at the dialog's location; true when it did.
    bool openProfile(const QString &path);
    QString keptProfile() const { return m_keepAt; }

private:
    void chooseProfile();

    QString m_keepAt;
    QLabel *m_errorLabel;
};

} // namespace casusregie::ui

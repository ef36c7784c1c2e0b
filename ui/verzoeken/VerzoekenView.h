#pragma once

#include "domain/User.h"
#include "rules/Operation.h"
#include "service/Commands.h"

#include <QHash>
#include <QWidget>

class QDialog;
class QLabel;
class QPushButton;
class QTableView;

namespace casusregie {
class ServiceThread;
}

namespace casusregie::ui {

class RowsModel;
class VerzoekDossierPanel;

// The verzoekenregister (P 17): every request of a betrokkene with its legal deadline, overdue
// ones marked, and the next step for whoever may take it.
class VerzoekenView final : public QWidget {
    Q_OBJECT
public:
    VerzoekenView(ServiceThread &service, User user, QWidget *parent = nullptr);

    static bool isUsefulFor(const User &user);
    void setPartyNames(QHash<qint64, QString> names);
    void refresh();

private:
    const VerzoekStatus *selected() const;
    void updateButtons();
    void openStep(QDialog *dialog);
    void previewInzageOverzicht(qint64 verzoekId);
    bool allows(Operation operation) const;

    ServiceThread &m_service;
    User m_user;
    QHash<qint64, QString> m_partyNames;
    QList<VerzoekStatus> m_verzoeken;
    QLabel *m_summaryLabel;
    RowsModel *m_model;
    QTableView *m_table;
    QPushButton *m_registerButton;
    QPushButton *m_identityButton;
    QPushButton *m_decideButton;
    QPushButton *m_sentButton;
    QPushButton *m_overviewButton;
    QPushButton *m_letterButton;
    VerzoekDossierPanel *m_dossier = nullptr; // for who decides or coordinates the answer
};

} // namespace casusregie::ui

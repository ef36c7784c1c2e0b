#pragma once

#include "domain/Overleg.h"
#include "domain/User.h"

#include <QGroupBox>
#include <QHash>

class QDialog;
class QPushButton;
class QTableView;

namespace casusregie {
class ServiceThread;
}

namespace casusregie::ui {

class RowsModel;

// The plan van aanpak of one casus (C 9.4c): its agreements per party with status and result.
// The procesregisseur adds them; each party (or the casusregisseur) keeps its own up to date.
class PlanSection final : public QGroupBox {
    Q_OBJECT
public:
    PlanSection(ServiceThread &service, User user, qint64 casusId, QWidget *parent = nullptr);

    void setPartyNames(QHash<qint64, QString> names);
    void setProcesregisseur(bool assigned);
    void setToday(QDate today) { m_today = today; } // for marking overdue agreements
    void reload();

Q_SIGNALS:
    // Whether the user may see the plan at all: the section is shown only then.
    void availabilityChanged(bool available);

private:
    void openForm(QDialog *form);
    void updateButtons();
    const Afspraak *selected() const;

    ServiceThread &m_service;
    User m_user;
    qint64 m_casusId;
    bool m_assigned = false;
    QHash<qint64, QString> m_partyNames;
    QList<Afspraak> m_afspraken;
    QDate m_today;
    RowsModel *m_model;
    QTableView *m_table;
    QPushButton *m_addButton;
    QPushButton *m_statusButton;
};

} // namespace casusregie::ui

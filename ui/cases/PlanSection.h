#pragma once

#include "domain/Overleg.h"

#include <QGroupBox>
#include <QHash>

#include <optional>

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
// Who may do which is the service's answer (CasusStatus), not decided here.
class PlanSection final : public QGroupBox {
    Q_OBJECT
public:
    PlanSection(ServiceThread &service, qint64 casusId, QWidget *parent = nullptr);

    void setPartyNames(QHash<qint64, QString> names);
    // What the service offers: adding agreements and updating their status, each not at all
    // (nothing), now (an empty text) or not now (why); and which agreements may be updated.
    void setOffer(std::optional<QString> adding, std::optional<QString> updating, QList<qint64> updatable);
    void setToday(QDate today) { m_today = today; } // for marking overdue agreements
    void reload();

Q_SIGNALS:
    // Whether the user may see the plan at all: the section is shown only then.
    void availabilityChanged(bool available);
    // An agreement was added or updated: the casus's status (and this section) are out of date.
    void changed();

private:
    void openForm(QDialog *form);
    void updateButtons();
    const Afspraak *selected() const;

    ServiceThread &m_service;
    qint64 m_casusId;
    std::optional<QString> m_adding;
    std::optional<QString> m_updating;
    QList<qint64> m_updatable;
    QHash<qint64, QString> m_partyNames;
    QList<Afspraak> m_afspraken;
    QDate m_today;
    RowsModel *m_model;
    QTableView *m_table;
    QPushButton *m_addButton;
    QPushButton *m_statusButton;
};

} // namespace casusregie::ui

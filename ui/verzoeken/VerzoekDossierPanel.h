#pragma once

#include "service/Commands.h"

#include <QHash>
#include <optional>
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

// Under the verzoekenregister, for the hoofd and the privacy officer: the chosen request in full
// before it is decided (issue 14). What is asked and by whom, the identity check, the deadline
// and how it was counted, and once the identity is known the casussen and items concerned, the
// OM's and the police's marked as routed to their own desks (P 17.5, 17.6). Once a correction or
// erasure request is granted, the hoofd carries it out here on the requester's items (P 19).
class VerzoekDossierPanel final : public QWidget {
    Q_OBJECT
public:
    VerzoekDossierPanel(ServiceThread &service, bool mayExecute, QWidget *parent = nullptr);

    void setPartyNames(QHash<qint64, QString> names) { m_partyNames = std::move(names); }
    void showVerzoek(qint64 verzoekId); // 0 hides the panel

private:
    void showDossier(const VerzoekDossier &dossier);
    const VerzoekItem *selectedItem() const;
    QString whyNot(VerzoekType type) const; // empty when the chosen item can be corrected or erased so
    void updateButtons();
    void openStep(QDialog *dialog);

    ServiceThread &m_service;
    QHash<qint64, QString> m_partyNames;
    qint64 m_verzoekId = 0;
    QLabel *m_summaryLabel;
    RowsModel *m_items;
    QTableView *m_itemsView;
    QPushButton *m_correctButton;
    QPushButton *m_eraseButton;
    std::optional<VerzoekDossier> m_dossier;
};

} // namespace casusregie::ui

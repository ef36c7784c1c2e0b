#pragma once

#include "domain/Register.h"
#include "domain/User.h"

#include <QDate>
#include <QList>
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

// The registers the privacy officer keeps: the verwerkingsregister per phase with P 24.3 a-f,
// and the processors with the hoofd's approval and their yearly review (P 22.3), overdue ones
// marked. The privacy officer adds and changes entries here and marks a review done; the hoofd
// approves a processor that waits for it. Everyone else with access reads and prints.
class RegistersView final : public QWidget {
    Q_OBJECT
public:
    RegistersView(ServiceThread &service, QDate today, const User &user, QWidget *parent = nullptr);

    void refresh();

private:
    const Verwerking *selectedVerwerking() const;
    const Verwerker *selectedVerwerker() const;
    void updateButtons();
    void openStep(QDialog *dialog);
    void showVerwerkers(const QList<Verwerker> &verwerkers, const QString &error);

    ServiceThread &m_service;
    QDate m_today;
    RowsModel *m_verwerkingenModel;
    RowsModel *m_verwerkersModel;
    QTableView *m_verwerkingenTable;
    QTableView *m_verwerkersTable;
    QLabel *m_reviewLabel;
    QPushButton *m_newVerwerkingButton;
    QPushButton *m_editVerwerkingButton;
    QPushButton *m_newVerwerkerButton;
    QPushButton *m_approveButton;
    QPushButton *m_reviewedButton;
    QList<Verwerking> m_verwerkingen; // as last loaded: what is printed
    QList<Verwerker> m_verwerkers;
};

} // namespace casusregie::ui

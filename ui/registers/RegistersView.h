#pragma once

#include "domain/Register.h"

#include <QDate>
#include <QList>
#include <QWidget>

class QLabel;

namespace casusregie {
class ServiceThread;
}

namespace casusregie::ui {

class RowsModel;

// The registers the privacy officer keeps: the verwerkingsregister per phase with P 24.3 a-f,
// and the processors with the hoofd's approval and their yearly review (P 22.3), overdue ones
// marked.
class RegistersView final : public QWidget {
    Q_OBJECT
public:
    RegistersView(ServiceThread &service, QDate today, QWidget *parent = nullptr);

    void refresh();

private:
    ServiceThread &m_service;
    QDate m_today;
    RowsModel *m_verwerkingenModel;
    RowsModel *m_verwerkersModel;
    QLabel *m_reviewLabel;
    QList<Verwerking> m_verwerkingen; // as last loaded: what is printed
    QList<Verwerker> m_verwerkers;
};

} // namespace casusregie::ui

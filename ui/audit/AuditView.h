#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace casusregie {
class ServiceThread;
}

namespace casusregie::ui {

// For the FG/auditor: checks the whole audit chain (B6 3.6, BIO 8.15) and says whether every
// record is intact, or names the first one that is not.
class AuditView final : public QWidget {
    Q_OBJECT
public:
    explicit AuditView(ServiceThread &service, QWidget *parent = nullptr);

    void verify();

private:
    ServiceThread &m_service;
    QPushButton *m_verifyButton;
    QLabel *m_resultLabel;
};

} // namespace casusregie::ui

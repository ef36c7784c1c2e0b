#pragma once

#include <QDialog>
#include <QHash>

class QLabel;
class QPlainTextEdit;

namespace casusregie {
class ServiceThread;
}

namespace casusregie::ui {

// A partner's own aanmelding, read-only: what its organisation submitted, when, and how far it
// is. The casus itself opens only to those with a part in it; this shows the organisation its
// own submission.
class OwnAanmeldingDialog final : public QDialog {
    Q_OBJECT
public:
    OwnAanmeldingDialog(ServiceThread &service, qint64 casusId, QHash<qint64, QString> partyNames, QWidget *parent = nullptr);

private:
    QLabel *m_summaryLabel;
    QPlainTextEdit *m_redenView;
};

} // namespace casusregie::ui

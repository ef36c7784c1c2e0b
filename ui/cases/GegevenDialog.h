#pragma once

#include "forms/FormDialog.h"

#include <QHash>

class QCheckBox;
class QLineEdit;
class QPlainTextEdit;

namespace casusregie::ui {

// Records one item about a betrokkene with its supplier and grondslag (P 2.1, 3.5a). Whether the
// category fits the betrokkene (B3) and the grondslag fits the supplier (P 6.4) the service decides.
class GegevenDialog final : public FormDialog {
    Q_OBJECT
public:
    GegevenDialog(ServiceThread &service, qint64 casusId, const QHash<qint64, QString> &betrokkenen,
                  const QHash<qint64, QString> &parties, qint64 ownPartyId, QWidget *parent = nullptr);

private:
    void submit() override;
    void updateSave();

    qint64 m_casusId;
    QComboBox *m_betrokkeneCombo;
    QComboBox *m_categoryCombo;
    QPlainTextEdit *m_contentEdit;
    QComboBox *m_supplierCombo;
    QComboBox *m_grondslagCombo;
    QCheckBox *m_beroepsgeheimCheckBox;
    QLineEdit *m_reasonEdit;
};

} // namespace casusregie::ui

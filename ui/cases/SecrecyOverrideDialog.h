#pragma once

#include "domain/Gegeven.h"
#include "forms/FormDialog.h"

class QLineEdit;
class QPlainTextEdit;

namespace casusregie::ui {

// Records that the supplying party decided to set aside its professional secrecy for an item, on
// a ground of bijvoegsel 4, with who at the party decided (B4, P 7.2). Only the party's own items
// under professional secrecy are offered.
class SecrecyOverrideDialog final : public FormDialog {
    Q_OBJECT
public:
    SecrecyOverrideDialog(ServiceThread &service, qint64 casusId, const QList<Gegeven> &ownSecretItems,
                          const QHash<qint64, QString> &betrokkenen, QWidget *parent = nullptr);

private:
    void submit() override;
    void updateSave();

    qint64 m_casusId;
    QComboBox *m_itemCombo;
    QComboBox *m_groundCombo;
    QPlainTextEdit *m_motivationEdit;
    QLineEdit *m_decidedByEdit;
};

} // namespace casusregie::ui

#pragma once

#include "forms/FormDialog.h"
#include "service/Commands.h"

namespace casusregie::ui {

// Carrying out a granted correction request (P 19): the item's content as it is, to be put right.
class CorrectItemDialog final : public FormDialog {
    Q_OBJECT
public:
    CorrectItemDialog(ServiceThread &service, qint64 verzoekId, const VerzoekItem &item, QWidget *parent = nullptr);

private:
    void submit() override;

    qint64 m_verzoekId;
    qint64 m_gegevenId;
    QPlainTextEdit *m_contentEdit;
};

// Carrying out a granted erasure request (P 19): the item goes for good, which the dialog says.
class EraseItemDialog final : public FormDialog {
    Q_OBJECT
public:
    EraseItemDialog(ServiceThread &service, qint64 verzoekId, const VerzoekItem &item, QWidget *parent = nullptr);

private:
    void submit() override;

    qint64 m_verzoekId;
    qint64 m_gegevenId;
};

} // namespace casusregie::ui

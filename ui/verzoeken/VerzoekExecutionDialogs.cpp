#include "verzoeken/VerzoekExecutionDialogs.h"

#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>

namespace casusregie::ui {

namespace {

QLabel *itemLabel(const VerzoekItem &item, QWidget *parent)
{
    auto *label = new QLabel(QStringLiteral("%1 · %2").arg(item.casusnummer, enumLabel(item.category)), parent);
    label->setObjectName(QStringLiteral("executionItemLabel"));
    return label;
}

} // namespace

CorrectItemDialog::CorrectItemDialog(ServiceThread &service, qint64 verzoekId, const VerzoekItem &item, QWidget *parent)
    : FormDialog(service, tr("Correct an item (P 19)"), parent)
    , m_verzoekId(verzoekId)
    , m_gegevenId(item.gegevenId)
    , m_contentEdit(new QPlainTextEdit(item.content, this))
{
    setObjectName(QStringLiteral("correctItemDialog"));
    m_contentEdit->setObjectName(QStringLiteral("correctedContentEdit"));
    m_contentEdit->setTabChangesFocus(true);
    form()->addRow(tr("Item:"), itemLabel(item, this));
    addLimitedRow(tr("&Corrected content:"), m_contentEdit, InputLimits::TextKind::Tekst);
    connect(m_contentEdit, &QPlainTextEdit::textChanged, this, [this, original = item.content]() {
        const QString typed = m_contentEdit->toPlainText().trimmed();
        setSaveEnabled(!typed.isEmpty() && typed != original.trimmed());
    });
    setSaveEnabled(false); // nothing corrected yet
}

void CorrectItemDialog::submit()
{
    save([verzoek = m_verzoekId, gegeven = m_gegevenId, content = m_contentEdit->toPlainText().trimmed()](Service &s) {
        return s.correctGegeven(verzoek, gegeven, content);
    });
}

EraseItemDialog::EraseItemDialog(ServiceThread &service, qint64 verzoekId, const VerzoekItem &item, QWidget *parent)
    : FormDialog(service, tr("Erase an item (P 19)"), parent)
    , m_verzoekId(verzoekId)
    , m_gegevenId(item.gegevenId)
{
    setObjectName(QStringLiteral("eraseItemDialog"));
    form()->addRow(tr("Item:"), itemLabel(item, this));
    auto *content = new QLabel(item.content, this);
    content->setWordWrap(true);
    content->setTextFormat(Qt::PlainText);
    form()->addRow(tr("Content:"), content);
    auto *warning = new QLabel(tr("By saving you erase this item for good, as the request was granted. It cannot be undone; the "
                                  "audit log keeps that it happened, not what it said."),
                               this);
    warning->setWordWrap(true);
    form()->addRow(warning);
}

void EraseItemDialog::submit()
{
    save([verzoek = m_verzoekId, gegeven = m_gegevenId](Service &s) { return s.deleteGegeven(verzoek, gegeven); });
}

} // namespace casusregie::ui

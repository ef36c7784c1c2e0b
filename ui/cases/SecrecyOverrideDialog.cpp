#include "cases/SecrecyOverrideDialog.h"

#include "domain/Consent.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>

namespace casusregie::ui {

SecrecyOverrideDialog::SecrecyOverrideDialog(ServiceThread &service, qint64 casusId, const QList<Gegeven> &ownSecretItems,
                                             const QHash<qint64, QString> &betrokkenen, QWidget *parent)
    : FormDialog(service, tr("Set aside professional secrecy"), parent)
    , m_casusId(casusId)
    , m_itemCombo(new QComboBox(this))
    , m_groundCombo(new QComboBox(this))
    , m_motivationEdit(new QPlainTextEdit(this))
    , m_decidedByEdit(new QLineEdit(this))
{
    setObjectName(QStringLiteral("secrecyOverrideDialog"));
    m_itemCombo->setObjectName(QStringLiteral("itemCombo"));
    m_groundCombo->setObjectName(QStringLiteral("groundCombo"));
    m_motivationEdit->setObjectName(QStringLiteral("motivationEdit"));
    m_decidedByEdit->setObjectName(QStringLiteral("decidedByEdit"));
    m_decidedByEdit->setPlaceholderText(tr("e.g. the treating psychiatrist, after consulting the team"));
    const QLocale locale;
    for (const Gegeven &item : ownSecretItems)
        m_itemCombo->addItem(tr("%1 about %2, recorded %3")
                                 .arg(enumLabel(item.category), betrokkenen.value(item.betrokkeneId),
                                      locale.toString(item.enteredAt.date(), QLocale::ShortFormat)),
                             item.id);
    for (const auto &entry : EnumTraits<SecrecyOverrideGround>::entries) {
        if (entry.value != SecrecyOverrideGround::VrijOmschreven) // kept for old records, never chosen anew
            m_groundCombo->addItem(QString::fromUtf8(entry.label), int(entry.value));
    }
    form()->addRow(tr("&Item:"), m_itemCombo);
    form()->addRow(tr("&Ground (bijvoegsel 4):"), m_groundCombo);
    addLimitedRow(tr("&Motivation:"), m_motivationEdit, InputLimits::TextKind::Tekst);
    form()->addRow(tr("&Decided by:"), m_decidedByEdit);
    connect(m_motivationEdit, &QPlainTextEdit::textChanged, this, &SecrecyOverrideDialog::updateSave);
    connect(m_decidedByEdit, &QLineEdit::textChanged, this, &SecrecyOverrideDialog::updateSave);
    updateSave();
}

void SecrecyOverrideDialog::updateSave()
{
    setSaveEnabled(m_itemCombo->count() > 0 && !m_motivationEdit->toPlainText().trimmed().isEmpty()
                   && !m_decidedByEdit->text().trimmed().isEmpty());
}

void SecrecyOverrideDialog::submit()
{
    const NewSecrecyOverride override{m_itemCombo->currentData().toLongLong(), SecrecyOverrideGround(m_groundCombo->currentData().toInt()),
                                      m_motivationEdit->toPlainText().trimmed(), m_decidedByEdit->text().trimmed()};
    save([casusId = m_casusId, override](Service &s) { return s.recordSecrecyOverride(casusId, override); });
}

} // namespace casusregie::ui

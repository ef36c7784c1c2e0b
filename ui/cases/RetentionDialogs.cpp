#include "cases/RetentionDialogs.h"

#include "domain/Retention.h"
#include "forms/DateField.h"
#include "forms/Widgets.h"
#include "rules/RetentionSchedule.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace casusregie::ui {

RetentionExtensionDialog::RetentionExtensionDialog(ServiceThread &service, qint64 casusId, QDate destructionDue, QWidget *parent)
    : FormDialog(service, tr("Extend the retention"), parent)
    , m_casusId(casusId)
    , m_decidedOnField(pastDateField(QStringLiteral("decidedOnField"), this))
    , m_monthsSpin(new QSpinBox(this))
    , m_partiesEdit(new QLineEdit(this))
    , m_motivationEdit(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("retentionExtensionDialog"));
    m_monthsSpin->setObjectName(QStringLiteral("monthsSpin"));
    m_monthsSpin->setRange(1, RetentionSchedule::maxExtensionMonths);
    m_monthsSpin->setValue(RetentionSchedule::maxExtensionMonths);
    m_monthsSpin->setSuffix(tr(" months"));
    m_partiesEdit->setObjectName(QStringLiteral("partiesEdit"));
    m_partiesEdit->setPlaceholderText(tr("The partners who took the decision"));
    m_motivationEdit->setObjectName(QStringLiteral("motivationEdit"));
    m_motivationEdit->setPlaceholderText(tr("Why keeping the case longer serves the goals of the ZVH (P 11.5)"));
    if (destructionDue.isValid()) {
        auto *term = new QLabel(tr("The case is destroyed on %1 unless the term is extended.")
                                    .arg(QLocale().toString(destructionDue, QLocale::ShortFormat)),
                                this);
        term->setWordWrap(true);
        form()->addRow(term);
    }
    form()->addRow(tr("&Decided on:"), m_decidedOnField);
    form()->addRow(tr("&Extension:"), m_monthsSpin);
    addLimitedRow(tr("&Partners:"), m_partiesEdit, InputLimits::TextKind::Tekst);
    addLimitedRow(tr("&Motivation:"), m_motivationEdit, InputLimits::TextKind::Tekst);
    connect(m_partiesEdit, &QLineEdit::textChanged, this, &RetentionExtensionDialog::updateSave);
    connect(m_motivationEdit, &QPlainTextEdit::textChanged, this, &RetentionExtensionDialog::updateSave);
    updateSave();
}

void RetentionExtensionDialog::updateSave()
{
    setSaveEnabled(!m_partiesEdit->text().trimmed().isEmpty() && !m_motivationEdit->toPlainText().trimmed().isEmpty());
}

void RetentionExtensionDialog::submit()
{
    RetentionExtension extension;
    extension.casusId = m_casusId;
    extension.decidedOn = m_decidedOnField->date().value_or(QDate());
    extension.months = m_monthsSpin->value();
    extension.parties = m_partiesEdit->text().trimmed();
    extension.motivation = m_motivationEdit->toPlainText().trimmed();
    save([extension](Service &s) { return s.recordRetentionExtension(extension); });
}

CalamiteitsevaluatieDialog::CalamiteitsevaluatieDialog(ServiceThread &service, qint64 casusId, QWidget *parent)
    : FormDialog(service, tr("Calamity evaluation"), parent)
    , m_casusId(casusId)
    , m_aanleidingEdit(new QPlainTextEdit(this))
    , m_redenEdit(new QPlainTextEdit(this))
    , m_untilField(new DateField(QStringLiteral("untilField"),
                                 today().addMonths(RetentionSchedule::calamityEvaluationMonths), this))
{
    setObjectName(QStringLiteral("calamiteitsevaluatieDialog"));
    m_aanleidingEdit->setObjectName(QStringLiteral("aanleidingEdit"));
    m_aanleidingEdit->setPlaceholderText(tr("The calamity or incident, without names"));
    m_redenEdit->setObjectName(QStringLiteral("redenEdit"));
    m_redenEdit->setPlaceholderText(tr("Why this dossier is needed for the evaluation"));
    m_untilField->setRange(today(), today().addMonths(RetentionSchedule::calamityEvaluationMonths));
    auto *effect = new QLabel(tr("From today until the end date the procesregisseur of the case may read the dossier "
                                 "again, without changing it; every read names this evaluation (P 11.6)."),
                              this);
    effect->setWordWrap(true);
    form()->addRow(effect);
    addLimitedRow(tr("&What happened:"), m_aanleidingEdit, InputLimits::TextKind::Tekst);
    addLimitedRow(tr("&Why this dossier:"), m_redenEdit, InputLimits::TextKind::Tekst);
    form()->addRow(tr("&Until:"), m_untilField);
    connect(m_aanleidingEdit, &QPlainTextEdit::textChanged, this, &CalamiteitsevaluatieDialog::updateSave);
    connect(m_redenEdit, &QPlainTextEdit::textChanged, this, &CalamiteitsevaluatieDialog::updateSave);
    updateSave();
}

void CalamiteitsevaluatieDialog::updateSave()
{
    setSaveEnabled(!m_aanleidingEdit->toPlainText().trimmed().isEmpty() && !m_redenEdit->toPlainText().trimmed().isEmpty());
}

void CalamiteitsevaluatieDialog::submit()
{
    Calamiteitsevaluatie evaluation;
    evaluation.casusId = m_casusId;
    evaluation.aanleiding = m_aanleidingEdit->toPlainText().trimmed();
    evaluation.reden = m_redenEdit->toPlainText().trimmed();
    evaluation.vanaf = today();
    evaluation.tot = m_untilField->date().value_or(QDate());
    save([evaluation](Service &s) { return s.recordCalamiteitsevaluatie(evaluation); });
}

} // namespace casusregie::ui

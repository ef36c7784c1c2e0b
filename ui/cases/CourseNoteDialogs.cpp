#include "cases/CourseNoteDialogs.h"

#include "domain/Overleg.h"
#include "forms/DateField.h"
#include "forms/Widgets.h"

#include <QDate>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace casusregie::ui {

BekendheidscheckDialog::BekendheidscheckDialog(ServiceThread &service, qint64 casusId, QWidget *parent)
    : FormDialog(service, tr("Bekendheidscheck in other ZVHs"), parent)
    , m_casusId(casusId)
    , m_dateEdit(pastDateField(QStringLiteral("checkDateEdit"), this))
    , m_otherZvhEdit(new QLineEdit(this))
    , m_resultEdit(new QLineEdit(this))
{
    setObjectName(QStringLiteral("bekendheidscheckDialog"));
    m_otherZvhEdit->setObjectName(QStringLiteral("otherZvhEdit"));
    m_otherZvhEdit->setPlaceholderText(tr("e.g. ZVH Haaglanden, via Middenvelder"));
    m_resultEdit->setObjectName(QStringLiteral("checkResultEdit"));
    m_resultEdit->setPlaceholderText(tr("e.g. not known, or known since 2024"));
    form()->addRow(tr("&Date:"), m_dateEdit);
    addLimitedRow(tr("&Checked at:"), m_otherZvhEdit, InputLimits::TextKind::Naam);
    addLimitedRow(tr("&Result:"), m_resultEdit, InputLimits::TextKind::Tekst);
    const auto update = [this]() {
        setSaveEnabled(!m_otherZvhEdit->text().trimmed().isEmpty() && !m_resultEdit->text().trimmed().isEmpty());
    };
    connect(m_otherZvhEdit, &QLineEdit::textChanged, this, update);
    connect(m_resultEdit, &QLineEdit::textChanged, this, update);
    update();
}

void BekendheidscheckDialog::submit()
{
    const Bekendheidscheck check{0, m_casusId, m_dateEdit->date().value_or(QDate()), m_otherZvhEdit->text().trimmed(), m_resultEdit->text().trimmed()};
    save([check](Service &s) { return s.recordBekendheidscheck(check); });
}

MonitoringNoteDialog::MonitoringNoteDialog(ServiceThread &service, qint64 casusId, QWidget *parent)
    : FormDialog(service, tr("Monitoring note"), parent)
    , m_casusId(casusId)
    , m_noteEdit(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("monitoringNoteDialog"));
    m_noteEdit->setObjectName(QStringLiteral("noteEdit"));
    m_noteEdit->setPlaceholderText(tr("How is it going, measured against the afschalingscriteria?"));
    addLimitedRow(tr("&Note:"), m_noteEdit, InputLimits::TextKind::Lang);
    connect(m_noteEdit, &QPlainTextEdit::textChanged, this,
            [this]() { setSaveEnabled(!m_noteEdit->toPlainText().trimmed().isEmpty()); });
    setSaveEnabled(false);
}

void MonitoringNoteDialog::submit()
{
    save([casusId = m_casusId, note = m_noteEdit->toPlainText().trimmed()](Service &s) { return s.addMonitoringNote(casusId, note); });
}

} // namespace casusregie::ui

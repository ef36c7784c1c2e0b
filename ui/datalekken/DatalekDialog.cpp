#include "datalekken/DatalekDialog.h"

#include "common/Clock.h"
#include "domain/Datalek.h"
#include "forms/DateField.h"
#include "forms/Widgets.h"

#include <QDateTime>
#include <QTimeEdit>
#include <QFormLayout>
#include <QPlainTextEdit>

namespace casusregie::ui {

DatalekDialog::DatalekDialog(ServiceThread &service, QWidget *parent)
    : FormDialog(service, tr("Report a data breach"), parent)
    , m_discoveredEdit(pastDateField(QStringLiteral("discoveredEdit"), this))
    , m_discoveredTimeEdit(new QTimeEdit(inAmsterdam(QDateTime::currentDateTimeUtc()).time(), this))
{
    setObjectName(QStringLiteral("datalekDialog"));
    m_discoveredTimeEdit->setObjectName(QStringLiteral("discoveredTimeEdit"));
    form()->addRow(tr("&Discovered on:"), dateAndTimeRow(m_discoveredEdit, m_discoveredTimeEdit));

    const QStringList labels{tr("a. What happened, and how much data:"), tr("b. Contact person:"),
                             tr("c. Measures that could limit it:"), tr("d. Consequences for the betrokkenen:"),
                             tr("e. Measures already taken:")};
    using Kind = InputLimits::TextKind;
    const QList<Kind> kinds{Kind::Lang, Kind::Naam, Kind::Tekst, Kind::Tekst, Kind::Tekst};
    for (qsizetype i = 0; i < labels.size(); ++i) {
        auto *field = new QPlainTextEdit(this);
        field->setObjectName(QStringLiteral("field%1").arg(QLatin1Char(char('a' + i))));
        field->setMaximumHeight(70);
        connect(field, &QPlainTextEdit::textChanged, this, &DatalekDialog::updateSave);
        addLimitedRow(labels.at(i), field, kinds.at(i));
        m_fields << field;
    }
    resize(640, 520);
    updateSave();
}

void DatalekDialog::updateSave()
{
    setSaveEnabled(std::all_of(m_fields.begin(), m_fields.end(),
                               [](const QPlainTextEdit *field) { return !field->toPlainText().trimmed().isEmpty(); }));
}

void DatalekDialog::submit()
{
    Datalek datalek;
    datalek.discoveredAt = amsterdamMoment(m_discoveredEdit, m_discoveredTimeEdit->time());
    datalek.aardEnOmvang = m_fields.at(0)->toPlainText().trimmed();
    datalek.contactpersoon = m_fields.at(1)->toPlainText().trimmed();
    datalek.mogelijkeMaatregelen = m_fields.at(2)->toPlainText().trimmed();
    datalek.gevolgenBetrokkenen = m_fields.at(3)->toPlainText().trimmed();
    datalek.genomenMaatregelen = m_fields.at(4)->toPlainText().trimmed();
    save([datalek](Service &s) { return s.reportDatalek(datalek); });
}

} // namespace casusregie::ui

#include "datalekken/DatalekAssessmentDialogs.h"

#include "common/Clock.h"
#include "forms/DateField.h"
#include "forms/Widgets.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDateTime>
#include <QFormLayout>
#include <QVBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QTimeEdit>

namespace casusregie::ui {

using Kind = InputLimits::TextKind;

AssessDatalekDialog::AssessDatalekDialog(ServiceThread &service, const Datalek &datalek, QWidget *parent)
    : FormDialog(service, tr("Assess the data breach"), parent)
    , m_datalek(datalek)
    , m_apRequired(new QCheckBox(tr("&Notify the Autoriteit Persoonsgegevens (within 72 hours of discovery)"), this))
    , m_notDecided(new QRadioButton(tr("not yet decided"), this))
    , m_inform(new QRadioButton(tr("&inform them"), this))
    , m_notInform(new QRadioButton(tr("do n&ot inform them"), this))
{
    setObjectName(QStringLiteral("assessDatalekDialog"));
    m_apRequired->setObjectName(QStringLiteral("apRequiredCheck"));
    m_apRequired->setChecked(datalek.apNotificationRequired);
    m_apRequired->setToolTip(tr("Not needed only when the breach is unlikely to put the betrokkenen at risk (P 14.5)"));
    form()->addRow(m_apRequired);

    const QStringList labels{tr("b. Categories and number of betrokkenen:"), tr("c. Categories and amount of data:"),
                             tr("d. Encrypted, anonymised or otherwise unintelligible?"), tr("e. Recommended measures:"),
                             tr("f. Consequences, and how they are remedied:")};
    const QStringList texts{datalek.categorieenBetrokkenen, datalek.categorieenGegevens, datalek.versleuteling,
                            datalek.aanbevolenMaatregelen, datalek.gevolgenEnHerstel};
    for (qsizetype i = 0; i < labels.size(); ++i)
        m_fields << textRow(QStringLiteral("field%1").arg(QLatin1Char(char('b' + i))), labels.at(i), texts.at(i), Kind::Tekst);

    m_notDecided->setObjectName(QStringLiteral("informNotDecidedRadio"));
    m_inform->setObjectName(QStringLiteral("informRadio"));
    m_notInform->setObjectName(QStringLiteral("notInformRadio"));
    auto *group = new QButtonGroup(this);
    auto *choice = new QVBoxLayout; // one under the other: beside each other they are cut off on a narrow form
    for (QRadioButton *option : {m_notDecided, m_inform, m_notInform}) {
        group->addButton(option);
        choice->addWidget(option);
    }
    (!datalek.decidedOnInforming ? m_notDecided : datalek.informBetrokkenen ? m_inform : m_notInform)->setChecked(true);
    form()->addRow(tr("Betrokkenen:"), choice);
    m_groundsEdit = textRow(QStringLiteral("groundsEdit"), tr("&Grounds of that decision (P 14.6, 14.9):"), datalek.informingGrounds,
                            Kind::Tekst);
    m_notificationEdit = textRow(QStringLiteral("notificationEdit"), tr("&Text sent to the betrokkenen:"), datalek.notificationText,
                                 Kind::Lang);
    m_measuresEdit = textRow(QStringLiteral("measuresEdit"), tr("Co&rrective measures taken:"), datalek.correctiveMeasures, Kind::Tekst);
    for (QRadioButton *option : {m_notDecided, m_inform, m_notInform})
        connect(option, &QRadioButton::toggled, this, &AssessDatalekDialog::updateSave);
    resize(680, 600);
    updateSave();
}

QPlainTextEdit *AssessDatalekDialog::textRow(const QString &objectName, const QString &label, const QString &text, Kind kind)
{
    auto *field = new QPlainTextEdit(text, this);
    field->setObjectName(objectName);
    field->setMaximumHeight(48); // eight of them, with their counters, within a 720-pixel screen
    connect(field, &QPlainTextEdit::textChanged, this, &AssessDatalekDialog::updateSave);
    addLimitedRow(label, field, kind);
    return field;
}

// A decision needs its grounds, and informing needs the text that was sent (P 14.11).
void AssessDatalekDialog::updateSave()
{
    const bool decided = !m_notDecided->isChecked();
    m_groundsEdit->setEnabled(decided);
    m_notificationEdit->setEnabled(m_inform->isChecked());
    setSaveEnabled((!decided || !m_groundsEdit->toPlainText().trimmed().isEmpty())
                   && (!m_inform->isChecked() || !m_notificationEdit->toPlainText().trimmed().isEmpty()));
}

void AssessDatalekDialog::submit()
{
    Datalek assessed = m_datalek;
    assessed.apNotificationRequired = m_apRequired->isChecked();
    assessed.categorieenBetrokkenen = m_fields.at(0)->toPlainText().trimmed();
    assessed.categorieenGegevens = m_fields.at(1)->toPlainText().trimmed();
    assessed.versleuteling = m_fields.at(2)->toPlainText().trimmed();
    assessed.aanbevolenMaatregelen = m_fields.at(3)->toPlainText().trimmed();
    assessed.gevolgenEnHerstel = m_fields.at(4)->toPlainText().trimmed();
    assessed.decidedOnInforming = !m_notDecided->isChecked();
    assessed.informBetrokkenen = m_inform->isChecked();
    assessed.informingGrounds = assessed.decidedOnInforming ? m_groundsEdit->toPlainText().trimmed() : QString();
    assessed.notificationText = assessed.informBetrokkenen ? m_notificationEdit->toPlainText().trimmed() : QString();
    assessed.correctiveMeasures = m_measuresEdit->toPlainText().trimmed();
    save([assessed](Service &s) { return s.assessDatalek(assessed); });
}

ApNotificationDialog::ApNotificationDialog(ServiceThread &service, qint64 datalekId, QWidget *parent)
    : FormDialog(service, tr("Notification to the Autoriteit Persoonsgegevens"), parent)
    , m_datalekId(datalekId)
    , m_dateEdit(pastDateField(QStringLiteral("apDateEdit"), this))
    , m_timeEdit(new QTimeEdit(inAmsterdam(QDateTime::currentDateTimeUtc()).time(), this))
    , m_referenceEdit(new QLineEdit(this))
{
    setObjectName(QStringLiteral("apNotificationDialog"));
    m_timeEdit->setObjectName(QStringLiteral("apTimeEdit"));
    m_referenceEdit->setObjectName(QStringLiteral("apReferenceEdit"));
    form()->addRow(tr("&Notified on:"), dateAndTimeRow(m_dateEdit, m_timeEdit));
    addLimitedRow(tr("&Reference given by the AP:"), m_referenceEdit, Kind::Kort);
    connect(m_referenceEdit, &QLineEdit::textChanged, this,
            [this](const QString &reference) { setSaveEnabled(!reference.trimmed().isEmpty()); });
    setSaveEnabled(false);
}

void ApNotificationDialog::submit()
{
    const QDateTime at = amsterdamMoment(m_dateEdit, m_timeEdit->time());
    save([id = m_datalekId, at, reference = m_referenceEdit->text().trimmed()](Service &s) {
        return s.recordApNotification(id, at, reference);
    });
}

} // namespace casusregie::ui

#include "cases/CaseStatusPanel.h"

#include "forms/Colours.h"

#include <QLabel>
#include <QLocale>
#include <QTimeZone>
#include <QVBoxLayout>

namespace casusregie::ui {

CaseStatusPanel::CaseStatusPanel(QWidget *parent)
    : QWidget(parent)
    , m_courseLabel(new QLabel(this))
    , m_overlegLabel(new QLabel(this))
    , m_signalsLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("caseStatusPanel"));
    m_courseLabel->setObjectName(QStringLiteral("courseLabel"));
    m_overlegLabel->setObjectName(QStringLiteral("nextOverlegLabel"));
    m_signalsLabel->setObjectName(QStringLiteral("signalsLabel"));
    m_signalsLabel->setStyleSheet(attentionStyle());
    for (QLabel *label : {m_courseLabel, m_overlegLabel, m_signalsLabel}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_courseLabel);
    layout->addWidget(m_overlegLabel);
    layout->addWidget(m_signalsLabel);
    clear();
}

void CaseStatusPanel::clear()
{
    m_courseLabel->clear();
    m_overlegLabel->clear();
    m_signalsLabel->clear();
    m_signalsLabel->hide();
}

void CaseStatusPanel::showStatus(const CasusStatus &status, QDate today)
{
    m_courseLabel->setText(courseText(status, today));
    m_overlegLabel->setText(overlegText(status));
    const QStringList signalLines = signalTexts(status);
    m_signalsLabel->setText(signalLines.join(QLatin1Char('\n')));
    m_signalsLabel->setVisible(!signalLines.isEmpty());
}

QString CaseStatusPanel::courseText(const CasusStatus &status, QDate today) const
{
    const QLocale locale;
    const int days = status.phaseSince.isValid() ? int(status.phaseSince.daysTo(today)) : 0;
    QStringList parts;
    parts << tr("In this phase since %1 (%n day(s))", nullptr, days).arg(locale.toString(status.phaseSince, QLocale::ShortFormat));
    parts << (status.procesregisseurs.isEmpty() ? tr("no procesregisseur yet")
                                                : tr("procesregisseur: %1").arg(status.procesregisseurs.join(QStringLiteral(", "))));
    if (!status.casusregisseur.isEmpty())
        parts << tr("casusregisseur: %1").arg(status.casusregisseur);
    return parts.join(QStringLiteral(" · "));
}

QString CaseStatusPanel::overlegText(const CasusStatus &status) const
{
    if (!status.attention.nextOverlegAt.isValid())
        return tr("No overleg planned.");
    const QLocale locale;
    const QDateTime local = status.attention.nextOverlegAt.toTimeZone(QTimeZone("Europe/Amsterdam"));
    const QString when = tr("%1 at %2").arg(locale.toString(local.date(), QStringLiteral("dddd d MMMM yyyy")),
                                            locale.toString(local.time(), QLocale::ShortFormat));
    return status.attention.nextOverlegPlaats.isEmpty() ? tr("Next overleg: %1, place not yet known.").arg(when)
                                              : tr("Next overleg: %1, %2.").arg(when, status.attention.nextOverlegPlaats);
}

QStringList CaseStatusPanel::signalTexts(const CasusStatus &status) const
{
    QStringList lines;
    if (status.attention.overdueAfspraken > 0)
        lines << tr("%n agreement(s) past the due date.", nullptr, status.attention.overdueAfspraken);
    if (status.attention.retentionDecisionBy.isValid())
        lines << tr("Decide on extending the retention before %1: the case is destroyed then (P 11.3).")
                     .arg(QLocale().toString(status.attention.retentionDecisionBy, QLocale::ShortFormat));
    if (status.attention.informatieplichtReviewsDue > 0)
        lines << tr("%n information-duty review(s) due (P 16.7).", nullptr, status.attention.informatieplichtReviewsDue);
    if (status.attention.secretItemsWithoutConsent > 0)
        lines << tr("%n item(s) under professional secrecy that may not be shared: consent or an override is missing (P 7.2).",
                    nullptr, status.attention.secretItemsWithoutConsent);
    return lines;
}

} // namespace casusregie::ui

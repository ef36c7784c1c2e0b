#include "cases/ChooseColleagueDialog.h"

#include <QFormLayout>
#include <QLabel>

namespace casusregie::ui {

ChooseColleagueDialog::ChooseColleagueDialog(ServiceThread &service, const QString &title, const QString &explanation,
                                             const QList<Colleague> &candidates, const QHash<qint64, QString> &parties,
                                             Choose choose, QWidget *parent)
    : FormDialog(service, title, parent)
    , m_colleagueCombo(new QComboBox(this))
    , m_choose(std::move(choose))
{
    m_colleagueCombo->setObjectName(QStringLiteral("colleagueCombo"));
    for (const Colleague &colleague : candidates)
        m_colleagueCombo->addItem(tr("%1 (%2)").arg(colleague.displayName, parties.value(colleague.partyId)), colleague.userId);
    auto *why = new QLabel(candidates.isEmpty() ? tr("There is nobody to choose: %1").arg(explanation) : explanation, this);
    why->setWordWrap(true);
    form()->addRow(why);
    form()->addRow(tr("&Colleague:"), m_colleagueCombo);
    setSaveEnabled(!candidates.isEmpty());
}

ChooseColleagueDialog *ChooseColleagueDialog::appointCasusregisseur(ServiceThread &service, qint64 casusId,
                                                                    const QList<Colleague> &candidates,
                                                                    const QHash<qint64, QString> &parties, QWidget *parent)
{
    auto *dialog = new ChooseColleagueDialog(
        service, tr("Appoint the casusregisseur"),
        tr("The casusregisseur is a partner's casusregisseur from a party with a role in this case (C 9.4a, 14)."), candidates,
        parties, [casusId](Service &s, qint64 userId) { return s.appointCasusregisseur(casusId, userId); }, parent);
    dialog->setObjectName(QStringLiteral("appointCasusregisseurDialog"));
    return dialog;
}

ChooseColleagueDialog *ChooseColleagueDialog::assignProcesregisseur(ServiceThread &service, qint64 casusId,
                                                                    const QList<Colleague> &candidates,
                                                                    const QHash<qint64, QString> &parties, QWidget *parent)
{
    auto *dialog = new ChooseColleagueDialog(
        service, tr("Assign a procesregisseur"),
        tr("An active procesregisseur who does not yet work on this case."), candidates, parties,
        [casusId](Service &s, qint64 userId) { return s.assignProcesregisseur(casusId, userId); }, parent);
    dialog->setObjectName(QStringLiteral("assignProcesregisseurDialog"));
    return dialog;
}

void ChooseColleagueDialog::submit()
{
    save([choose = m_choose, userId = m_colleagueCombo->currentData().toLongLong()](Service &s) { return choose(s, userId); });
}

} // namespace casusregie::ui

#pragma once

#include "domain/CasusStatus.h"
#include "forms/FormDialog.h"

#include <functional>

namespace casusregie::ui {

// Chooses a colleague for a role in the casus from the candidates the service offered: the
// casusregisseur to appoint (C 9.4a, 14) or a procesregisseur to assign. Nobody else can be typed.
class ChooseColleagueDialog final : public FormDialog {
    Q_OBJECT
public:
    using Choose = std::function<Status(Service &, qint64 userId)>;

    ChooseColleagueDialog(ServiceThread &service, const QString &title, const QString &explanation,
                          const QList<Colleague> &candidates, const QHash<qint64, QString> &parties, Choose choose,
                          QWidget *parent = nullptr);

    // The casusregisseur of a partner with a role in the casus, appointed in the casusoverleg.
    static ChooseColleagueDialog *appointCasusregisseur(ServiceThread &service, qint64 casusId, const QList<Colleague> &candidates,
                                                        const QHash<qint64, QString> &parties, QWidget *parent);
    // Another procesregisseur for the casus (by its procesregisseur or the hoofd).
    static ChooseColleagueDialog *assignProcesregisseur(ServiceThread &service, qint64 casusId, const QList<Colleague> &candidates,
                                                        const QHash<qint64, QString> &parties, QWidget *parent);

private:
    void submit() override;

    QComboBox *m_colleagueCombo;
    Choose m_choose;
};

} // namespace casusregie::ui

#pragma once

#include "TestSupport.h"

#include "app/Translations.h"
#include "domain/Overleg.h"

#include "service/EmbeddedService.h"
#include "service/ServiceThread.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTest>

#include <functional>
#include <memory>

namespace casusregie::test {

// The Opslaan button of a form dialog (FormDialog).
inline QPushButton *saveOf(QWidget *form)
{
    return form->findChild<QDialogButtonBox *>(QStringLiteral("formButtonBox"))->button(QDialogButtonBox::Save);
}

// The client's set-up in embedded mode: an initialised demo-mode database with a partner liaison
// of the police, a procesregisseur, a privacy officer, the hoofd and the FG, the service running on its own thread and the Dutch translation
// installed, as in the real client.
struct ClientWorld {
    static inline const QString liaison = QStringLiteral("politie.test");
    static inline const QString procesregisseur = QStringLiteral("pr.test");
    static inline const QString privacyOfficer = QStringLiteral("privacy.test");
    static inline const QString hoofd = QStringLiteral("hoofd.test");
    static inline const QString auditor = QStringLiteral("fg.test");
    static inline const QString casusregisseur = QStringLiteral("cr.test"); // of the police

    FakeClock clock;
    InitialisedDatabase setup{clock};
    std::unique_ptr<ServiceThread> service = std::make_unique<ServiceThread>();

    // `prepare` changes the database before the service opens it (a second factor, say).
    explicit ClientWorld(const std::function<void(Database &)> &prepare = {})
    {
        static const bool dutch = [] {
            ui::installDutchTranslations(*QCoreApplication::instance());
            return true;
        }();
        Q_UNUSED(dutch);
        addScreenedUser(setup.database(), liaison, QStringLiteral("Agent Jansen"), Role::Partnerdeelnemer,
                        QStringLiteral("Politie"), clock.now());
        addScreenedUser(setup.database(), procesregisseur, QStringLiteral("Procesregisseur De Vries"), Role::Procesregisseur,
                        QStringLiteral("Rotterdam"), clock.now());
        addScreenedUser(setup.database(), privacyOfficer, QStringLiteral("Privacyfunctionaris Mulder"), Role::Privacyfunctionaris,
                        QStringLiteral("Rotterdam"), clock.now());
        addScreenedUser(setup.database(), hoofd, QStringLiteral("Hoofd ZVH Dekker"), Role::Hoofd, QStringLiteral("Rotterdam"), clock.now());
        addScreenedUser(setup.database(), auditor, QStringLiteral("FG Vos"), Role::FgAuditor, QStringLiteral("Rotterdam"), clock.now());
        addScreenedUser(setup.database(), casusregisseur, QStringLiteral("Casusregisseur Yilmaz"), Role::Casusregisseur,
                        QStringLiteral("Politie"), clock.now());
        if (prepare)
            prepare(setup.database());
        setup.close();
        REQUIRE(service->start([this]() { return openEmbeddedService(setup.path(), setup.key, setup.auditKey, clock); }).has_value());
    }

    // Logs in on the service thread, as the login dialog would, and returns the user.
    User logIn(const QString &username)
    {
        QObject context;
        std::optional<Result<User>> answer;
        service->call(&context, [username](Service &s) { return s.login(username, InitialisedDatabase::password); },
                      [&](const Result<User> &user) { answer = user; });
        REQUIRE(QTest::qWaitFor([&]() { return answer.has_value(); }));
        REQUIRE(answer->has_value());
        return **answer;
    }

    // The police's aanmelding, taken on by the procesregisseur, who stays logged in; its id.
    qint64 policeAanmeldingTakenOn()
    {
        QObject context;
        logIn(liaison);
        qint64 casusId = 0;
        service->call(&context, [](Service &s) { return s.submitAanmelding({QStringLiteral("Overlast")}); },
                      [&](const Result<CasusOverview> &casus) { casusId = casus.has_value() ? casus->id : 0; });
        settle();
        REQUIRE(casusId != 0);
        logIn(procesregisseur);
        service->call(&context, [casusId](Service &s) { return s.takeOnCase(casusId); },
                      [](const Status &taken) { REQUIRE(taken.has_value()); });
        settle();
        return casusId;
    }

    // An overleg to plan in a test: a goal and decisions to take, the invited parties.
    static Overleg overleg(qint64 casusId, const QDateTime &when, const QList<qint64> &invited, const QString &plaats = {})
    {
        Overleg overleg;
        overleg.casusId = casusId;
        overleg.datum = when;
        overleg.plaats = plaats;
        overleg.doel = QStringLiteral("Gezamenlijk beeld");
        overleg.decisionTypes = QStringLiteral("plan van aanpak");
        overleg.invitedPartyIds = invited;
        return overleg;
    }

    // Waits until every call made so far has answered.
    void settle()
    {
        QTest::qWait(0);
        // Generous: on a loaded CI machine a rendering call can take seconds; a hang still fails.
        REQUIRE(QTest::qWaitFor([&]() { return !service->isBusy(); }, 30000));
    }
};

} // namespace casusregie::test

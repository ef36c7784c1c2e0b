// `casusregie-admin user …`: functioneel beheer's account work, through the service gate (B6).
#include "AdminSupport.h"

#include "rules/AccountRules.h"
#include "security/SecureRandom.h"

#include <array>

namespace casusregie::admin {

namespace {

constexpr std::array userAddOptions{
    OptionSpec{"db", "BESTAND", "de database"},
    OptionSpec{"key-file", "BESTAND", "het sleutelbestand van die database"},
    OptionSpec{"audit-key-file", "BESTAND", "sleutel van de auditketen (standaard: <key-file>.audit)"},
    OptionSpec{"as", "NAAM", "uw eigen account; het wachtwoord komt van standaardinvoer"},
    OptionSpec{"username", "NAAM", "gebruikersnaam"},
    OptionSpec{"name", "TEKST", "weergavenaam"},
    OptionSpec{"party", "KORTE-NAAM", "partij, met haar korte naam (bijvoorbeeld Politie)"},
    OptionSpec{"roles", "ROLLEN", "rollen, met komma's (bijvoorbeeld procesregisseur,hoofd)"},
    OptionSpec{"screened-on", "DATUM", "datum geheimhoudingsverklaring en VOG (JJJJ-MM-DD)"},
    OptionSpec{"help", nullptr, "toon deze hulp"},
};

constexpr std::array userOptions{
    OptionSpec{"db", "BESTAND", "de database"},
    OptionSpec{"key-file", "BESTAND", "het sleutelbestand van die database"},
    OptionSpec{"audit-key-file", "BESTAND", "sleutel van de auditketen (standaard: <key-file>.audit)"},
    OptionSpec{"as", "NAAM", "uw eigen account; het wachtwoord komt van standaardinvoer"},
    OptionSpec{"username", "NAAM", "gebruikersnaam"},
    OptionSpec{"roles", "ROLLEN", "alleen bij 'user roles': de nieuwe rollen, met komma's"},
    OptionSpec{"help", nullptr, "toon deze hulp"},
};

constexpr std::array grantOptions{
    OptionSpec{"db", "BESTAND", "de database"},
    OptionSpec{"key-file", "BESTAND", "het sleutelbestand van die database"},
    OptionSpec{"audit-key-file", "BESTAND", "sleutel van de auditketen (standaard: <key-file>.audit)"},
    OptionSpec{"as", "NAAM", "uw eigen account; het wachtwoord komt van standaardinvoer"},
    OptionSpec{"grant", "NUMMER", "alleen bij 'user confirm-role': het nummer uit 'user grants'"},
    OptionSpec{"reject", nullptr, "alleen bij 'user confirm-role': wijs de rol af in plaats van te bevestigen"},
    OptionSpec{"help", nullptr, "toon deze hulp"},
};

std::optional<QList<Role>> parseRoles(const QString &text)
{
    QList<Role> roles;
    for (const QString &key : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto role = enumFromKey<Role>(key.trimmed());
        if (!role)
            return std::nullopt;
        roles << *role;
    }
    return roles;
}

QString roleKeys()
{
    QStringList keys;
    for (const Role role : allEnumValues<Role>())
        keys << enumKey(role);
    return keys.join(QStringLiteral(", "));
}

// A one-time password, shown once to hand over to the user, who replaces it at the first login.
QString oneTimePassword()
{
    static const QLatin1String alphabet("abcdefghjkmnpqrstuvwxyz23456789"); // no look-alikes
    QString password;
    for (const char byte : secureRandomBytes(20))
        password += alphabet[static_cast<unsigned char>(byte) % alphabet.size()];
    return password;
}

std::optional<User> userNamed(ServiceSession &session, const QString &username)
{
    auto users = session.service->users();
    if (!users)
        return std::nullopt;
    for (const User &user : *users) {
        if (user.username == username)
            return user;
    }
    return std::nullopt;
}

// Logs in, finds --username and runs `change` on it through the service.
int changeUser(AdminContext &context, const ParsedOptions &options, const QString &done,
               const std::function<Status(Service &, const User &)> &change)
{
    auto session = loginAs(context, options);
    if (!session)
        return session.error();
    const auto user = userNamed(*session, options.value(QStringLiteral("username")));
    if (!user)
        return usageError(context, QStringLiteral("Gebruiker niet gevonden: %1").arg(options.value(QStringLiteral("username"))));
    if (auto changed = change(*session->service, *user); !changed)
        return serviceFailure(context, changed.error());
    context.out << done.arg(user->username) << "\n";
    return Success;
}

void printPendingRoles(AdminContext &context, const QList<Role> &roles)
{
    for (const Role role : roles)
        context.out << "De rol " << enumKey(role) << " gaat in zodra de rol " << enumKey(AccountRules::confirmerOf(role))
                    << " haar bevestigt (user grants, user confirm-role).\n";
}

} // namespace

const CommandSpec userAddCommand{"user add",
                                 "Maakt een account aan met een eenmalig wachtwoord, dat eenmaal wordt getoond; de gebruiker "
                                 "kiest bij de eerste aanmelding een eigen wachtwoord en stelt de tweede factor in.",
                                 userAddOptions};
const CommandSpec userResetTotpCommand{"user reset-totp",
                                       "Verwijdert de tweede factor van een account; de gebruiker stelt bij de volgende "
                                       "aanmelding een nieuwe in. Open sessies eindigen.",
                                       userOptions};
const CommandSpec userDisableCommand{"user disable", "Zet een account uit; open sessies eindigen.", userOptions};
const CommandSpec userEnableCommand{"user enable", "Zet een account weer aan en heft een blokkering op.", userOptions};
const CommandSpec userRolesCommand{"user roles",
                                   "Vervangt de rollen van een account (--roles). Procesregisseur, privacyfunctionaris en hoofd "
                                   "gaan pas in na bevestiging door het hoofd (door de FG voor een hoofd).",
                                   userOptions};
const CommandSpec userResetPasswordCommand{"user reset-password",
                                           "Geeft een account een nieuw eenmalig wachtwoord (eenmaal getoond); open sessies eindigen.",
                                           userOptions};
const CommandSpec userGrantsCommand{"user grants", "Toont de roltoekenningen en wie er nog over moet besluiten.", grantOptions};
const CommandSpec userConfirmRoleCommand{"user confirm-role",
                                         "Bevestigt (of met --reject: wijst af) een roltoekenning, als hoofd of FG.", grantOptions};

int runUserAdd(AdminContext &context, const ParsedOptions &options)
{
    const auto roles = parseRoles(options.value(QStringLiteral("roles")));
    if (!roles || roles->isEmpty())
        return usageError(context, QStringLiteral("Geef --roles met een of meer van: %1").arg(roleKeys()));
    for (const char *required : {"username", "name", "party"}) {
        if (options.value(QLatin1String(required)).isEmpty())
            return usageError(context, QStringLiteral("De optie --%1 is verplicht.").arg(QLatin1String(required)));
    }
    const QDate screened = QDate::fromString(options.value(QStringLiteral("screened-on")), Qt::ISODate);
    if (options.values.contains(QStringLiteral("screened-on")) && !screened.isValid())
        return usageError(context, QStringLiteral("--screened-on verwacht een datum als 2026-03-12."));

    auto session = loginAs(context, options);
    if (!session)
        return session.error();
    const auto party = partyNamedIn(context, *session, options);
    if (!party)
        return party.error();

    NewUser account;
    account.user.username = options.value(QStringLiteral("username"));
    account.user.displayName = options.value(QStringLiteral("name"));
    account.user.partyId = party->id;
    account.user.roles = *roles;
    account.user.geheimhoudingsverklaring = screened;
    account.user.vogOfScreening = screened;
    account.password = oneTimePassword();
    if (auto added = session->service->addUser(account); !added)
        return serviceFailure(context, added.error());
    context.out << "Account aangemaakt: " << account.user.username << "\n"
                << "Eenmalig wachtwoord (geef het persoonlijk door; het wordt niet nog eens getoond): " << account.password << "\n";
    QList<Role> pending;
    for (const Role role : *roles) {
        if (AccountRules::needsConfirmation(role))
            pending << role;
    }
    printPendingRoles(context, pending);
    return Success;
}

int runUserResetTotp(AdminContext &context, const ParsedOptions &options)
{
    return changeUser(context, options, QStringLiteral("De tweede factor van %1 is verwijderd."),
                      [](Service &service, const User &user) { return service.resetSecondFactor(user.id); });
}

int runUserDisable(AdminContext &context, const ParsedOptions &options)
{
    return changeUser(context, options, QStringLiteral("%1 is uitgezet."),
                      [](Service &service, const User &user) { return service.setUserActive(user.id, false); });
}

int runUserEnable(AdminContext &context, const ParsedOptions &options)
{
    return changeUser(context, options, QStringLiteral("%1 kan weer inloggen."), [](Service &service, const User &user) -> Status {
        if (auto active = service.setUserActive(user.id, true); !active)
            return active;
        return service.unlockUser(user.id);
    });
}

int runUserRoles(AdminContext &context, const ParsedOptions &options)
{
    const auto roles = parseRoles(options.value(QStringLiteral("roles")));
    if (!roles)
        return usageError(context, QStringLiteral("Onbekende rol; kies uit: %1").arg(roleKeys()));
    QList<Role> pending;
    const int code = changeUser(context, options, QStringLiteral("De rollen van %1 zijn gewijzigd."),
                                [&](Service &service, const User &user) -> Status {
                                    if (auto set = service.setUserRoles(user.id, *roles); !set)
                                        return set;
                                    for (const Role role : *roles) {
                                        if (!user.roles.contains(role) && AccountRules::needsConfirmation(role))
                                            pending << role;
                                    }
                                    return {};
                                });
    printPendingRoles(context, pending);
    return code;
}

int runUserResetPassword(AdminContext &context, const ParsedOptions &options)
{
    const QString password = oneTimePassword();
    const int code = changeUser(context, options, QStringLiteral("%1 heeft een nieuw eenmalig wachtwoord."),
                                [&](Service &service, const User &user) { return service.resetPassword(user.id, password); });
    if (code == Success)
        context.out << "Eenmalig wachtwoord (geef het persoonlijk door; het wordt niet nog eens getoond): " << password << "\n";
    return code;
}

int runUserGrants(AdminContext &context, const ParsedOptions &options)
{
    auto session = loginAs(context, options);
    if (!session)
        return session.error();
    auto grants = session->service->roleGrants();
    if (!grants)
        return serviceFailure(context, grants.error());
    for (const RoleGrant &grant : *grants) {
        context.out << grant.id << "  " << grant.username.leftJustified(16) << " " << enumKey(grant.role).leftJustified(20) << " "
                    << (grant.pending() ? QStringLiteral("wacht op %1").arg(enumKey(AccountRules::confirmerOf(grant.role)))
                        : grant.confirmed ? QStringLiteral("bevestigd")
                                          : QStringLiteral("afgewezen"))
                    << "\n";
    }
    return Success;
}

int runUserConfirmRole(AdminContext &context, const ParsedOptions &options)
{
    bool numeric = false;
    const qint64 grantId = options.value(QStringLiteral("grant")).toLongLong(&numeric);
    if (!numeric)
        return usageError(context, QStringLiteral("Geef met --grant het nummer uit 'user grants'."));
    auto session = loginAs(context, options);
    if (!session)
        return session.error();
    const bool confirm = !options.hasFlag(QStringLiteral("reject"));
    if (auto decided = session->service->decideRoleGrant(grantId, confirm); !decided)
        return serviceFailure(context, decided.error());
    context.out << (confirm ? "Rol bevestigd.\n" : "Rol afgewezen.\n");
    return Success;
}

} // namespace casusregie::admin

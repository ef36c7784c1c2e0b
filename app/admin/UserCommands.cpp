#include "AdminSupport.h"

#include "PasswordInput.h"

#include "rules/Operation.h"
#include "security/PasswordHasher.h"
#include "security/Totp.h"
#include "storage/PartyRepository.h"
#include "storage/UserRepository.h"

#include <array>

namespace casusregie::admin {

namespace {

constexpr std::array userAddOptions{
    OptionSpec{"db", "BESTAND", "de database"},
    OptionSpec{"key-file", "BESTAND", "het sleutelbestand van die database"},
    OptionSpec{"audit-key-file", "BESTAND", "sleutel van de auditketen (standaard: <key-file>.audit)"},
    OptionSpec{"username", "NAAM", "gebruikersnaam"},
    OptionSpec{"name", "TEKST", "weergavenaam"},
    OptionSpec{"party", "KORTE-NAAM", "partij, met haar korte naam (bijvoorbeeld Politie)"},
    OptionSpec{"roles", "ROLLEN", "rollen, met komma's (bijvoorbeeld procesregisseur,hoofd)"},
    OptionSpec{"screened-on", "DATUM", "datum geheimhoudingsverklaring en VOG (JJJJ-MM-DD)"},
    OptionSpec{"password-stdin", nullptr, "lees het wachtwoord van standaardinvoer"},
    OptionSpec{"help", nullptr, "toon deze hulp"},
};

constexpr std::array userOptions{
    OptionSpec{"db", "BESTAND", "de database"},
    OptionSpec{"key-file", "BESTAND", "het sleutelbestand van die database"},
    OptionSpec{"audit-key-file", "BESTAND", "sleutel van de auditketen (standaard: <key-file>.audit)"},
    OptionSpec{"username", "NAAM", "gebruikersnaam"},
    OptionSpec{"roles", "ROLLEN", "alleen bij 'user roles': de nieuwe rollen, met komma's"},
    OptionSpec{"password-stdin", nullptr, "alleen bij 'user reset-password': lees het nieuwe wachtwoord van standaardinvoer"},
    OptionSpec{"help", nullptr, "toon deze hulp"},
};

Status audit(OpenedDatabase &opened, AdminContext &context, qint64 userId, const QString &what)
{
    AuditEntry entry;
    entry.at = context.clock.now();
    entry.username = QStringLiteral("casusregie-admin");
    entry.action = enumKey(Operation::ManageUsers);
    entry.objects = QStringLiteral("user:%1,%2").arg(userId).arg(what);
    entry.outcome = QStringLiteral("allowed");
    return AuditLog(*opened.database, opened.auditKey).append(entry);
}

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

// Runs `change` on the user named by --username, in one transaction with its audit record.
int changeUser(AdminContext &context, const ParsedOptions &options, const QString &what,
               const std::function<Status(UserRepository &, const User &)> &change)
{
    auto opened = openWithKeys(context, options);
    if (!opened)
        return opened.error();
    UserRepository users(*opened->database);
    auto user = users.byUsername(options.value(QStringLiteral("username")));
    if (!user)
        return usageError(context, QStringLiteral("Gebruiker niet gevonden: %1").arg(options.value(QStringLiteral("username"))));
    auto done = opened->database->inTransaction([&]() -> Status {
        if (auto changed = change(users, *user); !changed)
            return changed;
        return audit(*opened, context, user->id, what);
    });
    if (!done)
        return failure(context, done.error().message);
    return Success;
}

} // namespace

const CommandSpec userAddCommand{"user add", "Maakt een account aan (functioneel beheer op de server).", userAddOptions};
const CommandSpec userEnrolTotpCommand{"user enrol-totp",
                                       "Stelt een nieuwe tweede factor in en toont de otpauth://-koppeling voor de "
                                       "authenticator-app.",
                                       userOptions};
const CommandSpec userDisableCommand{"user disable", "Zet een account uit; open sessies eindigen bij het volgende verzoek.",
                                     userOptions};
const CommandSpec userEnableCommand{"user enable", "Zet een account weer aan en heft een blokkering op.", userOptions};
const CommandSpec userRolesCommand{"user roles", "Vervangt de rollen van een account (--roles).", userOptions};
const CommandSpec userResetPasswordCommand{"user reset-password", "Zet een nieuw wachtwoord (--password-stdin).", userOptions};

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
    const auto password = readPassword(context.input, stderr, QStringLiteral("Wachtwoord: "));
    if (!password)
        return usageError(context, QStringLiteral("Er is geen wachtwoord opgegeven."));
    auto hash = PasswordHasher::hash(*password);
    if (!hash)
        return usageError(context, hash.error().message);

    auto opened = openWithKeys(context, options);
    if (!opened)
        return opened.error();
    auto parties = PartyRepository(*opened->database).all();
    if (!parties)
        return failure(context, parties.error().message);
    const auto party = std::find_if(parties->begin(), parties->end(),
                                    [&](const Party &p) { return p.shortName == options.value(QStringLiteral("party")); });
    if (party == parties->end())
        return usageError(context, QStringLiteral("Onbekende partij: %1").arg(options.value(QStringLiteral("party"))));

    User user;
    user.username = options.value(QStringLiteral("username"));
    user.displayName = options.value(QStringLiteral("name"));
    user.partyId = party->id;
    user.roles = *roles;
    user.geheimhoudingsverklaring = screened;
    user.vogOfScreening = screened;
    qint64 id = 0;
    auto done = opened->database->inTransaction([&]() -> Status {
        auto added = UserRepository(*opened->database).add(user, *hash, context.clock.now());
        if (!added)
            return std::unexpected(added.error());
        id = *added;
        return audit(*opened, context, id, QStringLiteral("aangemaakt"));
    });
    if (!done)
        return failure(context, done.error().message);
    context.out << "Account aangemaakt: " << user.username << "\n";
    return Success;
}

int runUserEnrolTotp(AdminContext &context, const ParsedOptions &options)
{
    QString uri;
    const int code = changeUser(context, options, QStringLiteral("tweede factor"), [&](UserRepository &users, const User &user) -> Status {
        const QByteArray secret = Totp::generateSecret();
        uri = Totp::provisioningUri(secret, user.username);
        return users.setTotpSecret(user.id, secret);
    });
    if (code == Success)
        context.out << uri << "\n";
    return code;
}

int runUserDisable(AdminContext &context, const ParsedOptions &options)
{
    return changeUser(context, options, QStringLiteral("uitgezet"),
                      [](UserRepository &users, const User &user) { return users.setActive(user.id, false); });
}

int runUserEnable(AdminContext &context, const ParsedOptions &options)
{
    return changeUser(context, options, QStringLiteral("aangezet"), [](UserRepository &users, const User &user) -> Status {
        if (auto active = users.setActive(user.id, true); !active)
            return active;
        return users.unlock(user.id);
    });
}

int runUserRoles(AdminContext &context, const ParsedOptions &options)
{
    const auto roles = parseRoles(options.value(QStringLiteral("roles")));
    if (!roles)
        return usageError(context, QStringLiteral("Onbekende rol; kies uit: %1").arg(roleKeys()));
    return changeUser(context, options, QStringLiteral("rollen"),
                      [&](UserRepository &users, const User &user) { return users.setRoles(user.id, *roles); });
}

int runUserResetPassword(AdminContext &context, const ParsedOptions &options)
{
    const auto password = readPassword(context.input, stderr, QStringLiteral("Nieuw wachtwoord: "));
    if (!password)
        return usageError(context, QStringLiteral("Er is geen wachtwoord opgegeven."));
    auto hash = PasswordHasher::hash(*password);
    if (!hash)
        return usageError(context, hash.error().message);
    return changeUser(context, options, QStringLiteral("wachtwoord"),
                      [&](UserRepository &users, const User &user) { return users.setPasswordHash(user.id, *hash); });
}

} // namespace casusregie::admin

// `casusregie-admin account …`: one's own account, through the service gate like the client.
#include "AdminSupport.h"

#include "PasswordInput.h"

#include <array>

namespace casusregie::admin {

namespace {

constexpr std::array accountOptions{
    OptionSpec{"db", "BESTAND", "de database"},
    OptionSpec{"key-file", "BESTAND", "het sleutelbestand van die database"},
    OptionSpec{"audit-key-file", "BESTAND", "sleutel van de auditketen (standaard: <key-file>.audit)"},
    OptionSpec{"as", "NAAM", "uw eigen account; het wachtwoord komt van standaardinvoer"},
    OptionSpec{"code", "CIJFERS", "alleen bij 'account confirm-totp': de code die de app nu toont"},
    OptionSpec{"help", nullptr, "toon deze hulp"},
};

} // namespace

const CommandSpec accountPasswordCommand{"account password",
                                         "Vervangt uw (eenmalige) wachtwoord: standaardinvoer geeft het huidige, dan het nieuwe.",
                                         accountOptions};
const CommandSpec accountEnrolTotpCommand{"account enrol-totp",
                                          "Begint uw tweede factor: toont de otpauth://-koppeling voor de app op uw eigen telefoon.",
                                          accountOptions};
const CommandSpec accountConfirmTotpCommand{"account confirm-totp",
                                            "Rondt uw tweede factor af met de eerste code die de app toont (--code).",
                                            accountOptions};

int runAccountPassword(AdminContext &context, const ParsedOptions &options)
{
    const auto current = readPassword(context.input, stderr, QStringLiteral("Huidig wachtwoord: "));
    const auto proposed = current ? readPassword(context.input, stderr, QStringLiteral("Nieuw wachtwoord: ")) : std::nullopt;
    if (!current || !proposed)
        return usageError(context, QStringLiteral("Geef het huidige en het nieuwe wachtwoord."));
    auto session = loginAs(context, options, *current);
    if (!session)
        return session.error();
    if (auto changed = session->service->changeOwnPassword(*current, *proposed); !changed)
        return serviceFailure(context, changed.error());
    context.out << "Uw wachtwoord is gewijzigd.\n";
    return Success;
}

int runAccountEnrolTotp(AdminContext &context, const ParsedOptions &options)
{
    auto session = loginAs(context, options);
    if (!session)
        return session.error();
    auto uri = session->service->beginSecondFactorEnrolment();
    if (!uri)
        return serviceFailure(context, uri.error());
    context.out << *uri << "\n";
    return Success;
}

int runAccountConfirmTotp(AdminContext &context, const ParsedOptions &options)
{
    if (options.value(QStringLiteral("code")).isEmpty())
        return usageError(context, QStringLiteral("Geef met --code de code die de app nu toont."));
    auto session = loginAs(context, options);
    if (!session)
        return session.error();
    if (auto confirmed = session->service->confirmSecondFactorEnrolment(options.value(QStringLiteral("code"))); !confirmed)
        return serviceFailure(context, confirmed.error());
    context.out << "Uw tweede factor is ingesteld.\n";
    return Success;
}

} // namespace casusregie::admin

#include "storage/SignatorySeed.h"

#include "storage/PartyRepository.h"

#include <QFile>

namespace casusregie::SignatorySeed {

Result<QList<Party>> load()
{
    QFile file(QStringLiteral(":/casusregie/seed/parties.tsv"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return fail(ErrorCode::FileMissing, QStringLiteral("De lijst met convenantpartijen ontbreekt in het programma."));

    QList<Party> parties;
    bool header = true;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (header) { // the column names: name, short, type, signatory, note
            header = false;
            continue;
        }
        const QStringList columns = line.split(QLatin1Char('\t'));
        const auto type = columns.size() >= 3 ? enumFromKey<PartyType>(columns.at(2)) : std::nullopt;
        if (!type)
            return fail(ErrorCode::InvalidArgument, QStringLiteral("Ongeldige regel in de lijst met convenantpartijen."));
        Party party;
        party.name = columns.at(0);
        party.shortName = columns.at(1);
        party.type = *type;
        parties << party;
    }
    return parties;
}

Status seed(PartyRepository &repository, QDate toegetreden)
{
    auto parties = load();
    if (!parties)
        return std::unexpected(parties.error());
    for (Party party : *parties) {
        party.membership.toegetreden = toegetreden;
        if (auto added = repository.add(party); !added)
            return std::unexpected(added.error());
    }
    return {};
}

} // namespace casusregie::SignatorySeed

#pragma once

#include "common/Result.h"
#include "domain/Casus.h"
#include "rules/AccessPolicy.h"

#include <QHash>
#include <QList>

#include <optional>

namespace casusregie {

class Database;

class CasusRepository {
public:
    explicit CasusRepository(Database &database);

    // Registers a new aanmelding: gives it the next number of its year and the phase Aanmelding.
    Result<Casus> registerAanmelding(const Casus &draft);
    Result<Casus> byId(qint64 id) const;
    Result<Casus> byNumber(const CasusNumber &number) const;

    Status updateGoalAndThemes(qint64 casusId, const QString &doel, const QList<Theme> &themes);
    Status assignProcesregisseur(qint64 casusId, qint64 userId);
    Status unassignProcesregisseur(qint64 casusId, qint64 userId);
    Status setCasusregisseur(qint64 casusId, qint64 userId);
    Status setAfschalingscriteria(qint64 casusId, const QString &criteria);

    // The casussen a party submitted, newest first.
    Result<QList<Casus>> aanmeldingenOf(qint64 partyId) const;
    // These casussen in this order, in a few statements per 500; an id that does not exist is left out.
    Result<QList<Casus>> byIds(const QList<qint64> &ids) const;
    // Where a casus stands in a worklist: newest aanmelding first, then highest id.
    struct ListPosition {
        QDate aanmeldingsdatum;
        qint64 id = 0;
    };
    // The casussen reached through `routes` by this user and its party (assigned or appointed, not
    // yet taken on, an overleg or information request of the party), in worklist order, after
    // `after` when its id is not 0, at most `limit` of them. Each route found through an index, a
    // page at a cost near the square root of the database's size whatever the user has; the
    // access policy still decides per casus.
    Result<QList<ListPosition>> worklistCandidates(const CaseRoutes &routes, qint64 userId, qint64 partyId,
                                                   const ListPosition &after, std::optional<int> limit) const;
    // When the casus last entered this phase; null when it never did.
    Result<QDateTime> lastEntered(qint64 casusId, Phase phase) const;

    // Stores a transition and the new phase together. Refused when the casus is no longer in
    // `from` (someone else moved it) or when the phase machine does not allow the step.
    Status recordTransition(const PhaseTransition &transition);
    Result<QList<PhaseTransition>> transitions(qint64 casusId) const;
    // The histories of these casussen, in a query per 500.
    Result<QHash<qint64, QList<PhaseTransition>>> transitionsOf(const QList<qint64> &ids) const;

private:
    Result<Casus> loadOne(const QString &where, const QVariantList &values) const;
    Result<QList<Casus>> loadAll(const QString &idQuery, const QVariantList &values) const;
    Status updateColumn(qint64 casusId, const QString &column, const QVariant &value);

    Database &m_database;
};

} // namespace casusregie

#include "storage/CasusRepository.h"

#include "rules/PhaseMachine.h"
#include "storage/Database.h"
#include "storage/SqlStatement.h"

namespace casusregie {

namespace {

Error casusNotFound()
{
    return Error{ErrorCode::NotFound, QStringLiteral("Deze casus bestaat niet.")};
}

Status replaceThemes(const QSqlDatabase &db, qint64 casusId, const QList<Theme> &themes)
{
    if (auto cleared = execSql(db, QStringLiteral("DELETE FROM casus_themes WHERE casus_id = ?"), {casusId}); !cleared)
        return cleared;
    for (const Theme theme : themes) {
        auto added = runSql(db, QStringLiteral("INSERT OR IGNORE INTO casus_themes (casus_id, theme) VALUES (?, ?)"),
                            {casusId, enumKey(theme)});
        if (!added)
            return std::unexpected(added.error());
    }
    return {};
}

// The year's counter, not the highest number still stored: a number stays taken after its casus
// was destroyed (issue 9, point 19). Inside the write transaction no other writer can take it.
Result<int> nextSequence(const QSqlDatabase &db, int year)
{
    for (const QString &sql : {QStringLiteral("INSERT OR IGNORE INTO casusnummers (year, last_sequence) VALUES (?, 0)"),
                               QStringLiteral("UPDATE casusnummers SET last_sequence = last_sequence + 1 WHERE year = ?")}) {
        if (auto done = execSql(db, sql, {year}); !done)
            return std::unexpected(done.error());
    }
    auto last = runSql(db, QStringLiteral("SELECT last_sequence FROM casusnummers WHERE year = ?"), {year});
    if (!last)
        return std::unexpected(last.error());
    last->next();
    return last->value(0).toInt();
}

Casus casusFrom(StoredRow &row)
{
    Casus casus;
    casus.id = row.value("id").toLongLong();
    casus.number = CasusNumber{row.value("year").toInt(), row.value("sequence").toInt()};
    casus.aanmeldendePartijId = row.value("aanmeldende_partij_id").toLongLong();
    casus.aanmeldingsdatum = row.value("aanmeldingsdatum").toDate();
    casus.reden = row.value("reden").toString();
    casus.doel = row.value("doel").toString();
    casus.phase = row.enumAt<Phase>("phase");
    casus.casusregisseurUserId = row.value("casusregisseur_user_id").toLongLong();
    casus.afschalingscriteria = row.value("afschalingscriteria").toString();
    casus.takenOn = row.value("taken_on").toBool();
    return casus;
}

} // namespace

CasusRepository::CasusRepository(Database &database)
    : m_database(database)
{
}

Result<Casus> CasusRepository::registerAanmelding(const Casus &draft)
{
    if (!draft.aanmeldingsdatum.isValid())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("Een aanmelding heeft een aanmeldingsdatum."));
    if (draft.reden.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("Een aanmelding heeft een reden."));

    Casus casus = draft;
    casus.phase = Phase::Aanmelding;
    casus.takenOn = !draft.procesregisseurIds.isEmpty();
    casus.number.year = draft.aanmeldingsdatum.year();
    auto stored = m_database.inTransaction([&]() -> Status {
        const QSqlDatabase db = m_database.connection();
        auto sequence = nextSequence(db, casus.number.year);
        if (!sequence)
            return std::unexpected(sequence.error());
        casus.number.sequence = *sequence;

        auto inserted = runSql(db,
                               QStringLiteral("INSERT INTO casus (year, sequence, aanmeldende_partij_id, aanmeldingsdatum, "
                                              "reden, doel, phase, taken_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                               {casus.number.year, casus.number.sequence, casus.aanmeldendePartijId, casus.aanmeldingsdatum,
                                casus.reden.trimmed(), casus.doel.trimmed(), enumKey(casus.phase),
                                !casus.procesregisseurIds.isEmpty()}); // registered with its procesregisseur: taken on
        if (!inserted)
            return std::unexpected(inserted.error().code == ErrorCode::Conflict
                                       ? Error{ErrorCode::NotFound, QStringLiteral("De aanmeldende partij bestaat niet.")}
                                       : inserted.error());
        casus.id = inserted->lastInsertId().toLongLong();
        if (auto themed = replaceThemes(db, casus.id, casus.themes); !themed)
            return themed;
        for (const qint64 userId : casus.procesregisseurIds) {
            auto assigned = runSql(db, QStringLiteral("INSERT INTO casus_procesregisseurs (casus_id, user_id) VALUES (?, ?)"),
                                   {casus.id, userId});
            if (!assigned)
                return std::unexpected(assigned.error());
        }
        return {};
    });
    if (!stored)
        return std::unexpected(stored.error());
    return casus;
}

const QString selectCasus = QStringLiteral("SELECT id, year, sequence, aanmeldende_partij_id, aanmeldingsdatum, reden, doel, "
                                           "phase, casusregisseur_user_id, afschalingscriteria, taken_on FROM casus");

Result<Casus> CasusRepository::loadOne(const QString &where, const QVariantList &values) const
{
    const QSqlDatabase db = m_database.connection();
    auto query = runSql(db, selectCasus + QStringLiteral(" WHERE %1").arg(where), values);
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return std::unexpected(casusNotFound());

    auto read = valueOf<Casus>(*query, casusFrom);
    if (!read)
        return read;
    Casus casus = *read;
    auto themes = runSql(db, QStringLiteral("SELECT theme FROM casus_themes WHERE casus_id = ? ORDER BY theme"), {casus.id});
    if (!themes)
        return std::unexpected(themes.error());
    auto storedThemes = remainingRows<Theme>(*themes, [](StoredRow &row) { return row.enumAt<Theme>("theme"); });
    if (!storedThemes)
        return std::unexpected(storedThemes.error());
    casus.themes = *storedThemes;
    auto regisseurs = idsOf(db, QStringLiteral("SELECT user_id FROM casus_procesregisseurs WHERE casus_id = ? ORDER BY user_id"),
                            {casus.id});
    if (!regisseurs)
        return std::unexpected(regisseurs.error());
    casus.procesregisseurIds = *regisseurs;
    return casus;
}

Result<Casus> CasusRepository::byId(qint64 id) const
{
    return loadOne(QStringLiteral("id = ?"), {id});
}

Result<Casus> CasusRepository::byNumber(const CasusNumber &number) const
{
    return loadOne(QStringLiteral("year = ? AND sequence = ?"), {number.year, number.sequence});
}

Status CasusRepository::updateGoalAndThemes(qint64 casusId, const QString &doel, const QList<Theme> &themes)
{
    return m_database.inTransaction([&]() -> Status {
        if (auto updated = updateColumn(casusId, QStringLiteral("doel"), doel.trimmed()); !updated)
            return updated;
        return replaceThemes(m_database.connection(), casusId, themes);
    });
}

Status CasusRepository::assignProcesregisseur(qint64 casusId, qint64 userId)
{
    auto assigned = runSql(m_database.connection(),
                           QStringLiteral("INSERT OR IGNORE INTO casus_procesregisseurs (casus_id, user_id) VALUES (?, ?)"),
                           {casusId, userId});
    if (!assigned)
        return std::unexpected(assigned.error().code == ErrorCode::Conflict
                                   ? Error{ErrorCode::NotFound, QStringLiteral("De casus of de gebruiker bestaat niet.")}
                                   : assigned.error());
    // Once taken on, it is never again a new aanmelding that any procesregisseur may take.
    return updateColumn(casusId, QStringLiteral("taken_on"), true);
}

Status CasusRepository::unassignProcesregisseur(qint64 casusId, qint64 userId)
{
    return changeOneRow(m_database.connection(),
                        QStringLiteral("DELETE FROM casus_procesregisseurs WHERE casus_id = ? AND user_id = ?"), {casusId, userId},
                        QStringLiteral("Deze procesregisseur is niet aan de casus gekoppeld."));
}

Status CasusRepository::updateColumn(qint64 casusId, const QString &column, const QVariant &value)
{
    return changeOneRow(m_database.connection(), QStringLiteral("UPDATE casus SET %1 = ? WHERE id = ?").arg(column),
                        {value, casusId}, casusNotFound().message);
}

Status CasusRepository::setCasusregisseur(qint64 casusId, qint64 userId)
{
    return updateColumn(casusId, QStringLiteral("casusregisseur_user_id"), userId);
}

Status CasusRepository::setAfschalingscriteria(qint64 casusId, const QString &criteria)
{
    return updateColumn(casusId, QStringLiteral("afschalingscriteria"), criteria.trimmed());
}

Result<QList<Casus>> CasusRepository::aanmeldingenOf(qint64 partyId) const
{
    return loadAll(QStringLiteral("SELECT id FROM casus WHERE aanmeldende_partij_id = ? ORDER BY aanmeldingsdatum DESC, id DESC"),
                   {partyId});
}

Result<QList<Casus>> CasusRepository::byIds(const QList<qint64> &ids) const
{
    QHash<qint64, Casus> loaded;
    for (qsizetype from = 0; from < ids.size(); from += idsPerStatement) {
        const QList<qint64> chunk = ids.mid(from, idsPerStatement);
        const QVariantList values(chunk.begin(), chunk.end());
        auto some = loadAll(QStringLiteral("SELECT id FROM casus WHERE id IN (%1)").arg(placeholders(chunk.size())), values);
        if (!some)
            return std::unexpected(some.error());
        for (const Casus &casus : *some)
            loaded.insert(casus.id, casus);
    }
    QList<Casus> list;
    for (const qint64 id : ids) {
        if (loaded.contains(id))
            list << loaded.value(id);
    }
    return list;
}

// Set-based: the ids in their order, then every row, theme and procesregisseur of those casussen in
// one query each, however many there are (not three queries per casus).
Result<QList<Casus>> CasusRepository::loadAll(const QString &idQuery, const QVariantList &values) const
{
    const QSqlDatabase db = m_database.connection();
    auto ids = idsOf(db, idQuery, values);
    if (!ids)
        return std::unexpected(ids.error());
    const QString ofThese = QStringLiteral(" IN (%1)").arg(idQuery);
    auto rows = listOf<Casus>(db, selectCasus + QStringLiteral(" WHERE id") + ofThese, values, casusFrom);
    auto themes = rows ? listOf<QPair<qint64, Theme>>(
                             db, QStringLiteral("SELECT casus_id, theme FROM casus_themes WHERE casus_id") + ofThese
                                     + QStringLiteral(" ORDER BY theme"),
                             values, [](StoredRow &row) { return qMakePair(row.value("casus_id").toLongLong(), row.enumAt<Theme>("theme")); })
                       : std::unexpected(rows.error());
    auto regisseurs = themes ? listOf<QPair<qint64, qint64>>(
                                   db, QStringLiteral("SELECT casus_id, user_id FROM casus_procesregisseurs WHERE casus_id") + ofThese
                                           + QStringLiteral(" ORDER BY user_id"),
                                   values, [](StoredRow &row) {
                                       return qMakePair(row.value("casus_id").toLongLong(), row.value("user_id").toLongLong());
                                   })
                             : std::unexpected(themes.error());
    if (!regisseurs)
        return std::unexpected(regisseurs.error());
    QHash<qint64, Casus> byId;
    for (const Casus &casus : *rows)
        byId.insert(casus.id, casus);
    for (const auto &[casusId, theme] : *themes)
        byId[casusId].themes << theme;
    for (const auto &[casusId, userId] : *regisseurs)
        byId[casusId].procesregisseurIds << userId;
    QList<Casus> list;
    list.reserve(ids->size());
    for (const qint64 id : *ids)
        list << byId.value(id);
    return list;
}

Result<QDateTime> CasusRepository::lastEntered(qint64 casusId, Phase phase) const
{
    auto query = runSql(m_database.connection(),
                        QStringLiteral("SELECT decided_at FROM phase_transitions WHERE casus_id = ? AND to_phase = ? "
                                       "ORDER BY decided_at DESC, id DESC LIMIT 1"),
                        {casusId, enumKey(phase)});
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return QDateTime();
    return query->value(0).toDateTime();
}

Status CasusRepository::recordTransition(const PhaseTransition &transition)
{
    if (!PhaseMachine::isAllowed(transition.from, transition.to))
        return PhaseMachine::check(TransitionRequest{transition.from, transition.to, transition.decision, transition.basis}, {});
    if (transition.decision.trimmed().isEmpty() || transition.basis.trimmed().isEmpty() || !transition.at.isValid())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("Een faseovergang heeft een besluit, een grondslag en een tijdstip."));

    return m_database.inTransaction([&]() -> Status {
        const QSqlDatabase db = m_database.connection();
        auto moved = runSql(db, QStringLiteral("UPDATE casus SET phase = ? WHERE id = ? AND phase = ?"),
                            {enumKey(transition.to), transition.casusId, enumKey(transition.from)});
        if (!moved)
            return std::unexpected(moved.error());
        if (moved->numRowsAffected() != 1) {
            if (auto exists = byId(transition.casusId); !exists)
                return std::unexpected(exists.error());
            return fail(ErrorCode::Conflict,
                        QStringLiteral("De casus staat niet meer in fase %1; laad hem opnieuw.").arg(enumLabel(transition.from)));
        }
        return execSql(db,
                       QStringLiteral("INSERT INTO phase_transitions (casus_id, from_phase, to_phase, decided_at, "
                                      "by_user_id, decision, basis) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                       {transition.casusId, enumKey(transition.from), enumKey(transition.to), transition.at,
                        transition.byUserId, transition.decision.trimmed(), transition.basis.trimmed()});
    });
}

namespace {

PhaseTransition transitionFrom(StoredRow &row)
{
    PhaseTransition transition;
    transition.casusId = row.value("casus_id").toLongLong();
    transition.from = row.enumAt<Phase>("from_phase");
    transition.to = row.enumAt<Phase>("to_phase");
    transition.at = row.value("decided_at").toDateTime();
    transition.byUserId = row.value("by_user_id").toLongLong();
    transition.decision = row.value("decision").toString();
    transition.basis = row.value("basis").toString();
    return transition;
}

const QString transitionColumns = QStringLiteral("casus_id, from_phase, to_phase, decided_at, by_user_id, decision, basis");

} // namespace

Result<QList<PhaseTransition>> CasusRepository::transitions(qint64 casusId) const
{
    return listOf<PhaseTransition>(m_database.connection(),
                                   QStringLiteral("SELECT %1 FROM phase_transitions WHERE casus_id = ? ORDER BY decided_at, id")
                                       .arg(transitionColumns),
                                   {casusId}, transitionFrom);
}

Result<QHash<qint64, QList<PhaseTransition>>> CasusRepository::transitionsOf(const QList<qint64> &ids) const
{
    QHash<qint64, QList<PhaseTransition>> histories;
    for (qsizetype from = 0; from < ids.size(); from += idsPerStatement) {
        const QList<qint64> chunk = ids.mid(from, idsPerStatement);
        auto some = listOf<PhaseTransition>(
            m_database.connection(),
            QStringLiteral("SELECT %1 FROM phase_transitions WHERE casus_id IN (%2) ORDER BY decided_at, id")
                .arg(transitionColumns, placeholders(chunk.size())),
            QVariantList(chunk.begin(), chunk.end()), transitionFrom);
        if (!some)
            return std::unexpected(some.error());
        for (const PhaseTransition &transition : std::as_const(*some))
            histories[transition.casusId] << transition;
    }
    return histories;
}

} // namespace casusregie

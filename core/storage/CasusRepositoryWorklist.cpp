// How a page of a worklist finds its casussen without reading every casus in the database.
#include "storage/CasusRepository.h"

#include "storage/Database.h"
#include "storage/SqlStatement.h"

#include <QtMath>

#include <array>

namespace casusregie {

namespace {

// One way a user comes to a casus, in two forms: all its casussen at once (cheap when it has few),
// and a test of the casus at hand while the list is walked in order (cheap when it has many, as
// the walk then finds a page's worth soon).
struct Route {
    enum class Binds { Nothing, User, Party };
    bool CaseRoutes::*taken;
    const char *members;
    const char *reaches;
    Binds binds;
};

// A new aanmelding is one not yet taken on (taken_on = 0); a casus without a procesregisseur that
// was taken on before is the hoofd's to assign, not a candidate's.
constexpr std::array routes{
    Route{&CaseRoutes::assignedProcesregisseur, "SELECT casus_id FROM casus_procesregisseurs WHERE user_id = ?",
          "EXISTS (SELECT 1 FROM casus_procesregisseurs p WHERE p.casus_id = casus.id AND p.user_id = ?)", Route::Binds::User},
    // Named, or SQLite would rather scan the whole order index, which holds taken_on too.
    Route{&CaseRoutes::newAanmelding, "SELECT id FROM casus INDEXED BY casus_new_aanmeldingen WHERE taken_on = 0",
          "casus.taken_on = 0", Route::Binds::Nothing},
    Route{&CaseRoutes::appointedCasusregisseur, "SELECT id FROM casus WHERE casusregisseur_user_id = ?",
          "casus.casusregisseur_user_id = ?", Route::Binds::User},
    Route{&CaseRoutes::invitedParty,
          "SELECT o.casus_id FROM overleg_parties op JOIN overleggen o ON o.id = op.overleg_id WHERE op.party_id = ?",
          "EXISTS (SELECT 1 FROM overleggen o JOIN overleg_parties op ON op.overleg_id = o.id "
          "WHERE o.casus_id = casus.id AND op.party_id = ?)",
          Route::Binds::Party},
    Route{&CaseRoutes::askedParty, "SELECT casus_id FROM informatieverzoeken WHERE party_id = ?",
          "EXISTS (SELECT 1 FROM informatieverzoeken v WHERE v.casus_id = casus.id AND v.party_id = ?)", Route::Binds::Party},
};

} // namespace

// Collecting a route costs about its size s; testing it per casus costs about the casussen walked,
// page × n / s for n casussen. Both stay near sqrt(2 × page × n) when a route of at least that size
// is tested and a smaller one collected, whatever the user has. The whole list collects everything.
Result<QList<CasusRepository::ListPosition>> CasusRepository::worklistCandidates(const CaseRoutes &taken, qint64 userId,
                                                                                 qint64 partyId, const ListPosition &after,
                                                                                 std::optional<int> limit) const
{
    const QSqlDatabase db = m_database.connection();
    qint64 testFrom = 0; // a route this large or larger is tested; 0: every route is collected
    if (limit) {
        auto highestId = idsOf(db, QStringLiteral("SELECT coalesce(max(id), 0) FROM casus"));
        if (!highestId)
            return std::unexpected(highestId.error());
        testFrom = qMax<qint64>(1, qint64(qSqrt(2.0 * *limit * double(highestId->value(0)))));
    }
    QStringList collected;
    QVariantList collectedValues;
    QStringList tested;
    QVariantList testedValues;
    for (const Route &route : routes) {
        if (!(taken.*route.taken))
            continue;
        QVariantList bound;
        if (route.binds != Route::Binds::Nothing)
            bound << (route.binds == Route::Binds::User ? userId : partyId);
        bool test = false;
        if (testFrom > 0) {
            auto size = idsOf(db, QStringLiteral("SELECT count(*) FROM (%1 LIMIT ?)").arg(QLatin1String(route.members)),
                              bound + QVariantList{testFrom});
            if (!size)
                return std::unexpected(size.error());
            test = size->value(0) >= testFrom;
        }
        (test ? tested : collected) << QLatin1String(test ? route.reaches : route.members);
        (test ? testedValues : collectedValues) << bound;
    }
    if (collected.isEmpty() && tested.isEmpty() && !taken.anyCase)
        return QList<ListPosition>{};

    QStringList ways = tested;
    if (!collected.isEmpty())
        ways.prepend(QStringLiteral("casus.id IN (%1)").arg(collected.join(QStringLiteral(" UNION "))));
    QVariantList values = collectedValues + testedValues;
    QStringList conditions;
    if (!taken.anyCase)
        conditions << QStringLiteral("(%1)").arg(ways.join(QStringLiteral(" OR ")));
    if (after.id != 0) {
        conditions << QStringLiteral("(aanmeldingsdatum < ? OR (aanmeldingsdatum = ? AND id < ?))");
        values << after.aanmeldingsdatum << after.aanmeldingsdatum << after.id;
    }
    // Walks the order's index from the newest down and stops when the page is full. Left to
    // itself, SQLite would read every collected candidate's row and sort them all, for every page.
    QString sql = QStringLiteral("SELECT id, aanmeldingsdatum FROM casus INDEXED BY casus_in_worklist_order");
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY aanmeldingsdatum DESC, id DESC");
    if (limit) {
        sql += QStringLiteral(" LIMIT ?");
        values << *limit;
    }
    return listOf<ListPosition>(db, sql, values, [](StoredRow &row) {
        return ListPosition{row.value("aanmeldingsdatum").toDate(), row.value("id").toLongLong()};
    });
}

} // namespace casusregie

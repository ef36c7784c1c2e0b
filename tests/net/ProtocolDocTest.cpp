#include "net/Dispatcher.h"
#include "net/OperationTable.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace casusregie;

namespace {

const QString begin = QStringLiteral("<!-- begin: gemaakt uit core/net/OperationTable.h -->\n");
const QString end = QStringLiteral("<!-- einde -->");

QString markdownTable()
{
    QString table = QStringLiteral("| handeling | argumenten | resultaat | toegangsregel (auditactie) |\n|---|---|---|---|\n");
    for (const OperationDescription &operation : OperationTable::descriptions()) {
        QStringList arguments;
        for (qsizetype i = 0; i < operation.argumentNames.size(); ++i)
            arguments << QStringLiteral("`%1`: %2").arg(operation.argumentNames.at(i), operation.argumentTypes.at(i));
        table += QStringLiteral("| `%1` | %2 | %3 | %4 (`%5`) |\n")
                     .arg(operation.name, arguments.isEmpty() ? QStringLiteral("—") : arguments.join(QStringLiteral(", ")),
                          operation.result, enumLabel(operation.policy), enumKey(operation.policy));
    }
    return table;
}

} // namespace

TEST_CASE("Protocol doc: docs/protocol.md lists every operation of the table with its arguments, result and access rule")
{
    QFile file(QStringLiteral(CASUSREGIE_SOURCE_DIR "/docs/protocol.md"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(file.readAll());
    file.close();
    const qsizetype from = text.indexOf(begin);
    const qsizetype to = text.indexOf(end, from);
    REQUIRE(from >= 0);
    REQUIRE(to > from);
    const QString generated = markdownTable();
    QString documented = text.mid(from + begin.size(), to - from - begin.size());
    if (qEnvironmentVariableIsSet("CASUSREGIE_UPDATE_DOCS")) { // cmake --build build --target update_protocol_doc
        text.replace(from + begin.size(), documented.size(), generated);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        REQUIRE(file.write(text.toUtf8()) > 0);
        documented = generated;
    }
    CAPTURE(generated);
    REQUIRE(documented == generated);
}

TEST_CASE("Operation table: the server dispatches exactly the table's operations, each argument under its parameter's name")
{
    QStringList tabled;
    for (const OperationDescription &operation : OperationTable::descriptions()) {
        tabled << operation.name;
        REQUIRE(operation.argumentNames.size() == operation.argumentTypes.size());
        REQUIRE_FALSE(operation.argumentNames.contains(QString()));
    }
    tabled << QStringLiteral("secondFactorRequired"); // answered by the session, not the table
    tabled.sort();
    REQUIRE(Dispatcher::operations() == tabled);

    REQUIRE(OperationTable::parameterNames("(qint64 casusId, const QList<Theme> &themes)")
            == QStringList{QStringLiteral("casusId"), QStringLiteral("themes")});
    REQUIRE(OperationTable::parameterTypes("(qint64 casusId, const QHash<int, QString> &names)")
            == QStringList{QStringLiteral("qint64"), QStringLiteral("QHash<int, QString>")});
    REQUIRE(OperationTable::parameterNames("()").isEmpty());
}

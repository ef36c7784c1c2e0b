#pragma once

// Reads a PDF back the way an auditor would, with poppler-utils: its text (per page), its
// metadata and its fonts.
#include <catch2/catch.hpp>

#include <QProcess>
#include <QString>
#include <QStringList>

namespace casusregie::test {

inline QString popplerOutput(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(30000));
    INFO(program.toStdString() << ": " << process.readAllStandardError().toStdString());
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The text of the whole file, or of one page (1-based).
inline QString pdfText(const QString &path, int page = 0)
{
    QStringList arguments{QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    return popplerOutput(QStringLiteral("pdftotext"), arguments << path << QStringLiteral("-"));
}

// The text as a reader takes it in: line breaks inside a table cell or paragraph are spaces.
inline QString pdfReading(const QString &path, int page = 0)
{
    return pdfText(path, page).simplified();
}

inline QString pdfInfo(const QString &path)
{
    return popplerOutput(QStringLiteral("pdfinfo"), {path});
}

inline int pdfPages(const QString &path)
{
    for (const QString &line : pdfInfo(path).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("Pages:")))
            return line.mid(6).trimmed().toInt();
    }
    return 0;
}

inline QString pdfFonts(const QString &path)
{
    return popplerOutput(QStringLiteral("pdffonts"), {path});
}

} // namespace casusregie::test

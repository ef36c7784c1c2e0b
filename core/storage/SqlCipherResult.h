#pragma once

#include <QSqlError>
#include <QSqlRecord>
#include <QSqlResult>

struct sqlite3_stmt;

namespace casusregie {

class SqlCipherDriver;

// One prepared statement of the SQLCipher driver. Values are bound positionally (Qt maps named
// placeholders to positions because the driver does not claim NamedPlaceholders).
// Date/time values are stored as UTC ISO-8601 text and read back by the column's declared type.
class SqlCipherResult final : public QSqlResult {
public:
    explicit SqlCipherResult(const SqlCipherDriver *driver);
    ~SqlCipherResult() override;

    QVariant handle() const override;

protected:
    bool reset(const QString &query) override;
    bool prepare(const QString &query) override;
    bool exec() override;

    bool fetch(int index) override;
    bool fetchFirst() override;
    bool fetchLast() override;
    bool fetchNext() override;

    QVariant data(int field) override;
    bool isNull(int field) override;
    int size() override;
    int numRowsAffected() override;
    QVariant lastInsertId() const override;
    QSqlRecord record() const override;
    void detachFromResultSet() override;

private:
    enum class Step { Row, Done, Failed };

    Step step();
    bool bindValues();
    bool restart();
    void finalize();
    void fail(const QString &text, QSqlError::ErrorType type, int resultCode);

    const SqlCipherDriver *m_driver;
    sqlite3_stmt *m_statement = nullptr;
    QByteArray m_sql; // the statement's text: its key in the driver's cache
    QSqlRecord m_record;
    bool m_rowPending = false; // exec() stepped onto the first row; fetchNext() hands it out
    bool m_exhausted = false;
    int m_rowsAffected = 0;
    qint64 m_lastInsertId = 0;
    bool m_inserted = false;
};

} // namespace casusregie

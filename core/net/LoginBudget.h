#pragma once

#include <QHash>
#include <QString>

namespace casusregie {

// How many login attempts one source address may make (issue 10): a bucket of `burst` attempts,
// refilled at `perMinute`. Each attempt costs a password check (Argon2id, 64 MiB, slow on purpose),
// so one address cannot take the verifier pool from everyone else.
class LoginBudget {
public:
    LoginBudget(int burst, int perMinute);

    // Takes one attempt from the address's bucket; false when it is empty.
    bool take(const QString &address, qint64 nowMs);
    // Forgets addresses whose bucket is full again (bounded memory).
    void prune(qint64 nowMs);

private:
    struct Bucket {
        double tokens = 0;
        qint64 updatedMs = 0;
    };
    double refilled(const Bucket &bucket, qint64 nowMs) const;

    int m_burst;
    double m_perMs;
    QHash<QString, Bucket> m_buckets;
};

} // namespace casusregie

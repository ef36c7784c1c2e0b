#pragma once

#include <QString>
#include <QStringList>

#include <random>

namespace casusregie::demo {

// Deterministic choices for the demo data: the same seed gives the same database on every
// machine (std's distributions may differ between libraries, so the mapping is our own).
class DemoRandom {
public:
    explicit DemoRandom(quint64 seed)
        : m_engine(seed)
    {
    }

    int between(int low, int high) { return low + int(m_engine() % quint64(high - low + 1)); }
    bool chance(int percent) { return between(1, 100) <= percent; }
    template <typename List>
    const auto &pick(const List &list) { return list.at(between(0, int(list.size()) - 1)); }

    // A fictional name: Dutch-looking, with diacritics now and then.
    QString personName();

private:
    std::mt19937_64 m_engine;
};

} // namespace casusregie::demo

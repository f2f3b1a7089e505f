// Interned strings of one run: symbol names, console text, diagnostics. Events carry the id
// (Event::str), the file stores each text once. Ids are dense, stable for the run and start at
// 1; id 0 is the empty string, which stands for "no string".
#pragma once

#include <QtCore/QHash>
#include <QtCore/QString>

#include <cstdint>
#include <mutex>
#include <vector>

namespace loopscope::trace {

class StringTable
{
public:
    StringTable();
    StringTable(const StringTable &) = delete;
    StringTable &operator=(const StringTable &) = delete;

    // Safe from any thread. Takes a lock and hashes the text: intern a text that recurs (a
    // symbol name) once and keep its id, rather than on every event.
    std::uint32_t intern(const QString &text);

    // Safe from any thread. An unknown id gives an empty string.
    QString text(std::uint32_t id) const;
    // The number of ids handed out so far, counting id 0: valid ids are [0, size()).
    std::uint32_t size() const;
    // Appends the texts of ids [from, size()) to `out` and returns size(): how a consumer picks
    // up what was added since it last looked.
    std::uint32_t copySince(std::uint32_t from, std::vector<QString> &out) const;

private:
    mutable std::mutex m_mutex; // protects m_ids and m_texts
    QHash<QString, std::uint32_t> m_ids;
    std::vector<QString> m_texts; // by id
};

} // namespace loopscope::trace

// The SQLite side of writing a trace, shared by writeTrace() and TraceWriter. One thread at a
// time; not part of the public API.
#pragma once

#include "trace/event.h"

#include <QtCore/QString>

#include <map>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace loopscope::trace {

class TraceDb
{
public:
    TraceDb() = default;
    ~TraceDb();
    TraceDb(const TraceDb &) = delete;
    TraceDb &operator=(const TraceDb &) = delete;

    // Replaces `path` (and its -wal, -shm) with a new trace holding the schema and the tables
    // of names. WAL mode with synchronous=NORMAL: a committed transaction survives the process
    // being killed.
    bool create(const QString &path);

    bool begin();
    bool commit();
    void rollback();

    bool writeMeta(const std::map<QString, QString> &rows);
    bool writeThreads(const std::vector<ThreadInfo> &threads);
    bool writeCallbacks(const std::vector<CallbackInfo> &callbacks);
    // Strings with ids firstId, firstId + 1, ...
    bool writeStrings(std::uint32_t firstId, const std::vector<QString> &texts);
    bool writeEvents(const Event *begin, const Event *end);

    // Folds the WAL into the database and closes it: the file is then complete on its own.
    bool close();

    // The last error, as SQLite put it.
    QString errorString() const { return m_error; }

private:
    bool exec(const char *sql);
    bool fail();
    sqlite3_stmt *prepare(const char *sql);
    bool ensureBlock(const Event &e);
    static void bindEvent(sqlite3_stmt *s, int first, const Event &e, std::int64_t t0);

    sqlite3 *m_db = nullptr;
    QString m_path;
    QString m_error;
    sqlite3_stmt *m_insertEvent = nullptr;
    sqlite3_stmt *m_insertEvents = nullptr; // kEventsPerInsert rows at once
    sqlite3_stmt *m_insertBlock = nullptr;
    sqlite3_stmt *m_insertString = nullptr;
    // First time of each block of seqs (seq >> kTimeBlockShift) written so far; INT64_MIN for
    // blocks not yet seen. Seqs are dense, so a vector indexed by block is small.
    std::vector<std::int64_t> m_blocks;
};

} // namespace loopscope::trace

#include "trace/tracedb_p.h"
#include "trace/tracefile.h"

#include <QtCore/QFile>

#include <limits>

#include <sqlite3.h>

namespace loopscope::trace {

namespace {

// Format 1. docs/trace-format.md shows the same text; keep them together.
//
// event_data is the only big table, so it is packed (measured on a 1 M-event run: ~22 bytes
// per event, against ~26 for one plain column per field): the seq is the rowid; the time is an
// offset into its block of 256 seqs (time_blocks), a 3-byte integer rather than a 6-byte one;
// kind and thread share one column (kt = kind | thread << 7); the flow is stored as the
// distance back to the event that started it (fd = seq - flow), 0 bytes for that first event
// and a short integer for the others, NULL for no flow. SQLite stores 0 and 1 in no bytes at
// all, so unused fields cost their one-byte type only. The `events` view undoes the packing.
// There is no index besides the rowid: one on kind would cost ~10 bytes per event; a user who
// queries by kind a lot can add it (docs/trace-format.md).
constexpr const char *kSchema[] = {
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
    "CREATE TABLE threads(idx INTEGER PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL,"
    " os_tid INTEGER NOT NULL)",
    "CREATE TABLE callbacks(id INTEGER PRIMARY KEY, definition TEXT NOT NULL, label TEXT NOT NULL)",
    "CREATE TABLE strings(id INTEGER PRIMARY KEY, text TEXT NOT NULL)",
    "CREATE TABLE kinds(id INTEGER PRIMARY KEY, name TEXT NOT NULL)",
    "CREATE TABLE value_names(kind INTEGER NOT NULL, value INTEGER NOT NULL, name TEXT NOT NULL,"
    " PRIMARY KEY(kind, value)) WITHOUT ROWID",
    "CREATE TABLE time_blocks(block INTEGER PRIMARY KEY, t0 INTEGER NOT NULL)",
    "CREATE TABLE event_data(seq INTEGER PRIMARY KEY, dt INTEGER NOT NULL, kt INTEGER NOT NULL,"
    " id INTEGER NOT NULL, id2 INTEGER NOT NULL, str INTEGER NOT NULL, value INTEGER NOT NULL,"
    " fd INTEGER)",
    "CREATE VIEW events AS SELECT e.seq AS seq, b.t0 + e.dt AS t, e.kt & 127 AS kind,"
    " e.kt >> 7 AS thread, e.id AS id, e.id2 AS id2, e.str AS str, e.value AS value,"
    " CASE WHEN e.fd IS NULL THEN 0 ELSE e.seq - e.fd END AS flow"
    " FROM event_data e JOIN time_blocks b ON b.block = e.seq >> 8",
    "CREATE VIEW events_named AS SELECT ev.seq AS seq, ev.t AS t, k.name AS kind,"
    " th.name AS thread, ev.id AS id, ev.id2 AS id2, ev.value AS value, vn.name AS value_name,"
    " s.text AS text, ev.flow AS flow"
    " FROM events ev JOIN kinds k ON k.id = ev.kind"
    " LEFT JOIN threads th ON th.idx = ev.thread"
    " LEFT JOIN value_names vn ON vn.kind = ev.kind AND vn.value = ev.value"
    " LEFT JOIN strings s ON s.id = ev.str AND ev.str <> 0",
};

QString text(const unsigned char *utf8)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(utf8));
}

void bindText(sqlite3_stmt *stmt, int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

static_assert(kTimeBlockShift == 8, "the events view in kSchema divides by 256");

constexpr std::int64_t kNoBlock = std::numeric_limits<std::int64_t>::min();

// Rows per INSERT when writing many events: one statement step per row is most of SQLite's cost
// per event, and 128 rows per step write ~1.4 times as fast.
constexpr int kEventsPerInsert = 128;
constexpr int kEventColumns = 8;

QByteArray insertEventsSql(int rows)
{
    QByteArray sql = "INSERT INTO event_data(seq, dt, kt, id, id2, str, value, fd) VALUES";
    for (int r = 0; r < rows; ++r)
        sql += r == 0 ? "(?,?,?,?,?,?,?,?)" : ",(?,?,?,?,?,?,?,?)";
    return sql;
}

} // namespace

TraceDb::~TraceDb()
{
    if (m_db) {
        sqlite3_finalize(m_insertEvent);
        sqlite3_finalize(m_insertEvents);
        sqlite3_finalize(m_insertBlock);
        sqlite3_finalize(m_insertString);
        sqlite3_close(m_db);
    }
}

bool TraceDb::fail()
{
    m_error = m_db ? text(reinterpret_cast<const unsigned char *>(sqlite3_errmsg(m_db)))
                   : QStringLiteral("out of memory");
    return false;
}

bool TraceDb::exec(const char *sql)
{
    return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK || fail();
}

sqlite3_stmt *TraceDb::prepare(const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) != SQLITE_OK) {
        fail();
        return nullptr;
    }
    return stmt;
}

bool TraceDb::create(const QString &path)
{
    m_path = path;
    for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
        const QString file = path + QLatin1String(suffix);
        if (QFile::exists(file) && !QFile::remove(file)) {
            m_error = QStringLiteral("cannot replace %1").arg(file);
            return false;
        }
    }
    const QByteArray name = QFile::encodeName(path);
    if (sqlite3_open_v2(name.constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK)
        return fail();
    const QByteArray pragmas = QByteArrayLiteral("PRAGMA application_id = ") + QByteArray::number(kApplicationId)
        + QByteArrayLiteral("; PRAGMA user_version = ") + QByteArray::number(kFormatVersion) + ';';
    // A checkpoint every 8192 pages (32 MB of WAL) rather than SQLite's 1000: each one syncs
    // the file, and fewer of them write ~15% faster. The WAL does not need to be small: it is
    // folded in at close().
    if (!exec(pragmas.constData()) || !exec("PRAGMA journal_mode = WAL") || !exec("PRAGMA synchronous = NORMAL")
        || !exec("PRAGMA wal_autocheckpoint = 8192"))
        return false;
    if (!begin())
        return false;
    for (const char *sql : kSchema) {
        if (!exec(sql))
            return false;
    }
    sqlite3_stmt *kind = prepare("INSERT INTO kinds(id, name) VALUES(?, ?)");
    sqlite3_stmt *value = prepare("INSERT INTO value_names(kind, value, name) VALUES(?, ?, ?)");
    bool ok = kind && value;
    for (int k = 1; ok && k < int(Kind::Count); ++k) {
        sqlite3_bind_int(kind, 1, k);
        sqlite3_bind_text(kind, 2, kindName(Kind(k)), -1, SQLITE_STATIC);
        ok = sqlite3_step(kind) == SQLITE_DONE;
        sqlite3_reset(kind);
        for (const auto &[v, name] : namedValues(Kind(k))) {
            if (!ok)
                break;
            sqlite3_bind_int(value, 1, k);
            sqlite3_bind_int64(value, 2, v);
            sqlite3_bind_text(value, 3, name, -1, SQLITE_STATIC);
            ok = sqlite3_step(value) == SQLITE_DONE;
            sqlite3_reset(value);
        }
    }
    if (!ok)
        fail();
    sqlite3_finalize(kind);
    sqlite3_finalize(value);
    if (!ok || !commit())
        return false;

    m_insertEvent = prepare(insertEventsSql(1).constData());
    m_insertEvents = prepare(insertEventsSql(kEventsPerInsert).constData());
    m_insertBlock = prepare("INSERT INTO time_blocks(block, t0) VALUES(?, ?)");
    m_insertString = prepare("INSERT OR REPLACE INTO strings(id, text) VALUES(?, ?)");
    return m_insertEvent && m_insertEvents && m_insertBlock && m_insertString;
}

bool TraceDb::begin()
{
    return exec("BEGIN");
}

bool TraceDb::commit()
{
    return exec("COMMIT");
}

void TraceDb::rollback()
{
    sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
}

bool TraceDb::writeMeta(const std::map<QString, QString> &rows)
{
    sqlite3_stmt *stmt = prepare("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)");
    if (!stmt)
        return false;
    bool ok = true;
    for (auto it = rows.begin(); ok && it != rows.end(); ++it) {
        bindText(stmt, 1, it->first);
        bindText(stmt, 2, it->second);
        ok = sqlite3_step(stmt) == SQLITE_DONE || fail();
        sqlite3_reset(stmt);
    }
    sqlite3_finalize(stmt);
    return ok;
}

bool TraceDb::writeThreads(const std::vector<ThreadInfo> &threads)
{
    sqlite3_stmt *stmt = prepare("INSERT OR REPLACE INTO threads(idx, name, kind, os_tid) VALUES(?, ?, ?, ?)");
    if (!stmt)
        return false;
    bool ok = true;
    for (auto it = threads.begin(); ok && it != threads.end(); ++it) {
        sqlite3_bind_int(stmt, 1, it->index);
        bindText(stmt, 2, it->name);
        sqlite3_bind_text(stmt, 3, threadKindName(it->kind), -1, SQLITE_STATIC);
        sqlite3_bind_int64(stmt, 4, it->osId);
        ok = sqlite3_step(stmt) == SQLITE_DONE || fail();
        sqlite3_reset(stmt);
    }
    sqlite3_finalize(stmt);
    return ok;
}

bool TraceDb::writeCallbacks(const std::vector<CallbackInfo> &callbacks)
{
    sqlite3_stmt *stmt = prepare("INSERT OR REPLACE INTO callbacks(id, definition, label) VALUES(?, ?, ?)");
    if (!stmt)
        return false;
    bool ok = true;
    for (auto it = callbacks.begin(); ok && it != callbacks.end(); ++it) {
        sqlite3_bind_int64(stmt, 1, it->id);
        bindText(stmt, 2, it->definition);
        bindText(stmt, 3, it->label);
        ok = sqlite3_step(stmt) == SQLITE_DONE || fail();
        sqlite3_reset(stmt);
    }
    sqlite3_finalize(stmt);
    return ok;
}

bool TraceDb::writeStrings(std::uint32_t firstId, const std::vector<QString> &texts)
{
    for (std::size_t i = 0; i < texts.size(); ++i) {
        if (firstId + i == 0)
            continue; // the empty string is implied
        sqlite3_bind_int64(m_insertString, 1, std::int64_t(firstId + i));
        bindText(m_insertString, 2, texts[i]);
        const bool ok = sqlite3_step(m_insertString) == SQLITE_DONE || fail();
        sqlite3_reset(m_insertString);
        if (!ok)
            return false;
    }
    return true;
}

// The time block of `e`, written when `e` is the first event of it.
bool TraceDb::ensureBlock(const Event &e)
{
    const std::uint64_t block = e.seq >> kTimeBlockShift;
    if (block >= m_blocks.size())
        m_blocks.resize(std::max<std::size_t>(block + 1, m_blocks.size() * 2), kNoBlock);
    std::int64_t &t0 = m_blocks[block];
    if (t0 != kNoBlock)
        return true;
    t0 = e.t;
    sqlite3_bind_int64(m_insertBlock, 1, std::int64_t(block));
    sqlite3_bind_int64(m_insertBlock, 2, t0);
    const bool ok = sqlite3_step(m_insertBlock) == SQLITE_DONE || fail();
    sqlite3_reset(m_insertBlock);
    return ok;
}

void TraceDb::bindEvent(sqlite3_stmt *s, int first, const Event &e, std::int64_t t0)
{
    sqlite3_bind_int64(s, first, std::int64_t(e.seq));
    sqlite3_bind_int64(s, first + 1, e.t - t0);
    sqlite3_bind_int64(s, first + 2, std::int64_t(e.kind) | std::int64_t(e.thread) << 7);
    sqlite3_bind_int64(s, first + 3, e.id);
    sqlite3_bind_int64(s, first + 4, e.id2);
    sqlite3_bind_int64(s, first + 5, e.str);
    sqlite3_bind_int64(s, first + 6, e.value);
    if (e.flow == 0)
        sqlite3_bind_null(s, first + 7);
    else
        sqlite3_bind_int64(s, first + 7, std::int64_t(e.seq - e.flow));
}

bool TraceDb::writeEvents(const Event *begin, const Event *end)
{
    for (const Event *e = begin; e != end;) {
        const bool many = end - e >= kEventsPerInsert;
        const Event *groupEnd = many ? e + kEventsPerInsert : e + 1;
        // The blocks first: a block's time is that of its first event, in seq order.
        for (const Event *g = e; g != groupEnd; ++g) {
            if (!ensureBlock(*g))
                return false;
        }
        sqlite3_stmt *s = many ? m_insertEvents : m_insertEvent;
        for (int column = 1; e != groupEnd; ++e, column += kEventColumns)
            bindEvent(s, column, *e, m_blocks[e->seq >> kTimeBlockShift]);
        const bool ok = sqlite3_step(s) == SQLITE_DONE || fail();
        sqlite3_reset(s);
        if (!ok)
            return false;
    }
    return true;
}

bool TraceDb::close()
{
    if (!m_db)
        return true;
    // TRUNCATE leaves no WAL content behind; closing the last connection then deletes it. A
    // finished trace then leaves WAL mode: readers (sqlite3, `loopscope summary`) would otherwise
    // create -wal and -shm files next to it that a read-only connection cannot remove.
    bool ok = exec("PRAGMA wal_checkpoint(TRUNCATE)") && exec("PRAGMA journal_mode = DELETE");
    sqlite3_finalize(m_insertEvent);
    sqlite3_finalize(m_insertEvents);
    sqlite3_finalize(m_insertBlock);
    sqlite3_finalize(m_insertString);
    m_insertEvent = m_insertEvents = m_insertBlock = m_insertString = nullptr;
    if (sqlite3_close(m_db) != SQLITE_OK)
        ok = fail();
    m_db = nullptr;
    return ok;
}

} // namespace loopscope::trace

#include "trace/tracefile.h"
#include "trace/clock.h"
#include "trace/tracedb_p.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QSysInfo>

#include <limits>

#include <sqlite3.h>

namespace loopscope::trace {

namespace {

// The context the translations of these messages live in (translations/loopscope_de.ts).
struct TraceFile {
    Q_DECLARE_TR_FUNCTIONS(loopscope::trace::TraceFile)
};

std::uint32_t be(const char *p, int bytes)
{
    std::uint32_t v = 0;
    for (int i = 0; i < bytes; ++i)
        v = v << 8 | std::uint8_t(p[i]);
    return v;
}

QString columnText(sqlite3_stmt *stmt, int column)
{
    const auto *utf8 = reinterpret_cast<const char *>(sqlite3_column_text(stmt, column));
    return utf8 ? QString::fromUtf8(utf8, sqlite3_column_bytes(stmt, column)) : QString();
}

// Checks what can be checked before SQLite sees the file, so that the common mistakes get a
// precise message: no file, an empty one, another kind of file, a copy cut short.
bool checkFile(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = TraceFile::tr("Cannot open %1: the file does not exist.").arg(path);
        return false;
    }
    QFile file(path);
    if (info.isDir() || !file.open(QIODevice::ReadOnly)) {
        *error = TraceFile::tr("Cannot open %1: %2.").arg(path, info.isDir() ? TraceFile::tr("it is a folder") : file.errorString());
        return false;
    }
    const qint64 size = file.size();
    if (size == 0) {
        *error = TraceFile::tr("%1 is empty: it is not a loopscope trace.").arg(path);
        return false;
    }
    const QByteArray header = file.read(100);
    static const char kMagic[] = "SQLite format 3"; // and its terminating NUL: 16 bytes
    const QByteArray magic(kMagic, 16);
    if (!header.startsWith(magic)) {
        if (header.size() < 16 && magic.startsWith(header))
            *error = TraceFile::tr("%1 is truncated: it ends inside the database header, after %2 bytes.").arg(path).arg(size);
        else
            *error = TraceFile::tr("%1 is not a loopscope trace: it is not an SQLite database.").arg(path);
        return false;
    }
    if (header.size() < 100) {
        *error = TraceFile::tr("%1 is truncated: it ends inside the database header, after %2 bytes.").arg(path).arg(size);
        return false;
    }
    std::uint32_t pageSize = be(header.constData() + 16, 2);
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0) {
        *error = TraceFile::tr("%1 is damaged: its header gives an invalid page size.").arg(path);
        return false;
    }
    // The page count in the header is valid when the change counter matches the version-valid-
    // for number (SQLite's file format, §1.3). A WAL next to the file may hold pages that a
    // checkpoint cut short had not copied yet: then SQLite judges.
    const std::uint32_t pages = be(header.constData() + 28, 4);
    const bool pagesValid = be(header.constData() + 24, 4) == be(header.constData() + 92, 4);
    const QFileInfo wal(path + QStringLiteral("-wal"));
    const qint64 expected = qint64(pages) * pageSize;
    if (pagesValid && pages > 0 && size < expected && !(wal.exists() && wal.size() > 0)) {
        *error = TraceFile::tr("%1 is truncated: it has %2 of its %3 bytes.").arg(path).arg(size).arg(expected);
        return false;
    }
    return true;
}

class Reader
{
public:
    Reader(const QString &path, QString *error) : m_path(path), m_error(error) {}
    ~Reader()
    {
        sqlite3_finalize(m_stmt);
        sqlite3_close(m_db);
    }

    bool read(TraceData *out);

private:
    // Maps SQLite's error to a sentence about the file.
    bool fail()
    {
        const int code = m_db ? sqlite3_extended_errcode(m_db) : SQLITE_NOMEM;
        const QString detail = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("out of memory");
        if ((code & 0xff) == SQLITE_NOTADB)
            *m_error = TraceFile::tr("%1 is not a loopscope trace: it is not an SQLite database.").arg(m_path);
        else if ((code & 0xff) == SQLITE_CORRUPT || code == SQLITE_IOERR_SHORT_READ)
            *m_error = TraceFile::tr("%1 is damaged or truncated: %2.").arg(m_path, detail);
        else
            *m_error = TraceFile::tr("Cannot read %1: %2.").arg(m_path, detail);
        return false;
    }
    bool damaged(const QString &what)
    {
        *m_error = TraceFile::tr("%1 is damaged: %2.").arg(m_path, what);
        return false;
    }
    bool query(const char *sql)
    {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        return sqlite3_prepare_v2(m_db, sql, -1, &m_stmt, nullptr) == SQLITE_OK || fail();
    }
    // SQLITE_ROW: true; SQLITE_DONE: false with *ok; an error: false with !*ok.
    bool step(bool *ok)
    {
        const int rc = sqlite3_step(m_stmt);
        *ok = rc == SQLITE_ROW || rc == SQLITE_DONE || fail();
        return rc == SQLITE_ROW;
    }
    std::int64_t pragma(const char *sql, bool *ok)
    {
        *ok = query(sql);
        if (!*ok)
            return 0;
        return step(ok) ? sqlite3_column_int64(m_stmt, 0) : 0;
    }
    bool newer(int version)
    {
        *m_error = TraceFile::tr("%1 was written by a newer version of loopscope (trace format %2); this version "
                      "reads format %3 and older.")
                       .arg(m_path)
                       .arg(version)
                       .arg(kFormatVersion);
        return false;
    }

    bool readSchema(TraceData *out);
    bool readTables(TraceData *out);
    bool readEvents(TraceData *out);

    QString m_path;
    QString *m_error;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

bool Reader::read(TraceData *out)
{
    const QByteArray name = QFile::encodeName(m_path);
    if (sqlite3_open_v2(name.constData(), &m_db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK)
        return fail();
    // Checks each cell's size against its page as it is read: a damaged page gives an error,
    // not wild reads.
    sqlite3_exec(m_db, "PRAGMA cell_size_check = ON", nullptr, nullptr, nullptr);
    return readSchema(out) && readTables(out) && readEvents(out);
}

bool Reader::readSchema(TraceData *out)
{
    bool ok = false;
    const std::int64_t appId = pragma("PRAGMA application_id", &ok);
    if (!ok)
        return false;
    if (appId != kApplicationId) {
        *m_error = TraceFile::tr("%1 is an SQLite database, but not a loopscope trace.").arg(m_path);
        return false;
    }
    const std::int64_t userVersion = pragma("PRAGMA user_version", &ok);
    if (!ok)
        return false;
    if (userVersion > kFormatVersion)
        return newer(int(userVersion));

    if (!query("SELECT name FROM sqlite_schema WHERE type = 'table'"))
        return false;
    QStringList tables;
    while (step(&ok))
        tables << columnText(m_stmt, 0);
    if (!ok)
        return false;
    for (const char *table : {"meta", "threads", "callbacks", "strings", "time_blocks", "event_data"}) {
        if (!tables.contains(QLatin1String(table))) {
            *m_error = TraceFile::tr("%1 is not a complete loopscope trace: the table \"%2\" is missing.")
                           .arg(m_path, QLatin1String(table));
            return false;
        }
    }

    if (!query("SELECT key, value FROM meta"))
        return false;
    while (step(&ok))
        out->meta[columnText(m_stmt, 0)] = columnText(m_stmt, 1);
    if (!ok)
        return false;
    const auto version = out->meta.find(QLatin1String(metakey::formatVersion));
    bool isNumber = false;
    out->formatVersion = version == out->meta.end() ? 0 : version->second.toInt(&isNumber);
    if (!isNumber || out->formatVersion < 1)
        return damaged(TraceFile::tr("its meta table has no valid format_version"));
    if (out->formatVersion > kFormatVersion)
        return newer(out->formatVersion);
    out->complete = out->meta[QLatin1String(metakey::complete)] == QLatin1String("1");
    return true;
}

bool Reader::readTables(TraceData *out)
{
    bool ok = false;
    if (!query("SELECT idx, name, kind, os_tid FROM threads ORDER BY idx"))
        return false;
    while (step(&ok)) {
        const std::int64_t index = sqlite3_column_int64(m_stmt, 0);
        if (index < 0 || index > std::numeric_limits<std::uint16_t>::max())
            return damaged(TraceFile::tr("a thread has the index %1").arg(index));
        out->threads.resize(std::max<std::size_t>(out->threads.size(), std::size_t(index) + 1));
        ThreadInfo &t = out->threads[std::size_t(index)];
        t.index = std::uint16_t(index);
        t.name = columnText(m_stmt, 1);
        t.kind = threadKindFromName(columnText(m_stmt, 2)); // a kind it does not know: native
        t.osId = sqlite3_column_int64(m_stmt, 3);
    }
    if (!ok)
        return false;
    for (std::size_t i = 0; i < out->threads.size(); ++i)
        out->threads[i].index = std::uint16_t(i); // a gap (never written) keeps its index

    if (!query("SELECT id, definition, label FROM callbacks ORDER BY id"))
        return false;
    while (step(&ok)) {
        out->callbacks.push_back({std::uint32_t(sqlite3_column_int64(m_stmt, 0)), columnText(m_stmt, 1),
                                  columnText(m_stmt, 2)});
    }
    if (!ok)
        return false;

    out->strings.assign(1, QString());
    if (!query("SELECT id, text FROM strings ORDER BY id"))
        return false;
    while (step(&ok)) {
        const std::int64_t id = sqlite3_column_int64(m_stmt, 0);
        // Ids are dense: one far past the count is damage, not a big run.
        if (id < 1 || id > std::int64_t(out->strings.size()) + (1 << 20))
            return damaged(TraceFile::tr("a string has the id %1").arg(id));
        out->strings.resize(std::max<std::size_t>(out->strings.size(), std::size_t(id) + 1));
        out->strings[std::size_t(id)] = columnText(m_stmt, 1);
    }
    return ok;
}

bool Reader::readEvents(TraceData *out)
{
    bool ok = false;
    std::vector<std::int64_t> blocks;
    constexpr std::int64_t kNoBlock = std::numeric_limits<std::int64_t>::min();
    if (!query("SELECT block, t0 FROM time_blocks ORDER BY block"))
        return false;
    while (step(&ok)) {
        const std::int64_t block = sqlite3_column_int64(m_stmt, 0);
        if (block < 0 || block > (std::int64_t(1) << 40))
            return damaged(TraceFile::tr("a time block has the number %1").arg(block));
        blocks.resize(std::max<std::size_t>(blocks.size(), std::size_t(block) + 1), kNoBlock);
        blocks[std::size_t(block)] = sqlite3_column_int64(m_stmt, 1);
    }
    if (!ok)
        return false;

    const std::int64_t count = pragma("SELECT count(*) FROM event_data", &ok);
    if (!ok)
        return false;
    out->events.reserve(std::size_t(count));
    if (!query("SELECT seq, dt, kt, id, id2, str, value, fd FROM event_data ORDER BY seq"))
        return false;
    while (step(&ok)) {
        Event e;
        const std::int64_t seq = sqlite3_column_int64(m_stmt, 0);
        const std::int64_t kt = sqlite3_column_int64(m_stmt, 2);
        const std::uint64_t block = std::uint64_t(seq) >> kTimeBlockShift;
        if (seq < 1 || block >= blocks.size() || blocks[block] == kNoBlock)
            return damaged(TraceFile::tr("event %1 has no time block").arg(seq));
        if (kt < 0 || (kt >> 7) >= std::int64_t(out->threads.size()))
            return damaged(TraceFile::tr("event %1 names a thread that is not in the threads table").arg(seq));
        e.seq = std::uint64_t(seq);
        e.t = blocks[block] + sqlite3_column_int64(m_stmt, 1);
        e.kind = Kind(kt & 127);
        e.thread = std::uint16_t(kt >> 7);
        e.id = std::uint32_t(sqlite3_column_int64(m_stmt, 3));
        e.id2 = std::uint32_t(sqlite3_column_int64(m_stmt, 4));
        e.str = std::uint32_t(sqlite3_column_int64(m_stmt, 5));
        e.value = sqlite3_column_int64(m_stmt, 6);
        if (sqlite3_column_type(m_stmt, 7) != SQLITE_NULL)
            e.flow = std::uint64_t(seq - sqlite3_column_int64(m_stmt, 7));
        if (e.str >= out->strings.size())
            return damaged(TraceFile::tr("event %1 names a string that is not in the strings table").arg(seq));
        out->events.push_back(e);
    }
    return ok;
}

} // namespace

std::map<QString, QString> metaRows(const TraceMeta &meta)
{
    std::map<QString, QString> rows = meta.extra;
    rows[QLatin1String(metakey::formatVersion)] = QString::number(kFormatVersion);
    rows[QLatin1String(metakey::appVersion)] = QStringLiteral(LOOPSCOPE_VERSION);
    rows[QLatin1String(metakey::profile)] = meta.profile;
    rows[QLatin1String(metakey::scriptPath)] = meta.scriptPath;
    rows[QLatin1String(metakey::scriptText)] = meta.scriptText;
    rows[QLatin1String(metakey::host)] = !meta.host.isEmpty() ? meta.host
        : QSysInfo::machineHostName() + QStringLiteral(" (") + QSysInfo::prettyProductName()
            + QStringLiteral(", ") + QSysInfo::currentCpuArchitecture() + QLatin1Char(')');
    const QDateTime start = meta.startTimeUtc.isValid() ? meta.startTimeUtc : QDateTime::currentDateTimeUtc();
    rows[QLatin1String(metakey::startTimeUtc)] = start.toUTC().toString(Qt::ISODateWithMs);
    rows[QLatin1String(metakey::clock)] = g_clockUsesTsc ? QStringLiteral("tsc") : QStringLiteral("steady");
    rows[QLatin1String(metakey::complete)] = QStringLiteral("0");
    return rows;
}

bool readTrace(const QString &path, TraceData *out, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    *out = TraceData();
    if (!checkFile(path, error))
        return false;
    TraceData data;
    if (!Reader(path, error).read(&data))
        return false;
    *out = std::move(data);
    return true;
}

bool writeTrace(const QString &path, const TraceData &data, QString *error)
{
    TraceDb db;
    auto meta = data.meta;
    meta[QLatin1String(metakey::formatVersion)] = QString::number(kFormatVersion);
    meta[QLatin1String(metakey::complete)] = QStringLiteral("1");
    const bool ok = db.create(path) && db.begin() && db.writeMeta(meta) && db.writeThreads(data.threads)
        && db.writeCallbacks(data.callbacks) && db.writeStrings(0, data.strings)
        && db.writeEvents(data.events.data(), data.events.data() + data.events.size()) && db.commit()
        && db.close();
    if (!ok && error)
        *error = TraceFile::tr("Cannot write %1: %2.").arg(path, db.errorString());
    return ok;
}

} // namespace loopscope::trace
